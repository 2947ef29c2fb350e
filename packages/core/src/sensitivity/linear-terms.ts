import type { Decimal } from '../decimal.js';
import type { Reductions } from '../model/types.js';
import type { OutcomeFigures } from './base-case.js';
import { exactCalculator, floatCalculator, type Calculator } from '../projection/calculator.js';
import type { ReductionEstimate } from './estimates.js';

/**
 * An outcome's present value as a straight line in one estimate,
 * `presentValue(x) = constant + slope x x`, with the range of x that is valid.
 * Quantity, proxy and each reduction enter the value map linearly (METHOD.md
 * step 1), in both the multiplicative and the subtractive reading, which is
 * why their switching values have a closed form.
 */
export interface LinearTerms<T = Decimal> {
  readonly constant: T;
  readonly slope: T;
  /** The base value of x. */
  readonly base: T;
  /** Smallest valid x (null: no limit). */
  readonly min: T | null;
  /** Largest valid x (null: no limit). */
  readonly max: T | null;
}

export type LinearEstimate = 'quantity' | 'proxy' | ReductionEstimate;

/** The parts of an outcome's figures the lines need, on either calculator. */
export interface LinearFigures<T> {
  readonly quantity: T;
  readonly proxy: T;
  readonly deadweight: T;
  readonly displacement: T;
  readonly attribution: T;
  readonly reduction: T;
  /** null for a row with quantityByYear. */
  readonly annuity: T | null;
  readonly discountedQuantity: T;
  readonly presentValue: T;
}

/**
 * The line for one estimate of one outcome, on a calculator (exact decimals
 * for answers, float64 to screen out estimates that cannot reach the target).
 * For a row with `quantityByYear`, "quantity" is a multiple applied to every
 * year's quantity (base 1).
 */
export function linearTermsOn<T>(
  calculator: Calculator<T>,
  outcome: LinearFigures<T>,
  estimate: LinearEstimate,
  reductions: Reductions,
): LinearTerms<T> {
  const { zero, one, multiply, subtract } = calculator;
  switch (estimate) {
    case 'quantity':
      if (outcome.annuity === null)
        return { constant: zero, slope: outcome.presentValue, base: one, min: zero, max: null };
      return {
        constant: zero,
        slope: multiply(multiply(outcome.proxy, outcome.reduction), outcome.annuity),
        base: outcome.quantity,
        min: zero,
        max: null,
      };
    case 'proxy':
      return {
        constant: zero,
        slope: multiply(outcome.reduction, outcome.discountedQuantity),
        base: outcome.proxy,
        min: null,
        max: null,
      };
    default: {
      const others = (['deadweight', 'displacement', 'attribution'] as const).filter((name) => name !== estimate);
      const gross = multiply(outcome.proxy, outcome.discountedQuantity);
      const base = outcome[estimate];
      const negative = (value: T) => subtract(zero, value);
      if (reductions === 'subtractive') {
        // 1 - dw - disp - attr: the other two shares cap this one so the sum stays within 100%.
        const left = others.reduce((rest, name) => subtract(rest, outcome[name]), one);
        return { constant: multiply(gross, left), slope: negative(gross), base, min: zero, max: left };
      }
      const kept = others.reduce((product, name) => multiply(product, subtract(one, outcome[name])), gross);
      return { constant: kept, slope: negative(kept), base, min: zero, max: one };
    }
  }
}

/** The exact line for one estimate of one outcome. */
export function linearTerms(outcome: OutcomeFigures, estimate: LinearEstimate, reductions: Reductions): LinearTerms {
  return linearTermsOn(exactCalculator, outcome, estimate, reductions);
}

/** The outcome's figures as float64, for screening. */
export function floatFigures(outcome: OutcomeFigures): LinearFigures<number> {
  return {
    quantity: outcome.quantity.toNumber(),
    proxy: outcome.proxy.toNumber(),
    deadweight: outcome.deadweight.toNumber(),
    displacement: outcome.displacement.toNumber(),
    attribution: outcome.attribution.toNumber(),
    reduction: outcome.reduction.toNumber(),
    annuity: outcome.annuity === null ? null : outcome.annuity.toNumber(),
    discountedQuantity: outcome.discountedQuantity.toNumber(),
    presentValue: outcome.presentValue.toNumber(),
  };
}

/** The float64 line, for screening. */
export function floatLinearTerms(
  outcome: LinearFigures<number>,
  estimate: LinearEstimate,
  reductions: Reductions,
): LinearTerms<number> {
  return linearTermsOn(floatCalculator, outcome, estimate, reductions);
}

/** presentValue(x) on the line. */
export function valueOnLine(terms: LinearTerms, x: Decimal): Decimal {
  return terms.constant.plus(terms.slope.times(x));
}
