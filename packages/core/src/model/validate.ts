import type * as z from 'zod/mini';
import { evaluationSchema, inputSchema, outcomeSchema, proxySchema, stakeholderSchema } from './schema.js';
import { crossCheck } from './cross-check.js';
import { passesSchemaQuickly } from './quick-check.js';
import { formatPath, showValue, SroiValidationError, type SroiProblem } from './problems.js';
import type { Evaluation } from './types.js';

/**
 * Checks an evaluation against the model and returns it typed, or throws one
 * {@link SroiValidationError} listing every problem with its path.
 *
 * @param evaluation - anything, typically parsed JSON
 * @returns the same evaluation, typed (it is not copied or changed)
 * @throws SroiValidationError when anything is invalid
 *
 * @example
 * ```ts
 * validateEvaluation({ name: 'x', stakeholders: [], inputs: [], outcomes: [] }); //=> the evaluation
 * ```
 */
export function validateEvaluation(evaluation: unknown): Evaluation {
  const problems = findProblems(evaluation);
  if (problems.length > 0) throw new SroiValidationError(problems);
  return evaluation as Evaluation;
}

/**
 * Lists every problem with an evaluation, in document order; an empty list
 * means it is valid. Use it to show all problems without catching an error.
 *
 * @example
 * ```ts
 * findProblems({ ...evaluation, outcomes: [{ ...outcome, deadweight: 20 }] })[0].path; //=> 'outcomes[0].deadweight'
 * findProblems(evaluation); //=> [] for a valid evaluation
 * ```
 */
export function findProblems(evaluation: unknown): SroiProblem[] {
  const problems = passesSchemaQuickly(evaluation) ? [] : schemaProblems(evaluation);
  crossCheck(evaluation, (path, value, message) => problems.push({ path: formatPath(path), value, message }));
  return inDocumentOrder(problems);
}

/** The zod schema's problems, with the messages of {@link describeIssue}. */
function schemaProblems(evaluation: unknown): SroiProblem[] {
  const result = evaluationSchema.safeParse(evaluation, { reportInput: true, error: describeIssue });
  return (result.error?.issues ?? []).map((issue) => ({
    path: formatPath(issue.path),
    value: issue.input,
    message: issue.message,
  }));
}

const TOP_LEVEL = [
  'name',
  'currency',
  'kind',
  'timing',
  'discount',
  'reductions',
  'pricing',
  'stakeholders',
  'inputs',
  'outcomes',
];

/** Sorts problems as a reader meets them: settings, then each row in turn (stable within a row). */
function inDocumentOrder(problems: SroiProblem[]): SroiProblem[] {
  const rank = (path: string): [number, number] => {
    const match = /^([A-Za-z]+)(?:\[(\d+)\])?/.exec(path);
    const field = TOP_LEVEL.indexOf(match?.[1] ?? '');
    return [field === -1 ? TOP_LEVEL.length : field, Number(match?.[2] ?? -1)];
  };
  return problems
    .map((problem, order) => ({ problem, order, rank: rank(problem.path) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.order - b.order)
    .map(({ problem }) => problem);
}

/** Messages for zod's built-in checks; field-specific checks bring their own. */
function describeIssue(issue: z.core.$ZodRawIssue): string {
  const path = issue.path ?? [];
  const field = fieldName(path);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `${field} is required`;
      return `${field} must be ${article(issue.expected)}; got ${showValue(issue.input)}`;
    case 'unrecognized_keys': {
      const valid = validFields(path);
      const keys = issue.keys.map((key) => JSON.stringify(key)).join(', ');
      return `unknown field${issue.keys.length === 1 ? '' : 's'} ${keys}${valid ? `; valid fields are ${valid}` : ''}`;
    }
    case 'invalid_value':
      return `${field} must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}; got ${showValue(issue.input)}`;
    case 'too_small':
      return `${field} must have at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`;
    case 'invalid_union':
      if (path.at(-1) === 'discount') {
        return `discount must be { rate: 0.035 }, { schedule: "green-book" } or "green-book-health", or { rates: [one rate per year] }; got ${showValue(issue.input)}`;
      }
      return `${field} is not valid; got ${showValue(issue.input)}`;
    default:
      return `${field} is not valid; got ${showValue(issue.input)}`;
  }
}

function fieldName(path: readonly PropertyKey[]): string {
  const last = [...path].reverse().find((key) => typeof key === 'string');
  return last === undefined ? 'the evaluation' : String(last);
}

function article(type: string): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    array: 'a list',
    object: 'an object',
  };
  return words[type] ?? type;
}

/** The valid field names of the object at a path, to help fix a typo. */
function validFields(path: readonly PropertyKey[]): string | undefined {
  const shape = (keys: object) => Object.keys(keys).join(', ');
  const names = path.filter((key) => typeof key === 'string');
  const where = names.join('.');
  if (where === '') return shape(evaluationSchema.shape);
  if (where === 'stakeholders') return shape(stakeholderSchema.shape);
  if (where === 'inputs') return shape(inputSchema.shape);
  if (where === 'outcomes') return shape(outcomeSchema.shape);
  if (where === 'outcomes.proxy') return shape(proxySchema.shape);
  if (where === 'discount') return 'rate, schedule or rates (one of them)';
  return undefined;
}
