import type { Decimal } from '../decimal.js';
import { compare } from '../fast-arithmetic.js';
import type { TornadoRow } from './tornado-row.js';
import { ROUGH_FLOAT_ERROR, roughFloat } from './to-float.js';

/*
 * The tornado's order: largest exact swing first, equal swings in the impact
 * map's order, the same order as sorting on the exact swings, found from each
 * bar's ends as doubles, so that a bar's exact figures are worked out only
 * when read (tornado-row.ts).
 *
 * Each bar's outcome present value moved down and up, l and h, comes as a
 * double within 8e x R of the exact one, where e = ROUGH_FLOAT_ERROR and
 * R = |l| + |h| + |gross| (each estimate's roughTornado says why). With I the
 * inputs' present value (a double within e), the double swing |h - l| / I is
 * then within 18e x R / I of the exact |h - l| / I, and the exact swing,
 * rounded to 34 digits at each of its steps (adding the other outcomes'
 * present value o, dividing by I, subtracting), within 10^-32 x (|o| + R) / I
 * of it. With T the largest of these bounds over all bars, two bars whose
 * doubles are more than 2T apart are in the exact order; the margin used is
 * five times 2T. Bars in a run in which each double is within the margin of
 * the next are put in order by their exact swings (bars with the same ends,
 * quantity and proxy, being equal without working them out). Where any
 * double cannot be had (a present value beyond what a double holds), every
 * bar is ordered exactly.
 */

/** Each bar's swing as a double, gathered as the bars are made, with the bound of their errors. */
export class SwingKeys {
  readonly keys: Float64Array;
  private count = 0;
  /** The largest R / I and (|o| + R) / I so far. */
  private largestMoved = 0;
  private largestTotal = 0;
  private readonly inputs: number;

  /**
   * @param size - how many bars there will be
   * @param inputs - the inputs' present value; 1 without inputs (swings are then money)
   */
  constructor(size: number, inputs: Decimal | 1) {
    this.keys = new Float64Array(size);
    this.inputs = inputs === 1 ? 1 : roughFloat(inputs);
  }

  /**
   * The next bar's key, from its outcome's present value moved down and up
   * as doubles; `gross` is |gross| (0 where the ends are totals), `others` at
   * least |o| (0 where the ends are totals).
   */
  add(low: number, high: number, gross: number, others: number): void {
    const moved = (Math.abs(low) + Math.abs(high) + gross) / this.inputs;
    this.keys[this.count++] = Math.abs(high - low) / this.inputs;
    // NaN stays NaN through max, so one bar without a double reaches margin().
    this.largestMoved = Math.max(this.largestMoved, moved);
    this.largestTotal = Math.max(this.largestTotal, moved + others / this.inputs);
  }

  /** The next bar has the previous bar's ends: the same key. */
  repeat(): void {
    this.keys[this.count] = this.keys[this.count - 1] as number;
    this.count += 1;
  }

  /** How close two keys may be and still be undecided; NaN or infinite when some key could not be had. */
  margin(): number {
    return 5 * 2 * (18 * ROUGH_FLOAT_ERROR * this.largestMoved + 1e-32 * this.largestTotal);
  }
}

/** The bars in the tornado's order (see above); `swings` holds one key per bar, in the same order. */
export function largestSwingFirst(rows: readonly TornadoRow[], swings: SwingKeys): TornadoRow[] {
  const margin = swings.margin();
  if (!Number.isFinite(margin)) return exactly(rows);
  const { keys } = swings;
  const order = largestKeyFirst(keys);
  for (let start = 0; start < order.length;) {
    let end = start + 1;
    while (
      end < order.length &&
      (keys[order[end - 1] as number] as number) - (keys[order[end] as number] as number) <= margin
    ) {
      end += 1;
    }
    if (end - start > 1) sortExactly(rows, order, start, end);
    start = end;
  }
  const sorted = new Array<TornadoRow>(order.length);
  for (let i = 0; i < order.length; i += 1) sorted[i] = rows[order[i] as number] as TornadoRow;
  return sorted;
}

/** Largest exact swing first, then the map's order (the index). */
function byExactSwing(rows: readonly TornadoRow[]): (a: number, b: number) => number {
  return (a, b) => {
    const rowA = rows[a] as TornadoRow;
    const rowB = rows[b] as TornadoRow;
    if (rowA.ends === rowB.ends) return a - b;
    const swingA = rowA.swing;
    const swingB = rowB.swing;
    return (swingA === swingB ? 0 : compare(swingB, swingA)) || a - b;
  };
}

/** Puts order[start..end) in exact order, in place. */
function sortExactly(rows: readonly TornadoRow[], order: Int32Array, start: number, end: number): void {
  const compareRows = byExactSwing(rows);
  if (end - start === 2) {
    // The usual run: a proxy bar after its quantity bar, with the same ends.
    const first = order[start] as number;
    const second = order[start + 1] as number;
    if (compareRows(first, second) > 0) {
      order[start] = second;
      order[start + 1] = first;
    }
    return;
  }
  order.set(Array.from(order.subarray(start, end)).sort(compareRows), start);
}

function exactly(rows: readonly TornadoRow[]): TornadoRow[] {
  const order = Int32Array.from(rows.keys());
  if (order.length > 1) sortExactly(rows, order, 0, order.length);
  return Array.from(order, (index) => rows[index] as TornadoRow);
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
