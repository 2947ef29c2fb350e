import type { SroiProblem } from '@sroi/core';
import type { MonteCarloRanges, RangesRead } from '@sroi/workbook';

const FIELDS = ['distributions', 'byOutcome'];

/**
 * Ranges from a JSON file, `{ "distributions": {...}, "byOutcome": {...} }`
 * in core's units (fractions; duration in years): the file's shape is checked
 * here, with its outcome ids against `outcomes`, its distributions by core,
 * each problem at its JSON path.
 *
 * @example
 * ```ts
 * rangesFromJson({ distributions: { proxy: { type: 'fixed' } } }).readable;
 * //=> { distributions: { proxy: { type: 'fixed' } }, byOutcome: {} }
 * ```
 */
export function rangesFromJson(data: unknown, outcomes?: readonly string[]): RangesRead {
  const problems: SroiProblem[] = [];
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isObject(data)) {
    problems.push({
      path: '',
      value: data,
      message: 'ranges are a JSON object, { "distributions": { … }, "byOutcome": { "outcome id": { … } } }',
    });
  } else {
    for (const key of Object.keys(data))
      if (!FIELDS.includes(key))
        problems.push({
          path: key,
          value: data[key],
          message: `unknown field ${JSON.stringify(key)}; ranges have "distributions" (for every outcome) and "byOutcome" (by outcome id)`,
        });
  }
  const given = isObject(data) ? data : {};
  const byOutcome = given['byOutcome'];
  if (outcomes !== undefined && isObject(byOutcome)) {
    // Core names unknown outcomes only once the distributions are right: here they are said with the rest.
    const known = outcomes.slice(0, 20).map((id) => JSON.stringify(id));
    for (const id of Object.keys(byOutcome).filter((id) => !outcomes.includes(id)))
      problems.push({
        path: `byOutcome.${id}`,
        value: id,
        message: `outcome ${JSON.stringify(id)} is not in the impact map; its outcome ids are ${known.join(', ') || 'none'}${outcomes.length > 20 ? ' and more' : ''}`,
      });
  }
  // Core checks what each field holds (an object of distributions, known estimates and outcomes).
  const readable = {
    distributions: given['distributions'] ?? {},
    byOutcome: given['byOutcome'] ?? {},
  } as MonteCarloRanges;
  return {
    value: problems.length === 0 ? readable : null,
    readable,
    found: true,
    sheet: null,
    problems: problems.map((problem) => ({
      sheet: null,
      cell: null,
      message: `${problem.path === '' ? '(the whole file)' : problem.path}: ${problem.message}`,
    })),
    warnings: [],
    where: (path) => path,
  };
}
