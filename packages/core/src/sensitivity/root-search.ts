import { Decimal } from '../decimal.js';
import { signOf } from './goal.js';

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
