import type { Decimal } from '../decimal.js';
import { SroiEvaluationError } from '../errors.js';
import { impactOf, type ReductionShares } from '../impact/impact.js';
import type { Reductions } from '../model/types.js';
import { annuity } from './annuity.js';
import { exactCalculator } from './calculator.js';

/** One outcome's estimates, already read as decimals: an impact-map row. */
export interface OutcomeEstimates extends ReductionShares {
  readonly quantity: Decimal;
  /** The financial proxy: the value of one unit of change. */
  readonly proxy: Decimal;
  readonly dropOff: Decimal;
  /** Years the outcome lasts, a whole number of 1 or more. */
  readonly duration: number;
  /** 1 for the year of the activity, 2 the year after, ... */
  readonly startYear: number;
}

/**
 * The present value of one outcome (METHOD.md steps 1 to 3): its impact times
 * its annuity factor, the sum of drop-off factor x discount factor over its
 * years. The same arithmetic as `evaluate`, so the result is the outcome's
 * `presentValue` in `evaluate(...).outcomes` to the last digit.
 *
 * @param outcome - the outcome's estimates
 * @param discountFactors - `factors` of {@link discountTable}, reaching at least year `startYear + duration - 1`
 * @param reductions - how deadweight, displacement and attribution combine; default `'multiplicative'`
 * @returns the present value; 0 for a duration of 0
 * @throws SroiEvaluationError when the discount factors do not reach the outcome's last year
 *
 * @example
 * ```ts
 * const d = toDecimal;
 * const outcome = { quantity: d(100), proxy: d(1000), deadweight: d(0.2), displacement: d(0.1),
 *   attribution: d(0.25), dropOff: d(0.5), duration: 3, startYear: 1 };
 * outcomePresentValue(outcome, discountTable({ rate: 0.035 }, 'end-of-year', 3).factors).toFixed(2); //=> '89554.93'
 * ```
 */
export function outcomePresentValue(
  outcome: OutcomeEstimates,
  discountFactors: readonly Decimal[],
  reductions: Reductions = 'multiplicative',
): Decimal {
  const lastYear = outcome.startYear + outcome.duration - 1;
  if (outcome.duration > 0 && discountFactors.length <= lastYear) {
    throw new SroiEvaluationError(
      `the discount factors reach year ${discountFactors.length - 1}; an outcome from year ${outcome.startYear} for ${outcome.duration} years needs year ${lastYear}`,
    );
  }
  const impact = impactOf(outcome.quantity, outcome.proxy, outcome, reductions);
  return impact.times(annuity(exactCalculator, outcome.dropOff, discountFactors, outcome.startYear, outcome.duration));
}
