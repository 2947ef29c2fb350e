import { toDecimal, type Outcome, type OutcomeEstimates } from '@sroi/core';

/** An impact-map outcome as `outcomePresentValue` takes it, read the way `evaluate` reads the map's values. */
export function estimatesOf(outcome: Outcome): OutcomeEstimates {
  return {
    quantity: toDecimal(outcome.quantity ?? 0),
    proxy: toDecimal(outcome.proxy.value),
    deadweight: toDecimal(outcome.deadweight ?? 0),
    displacement: toDecimal(outcome.displacement ?? 0),
    attribution: toDecimal(outcome.attribution ?? 0),
    dropOff: toDecimal(outcome.dropOff ?? 0),
    duration: outcome.duration,
    startYear: outcome.startYear ?? 1,
  };
}

/**
 * METHOD.md's worked check by hand, in fractions (1.035 = 207/200):
 * 54000 x 200/207 + 27000 x (200/207)^2 + 13500 x (200/207)^3, to 20 places.
 */
export const WORKED_CHECK_PRESENT_VALUE = '89554.92847988943986313921';
