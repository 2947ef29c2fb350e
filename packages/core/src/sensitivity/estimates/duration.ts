import { Decimal, ONE, ZERO } from '../../decimal.js';
import { divide, minus, plus, times } from '../../fast-arithmetic.js';
import { WHOLE_NUMBER_RULES } from '../../model/rules.js';
import { annuities, annuity } from '../../projection/annuity.js';
import { exactCalculator, floatCalculator } from '../../projection/calculator.js';
import type { BaseCase, OutcomeFigures } from '../base-case.js';
import { found, none, ratioAt, reached, signOf, type Goal, type Solution } from '../goal.js';
import { projectionGroups, type Groups, type ProjectionGroup } from '../groups.js';
import { noEffect, notApplicable, outOfRange } from '../reasons.js';
import { roughFloat, toFloat } from '../to-float.js';
import type { Direction, EstimateRules, Moved, RoughFigures } from './rules.js';
import type { TornadoMove } from './tornado-move.js';

/*
 * Duration, in whole years.
 * - Range: 1 year to the longest that can be discounted from the outcome's
 *   start year ({@link longestDuration}); it does not apply to a row with quantityByYear.
 * - Present value: impact x the annuity factor over that many years
 *   ({@link durationPresentValue}); every extra year adds a term of one sign,
 *   so switching values walk the years outward from the base.
 * - A change is whole years; the tornado moves a duration by
 *   {@link durationStep} years, held within its range.
 */

/**
 * The longest an outcome starting in `startYear` can last: the model's
 * longest duration (model/rules.ts), or less when a list of rates ends sooner.
 *
 * @example
 * ```ts
 * longestDuration(baseCase(workedCheck), 1); //=> 1000
 * ```
 */
export function longestDuration(base: BaseCase, startYear: number): number {
  return Math.min(WHOLE_NUMBER_RULES.duration.max, base.lastDiscountableYear - startYear + 1);
}

/**
 * Whole years a duration moves by in the tornado, down or up:
 * max(1, round(duration x change)), at least one year so that the tornado
 * always shows it. The one rule for every front end that describes the move.
 *
 * @param duration - the outcome's duration in years
 * @param change - the tornado's change, a fraction (0.1 for 10%)
 * @returns whole years, 1 or more
 *
 * @example
 * ```ts
 * durationStep(3, toDecimal(0.1));  //=> 1   (0.3 rounds to 0; at least one year)
 * durationStep(25, toDecimal(0.1)); //=> 3   (2.5 rounds up)
 * ```
 */
export function durationStep(duration: number, change: Decimal): number {
  return Math.max(1, Math.round(change.times(duration).toNumber()));
}

/**
 * A duration moved down or up by {@link durationStep}, held within its range.
 *
 * @param step - the step, when the caller keeps it (the tornado: one per duration, not one per outcome)
 */
export function movedDuration(
  base: BaseCase,
  outcome: { readonly duration: number; readonly startYear: number },
  change: Decimal,
  direction: Direction,
  step = durationStep(outcome.duration, change),
): number {
  const moved = outcome.duration + direction * step;
  return Math.min(longestDuration(base, outcome.startYear), Math.max(1, moved));
}

const YEARS: Decimal[] = [];
/** A whole number of years as a decimal, shared (decimals are immutable). */
export function years(count: number): Decimal {
  let decimal = YEARS[count];
  if (decimal === undefined) {
    decimal = ONE.times(count);
    if (count >= 0 && count <= 2000) YEARS[count] = decimal;
  }
  return decimal;
}

/**
 * One outcome's present value over another duration (METHOD.md steps 2 and 3).
 *
 * @example
 * ```ts
 * durationPresentValue(base, outcome, outcome.duration).eq(outcome.presentValue); //=> true
 * ```
 */
export function durationPresentValue(base: BaseCase, outcome: OutcomeFigures, duration: number): Decimal {
  return times(outcome.impact, base.annuityOf(outcome.dropOff, outcome.startYear, duration));
}

