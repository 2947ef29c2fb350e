import { Decimal, ZERO, type DecimalLike } from '../decimal.js';
import { compare, minus, plus } from '../fast-arithmetic.js';
import type { Evaluation } from '../model/types.js';
import { baseCase, type BaseCase, type OutcomeFigures } from './base-case.js';
import { OptionProblems } from './errors.js';
import { ESTIMATES, unitOf, type ChangeUnit, type Estimate } from './estimates.js';
import { rulesOf } from './estimates/rules.js';
import { TornadoMove } from './estimates/tornado-move.js';
import { fixedDivisor } from './fixed-divisor.js';
import { projectionGroups } from './groups.js';
import { positiveDecimal } from './options.js';
import { baseValue as baseValueOf } from './switching-values.js';

/** Options of {@link oneWay}. */
export interface OneWayOptions {
  /**
   * How far each estimate moves, a fraction of one, default 0.1: quantity and
   * proxy by 10% of their value (times 0.9 and 1.1); the four shares by a
   * share change of 0.1, in the shares' own unit (`unit: 'share'`, as in
   * a switching value's `change`), ten percentage points: 20% to 10% and 30%,
   * held within 0..100%; duration by 10% of its years rounded, at least one
   * year. From above 0 up to 1.
   */
  readonly change?: DecimalLike;
}

/** The evaluation with one estimate moved. */
export interface OneWayPoint {
  /** The estimate's moved value (null for all outcomes together, and where the estimate does not apply). */
  readonly value: Decimal | null;
  readonly presentValue: Decimal;
  /** null without inputs. */
  readonly ratio: Decimal | null;
}

/** One bar of a tornado chart. */
export interface OneWayRow {
  /** The outcome's id; null for the estimate moved for all outcomes together. */
  readonly outcome: string | null;
  readonly estimate: Estimate;
  readonly unit: ChangeUnit;
  readonly base: Decimal | null;
  /** The estimate moved down (times 1 - change, or minus the change). */
  readonly low: OneWayPoint;
  /** The estimate moved up. */
  readonly high: OneWayPoint;
  /** |high ratio - low ratio|; without inputs, |high - low| present value. */
  readonly swing: Decimal;
}

export interface OneWay {
  readonly change: Decimal;
  readonly presentValue: Decimal;
  readonly inputsPresentValue: Decimal;
  readonly ratio: Decimal | null;
  /** Every estimate of every outcome, and of all outcomes together, largest swing first. */
  readonly rows: readonly OneWayRow[];
}

/**
 * One-way sensitivity, the data of a tornado chart (METHOD.md step 6): each
 * estimate of each outcome, and each estimate of all outcomes together, moved
 * down and up by the change with everything else held at its base, with the
 * resulting present value and ratio, sorted by swing (ties keep map order).
 *
 * Moving one outcome's estimate changes only that outcome's present value,
 * so each row costs a few exact operations, not a new evaluation.
 *
 * @param evaluation - the impact map (validated)
 * @param options - `change`: a fraction, default 0.1 (10% of quantity and proxy; a share change of 0.1, ten
 *   percentage points, for the shares)
 * @throws SroiValidationError when the evaluation is invalid
 * @throws SroiOptionsError when the change is not above 0 and at most 1
 *
 * @example
 * ```ts
 * const tornado = oneWay(workedCheck); // METHOD.md's worked check
 * const top = tornado.rows[0];
 * [top.outcome, top.estimate, top.low.ratio?.toFixed(4), top.high.ratio?.toFixed(4)];
 * //=> ['wellbeing', 'attribution', '2.0299', '1.5523'] (attribution 15% and 35%)
 * ```
 */
export function oneWay(evaluation: Evaluation, options: OneWayOptions = {}): OneWay {
  const problems = new OptionProblems();
  const change = positiveDecimal(
    options.change,
    '0.1',
    'change',
    'a fraction above 0 and at most 1, e.g. 0.1 for 10%',
    problems,
  );
  if (change.gt(1))
    problems.add('change', options.change, `change must be at most 1 (100%); got ${String(options.change)}`);
  problems.throwIfAny();

  const base = baseCase(evaluation);
  const rows: OneWayRow[] = [];
  // Where an estimate does not apply (drop-off and duration with quantityByYear), both ends stay at the
  // base: one point for every such row (results are never changed in place, so they can share it).
  // Every point's ratio divides by the inputs' present value.
  const ratioOf: RatioOf = base.inputsPresentValue.gt(0) ? fixedDivisor(base.inputsPresentValue) : null;
  const unmoved = pointOf(ratioOf, null, base.presentValue);
  const move = new TornadoMove(change);
  for (const outcome of base.outcomes) outcomeRows(base, outcome, move, ratioOf, unmoved, rows);
  const groups = projectionGroups(base);
  for (const estimate of ESTIMATES) {
    const [low, high] = rulesOf(estimate).tornadoTogether(base, groups, estimate, change);
    rows.push(rowOf(null, estimate, null, pointOf(ratioOf, null, low), pointOf(ratioOf, null, high)));
  }
  return {
    change,
    presentValue: base.presentValue,
    inputsPresentValue: base.inputsPresentValue,
    ratio: base.ratio,
    rows: largestSwingFirst(rows),
  };
}

