import { Decimal } from '../decimal.js';
import { divide } from '../fast-arithmetic.js';
import type { BaseCase } from './base-case.js';
import { shownTarget, type NoSwitchingValue, type ShownTarget } from './reasons.js';

/** What a switching value aims at: the present value at which the ratio equals the target. */
export interface Goal {
  readonly base: BaseCase;
  /** The target ratio (1 for 1 : 1). */
  readonly target: Decimal;
  /** The target as messages show it (reasons.ts). */
  readonly shownTarget: ShownTarget;
  /** target x inputsPresentValue: the present value the outcomes must have. */
  readonly targetValue: Decimal;
  /** targetValue - presentValue: how far the present value must move. */
  readonly gap: Decimal;
  /** The same figures as float64, for screening out estimates that cannot reach the target. */
  readonly float: {
    readonly gap: number;
    readonly presentValue: number;
    readonly inputsPresentValue: number;
    readonly targetValue: number;
  };
}

/** A switching value found, or the reason there is none. */
export interface Solution {
  readonly value: Decimal | null;
  readonly change: Decimal | null;
  readonly reason: NoSwitchingValue | null;
}

/** "To the cent": a present value within half a penny of the goal counts as reaching it. */
export const HALF_CENT = new Decimal('0.005');

export function goalOf(base: BaseCase, target: Decimal): Goal {
  const targetValue = target.times(base.inputsPresentValue);
  const gap = targetValue.minus(base.presentValue);
  const float = {
    gap: gap.toNumber(),
    presentValue: base.presentValue.toNumber(),
    inputsPresentValue: base.inputsPresentValue.toNumber(),
    targetValue: targetValue.toNumber(),
  };
  return { base, target, shownTarget: shownTarget(target), targetValue, gap, float };
}

export function ratioAt(goal: Goal, presentValue: Decimal): Decimal {
  return divide(presentValue, goal.base.inputsPresentValue);
}

export function found(value: Decimal, change: Decimal | null): Solution {
  return { value, change, reason: null };
}

export function none(reason: NoSwitchingValue): Solution {
  return { value: null, change: null, reason };
}

/**
 * Whether a total present value is at or past the target value, on the side
 * the gap points to: whole years rarely land exactly on the target, so
 * duration asks for the first value that reaches or passes it.
 */
export function reached(goal: Goal, presentValue: Decimal): boolean {
  return goal.gap.isNegative() ? presentValue.lte(goal.targetValue) : presentValue.gte(goal.targetValue);
}

/** -1, 0 or 1. */
export function signOf(value: Decimal): number {
  return value.isZero() ? 0 : value.isNegative() ? -1 : 1;
}