/**
 * The duration, in whole years, at which the ratio reaches the target for
 * one outcome: the nearest duration to the base at which the ratio is at or
 * past the target (a ratio exactly on it is rare with whole years). Each
 * extra year adds impact x (1 - dropOff)^k x DF, all of one sign, so the
 * years are scanned outward from the base on the annuity's partial sums.
 */
function solveOne(goal: Goal, outcome: OutcomeFigures): Solution {
  if (outcome.quantityByYear !== null) return none(notApplicable('duration'));
  if (outcome.impact.isZero()) return none(noEffect('duration', 'the impact is zero'));
  if (goal.gap.isZero()) return found(years(outcome.duration), ZERO);
  const { base } = goal;
  const others = minus(base.presentValue, outcome.presentValue);
  const valueAt = (sums: readonly Decimal[], duration: number) =>
    plus(others, times(outcome.impact, sums[duration] as Decimal));
  const answer = (duration: number) => found(years(duration), ONE.times(duration - outcome.duration));

  // Lower the present value: shorten a benefit, lengthen a disbenefit; and the reverse to raise it.
  if (signOf(goal.gap) !== signOf(outcome.impact)) {
    // A one-year outcome's annuity is its first discount factor; most outcomes stop here.
    const firstFactor = base.factors(outcome.startYear)[outcome.startYear] as Decimal;
    const oneYear = plus(others, times(outcome.impact, firstFactor));
    if (!reached(goal, oneYear)) {
      return none(outOfRange('duration', 1, toFloat(oneYear) / goal.float.inputsPresentValue, goal.shownTarget));
    }
    const sums = exactAnnuities(base, outcome, outcome.duration);
    for (let duration = outcome.duration - 1; duration >= 1; duration -= 1) {
      if (reached(goal, valueAt(sums, duration))) return answer(duration);
    }
    return answer(1);
  }

  const longest = longestDuration(base, outcome.startYear);
  if (longest <= outcome.duration) {
    return none(outOfRange('duration', outcome.duration, ratioAt(goal, base.presentValue), goal.shownTarget));
  }
  if (outcome.dropOff.eq(ONE)) {
    return none(noEffect('duration', 'with 100% drop-off nothing is left after the first year'));
  }
  // Cheap float64 look at the longest duration first: most outcomes of a large map cannot get there.
  // Measured on the 10,000-outcome bench map at target 5, it takes switching values from ~48 s to ~2 s.
  const floatAtLongest =
    toFloat(outcome.impact) *
    annuity(
      floatCalculator,
      toFloat(outcome.dropOff),
      base.floatFactors(outcome.startYear + longest - 1),
      outcome.startYear,
      longest,
    );
  const othersFloat = toFloat(others);
  const targetFloat = goal.float.targetValue;
  const margin = 1e-9 * Math.max(Math.abs(targetFloat), 1);
  const floatReached = goal.gap.isNegative()
    ? othersFloat + floatAtLongest <= targetFloat + margin
    : othersFloat + floatAtLongest >= targetFloat - margin;
  if (!floatReached) {
    const ratioFloat = (othersFloat + floatAtLongest) / goal.float.inputsPresentValue;
    return none(outOfRange('duration', longest, ratioFloat, goal.shownTarget));
  }
  const sums = exactAnnuities(base, outcome, longest);
  for (let duration = outcome.duration + 1; duration <= longest; duration += 1) {
    if (reached(goal, valueAt(sums, duration))) return answer(duration);
  }
  return none(outOfRange('duration', longest, ratioAt(goal, valueAt(sums, longest)), goal.shownTarget));
}

/** The outcome's annuity for every duration 0..longest, with the same digits as `evaluate`'s. */
function exactAnnuities(base: BaseCase, outcome: OutcomeFigures, longest: number): Decimal[] {
  const factors = base.factors(outcome.startYear + longest - 1);
  return annuities(exactCalculator, outcome.dropOff, factors, outcome.startYear, longest);
}

/**
 * The shift of every outcome's duration, in whole years (each held between
 * one year and the longest that can be discounted), at which the ratio first
 * reaches or passes the target. The shifts are scanned outward from no change
 * in float64 and the answer is confirmed in exact decimals.
 */
