import { ZERO, type Decimal } from '../decimal.js';
import type { BaseCase } from './base-case.js';
import type { ReductionEstimate } from './estimates.js';
import { found, none, ratioAt, signOf, type Goal, type Solution } from './goal.js';
import { linearTerms } from './linear-terms.js';
import { shareLimit } from './moves.js';
import { noEffect, outOfRange } from './reasons.js';

/**
 * The multiple of every quantity (or every proxy) at which the ratio reaches
 * the target. The present value is proportional to each, so the multiple is
 * target value / present value. Multiples are 0 or more: a negative multiple
 * of every proxy would turn benefits into disbenefits.
 */
export function solveMultipleTogether(goal: Goal, estimate: 'quantity' | 'proxy'): Solution {
  const { presentValue } = goal.base;
  if (presentValue.isZero()) return none(noEffect(estimate, 'the present value is zero'));
  const multiple = goal.targetValue.div(presentValue);
  if (multiple.isNegative()) {
    return none(outOfRange(estimate, ZERO, ZERO, goal.target, { together: true }));
  }
  return { value: null, change: multiple, reason: null };
}

/**
 * The shift, in percentage points, of one reduction for every outcome at
 * which the ratio reaches the target; each outcome's share is held within
 * its valid range (0 to 100%, or what the other two reductions leave under
 * subtractive reductions). Then the present value is piecewise linear in the
 * shift, with a corner where each outcome reaches a limit, and the root is
 * found exactly by walking the corners outward from no change; the smaller
 * of the two directions' roots is the switching value.
 */
export function solveShareTogether(goal: Goal, estimate: ReductionEstimate): Solution {
  const { base } = goal;
  // room: how far the share can rise (up) or fall (down); the value moves by slope x shift until then.
  const up = new Map<string, { room: Decimal; slope: Decimal }>();
  const down = new Map<string, { room: Decimal; slope: Decimal }>();
  for (const group of shareGroups(base, estimate)) {
    if (group.slope.isZero()) continue;
    addCorner(up, group.limit.minus(group.share), group.slope);
    addCorner(down, group.share, group.slope.negated());
  }
  const rising = walk(goal, up);
  const falling = walk(goal, down);
  const nearest =
    rising.root !== null && (falling.root === null || rising.root.lte(falling.root))
      ? rising.root
      : falling.root === null
        ? null
        : falling.root.negated();
  if (nearest !== null) return found(ZERO, nearest.times(100));
  if (up.size === 0 && down.size === 0) return none(noEffect(estimate, 'no outcome has value before this reduction'));
  // Report the end that comes closer to the target.
  const risingCloser = rising.end.minus(goal.targetValue).abs().lte(falling.end.minus(goal.targetValue).abs());
  const end = risingCloser ? rising : falling;
  return none(
    outOfRange(estimate, risingCloser ? end.shift : end.shift.negated(), ratioAt(goal, end.end), goal.target, {
      together: true,
    }),
  );
}

/**
 * Outcomes grouped by (share, limit). Within a group the slopes add up, and
 * an outcome's slope is its present value over the room left below the limit
 * (kept = presentValue / (1 - share) multiplicatively; gross = presentValue /
 * (limit - share) subtractively), so a group needs one division, not a line per outcome.
 */
export function shareGroups(
  base: BaseCase,
  estimate: ReductionEstimate,
): { share: Decimal; limit: Decimal; slope: Decimal }[] {
  const groups = new Map<string, { share: Decimal; limit: Decimal; value: Decimal; slope: Decimal }>();
  for (const outcome of base.outcomes) {
    const share = outcome[estimate];
    const limit = shareLimit(outcome, estimate, base.reductions);
    const key = base.reductions === 'subtractive' ? `${share.toString()}|${limit.toString()}` : share.toString();
    let group = groups.get(key);
    if (group === undefined) {
      group = { share, limit, value: ZERO, slope: ZERO };
      groups.set(key, group);
    }
    if (limit.eq(share)) {
      // No room to rise: the present value is zero, so take the slope from the line itself.
      group.slope = group.slope.plus(linearTerms(outcome, estimate, base.reductions).slope);
    } else {
      group.value = group.value.plus(outcome.presentValue);
    }
  }
  return [...groups.values()].map((group) => ({
    share: group.share,
    limit: group.limit,
    slope: group.value.isZero() ? group.slope : group.slope.minus(group.value.div(group.limit.minus(group.share))),
  }));
}

function addCorner(corners: Map<string, { room: Decimal; slope: Decimal }>, room: Decimal, slope: Decimal): void {
  if (!room.gt(0)) return;
  const key = room.toString();
  const corner = corners.get(key);
  corners.set(key, { room, slope: corner === undefined ? slope : corner.slope.plus(slope) });
}

/** Walks one direction: returns the first shift (0 or more) at which the value meets the target, and where it ends. */
function walk(goal: Goal, corners: Map<string, { room: Decimal; slope: Decimal }>) {
  const sorted = [...corners.values()].sort((a, b) => a.room.comparedTo(b.room));
  let slope = sorted.reduce((sum, corner) => sum.plus(corner.slope), ZERO);
  let shift = ZERO;
  let value = goal.base.presentValue;
  for (const corner of sorted) {
    const next = value.plus(slope.times(corner.room.minus(shift)));
    const before = signOf(value.minus(goal.targetValue));
    const after = signOf(next.minus(goal.targetValue));
    if (before === 0) return { root: shift, end: value, shift };
    if (after === 0 || before !== after) {
      return { root: shift.plus(goal.targetValue.minus(value).div(slope)), end: next, shift: corner.room };
    }
    value = next;
    shift = corner.room;
    slope = slope.minus(corner.slope);
  }
  return { root: value.eq(goal.targetValue) ? shift : null, end: value, shift };
}
