import { ONE, ZERO, type Decimal } from '../decimal.js';
import type { BaseCase, OutcomeFigures } from './base-case.js';
import { found, none, ratioAt, signOf, type Goal, type Solution } from './goal.js';
import { longestDuration, years } from './moves.js';
import { noEffect, notApplicable, outOfRange } from './reasons.js';

/**
 * The duration, in whole years, at which the ratio reaches the target for
 * one outcome: the nearest duration to the base at which the ratio is at or
 * past the target (a ratio exactly on it is rare with whole years). Each
 * extra year adds impact x (1 - dropOff)^k x DF, all of one sign, so the
 * present value moves one way as the duration grows and the years are
 * scanned outward from the base, one addition each.
 */
export function solveDuration(goal: Goal, outcome: OutcomeFigures): Solution {
  if (outcome.quantityByYear !== null) return none(notApplicable('duration'));
  if (outcome.impact.isZero()) return none(noEffect('duration', 'the impact is zero'));
  if (goal.gap.isZero()) return found(years(outcome.duration), ZERO);
  const { base } = goal;
  const others = base.presentValue.minus(outcome.presentValue);
  // Lower the present value: shorten a benefit, lengthen a disbenefit; and the reverse to raise it.
  const shorten = signOf(goal.gap) !== signOf(outcome.impact);
  const reached = (presentValue: Decimal) =>
    goal.gap.isNegative() ? presentValue.lte(goal.targetValue) : presentValue.gte(goal.targetValue);
  const answer = (duration: number) => found(years(duration), ONE.times(duration - outcome.duration));

  if (shorten) {
    // A one-year outcome's annuity is its first discount factor; most outcomes stop here.
    const firstFactor = base.factors(outcome.startYear)[outcome.startYear] as Decimal;
    const oneYear = others.plus(outcome.impact.times(firstFactor));
    if (!reached(oneYear)) {
      return none(outOfRange('duration', 1, oneYear.toNumber() / goal.float.inputsPresentValue, goal.target));
    }
    const partialSums = annuities(base, outcome, outcome.duration);
    for (let duration = outcome.duration - 1; duration >= 1; duration -= 1) {
      if (reached(others.plus(outcome.impact.times(partialSums[duration] as Decimal)))) return answer(duration);
    }
    return answer(1);
  }

  const longest = longestDuration(base, outcome.startYear);
  if (longest <= outcome.duration) {
    return none(outOfRange('duration', outcome.duration, ratioAt(goal, base.presentValue), goal.target));
  }
  if (outcome.dropOff.eq(ONE)) {
    return none(noEffect('duration', 'with 100% drop-off nothing is left after the first year'));
  }
  // Cheap float64 look at the longest duration first: most outcomes of a large map cannot get there.
  const floatAtLongest = floatPresentValue(base, outcome, longest);
  const othersFloat = others.toNumber();
  const targetFloat = goal.targetValue.toNumber();
  const margin = 1e-9 * Math.max(Math.abs(targetFloat), 1);
  const floatReached = goal.gap.isNegative()
    ? othersFloat + floatAtLongest <= targetFloat + margin
    : othersFloat + floatAtLongest >= targetFloat - margin;
  if (!floatReached) {
    const ratioFloat = (othersFloat + floatAtLongest) / base.inputsPresentValue.toNumber();
    return none(outOfRange('duration', longest, ratioFloat, goal.target));
  }
  const partialSums = annuities(base, outcome, longest);
  for (let duration = outcome.duration + 1; duration <= longest; duration += 1) {
    if (reached(others.plus(outcome.impact.times(partialSums[duration] as Decimal)))) return answer(duration);
  }
  const atLongest = others.plus(outcome.impact.times(partialSums[longest] as Decimal));
  return none(outOfRange('duration', longest, ratioAt(goal, atLongest), goal.target));
}

/**
 * The outcome's annuity for every duration 1..longest (index = duration), as
 * partial sums in `evaluate`'s order, so each equals the annuity of that duration.
 */
export function annuities(base: BaseCase, outcome: OutcomeFigures, longest: number): Decimal[] {
  const factors = base.factors(outcome.startYear + longest - 1);
  const kept = ONE.minus(outcome.dropOff);
  const sums: Decimal[] = [ZERO];
  let share = ONE;
  let sum = ZERO;
  for (let k = 0; k < longest; k += 1) {
    sum = sum.plus(share.times(factors[outcome.startYear + k] as Decimal));
    sums.push(sum);
    if (k + 1 < longest) share = share.times(kept);
  }
  return sums;
}

function floatPresentValue(base: BaseCase, outcome: OutcomeFigures, duration: number): number {
  const factors = base.floatFactors(outcome.startYear + duration - 1);
  const kept = 1 - outcome.dropOff.toNumber();
  let share = 1;
  let sum = 0;
  for (let k = 0; k < duration; k += 1) {
    sum += share * (factors[outcome.startYear + k] as number);
    share *= kept;
  }
  return outcome.impact.toNumber() * sum;
}
