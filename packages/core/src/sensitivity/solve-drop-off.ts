import { ONE, ZERO } from '../decimal.js';
import type { OutcomeFigures } from './base-case.js';
import { annuity } from '../projection/annuity.js';
import { exactCalculator, floatCalculator } from '../projection/calculator.js';
import { found, HALF_CENT, none, signOf, type Goal, type Solution } from './goal.js';
import { noEffect, notApplicable, outOfRange } from './reasons.js';
import { bracketedRoot } from './root-search.js';

/**
 * The drop-off at which the ratio reaches the target, for one outcome.
 *
 * Drop-off enters through the annuity factor, a polynomial that falls as
 * drop-off rises, so the outcome's present value must equal
 * `presentValue + gap` at some drop-off between 0 and 1 or at none. Whether
 * it can is decided exactly from the annuities at 0 and 1; the drop-off
 * itself comes from a bracketed root search, to the cent.
 */
export function solveDropOff(goal: Goal, outcome: OutcomeFigures): Solution {
  if (outcome.quantityByYear !== null) return none(notApplicable('dropOff'));
  if (outcome.impact.isZero()) return none(noEffect('dropOff', 'the impact is zero'));
  if (outcome.duration === 1) {
    return none(noEffect('dropOff', 'the outcome lasts one year, and drop-off applies from the second year'));
  }
  if (goal.gap.isZero()) return found(outcome.dropOff, ZERO);
  const { base } = goal;
  const { impact, startYear, duration } = outcome;
  const wanted = outcome.presentValue.plus(goal.gap);
  const others = base.presentValue.minus(outcome.presentValue);
  for (const bound of [ZERO, ONE]) {
    const value = impact.times(base.annuityOf(bound, startYear, duration));
    // Past the bound's value in the direction drop-off moves it: unreachable.
    const beyond = bound.isZero()
      ? signOf(wanted.minus(value)) === signOf(impact)
      : signOf(value.minus(wanted)) === signOf(impact);
    if (beyond) {
      // Shown to two decimals only: float64 serves, and saves an exact division per outcome.
      const ratio = others.plus(value).toNumber() / goal.float.inputsPresentValue;
      return none(outOfRange('dropOff', bound.toNumber(), ratio, goal.target));
    }
  }
  const factors = base.factors(startYear + duration - 1);
  const floats = base.floatFactors(startYear + duration - 1);
  const impactFloat = impact.toNumber();
  const wantedFloat = wanted.toNumber();
  const dropOff = bracketedRoot({
    exact: (x) => impact.times(annuity(exactCalculator, x, factors, startYear, duration)).minus(wanted),
    float: (x) => impactFloat * annuity(floatCalculator, x, floats, startYear, duration) - wantedFloat,
    low: 0,
    high: 1,
    tolerance: HALF_CENT,
  });
  return found(dropOff, dropOff.minus(outcome.dropOff).times(100));
}
