import { ONE, ZERO, type Decimal } from '../../decimal.js';
import { compare, minus, plus, times } from '../../fast-arithmetic.js';
import type { Reductions } from '../../model/types.js';
import { exactCalculator, floatCalculator, type Calculator } from '../../projection/calculator.js';
import type { BaseCase, FloatFigures, LineFigures, OutcomeFigures } from '../base-case.js';
import { LABELS, REDUCTIONS, type ReductionEstimate } from '../estimates.js';
import { found, none, ratioAt, signOf, type Goal, type Solution } from '../goal.js';
import { noEffect, outOfRange } from '../reasons.js';
import { solveLine, valueOnLine, type Line } from '../solve.js';
import { roughFloat } from '../to-float.js';
import type { Direction, EstimateRules, Moved, RoughFigures } from './rules.js';
import type { TornadoMove } from './tornado-move.js';

/*
 * The three reductions: deadweight, displacement and attribution.
 * - Range: 0 to 100%; under subtractive reductions, 0 to what the other two
 *   leave ({@link shareLimit}).
 * - Present value: linear in each reduction, in both the multiplicative and the
 *   subtractive reading (METHOD.md step 1), so a line ({@link reductionLine}).
 * - A change is a share change, new share - base share; the tornado moves a
 *   share down and up by the change, held within its range ({@link movedShare}).
 */

/** The two reductions other than each one, in map order (worked out once: the tornado asks 30,000 times). */
const OTHER_REDUCTIONS: Readonly<Record<ReductionEstimate, readonly ReductionEstimate[]>> = {
  deadweight: REDUCTIONS.filter((name) => name !== 'deadweight'),
  displacement: REDUCTIONS.filter((name) => name !== 'displacement'),
  attribution: REDUCTIONS.filter((name) => name !== 'attribution'),
};

/**
 * The highest a reduction can go: 100%, or what the other two leave under
 * subtractive reductions.
 *
 * @example
 * ```ts
 * shareLimit({ deadweight: d(0.2), displacement: d(0.1), attribution: d(0.25) }, 'attribution', 'subtractive').toString(); //=> '0.7'
 * ```
 */
export function shareLimit(
  outcome: Pick<OutcomeFigures, ReductionEstimate>,
  estimate: ReductionEstimate,
  reductions: Reductions,
): Decimal {
  if (reductions !== 'subtractive') return ONE;
  return OTHER_REDUCTIONS[estimate].reduce((left, name) => left.minus(outcome[name]), ONE);
}

/**
 * The outcome's present value as a line in one reduction, on a calculator
 * (exact decimals for answers, float64 to screen): the value before the
 * reduction times what the reduction leaves.
 *
 * @param complementOf - 1 - a share; exact callers pass the base case's, which keeps each one (without it,
 *   worked out)
 * @param gross - proxy x discounted quantity, when the caller has it (the tornado asks three times per outcome)
 *
 * @example
 * ```ts
 * valueOnLine(reductionLine(exactCalculator, outcome, 'deadweight', 'multiplicative'), outcome.deadweight)
 *   .eq(outcome.presentValue); //=> true (to the 34th digit)
 * ```
 */
export function reductionLine<T>(
  calculator: Calculator<T>,
  outcome: LineFigures<T>,
  estimate: ReductionEstimate,
  reductions: Reductions,
  complementOf?: (share: T) => T,
  gross: T = calculator.multiply(outcome.proxy, outcome.discountedQuantity),
): Line<T> {
  const { zero, one, multiply, subtract } = calculator;
  // The two other reductions, by index rather than reduce(): the screen builds 30,000 lines per call.
  const [first, second] = OTHER_REDUCTIONS[estimate] as readonly [ReductionEstimate, ReductionEstimate];
  const base = outcome[estimate];
  if (reductions === 'subtractive') {
    // 1 - dw - disp - attr: the other two shares cap this one so the sum stays within 100%.
    const left = subtract(subtract(one, outcome[first]), outcome[second]);
    return { constant: multiply(gross, left), slope: subtract(zero, gross), base, min: zero, max: left };
  }
  const firstLeft = complementOf === undefined ? subtract(one, outcome[first]) : complementOf(outcome[first]);
  const secondLeft = complementOf === undefined ? subtract(one, outcome[second]) : complementOf(outcome[second]);
  const kept = multiply(multiply(gross, firstLeft), secondLeft);
  return { constant: kept, slope: subtract(zero, kept), base, min: zero, max: one };
}

/**
 * The tornado's move of a share (the three reductions and drop-off): down or
 * up by the change, held within 0 and `max`.
 *
 * @example
 * ```ts
 * movedShare(new Decimal(0.05), new Decimal(0.1), -1).toString(); //=> '0'
 * ```
 */
