import type { Decimal } from '../decimal.js';
import type { OutcomeFigures } from './base-case.js';
import { LABELS } from './estimates.js';
import { found, none, type Goal, type Solution } from './goal.js';
import {
  floatLinearTerms,
  linearTerms,
  valueOnLine,
  type LinearEstimate,
  type LinearFigures,
  type LinearTerms,
} from './linear-terms.js';
import { noEffect, outOfRange } from './reasons.js';

/** Relative margin within which the float64 screen leaves the decision to exact arithmetic. */
const SCREEN_MARGIN = 1e-9;

/**
 * The switching value of a linear estimate of one outcome, in closed form.
 * Only this outcome's present value changes, so the total must move by the
 * goal's gap: solve `constant + slope x x = presentValue + gap` for x.
 *
 * The change is a multiple (new / base) for quantity and proxy, and
 * percentage points for the reductions. With `quantityByYear` the quantity's
 * value is the first year's quantity times the multiple applied to every year.
 *
 * In a large impact map most outcomes are too small to bring the ratio to the
 * target whatever one estimate does; a float64 look at the same line finds
 * those cheaply (the message's ratio, shown to two decimals, comes from it),
 * and everything near a limit or within range is solved exactly.
 */
export function solveLinear(
  goal: Goal,
  outcome: OutcomeFigures,
  estimate: LinearEstimate,
  floats?: LinearFigures<number>,
): Solution {
  if (floats !== undefined) {
    const screened = screen(goal, outcome, estimate, floats);
    if (screened !== null) return screened;
  }
  const terms = linearTerms(outcome, estimate, goal.base.reductions);
  if (terms.slope.isZero()) {
    if (goal.gap.isZero()) return answer(outcome, estimate, terms.base, terms.base);
    return none(noEffect(estimate, whyNoEffect(estimate)));
  }
  const wanted = outcome.presentValue.plus(goal.gap);
  const x = wanted.minus(terms.constant).div(terms.slope);
  const bound =
    terms.min !== null && x.lt(terms.min) ? terms.min : terms.max !== null && x.gt(terms.max) ? terms.max : null;
  if (bound !== null) {
    const others = goal.base.presentValue.minus(outcome.presentValue);
    return unreachable(
      goal,
      outcome,
      estimate,
      bound,
      others.plus(valueOnLine(terms, bound)).div(goal.base.inputsPresentValue),
      valueOnLine(terms, bound).isZero(),
    );
  }
  return answer(outcome, estimate, terms.base, x);
}

/** A float64 verdict when the needed value is clearly outside the valid range; null to solve exactly. */
function screen(
  goal: Goal,
  outcome: OutcomeFigures,
  estimate: LinearEstimate,
  floats: LinearFigures<number>,
): Solution | null {
  const terms: LinearTerms<number> = floatLinearTerms(floats, estimate, goal.base.reductions);
  if (terms.slope === 0 || !Number.isFinite(terms.slope)) return null;
  const x = (floats.presentValue + goal.float.gap - terms.constant) / terms.slope;
  const tolerance = SCREEN_MARGIN * Math.max(1, Math.abs(x));
  const bound =
    terms.min !== null && x < terms.min - tolerance
      ? terms.min
      : terms.max !== null && x > terms.max + tolerance
        ? terms.max
        : null;
  if (bound === null) return null;
  const atBound = terms.constant + terms.slope * bound;
  const ratio = (goal.float.presentValue - floats.presentValue + atBound) / goal.float.inputsPresentValue;
  return unreachable(goal, outcome, estimate, bound, ratio, atBound === 0);
}

function unreachable(
  goal: Goal,
  outcome: OutcomeFigures,
  estimate: LinearEstimate,
  bound: Decimal | number,
  ratioAtBound: Decimal | number,
  removesOutcome: boolean,
): Solution {
  const shown = estimate === 'quantity' && outcome.quantityByYear !== null ? outcome.quantity.times(bound) : bound;
  return none(
    outOfRange(estimate, shown, ratioAtBound, goal.target, {
      removesOutcome,
      disbenefit: outcome.proxy.isNegative() && estimate !== 'proxy',
    }),
  );
}

function answer(outcome: OutcomeFigures, estimate: LinearEstimate, base: Decimal, x: Decimal): Solution {
  if (estimate === 'quantity' && outcome.quantityByYear !== null) return found(outcome.quantity.times(x), x);
  if (estimate === 'quantity' || estimate === 'proxy') return found(x, base.isZero() ? null : x.div(base));
  return found(x, x.minus(base).times(100));
}

function whyNoEffect(estimate: LinearEstimate): string {
  if (estimate === 'proxy') return 'the quantity is zero or the reductions take all of the value';
  if (estimate === 'quantity') return 'the proxy is zero or the reductions take all of the value';
  return `the outcome has no value before ${LABELS[estimate]} (a zero quantity or proxy, or another reduction at 100%)`;
}
