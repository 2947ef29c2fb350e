/**
 * The p-th percentile (0..100) of sorted values, interpolating linearly
 * between the two nearest ranks: the definition of Excel's PERCENTILE.INC
 * (and R's type 7), so a spreadsheet gives the same figure.
 *
 * @example
 * ```ts
 * percentile(Float64Array.of(1, 2, 3, 4), 50); //=> 2.5
 * ```
 */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const below = Math.floor(rank);
  const lower = sorted[below] as number;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return lower + (rank - below) * (upper - lower);
}