export function movedShare(value: Decimal, change: Decimal, direction: Direction, max: Decimal = ONE): Decimal {
  const moved = direction === 1 ? value.plus(change) : value.minus(change);
  // Comparisons, not Decimal.min/max, which copy their result: the tornado does this 60,000 times for 10,000 outcomes.
  return moved.isNegative() ? ZERO : compare(moved, max) > 0 ? max : moved;
}

function solveOne(
  goal: Goal,
  outcome: OutcomeFigures,
  estimate: ReductionEstimate,
  floats: FloatFigures | null,
): Solution {
  const { reductions } = goal.base;
  const float =
    floats === null
      ? null
      : { line: reductionLine(floatCalculator, floats, estimate, reductions), presentValue: floats.presentValue };
  const line = () => reductionLine(exactCalculator, outcome, estimate, reductions, goal.base.complementOf);
  const root = solveLine(goal, outcome.presentValue, line, float);
  if (root.kind === 'flat') {
    const why = `the outcome has no value before ${LABELS[estimate]} (a zero quantity or proxy, or another reduction at 100%)`;
    return none(noEffect(estimate, why));
  }
  if (root.kind === 'beyond') {
    return none(
      outOfRange(estimate, root.bound, root.ratioAtBound, goal.shownTarget, {
        removesOutcome: root.removesOutcome,
        disbenefit: outcome.proxy.isNegative(),
      }),
    );
  }
  return found(root.x, root.x.minus(outcome[estimate]));
}

/**
 * The shift of one reduction for every outcome at which the ratio reaches the
 * target, a share change (0.05 is five points); each outcome's share is held
 * within its range. Then the present value is piecewise linear in the shift,
 * with a corner where each outcome reaches a limit, and the root is found
 * exactly by walking the corners outward from no change; the smaller of the
 * two directions' roots is the switching value.
 */
function solveTogether(goal: Goal, estimate: ReductionEstimate): Solution {
  const { base } = goal;
  // room: how far the share can rise (up) or fall (down); the value moves by slope x shift until then.
  const up = new Map<string, Corner>();
  const down = new Map<string, Corner>();
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
  if (nearest !== null) return found(ZERO, nearest);
  if (up.size === 0 && down.size === 0) return none(noEffect(estimate, 'no outcome has value before this reduction'));
  // Report the end that comes closer to the target.
  const risingCloser = rising.end.minus(goal.targetValue).abs().lte(falling.end.minus(goal.targetValue).abs());
  const end = risingCloser ? rising : falling;
  return none(
    outOfRange(estimate, risingCloser ? end.shift : end.shift.negated(), ratioAt(goal, end.end), goal.shownTarget, {
      together: true,
    }),
  );
}

/** Outcomes with the same share (and limit) moved together. */
interface ShareGroup {
  readonly share: Decimal;
  readonly limit: Decimal;
  /** Change of the group's present value per unit of share. */
  readonly slope: Decimal;
}

/**
 * Outcomes grouped by (share, limit). Within a group the slopes add up, and
 * an outcome's slope is its present value over the room left below the limit
 * (kept = presentValue / (1 - share) multiplicatively; gross = presentValue /
 * (limit - share) subtractively), so a group needs one division, not a line per outcome.
 */
function shareGroups(base: BaseCase, estimate: ReductionEstimate): ShareGroup[] {
  type Group = { share: Decimal; limit: Decimal; value: Decimal; slope: Decimal };
  const groups = new Map<string, Group>();
  // Multiplicatively the key is the share alone, and the base figures' shares come from one decimal cache:
  // found by identity first, the text (one toString per object, not per outcome) is needed only after.
  const byIdentity = new Map<Decimal, Group>();
  const subtractive = base.reductions === 'subtractive';
  for (const outcome of base.outcomes) {
    const share = outcome[estimate];
    const limit = shareLimit(outcome, estimate, base.reductions);
    let group = subtractive ? undefined : byIdentity.get(share);
    if (group === undefined) {
      const key = subtractive ? `${share.toString()}|${limit.toString()}` : share.toString();
      group = groups.get(key);
      if (group === undefined) {
        group = { share, limit, value: ZERO, slope: ZERO };
        groups.set(key, group);
      }
      if (!subtractive) byIdentity.set(share, group);
    }
    if (compare(limit, share) === 0) {
      // No room to rise: the present value is zero, so take the slope from the line itself.
      group.slope = plus(group.slope, reductionLine(exactCalculator, outcome, estimate, base.reductions).slope);
    } else {
      group.value = plus(group.value, outcome.presentValue);
    }
  }
  return [...groups.values()].map((group) => ({
    share: group.share,
    limit: group.limit,
    slope: group.value.isZero() ? group.slope : group.slope.minus(group.value.div(group.limit.minus(group.share))),
  }));
}