function solveTogether(goal: Goal): Solution {
  const { base } = goal;
  const { groups, fixed } = projectionGroups(base);
  if (groups.every((group) => group.impactSum.isZero())) return none(noEffect('duration', 'every impact is zero'));
  if (goal.gap.isZero()) return found(ZERO, ZERO);
  const durationOf = (group: ProjectionGroup, shift: number) =>
    Math.min(longestDuration(base, group.startYear), Math.max(1, group.duration + shift));
  const exactAt = (shift: number) =>
    groups.reduce(
      (total, group) =>
        total.plus(group.impactSum.times(base.annuityOf(group.dropOff, group.startYear, durationOf(group, shift)))),
      fixed,
    );

  const shortest = -Math.max(...groups.map((group) => group.duration - 1));
  const furthest = Math.max(...groups.map((group) => longestDuration(base, group.startYear) - group.duration));
  // Each direction's float64 scan, worked out when first needed: the candidates are tried nearest first (shorter
  // before longer at equal distance), and the far direction (up to a thousand years of every group) rarely
  // has to be scanned at all. A scan cut short at some distance finds the same first shift within it.
  const scans: { [D in Direction]?: Scan } = {};
  const scanOf = (step: Direction): Scan => {
    let scan = scans[step];
    if (scan === undefined) {
      scan = floatScan(goal, groups, fixed, step, step < 0 ? shortest : furthest, durationOf);
      scans[step] = scan;
    }
    return scan;
  };
  const confirmed = (candidate: number): boolean => {
    const step = Math.sign(candidate);
    // Float64 may be one year off at a near-tie: confirm exactly, and step outward until reached.
    let shift = candidate - step === 0 || !reached(goal, exactAt(candidate - step)) ? candidate : candidate - step;
    while (!reached(goal, exactAt(shift)) && Math.abs(shift) < Math.abs(step > 0 ? furthest : shortest)) shift += step;
    answer = shift;
    return reached(goal, exactAt(shift));
  };
  let answer = 0;
  // The direction with fewer shifts to look at first.
  const near: Direction = Math.abs(shortest) <= furthest ? -1 : 1;
  const far: Direction = near === -1 ? 1 : -1;
  const nearShift = scanOf(near).shift;
  // With every impact of one sign, each group's float64 value moves one way as its duration grows (partial
  // sums of terms of one sign, and their products and sums, are monotone in float64 too). A direction that
  // takes the total further from the target, from a start not within the scan's margin of it, finds nothing.
  const farShiftOf = (): number | null => {
    const rises = groups.every((group) => !group.impactSum.isNegative());
    const falls = groups.every((group) => !group.impactSum.isPositive());
    const lower = goal.gap.isNegative();
    const awayFromTarget = lower ? (far > 0 ? rises : falls) : far > 0 ? falls : rises;
    if (awayFromTarget && scans[far] === undefined) {
      const start = floatScan(goal, groups, fixed, far, 0, durationOf).end;
      const target = goal.targetValue.toNumber();
      const margin = 1e-9 * Math.max(1, Math.abs(target));
      if (lower ? start > target + margin : start < target - margin) return null;
    }
    return scanOf(far).shift;
  };
  if (nearShift !== null) {
    // A far candidate comes first if it is nearer, or as near and shorter (the far direction is then -1).
    const within = far === -1 ? Math.abs(nearShift) : Math.abs(nearShift) - 1;
    const farFirst = within >= 1 ? floatScan(goal, groups, fixed, far, far * within, durationOf).shift : null;
    if (farFirst !== null && confirmed(farFirst)) return found(ZERO, ONE.times(answer));
    if (confirmed(nearShift)) return found(ZERO, ONE.times(answer));
    if (farFirst === null) {
      const farShift = farShiftOf();
      if (farShift !== null && confirmed(farShift)) return found(ZERO, ONE.times(answer));
    }
  } else {
    const farShift = farShiftOf();
    if (farShift !== null && confirmed(farShift)) return found(ZERO, ONE.times(answer));
  }
  // Shown to two decimals only, so the float64 value at the far end serves (an exact one could take 1000 years per group).
  const [end, scan] = goal.gap.isNegative() ? [shortest, scanOf(-1)] : [furthest, scanOf(1)];
  const ratio = divide(new Decimal(scan.end), base.inputsPresentValue);
  return none(outOfRange('duration', end, ratio, goal.shownTarget, { together: true }));
}