/**
 * The seven rows of one outcome, added to `rows`; only this outcome's present
 * value moves, so each point is a few operations.
 */
function outcomeRows(
  base: BaseCase,
  outcome: OutcomeFigures,
  move: TornadoMove,
  ratioOf: RatioOf,
  unmoved: OneWayPoint,
  rows: OneWayRow[],
): void {
  const others = minus(base.presentValue, outcome.presentValue);
  // The previous row and its outcome's moved present values (null after a row where the estimate does not apply).
  let previous: OneWayRow | null = null;
  let previousLow: Decimal | null = null;
  let previousHigh: Decimal | null = null;
  for (const estimate of ESTIMATES) {
    const moved = rulesOf(estimate).tornado(base, outcome, estimate, move);
    const baseValue = baseValueOf(outcome, estimate);
    if (moved === null) {
      rows.push(rowOf(outcome.id, estimate, baseValue, unmoved, unmoved));
      previous = null;
      previousLow = null;
      previousHigh = null;
      continue;
    }
    const [low, high] = moved;
    // Quantity and proxy move the present value by the same multiple, so the proxy's ends have the
    // quantity's totals: the same operations on equal values give the same digits, and sharing them
    // saves two additions, two divisions and a subtraction per outcome (a seventh of the tornado's).
    // TornadoMove hands the proxy the quantity's own decimals, so identity decides before comparing digits.
    const row: OneWayRow =
      previous !== null &&
      previousLow !== null &&
      previousHigh !== null &&
      (low.presentValue === previousLow || compare(low.presentValue, previousLow) === 0) &&
      (high.presentValue === previousHigh || compare(high.presentValue, previousHigh) === 0)
        ? sameTotals(outcome.id, estimate, baseValue, low.value, high.value, previous)
        : rowOf(
            outcome.id,
            estimate,
            baseValue,
            pointOf(ratioOf, low.value, plus(others, low.presentValue)),
            pointOf(ratioOf, high.value, plus(others, high.presentValue)),
          );
    rows.push(row);
    previous = row;
    previousLow = low.presentValue;
    previousHigh = high.presentValue;
  }
}

/** A row whose ends have the totals, ratios and swing of `like`'s, at other values of the estimate. */
function sameTotals(
  outcome: string,
  estimate: Estimate,
  baseValue: Decimal,
  lowValue: Decimal,
  highValue: Decimal,
  like: OneWayRow,
): OneWayRow {
  return {
    outcome,
    estimate,
    unit: unitOf(estimate),
    base: baseValue,
    low: { value: lowValue, presentValue: like.low.presentValue, ratio: like.low.ratio },
    high: { value: highValue, presentValue: like.high.presentValue, ratio: like.high.ratio },
    swing: like.swing,
  };
}

/**
 * The rows sorted on their swings as doubles, falling back to exact comparison
 * where doubles tie, and to the impact map's order where swings are equal.
 * Indices and a typed array of keys, not an object per row; a row that shares
 * the swing before it (proxy after quantity) shares its key too. A merge sort
 * on the typed arrays (stable, so equal keys keep map order) instead of
 * `Array.prototype.sort` with a comparator: a million calls of it for 70,000 rows.
 */
function largestSwingFirst(rows: readonly OneWayRow[]): OneWayRow[] {
  const keys = new Float64Array(rows.length);
  if (!fillOrderKeys(rows, keys, orderKey)) fillOrderKeys(rows, keys, (swing) => swing.toNumber());
  const order = largestKeyFirst(keys);
  // Runs of equal keys: exact comparison decides, then map order.
  const exactly = (a: number, b: number) => {
    const swingA = (rows[a] as OneWayRow).swing;
    const swingB = (rows[b] as OneWayRow).swing;
    return (swingA === swingB ? 0 : compare(swingB, swingA)) || a - b;
  };
  for (let start = 0; start < order.length;) {
    const key = keys[order[start] as number];
    let end = start + 1;
    while (end < order.length && keys[order[end] as number] === key) end += 1;
    if (end - start === 2) {
      // The usual run: a proxy row after its quantity row, with the same swing.
      const first = order[start] as number;
      const second = order[start + 1] as number;
      if (exactly(first, second) > 0) {
        order[start] = second;
        order[start + 1] = first;
      }
    } else if (end - start > 2) {
      order.set(Array.from(order.subarray(start, end)).sort(exactly), start);
    }
    start = end;
  }
  const sorted = new Array<OneWayRow>(order.length);
  for (let i = 0; i < order.length; i += 1) sorted[i] = rows[order[i] as number] as OneWayRow;
  return sorted;
}

