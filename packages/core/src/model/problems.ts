import { SroiError } from '../errors.js';

/** One thing wrong with an evaluation: where, what was there, and what would be valid. */
export interface SroiProblem {
  /** Where the value is, e.g. `outcomes[3].deadweight` (`""` for the whole evaluation). */
  readonly path: string;
  /** The value found there (undefined when it is missing). */
  readonly value: unknown;
  /** A sentence for the user, naming the field, the value and what is valid. */
  readonly message: string;
}

/**
 * Thrown by `evaluate` (and `validateEvaluation`) when an evaluation is
 * invalid. It lists every problem at once, not only the first.
 *
 * @example
 * ```ts
 * try { evaluate(evaluation); }
 * catch (error) {
 *   if (error instanceof SroiValidationError) for (const p of error.problems) console.log(p.path, p.message);
 * }
 * ```
 */
export class SroiValidationError extends SroiError {
  override readonly name = 'SroiValidationError';
  readonly code = 'validation';
  readonly problems: readonly SroiProblem[];

  /**
   * @param problems - every problem found
   * @param subject - what was checked, as the message names it: `"evaluation"` (default), `"tender"`, `"catalogue"`
   */
  constructor(problems: readonly SroiProblem[], subject = 'evaluation') {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(
      `Invalid ${subject} (${count}):\n` +
        problems.map((p) => `- ${p.path === '' ? `(${subject})` : p.path}: ${p.message}`).join('\n'),
    );
    this.problems = problems;
  }
}

/** Formats a path array the way a developer writes it: `outcomes[3].proxy.value`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

/** Shows a value inside a message: strings quoted, NaN and Infinity by name. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return String(value);
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}
