/**
 * Whether an Excel number format shows its number as a percentage (`0%`,
 * `0.0%`): a % outside quotes and escapes, which Excel multiplies by 100.
 * `0"%"` only writes the sign after the number, so it is not one.
 *
 * @example
 * ```ts
 * showsPercent('0.0%');   //=> true
 * showsPercent('0"%"');   //=> false
 * showsPercent('General'); //=> false
 * ```
 */
export function showsPercent(format: unknown): boolean {
  return typeof format === 'string' && format.replace(/"[^"]*"|\\./g, '').includes('%');
}
