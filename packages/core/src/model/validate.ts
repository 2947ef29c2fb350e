import { crossCheck } from './cross-check.js';
import { fieldProblems } from './field-checks.js';
import { passesSchemaQuickly } from './quick-check.js';
import { formatPath, SroiValidationError, type SroiProblem } from './problems.js';
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

/** The problems with single fields (`field-checks.ts`), their paths written as text. */
function schemaProblems(evaluation: unknown): SroiProblem[] {
  return fieldProblems(evaluation).map(({ path, value, message }) => ({ path: formatPath(path), value, message }));
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