/** Indices of `keys` from the largest key to the smallest, equal keys in index order (a bottom-up merge sort). */
function largestKeyFirst(keys: Float64Array): Int32Array {
  const count = keys.length;
  let from = new Int32Array(count);
  let to = new Int32Array(count);
  for (let i = 0; i < count; i += 1) from[i] = i;
  for (let width = 1; width < count; width *= 2) {
    for (let left = 0; left < count; left += 2 * width) {
      const middle = Math.min(left + width, count);
      const right = Math.min(left + 2 * width, count);
      let i = left;
      let j = middle;
      let k = left;
      while (i < middle && j < right) {
        // The right half goes first only with a strictly larger key: equal keys keep index order.
        if ((keys[from[j] as number] as number) > (keys[from[i] as number] as number)) {
          to[k] = from[j] as number;
          j += 1;
        } else {
          to[k] = from[i] as number;
          i += 1;
        }
        k += 1;
      }
      while (i < middle) to[k++] = from[i++] as number;
      while (j < right) to[k++] = from[j++] as number;
    }
    [from, to] = [to, from];
  }
  return from;
}

/** Each row's sort key; false when `keyOf` cannot key one of them (null). */
function fillOrderKeys(
  rows: readonly OneWayRow[],
  keys: Float64Array,
  keyOf: (swing: Decimal) => number | null,
): boolean {
  let last: Decimal | null = null;
  let lastKey: number | null = 0;
  for (let i = 0; i < rows.length; i += 1) {
    const swing = (rows[i] as OneWayRow).swing;
    if (swing !== last) {
      last = swing;
      lastKey = keyOf(swing);
      if (lastKey === null) return false;
    }
    keys[i] = lastKey as number;
  }
  return true;
}

/** Powers of ten that are exact doubles, for the multiples of seven {@link orderKey} needs (-21 to 21). */
const SEVENTH_POWERS: Readonly<Record<number, number>> = { 0: 1, 7: 1e7, 14: 1e14, 21: 1e21 };

/**
 * A double that never orders two decimals the other way round from their
 * exact values (equal doubles go to exact comparison): the decimal cut to its
 * first two base 10^7 words of digits (decimal.js's `d`), at most 14 digits,
 * so a whole number exact in a double, then scaled by an exact power of ten in
 * one correctly rounded operation. Cutting digits and rounding both keep the
 * order, and this needs no text, unlike `toNumber`. null beyond those powers.
 */
function orderKey(value: Decimal): number | null {
  const { d: words, e: exponent, s: sign } = value as unknown as { d: number[] | null; e: number; s: number };
  if (words === null) return null;
  const digits = (words[0] as number) * 1e7 + (words[1] ?? 0);
  // The second word's last digit sits at 10^power (decimal.js aligns words on powers of 10^7).
  const power = 7 * (Math.floor(exponent / 7) - 1);
  const scale = SEVENTH_POWERS[Math.abs(power)];
  if (scale === undefined) return null;
  return sign * (power >= 0 ? digits * scale : digits / scale);
}

/** A ratio for each present value (null without inputs): see {@link fixedDivisor}. */
type RatioOf = ((presentValue: Decimal) => Decimal) | null;

function pointOf(ratioOf: RatioOf, value: Decimal | null, presentValue: Decimal): OneWayPoint {
  return { value, presentValue, ratio: ratioOf === null ? null : ratioOf(presentValue) };
}

function rowOf(
  outcome: string | null,
  estimate: Estimate,
  baseValue: Decimal | null,
  low: OneWayPoint,
  high: OneWayPoint,
): OneWayRow {
  const byRatio = low.ratio !== null && high.ratio !== null;
  const to = byRatio ? (high.ratio as Decimal) : high.presentValue;
  const from = byRatio ? (low.ratio as Decimal) : low.presentValue;
  // |to - from| as the larger minus the smaller: the digits of the difference made positive (rounding half to
  // even is symmetric), without abs() or negated(), which copy: 70,000 rows for 10,000 outcomes. Equal ends
  // swing by 0, never -0.
  const order = compare(to, from);
  const swing = order < 0 ? minus(from, to) : order > 0 ? minus(to, from) : ZERO;
  return { outcome, estimate, unit: unitOf(estimate), base: baseValue, low, high, swing };
}
