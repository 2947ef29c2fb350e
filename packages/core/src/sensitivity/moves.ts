import { ONE, ZERO, type Decimal } from '../decimal.js';
import { WHOLE_NUMBER_RULES } from '../model/rules.js';
import type { Reductions } from '../model/types.js';
import type { BaseCase, OutcomeFigures } from './base-case.js';
import { isReduction, type Estimate } from './estimates.js';

/**
 * Moving an estimate down or up by a change, as the tornado does:
 * - quantity and proxy: times (1 - change) or (1 + change);
 * - the four shares: minus or plus the change in share units (0.1 = 10 percentage
 *   points), held within 0..1 (and, under subtractive reductions, within what
 *   the other two reductions leave);
 * - duration: minus or plus max(1, round(duration x change)) whole years, held
 *   between 1 and the longest duration that can be discounted.
 */
export type Direction = -1 | 1;

export function movedShare(value: Decimal, change: Decimal, direction: Direction, max: Decimal = ONE): Decimal {
  const moved = direction === 1 ? value.plus(change) : value.minus(change);
  // Comparisons, not Decimal.min/max, which copy their result: the tornado does this 60,000 times for 10,000 outcomes.
  return moved.isNegative() ? ZERO : moved.gt(max) ? max : moved;
}

export function movedMultiple(value: Decimal, change: Decimal, direction: Direction): Decimal {
  return value.times(direction === 1 ? ONE.plus(change) : ONE.minus(change));
}

/** Whole years a duration moves by: at least one, so the tornado always shows it. */
export function durationStep(duration: number, change: Decimal): number {
  return Math.max(1, Math.round(change.times(duration).toNumber()));
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

export function longestDuration(base: BaseCase, startYear: number): number {
  return Math.min(WHOLE_NUMBER_RULES.duration.max, base.lastDiscountableYear - startYear + 1);
}

export function movedDuration(
  base: BaseCase,
  outcome: { duration: number; startYear: number },
  change: Decimal,
  direction: Direction,
): number {
  const moved = outcome.duration + direction * durationStep(outcome.duration, change);
  return Math.min(longestDuration(base, outcome.startYear), Math.max(1, moved));
}

/** The highest a reduction can go: 1, or what the other two leave under subtractive reductions. */
export function shareLimit(outcome: OutcomeFigures, estimate: Estimate, reductions: Reductions): Decimal {
  if (reductions !== 'subtractive' || !isReduction(estimate)) return ONE;
  return (['deadweight', 'displacement', 'attribution'] as const)
    .filter((name) => name !== estimate)
    .reduce((left, name) => left.minus(outcome[name]), ONE);
}
