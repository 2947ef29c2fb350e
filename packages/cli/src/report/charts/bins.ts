/** One bar of a histogram: the draws from `start` up to `end` (the last bin includes its end). */
export interface Bin {
  readonly start: number;
  readonly end: number;
  readonly count: number;
}

/**
 * Counts values into `count` bins of equal width from the smallest to the
 * largest, in two passes and constant memory, so ten million Monte Carlo
 * draws become 40 rows for the chart, not ten million. When every value is the
 * same there is one bin, a hair wide around it.
 *
 * @param values - the draws (finite numbers)
 * @param count - how many bins, a whole number from 1
 * @throws RangeError when a value is not a finite number or `count` is not a whole number from 1
 *
 * @example
 * ```ts
 * binValues(Float64Array.of(1, 2, 2, 3), 2);
 * //=> [{ start: 1, end: 2, count: 1 }, { start: 2, end: 3, count: 3 }]
 * ```
 */
export function binValues(values: Float64Array, count: number): Bin[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count must be a whole number from 1; got ${count}`);
  if (values.length === 0) return [];
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    if (!Number.isFinite(value)) throw new RangeError(`a Monte Carlo draw is not a finite number (${value})`);
    if (value < low) low = value;
    if (value > high) high = value;
  }
  if (low === high) {
    const half = Math.max(Math.abs(low) * 0.005, 1e-9);
    return [{ start: low - half, end: high + half, count: values.length }];
  }
  const width = (high - low) / count;
  const counts = new Array<number>(count).fill(0);
  for (const value of values) {
    // The largest value belongs to the last bin, not to one past it.
    const index = Math.min(count - 1, Math.floor((value - low) / width));
    counts[index] = (counts[index] as number) + 1;
  }
  return counts.map((n, i) => ({
    start: low + i * width,
    end: i === count - 1 ? high : low + (i + 1) * width,
    count: n,
  }));
}
