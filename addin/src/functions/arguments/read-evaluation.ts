import type { Discount, Evaluation, Timing } from '@sroi/core';
import { impactMapFromRange, type ImpactMapProblem } from '../../impact-map/impact-map-from-range.js';
import { CellError } from '../errors/cell-error.js';
import { sumOfRange } from './read-range.js';
import { INPUTS } from './rules.js';

/** How many problems one cell's message lists before "and n more". */
const SHOWN_PROBLEMS = 3;

/** How the engine discounts the map; both default as in `evaluate`. */
export interface DiscountSettings {
  readonly discount?: Discount;
  readonly timing?: Timing;
}

/**
 * Reads the `impactMap` and `inputs` arguments shared by `SROI.EVALUATE`,
 * `SROI.SWITCHINGVALUE` and `SROI.TORNADO` into one evaluation: the outcomes
 * of the range (headers in its first row) and the inputs added up as one
 * amount in year 0.
 *
 * @param name - the evaluation's name (the function's, for the engine's messages)
 * @throws CellError `value` listing the first problems of the map, or naming a cell of inputs that is not an amount
 *
 * @example
 * ```ts
 * readEvaluation('SROI.EVALUATE', workedCheckRange, [[50000]]).outcomes[0].id; //=> 'row-2'
 * ```
 */
export function readEvaluation(
  name: string,
  impactMap: unknown,
  inputs: unknown,
  settings: DiscountSettings = {},
): Evaluation {
  const reading = impactMapFromRange(Array.isArray(impactMap) ? impactMap : [[impactMap]]);
  if (!reading.ok) throw new CellError('value', describeProblems(reading.problems));
  return {
    name,
    stakeholders: reading.stakeholders,
    inputs: [{ description: 'Inputs', amount: sumOfRange(inputs, INPUTS).toString() }],
    outcomes: reading.outcomes,
    ...(settings.discount === undefined ? {} : { discount: settings.discount }),
    timing: settings.timing ?? 'end-of-year',
  };
}

function describeProblems(problems: readonly ImpactMapProblem[]): string {
  const shown = problems.slice(0, SHOWN_PROBLEMS).map((problem) => problem.message);
  const more = problems.length - shown.length;
  return `impactMap: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}
