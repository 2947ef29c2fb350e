import {
  switchingValues,
  type Decimal,
  type Discount,
  type Estimate,
  type Evaluation,
  type SwitchingValues,
  type Timing,
} from '@sroi/core';
import { CellError } from '../errors/cell-error.js';

/** Distinct (target, discounting) settings kept per map; a sheet rarely uses more than one or two. */
const MAX_TARGETS = 8;

const results = new WeakMap<Evaluation, Map<string, SwitchingValues>>();

/**
 * The engine's switching values of an evaluation, shared between calls. A
 * sheet asks for each estimate of each outcome in its own cell, and every
 * call needs the whole map (the other outcomes set how far one must move):
 * without sharing, n outcomes would cost n x 7 full analyses. Results are
 * kept with the evaluation object, which `readEvaluation` shares between calls
 * given the same cells, and go when it goes; within it, by target and discounting.
 *
 * @example
 * ```ts
 * cachedSwitchingValues(evaluation, toDecimal(1)) === cachedSwitchingValues(evaluation, toDecimal(1)); //=> true
 * ```
 */
export function cachedSwitchingValues(
  evaluation: Evaluation,
  target: Decimal,
  discounting: { readonly discount?: Discount; readonly timing?: Timing } = {},
): SwitchingValues {
  let byTarget = results.get(evaluation);
  if (byTarget === undefined) {
    byTarget = new Map();
    results.set(evaluation, byTarget);
  }
  const key = `${target.toString()}|${discounting.timing ?? 'end-of-year'}|${JSON.stringify(discounting.discount ?? null)}`;
  const cached = byTarget.get(key);
  if (cached !== undefined) return cached;
  const result = switchingValues(
    { ...evaluation, discount: discounting.discount, timing: discounting.timing },
    { target: target.toString() },
  );
  if (byTarget.size >= MAX_TARGETS) byTarget.clear();
  byTarget.set(key, result);
  return result;
}

/**
 * The switching value of one estimate, as `SROI.SWITCHINGVALUE` returns it:
 * for one outcome, the estimate's value at which the ratio reaches the
 * target (a share as a fraction, 0.5533 for 55.33%); for all outcomes
 * together (`outcome` null), the change applied to every outcome, as the
 * engine gives it: the multiple of every quantity or proxy, the shift of every
 * share as a fraction of one (unit `share`: 0.4788 for +47.88 percentage
 * points), or the years added to every duration.
 *
 * @throws CellError `not-available` with the engine's reason when there is none
 *
 * @example
 * ```ts
 * switchingValueOf(switchingValues(workedCheck), 'row-2', 'deadweight').toFixed(4); //=> '0.5533'
 * switchingValueOf(switchingValues(workedCheck), null, 'deadweight').toFixed(4);    //=> '0.3533'
 * ```
 */
export function switchingValueOf(result: SwitchingValues, outcome: string | null, estimate: Estimate): Decimal {
  const found =
    outcome === null
      ? result.together.find((item) => item.estimate === estimate)
      : result.outcomes.find((item) => item.outcome === outcome && item.estimate === estimate);
  const answer = outcome !== null ? found?.value : found?.change;
  if (answer === null || answer === undefined) {
    throw new CellError('not-available', found?.reason?.message ?? `there is no switching value of ${estimate}`);
  }
  return answer;
}
