import { SroiError } from '../errors.js';
import type { SroiProblem } from '../model/problems.js';

/**
 * Thrown by the sensitivity functions when their options are invalid (an
 * unknown estimate name, min above max, too many iterations...). Like
 * {@link SroiValidationError} it lists every problem at once, each naming
 * what would be valid. The evaluation itself is checked by `validateEvaluation`
 * and its problems still throw `SroiValidationError`.
 *
 * @example
 * ```ts
 * try { monteCarlo(evaluation, { iterations: 0 }); }
 * catch (error) {
 *   if (error instanceof SroiOptionsError) console.log(error.problems[0].message);
 *   //=> 'iterations must be a whole number from 1 to 10000000; got 0'
 * }
 * ```
 */
export class SroiOptionsError extends SroiError {
  override readonly name = 'SroiOptionsError';
  readonly code = 'options';
  readonly problems: readonly SroiProblem[];

  constructor(problems: readonly SroiProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(
      `Invalid options (${count}):\n` +
        problems.map((p) => `- ${p.path === '' ? '(options)' : p.path}: ${p.message}`).join('\n'),
    );
    this.problems = problems;
  }
}

/**
 * Thrown by `monteCarlo` when its `signal` is aborted. The run stops between
 * chunks of iterations; `done` says how many iterations had finished. No
 * partial result is returned: percentiles of an unfinished run would look
 * like a finished one.
 */
export class SroiCancelledError extends SroiError {
  override readonly name = 'SroiCancelledError';
  readonly code = 'cancelled';
  readonly done: number;
  readonly total: number;

  constructor(done: number, total: number) {
    super(`Monte Carlo run cancelled after ${done} of ${total} iterations`);
    this.done = done;
    this.total = total;
  }
}

/** Collects option problems and throws them together, so a user fixes everything in one go. */
export class OptionProblems {
  private readonly found: SroiProblem[] = [];

  add(path: string, value: unknown, message: string): void {
    this.found.push({ path, value, message });
  }

  get count(): number {
    return this.found.length;
  }

  throwIfAny(): void {
    if (this.found.length > 0) throw new SroiOptionsError(this.found);
  }
}
