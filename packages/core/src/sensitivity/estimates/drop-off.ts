import { Decimal, ONE, ZERO } from '../../decimal.js';
import { minus, plus, times } from '../../fast-arithmetic.js';
import { annuity } from '../../projection/annuity.js';
import { exactCalculator, floatCalculator } from '../../projection/calculator.js';
import type { BaseCase, OutcomeFigures } from '../base-case.js';
import { found, HALF_CENT, none, ratioAt, signOf, type Goal, type Solution } from '../goal.js';
import { groupAnnuities, projectionGroups, type Groups } from '../groups.js';
import { noEffect, notApplicable, outOfRange } from '../reasons.js';
import { bracketedRoot } from '../solve.js';
import { roughFloat, toFloat } from '../to-float.js';
import type { Direction, EstimateRules, Moved, RoughFigures } from './rules.js';
import type { TornadoMove } from './tornado-move.js';
import { movedShare } from './shares.js';

/*
 * Drop-off.
 * - Range: 0 to 100%; it does not apply to a row with quantityByYear.
 * - Present value: impact x the annuity factor at that drop-off
 *   ({@link dropOffPresentValue}), a polynomial that falls as drop-off rises,
 *   so switching values come from a bracketed root search (solve.ts).
 * - A change is a share change; the tornado moves it like the reductions
 *   ({@link movedShare}), held within 0..100%.
 */

/**
 * One outcome's present value at another drop-off (METHOD.md steps 2 and 3).
 *
 * @example
 * ```ts
 * dropOffPresentValue(base, outcome, outcome.dropOff).eq(outcome.presentValue); //=> true
 * ```
 */
export function dropOffPresentValue(base: BaseCase, outcome: OutcomeFigures, dropOff: Decimal): Decimal {
  return times(outcome.impact, base.annuityOf(dropOff, outcome.startYear, outcome.duration));
}

/**
 * The drop-off at which the ratio reaches the target, for one outcome. The
 * outcome's present value must equal `presentValue + gap` at some drop-off
 * between 0 and 1 or at none: whether it can is decided exactly from the
 * values at 0 and 1; the drop-off itself comes from a bracketed root search, to the cent.
 */
function solveOne(goal: Goal, outcome: OutcomeFigures): Solution {
  if (outcome.quantityByYear !== null) return none(notApplicable('dropOff'));
  if (outcome.impact.isZero()) return none(noEffect('dropOff', 'the impact is zero'));
  if (outcome.duration === 1) {
    return none(noEffect('dropOff', 'the outcome lasts one year, and drop-off applies from the second year'));
  }
  if (goal.gap.isZero()) return found(outcome.dropOff, ZERO);
  const { base } = goal;
  const { impact, startYear, duration } = outcome;
  const wanted = plus(outcome.presentValue, goal.gap);
  const others = minus(base.presentValue, outcome.presentValue);
  for (const bound of [ZERO, ONE]) {
    const value = dropOffPresentValue(base, outcome, bound);
    // Past the bound's value in the direction drop-off moves it: unreachable. (The sign of a difference is
    // the comparison's: rounding never changes it.)
    const beyond = bound.isZero()
      ? wanted.comparedTo(value) === signOf(impact)
      : value.comparedTo(wanted) === signOf(impact);
    if (beyond) {
      // Shown to two decimals only: float64 serves, and saves an exact division per outcome.
      const ratio = toFloat(plus(others, value)) / goal.float.inputsPresentValue;
      return none(outOfRange('dropOff', bound.toNumber(), ratio, goal.shownTarget));
    }
  }
  const factors = base.factors(startYear + duration - 1);
  const floats = base.floatFactors(startYear + duration - 1);
  const impactFloat = toFloat(impact);
  const wantedFloat = toFloat(wanted);
  const dropOff = bracketedRoot({
    exact: (x) => impact.times(annuity(exactCalculator, x, factors, startYear, duration)).minus(wanted),
    float: (x) => impactFloat * annuity(floatCalculator, x, floats, startYear, duration) - wantedFloat,
    low: 0,
    high: 1,
    tolerance: HALF_CENT,
  });
  return found(dropOff, dropOff.minus(outcome.dropOff));
}

