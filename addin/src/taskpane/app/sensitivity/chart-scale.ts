/** A linear scale from figures to SVG coordinates, for the pane's small charts. */

/**
 * Maps numbers in [min, max] to [from, to]; an empty range maps everything to the middle.
 *
 * @example
 * ```ts
 * linearScale(0, 10, 0, 100)(2.5); //=> 25
 * ```
 */
export function linearScale(min: number, max: number, from: number, to: number): (value: number) => number {
  if (!(max > min)) return () => (from + to) / 2;
  return (value) => from + ((value - min) / (max - min)) * (to - from);
}