/** What a float64 scan in one direction found. */
interface Scan {
  readonly shift: number | null;
  readonly end: number;
}

/**
 * The first shift in one direction at which the float64 present value
 * reaches the target (with a small margin), and the value at the last shift
 * looked at. Each group's annuities for every duration come from one pass of
 * partial sums.
 */
function floatScan(
  goal: Goal,
  groups: readonly ProjectionGroup[],
  fixed: Decimal,
  step: number,
  limit: number,
  durationOf: (group: ProjectionGroup, shift: number) => number,
): { shift: number | null; end: number } {
  const { base } = goal;
  const target = goal.targetValue.toNumber();
  const margin = 1e-9 * Math.max(1, Math.abs(target));
  const lower = goal.gap.isNegative();
  const longest = (group: ProjectionGroup) => Math.max(group.duration, durationOf(group, limit));
  const lastYear = groups.reduce((last, group) => Math.max(last, group.startYear + longest(group) - 1), 0);
  const factors = base.floatFactors(lastYear);
  const state = groups.map((group) => ({
    duration: group.duration,
    longest: longestDuration(base, group.startYear),
    impact: group.impactSum.toNumber(),
    sums: annuities(floatCalculator, group.dropOff.toNumber(), factors, group.startYear, longest(group)),
  }));
  const fixedFloat = fixed.toNumber();
  // durationOf written out, with each group's longest duration worked out once: this loop runs for every
  // shift up to a thousand years, over every group. The sum is taken in the same order as before.
  const totalAt = (shift: number) => {
    let sum = fixedFloat;
    for (const item of state) {
      sum += item.impact * (item.sums[Math.min(item.longest, Math.max(1, item.duration + shift))] as number);
    }
    return sum;
  };
  let total = totalAt(0);
  for (let shift = step; Math.abs(shift) <= Math.abs(limit); shift += step) {
    total = totalAt(shift);
    if (lower ? total <= target + margin : total >= target - margin) return { shift, end: total };
  }
  return { shift: null, end: total };
}

function tornado(base: BaseCase, outcome: OutcomeFigures, _estimate: 'duration', move: TornadoMove) {
  if (outcome.quantityByYear !== null) return null;
  const moved = (direction: Direction): Moved => {
    const duration = movedDuration(base, outcome, move.change, direction, move.durationStep(outcome.duration));
    return { value: years(duration), presentValue: durationPresentValue(base, outcome, duration) };
  };
  return [moved(-1), moved(1)] as const;
}

function tornadoTogether(base: BaseCase, groups: Groups, _estimate: 'duration', change: Decimal) {
  const moved = (direction: Direction) =>
    groups.groups.reduce((total, group) => {
      const factor = base.annuityOf(group.dropOff, group.startYear, movedDuration(base, group, change, direction));
      return total.plus(group.impactSum.times(factor));
    }, groups.fixed);
  return [moved(-1), moved(1)] as const;
}

/** Impact x the annuity factor over the moved duration, as doubles (the factor is the exact one, kept by the base case). */
function roughTornado(
  base: BaseCase,
  outcome: OutcomeFigures,
  rough: RoughFigures,
  _estimate: 'duration',
  move: TornadoMove,
  into: Float64Array,
): boolean {
  if (outcome.quantityByYear !== null) return false;
  const at = (direction: Direction) => {
    const duration = movedDuration(base, outcome, move.change, direction, move.durationStep(outcome.duration));
    return rough.impact * roughFloat(base.annuityOf(outcome.dropOff, outcome.startYear, duration));
  };
  into[0] = at(-1);
  into[1] = at(1);
  return true;
}

export const durationRules: EstimateRules<'duration'> = {
  solveOne,
  solveTogether,
  tornado,
  roughTornado,
  tornadoTogether,
};
