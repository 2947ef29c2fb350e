import { Decimal } from '../decimal.js';
import { divide, minus, plus, times } from '../fast-arithmetic.js';
import { signOf, type Goal } from './goal.js';

/*
 * The one solver of switching values. Each estimate's module (estimates/)
 * says how an outcome's present value depends on the estimate; this file
 * finds the value at which the total reaches the goal:
 * - on a line, in closed form: quantity, proxy and the three reductions enter
 *   the value linearly (METHOD.md step 1), so `constant + slope x x = wanted`;
 * - otherwise by a bracketed root search, to the cent: drop-off, for one
 *   outcome and for all together.
 * Duration takes whole years, so its module walks the years instead
 * (estimates/duration.ts).
 */

/**
 * An outcome's present value as a straight line in one estimate,
 * `presentValue(x) = constant + slope x x`, with the range of x that is valid.
 */
export interface Line<T = Decimal> {
  readonly constant: T;
  readonly slope: T;
  /** The base value of x. */
  readonly base: T;
  /** Smallest valid x (null: no limit). */
  readonly min: T | null;
  /** Largest valid x (null: no limit). */
  readonly max: T | null;
}

/** presentValue(x) on the line. */
export function valueOnLine(line: Line, x: Decimal): Decimal {
  return plus(line.constant, times(line.slope, x));
}

/** Where the goal lies on an outcome's line. */
export type LineRoot =
  /** At x, within the valid range. */
  | { readonly kind: 'at'; readonly x: Decimal }
  /** The estimate does not move the value (slope 0), and the value is not on the target. */
  | { readonly kind: 'flat' }
  /**
   * Past the end of the valid range; the ratio at that end, for the message (a float64
   * ratio when screened), and whether that end leaves the outcome with no value.
   */
  | {
      readonly kind: 'beyond';
      readonly bound: Decimal | number;
      readonly ratioAtBound: Decimal | number;
      readonly removesOutcome: boolean;
    };

/** The same line in float64, with the outcome's present value, to screen cheaply. */
export interface FloatLine {
  readonly line: Line<number>;
  readonly presentValue: number;
}

/** Relative margin within which the float64 screen leaves the decision to exact arithmetic. */
const SCREEN_MARGIN = 1e-9;

/**
 * Solves `line(x) = outcome's present value + gap` for x: only this outcome's
 * present value changes, so it must move by the goal's gap.
 *
 * In a large impact map most outcomes are too small to bring the ratio to the
 * target whatever one estimate does; a float64 look at the same line finds
 * those cheaply (the message's ratio, shown to two decimals, comes from it),
 * and everything near a limit or within range is solved exactly. Measured on
 * the 10,000-outcome bench map, the five linear estimates take about a third
 * of the time with the screen as without it.
 *
 * @param line - the exact line, built only when the screen cannot decide
 * @param float - the float64 line, or null to solve exactly at once
 *
 * @example
 * ```ts
 * // METHOD.md's worked check at 1 : 1: deadweight must rise from 20% to 55.33%.
 * const base = baseCase(workedCheck);
 * const [outcome] = base.outcomes;
 * const line = () => reductionLine(exactCalculator, outcome, 'deadweight', 'multiplicative');
 * solveLine(goalOf(base, ONE), outcome.presentValue, line, null); //=> { kind: 'at', x: 0.5533... }
 * ```
 */
export function solveLine(goal: Goal, presentValue: Decimal, line: () => Line, float: FloatLine | null): LineRoot {
  if (float !== null) {
    const screened = screen(goal, float);
    if (screened !== null) return screened;
  }
  const exact = line();
  if (exact.slope.isZero()) return goal.gap.isZero() ? { kind: 'at', x: exact.base } : { kind: 'flat' };
  const moved = plus(presentValue, goal.gap);
  // Less a constant of 0 (quantity and proxy lines) is the value itself, unless it is a zero, whose sign is
  // decimal.js's to decide.
  const x = divide(exact.constant.isZero() && !moved.isZero() ? moved : minus(moved, exact.constant), exact.slope);
  const bound =
    exact.min !== null && x.lt(exact.min) ? exact.min : exact.max !== null && x.gt(exact.max) ? exact.max : null;
  if (bound === null) return { kind: 'at', x };
  const atBound = valueOnLine(exact, bound);
  const others = minus(goal.base.presentValue, presentValue);
  return {
    kind: 'beyond',
    bound,
    ratioAtBound: divide(plus(others, atBound), goal.base.inputsPresentValue),
    removesOutcome: atBound.isZero(),
  };
}

