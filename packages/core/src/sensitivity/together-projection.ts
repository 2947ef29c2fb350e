import { Decimal, ONE, ZERO } from '../decimal.js';
import { WHOLE_NUMBER_RULES } from '../model/rules.js';
import type { BaseCase } from './base-case.js';
import { annuity } from '../projection/annuity.js';
import { floatCalculator } from '../projection/calculator.js';
import { found, HALF_CENT, none, ratioAt, signOf, type Goal, type Solution } from './goal.js';
import { projectionGroups, type ProjectionGroup } from './groups.js';
import { noEffect, outOfRange } from './reasons.js';
import { bracketedRoot } from './root-search.js';

/**
 * The shift of every outcome's drop-off, in percentage points (each held
 * within 0..100%), at which the ratio reaches the target: a bracketed root
 * search over the shift, -1 to 1, in the direction that moves the present
 * value towards the target. Rows with `quantityByYear` have no drop-off.
 */
export function solveDropOffTogether(goal: Goal): Solution {
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
    let total = fixed;
    for (const group of groups) {
      const dropOff = Decimal.min(ONE, Decimal.max(ZERO, group.dropOff.plus(shift)));
      total = total.plus(group.impactSum.times(base.annuityOf(dropOff, group.startYear, group.duration)));
    }
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
      outOfRange('dropOff', shift, ratioAt(goal, exact(shift).plus(goal.targetValue)), goal.target, { together: true }),
    );
  }
  const shift = bracketedRoot({
    exact,
    float,
    low: high === null ? (low as number) : 0,
    high: high === null ? 0 : high,
    tolerance: HALF_CENT,
  });
  return found(ZERO, shift.times(100));
}

/**
 * The shift of every outcome's duration, in whole years (each held between
 * one year and the longest that can be discounted), at which the ratio first
 * reaches or passes the target. The shifts are scanned outward from no change
 * in float64 and the answer is confirmed in exact decimals.
 */
export function solveDurationTogether(goal: Goal): Solution {
  const { base } = goal;
  const { groups, fixed } = projectionGroups(base);
  if (groups.every((group) => group.impactSum.isZero())) return none(noEffect('duration', 'every impact is zero'));
  if (goal.gap.isZero()) return found(ZERO, ZERO);
  const reached = (presentValue: Decimal) =>
    goal.gap.isNegative() ? presentValue.lte(goal.targetValue) : presentValue.gte(goal.targetValue);
  const longest = (group: ProjectionGroup) =>
    Math.min(WHOLE_NUMBER_RULES.duration.max, base.lastDiscountableYear - group.startYear + 1);
  const durationOf = (group: ProjectionGroup, shift: number) =>
    Math.min(longest(group), Math.max(1, group.duration + shift));
  const exactAt = (shift: number) =>
    groups.reduce(
      (total, group) =>
        total.plus(group.impactSum.times(base.annuityOf(group.dropOff, group.startYear, durationOf(group, shift)))),
      fixed,
    );

  const shortest = -Math.max(...groups.map((group) => group.duration - 1));
  const furthest = Math.max(...groups.map((group) => longest(group) - group.duration));
  const scans = [
    floatScan(goal, base, groups, fixed, -1, shortest, durationOf),
    floatScan(goal, base, groups, fixed, 1, furthest, durationOf),
  ];
  const candidates = scans.map((scan) => scan.shift).filter((shift): shift is number => shift !== null);
  candidates.sort((a, b) => Math.abs(a) - Math.abs(b));
  for (const candidate of candidates) {
    const step = Math.sign(candidate);
    // Float64 may be one year off at a near-tie: confirm exactly, and step outward until reached.
    let shift = candidate - step === 0 || !reached(exactAt(candidate - step)) ? candidate : candidate - step;
    while (!reached(exactAt(shift)) && Math.abs(shift) < Math.abs(step > 0 ? furthest : shortest)) shift += step;
    if (reached(exactAt(shift))) return found(ZERO, ONE.times(shift));
  }
  // Shown to two decimals only, so the float64 value at the far end serves (an exact one could take 1000 years per group).
  const [end, scan] = goal.gap.isNegative() ? [shortest, scans[0]] : [furthest, scans[1]];
  const ratio = new Decimal(scan?.end ?? 0).div(base.inputsPresentValue);
  return none(outOfRange('duration', end, ratio, goal.target, { together: true }));
}

/** The first shift in one direction at which the float64 present value reaches the target (with a small margin), and the value at the end. */
function floatScan(
  goal: Goal,
  base: BaseCase,
  groups: readonly ProjectionGroup[],
  fixed: Decimal,
  step: number,
  limit: number,
  durationOf: (group: ProjectionGroup, shift: number) => number,
): { shift: number | null; end: number } {
  const target = goal.targetValue.toNumber();
  const margin = 1e-9 * Math.max(1, Math.abs(target));
  const lower = goal.gap.isNegative();
  const lastYear = groups.reduce((last, group) => Math.max(last, group.startYear + durationOf(group, limit) - 1), 0);
  const factors = base.floatFactors(lastYear);
  // Partial annuities per group, extended year by year as the scan moves out.
  const state = groups.map((group) => {
    const dropOff = group.dropOff.toNumber();
    const value = annuity(floatCalculator, dropOff, factors, group.startYear, group.duration);
    const share = (1 - dropOff) ** (group.duration - 1);
    return { group, kept: 1 - dropOff, impact: group.impactSum.toNumber(), duration: group.duration, value, share };
  });
  const fixedFloat = fixed.toNumber();
  let total = state.reduce((sum, item) => sum + item.impact * item.value, fixedFloat);
  for (let shift = step; Math.abs(shift) <= Math.abs(limit); shift += step) {
    total = fixedFloat;
    for (const item of state) {
      const duration = durationOf(item.group, shift);
      if (duration < item.duration) {
        item.value = annuity(floatCalculator, 1 - item.kept, factors, item.group.startYear, duration);
        item.share = item.kept ** (duration - 1);
        item.duration = duration;
      }
      while (item.duration < duration) {
        item.share *= item.kept;
        item.value += item.share * (factors[item.group.startYear + item.duration] as number);
        item.duration += 1;
      }
      total += item.impact * item.value;
    }
    if (lower ? total <= target + margin : total >= target - margin) return { shift, end: total };
  }
  return { shift: null, end: total };
}