/**
 * The shift of every outcome's drop-off, a share change (0.05 is five points;
 * each drop-off held within 0..100%), at which the ratio reaches the target:
 * a bracketed root search over the shift, -1 to 1, in the direction that
 * moves the present value towards the target. Rows with `quantityByYear` have no drop-off.
 */
function solveTogether(goal: Goal): Solution {
  const { base } = goal;
  const { groups, fixed } = projectionGroups(base);
  if (groups.every((group) => group.impactSum.isZero() || group.duration === 1)) {
    return none(noEffect('dropOff', 'no outcome with a drop-off lasts more than a year with an impact'));
  }
  if (goal.gap.isZero()) return found(ZERO, ZERO);
  const floats = groups.map((group) => ({
    ...group,
    dropOff: group.dropOff.toNumber(),
    impactSum: group.impactSum.toNumber(),
  }));
  const exact = (shift: Decimal) => {
    const factors = groupAnnuities(base, groups, (dropOff) => Decimal.min(ONE, Decimal.max(ZERO, dropOff.plus(shift))));
    let total = fixed;
    groups.forEach((group, i) => {
      total = plus(total, times(group.impactSum, factors[i] as Decimal));
    });
    return total.minus(goal.targetValue);
  };
  const fixedFloat = fixed.toNumber();
  const targetFloat = goal.targetValue.toNumber();
  const lastYear = groups.reduce((last, group) => Math.max(last, group.startYear + group.duration - 1), 0);
  const factors = base.floatFactors(lastYear);
  const float = (shift: number) => {
    let total = fixedFloat;
    for (const group of floats) {
      const dropOff = Math.min(1, Math.max(0, group.dropOff + shift));
      total += group.impactSum * annuity(floatCalculator, dropOff, factors, group.startYear, group.duration);
    }
    return total - targetFloat;
  };
  const wrongSide = (shift: number) => signOf(exact(new Decimal(shift))) === -signOf(goal.gap);
  const high = wrongSide(1) ? null : 1;
  const low = wrongSide(-1) ? null : -1;
  if (high === null && low === null) {
    const atHigh = exact(ONE).abs();
    const shift = atHigh.lte(exact(ONE.negated()).abs()) ? ONE : ONE.negated();
    return none(
      outOfRange('dropOff', shift, ratioAt(goal, exact(shift).plus(goal.targetValue)), goal.shownTarget, {
        together: true,
      }),
    );
  }
  const shift = bracketedRoot({
    exact,
    float,
    low: high === null ? (low as number) : 0,
    high: high === null ? 0 : high,
    tolerance: HALF_CENT,
  });
  return found(ZERO, shift);
}

function tornado(base: BaseCase, outcome: OutcomeFigures, _estimate: 'dropOff', move: TornadoMove) {
  if (outcome.quantityByYear !== null) return null;
  const moved = (direction: Direction): Moved => {
    const value = move.share(outcome.dropOff, direction);
    return { value, presentValue: dropOffPresentValue(base, outcome, value) };
  };
  return [moved(-1), moved(1)] as const;
}

function tornadoTogether(base: BaseCase, groups: Groups, _estimate: 'dropOff', change: Decimal) {
  const moved = (direction: Direction) => {
    const factors = groupAnnuities(base, groups.groups, (dropOff) => movedShare(dropOff, change, direction));
    return groups.groups.reduce(
      (total, group, i) => plus(total, times(group.impactSum, factors[i] as Decimal)),
      groups.fixed,
    );
  };
  return [moved(-1), moved(1)] as const;
}

/** Impact x the annuity factor at the moved drop-off, as doubles (the factor is the exact one, kept by the base case). */
function roughTornado(
  base: BaseCase,
  outcome: OutcomeFigures,
  rough: RoughFigures,
  _estimate: 'dropOff',
  move: TornadoMove,
  into: Float64Array,
): boolean {
  if (outcome.quantityByYear !== null) return false;
  const at = (direction: Direction) =>
    rough.impact *
    roughFloat(base.annuityOf(move.share(outcome.dropOff, direction), outcome.startYear, outcome.duration));
  into[0] = at(-1);
  into[1] = at(1);
  return true;
}

export const dropOffRules: EstimateRules<'dropOff'> = {
  solveOne,
  solveTogether,
  tornado,
  roughTornado,
  tornadoTogether,
};