interface Corner {
  readonly room: Decimal;
  readonly slope: Decimal;
}

function addCorner(corners: Map<string, Corner>, room: Decimal, slope: Decimal): void {
  if (!room.gt(0)) return;
  const key = room.toString();
  const corner = corners.get(key);
  corners.set(key, { room, slope: corner === undefined ? slope : corner.slope.plus(slope) });
}

/** Walks one direction: returns the first shift (0 or more) at which the value meets the target, and where it ends. */
function walk(goal: Goal, corners: Map<string, Corner>) {
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

function tornado(
  base: BaseCase,
  outcome: OutcomeFigures,
  estimate: ReductionEstimate,
  move: TornadoMove,
): [Moved, Moved] {
  const gross = move.gross(outcome);
  const others = OTHER_REDUCTIONS[estimate];
  if (gross.isZero()) {
    const line = reductionLine(exactCalculator, outcome, estimate, base.reductions, base.complementOf, gross);
    const moved = (direction: Direction): Moved => {
      const value = move.share(outcome[estimate], direction, line.max ?? undefined);
      return { value, presentValue: valueOnLine(line, value) };
    };
    return [moved(-1), moved(1)];
  }
  // reductionLine's line, constant - slope' x share with slope' = gross (subtractive) or kept (multiplicative):
  // its slope is -slope', and adding -(slope' x share) gives the digits of subtracting slope' x share (rounding
  // half to even is symmetric), without working out the negated slope for each of 30,000 lines.
  let max = ONE;
  let constant: Decimal;
  let slope: Decimal;
  if (base.reductions === 'subtractive') {
    max = others.reduce((rest, name) => minus(rest, outcome[name]), ONE);
    constant = times(gross, max);
    slope = gross;
  } else {
    constant = others.reduce((product, name) => times(product, base.complementOf(outcome[name])), gross);
    slope = constant;
  }
  const moved = (direction: Direction): Moved => {
    const value = move.share(outcome[estimate], direction, max);
    return { value, presentValue: minus(constant, times(slope, value)) };
  };
  return [moved(-1), moved(1)];
}

/** Outcomes with the same share move alike: one line per group of equal shares, grouped once for both ends. */
function tornadoTogether(
  base: BaseCase,
  _groups: unknown,
  estimate: ReductionEstimate,
  change: Decimal,
): readonly [Decimal, Decimal] {
  const groups = shareGroups(base, estimate);
  const moved = (direction: Direction) =>
    groups.reduce((total, group) => {
      const value = movedShare(group.share, change, direction, group.limit);
      return total.plus(group.slope.times(value.minus(group.share)));
    }, base.presentValue);
  return [moved(-1), moved(1)];
}

/**
 * {@link tornado}'s ends as doubles, from the same exact moved shares (kept by
 * the move) and the exact complements the base case keeps: gross x the three
 * complements, a product of five doubles each within ROUGH_FLOAT_ERROR; under
 * subtractive reductions gross x (what the other two leave - the share), whose
 * error is within 4 x ROUGH_FLOAT_ERROR of |gross| (both shares at most 1).
 */
function roughTornado(
  base: BaseCase,
  outcome: OutcomeFigures,
  rough: RoughFigures,
  estimate: ReductionEstimate,
  move: TornadoMove,
  into: Float64Array,
): boolean {
  const others = OTHER_REDUCTIONS[estimate];
  const share = outcome[estimate];
  if (base.reductions === 'subtractive') {
    // The limit as tornado() works it out, so that the moved share is the same decimal.
    const max = others.reduce((rest, name) => minus(rest, outcome[name]), ONE);
    const left = roughFloat(max);
    into[0] = rough.gross * (left - roughFloat(move.share(share, -1, max)));
    into[1] = rough.gross * (left - roughFloat(move.share(share, 1, max)));
    return true;
  }
  const { complementOf } = base;
  const kept =
    rough.gross *
    roughFloat(complementOf(outcome[others[0] as ReductionEstimate])) *
    roughFloat(complementOf(outcome[others[1] as ReductionEstimate]));
  into[0] = kept * roughFloat(complementOf(move.share(share, -1)));
  into[1] = kept * roughFloat(complementOf(move.share(share, 1)));
  return true;
}

export const shareRules: EstimateRules<ReductionEstimate> = {
  solveOne,
  solveTogether,
  tornado,
  roughTornado,
  tornadoTogether,
};