/** A float64 verdict when the needed value is clearly outside the valid range; null to solve exactly. */
function screen(goal: Goal, float: FloatLine): LineRoot | null {
  const { line, presentValue } = float;
  if (line.slope === 0 || !Number.isFinite(line.slope)) return null;
  const x = (presentValue + goal.float.gap - line.constant) / line.slope;
  const tolerance = SCREEN_MARGIN * Math.max(1, Math.abs(x));
  const bound =
    line.min !== null && x < line.min - tolerance
      ? line.min
      : line.max !== null && x > line.max + tolerance
        ? line.max
        : null;
  if (bound === null) return null;
  const atBound = line.constant + line.slope * bound;
  const ratioAtBound = (goal.float.presentValue - presentValue + atBound) / goal.float.inputsPresentValue;
  return { kind: 'beyond', bound, ratioAtBound, removesOutcome: atBound === 0 };
}

/** A function whose root is wanted, on both arithmetic paths (one algorithm, two calculators). */
export interface RootProblem {
  /** Exact value of the function at x; the root is where it is (within tolerance of) zero. */
  readonly exact: (x: Decimal) => Decimal;
  /** The same function in float64, to find the root cheaply before confirming it exactly. */
  readonly float: (x: number) => number;
  /** The bracket: the caller has checked that the function changes sign between low and high. */
  readonly low: number;
  readonly high: number;
  /** Accept x once |exact(x)| is at most this (half a cent, for money). */
  readonly tolerance: Decimal;
}

const HALF = new Decimal('0.5');
const MAX_EXACT_STEPS = 200;

/**
 * A bracketed root search: bisection in float64 to the last bit, then exact
 * decimal bisection inside the float bracket until the function is within
 * tolerance. The exact steps are the ones that count; float64 only saves
 * most of them (usually all: its bracket is already far inside a cent).
 *
 * @example
 * ```ts
 * bracketedRoot({ exact: (x) => x.times(x).minus(2), float: (x) => x * x - 2, low: 0, high: 2, tolerance: new Decimal('1e-12') })
 *   .toFixed(6); //=> '1.414214'
 * ```
 */
export function bracketedRoot(problem: RootProblem): Decimal {
  const [low, high] = floatBracket(problem);
  let candidate = new Decimal((low + high) / 2);
  let value = problem.exact(candidate);
  if (value.abs().lte(problem.tolerance)) return candidate;

  // Confirm the float bracket exactly; fall back to the whole range if rounding misled it.
  let lowExact = new Decimal(low);
  let highExact = new Decimal(high);
  let lowSign = signOf(problem.exact(lowExact));
  if (lowSign === signOf(problem.exact(highExact)) && lowSign !== 0) {
    lowExact = new Decimal(problem.low);
    highExact = new Decimal(problem.high);
    lowSign = signOf(problem.exact(lowExact));
  }
  for (let step = 0; step < MAX_EXACT_STEPS; step += 1) {
    candidate = lowExact.plus(highExact).times(HALF);
    value = problem.exact(candidate);
    if (value.abs().lte(problem.tolerance)) break;
    if (signOf(value) === lowSign) lowExact = candidate;
    else highExact = candidate;
  }
  return candidate;
}

function floatBracket(problem: RootProblem): [number, number] {
  let low = problem.low;
  let high = problem.high;
  const lowSign = Math.sign(problem.float(low));
  // Brackets here are within [-1, 1]; 1e-16 is past float64's resolution near 1 without crawling towards 0.
  for (let step = 0; step < 64 && high - low > 1e-16; step += 1) {
    const middle = (low + high) / 2;
    if (middle <= low || middle >= high) break;
    const sign = Math.sign(problem.float(middle));
    if (sign === 0) return [middle, middle];
    if (sign === lowSign) low = middle;
    else high = middle;
  }
  return [low, high];
}
