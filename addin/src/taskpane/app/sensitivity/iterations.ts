/** The number of Monte Carlo draws as typed, read or refused in words. */

/** The most draws the pane offers: more adds nothing a commissioner can see, and keeps the pane responsive. */
export const MOST_DRAWS = 1_000_000;

/**
 * Reads "10,000" or "10000" as a whole number of draws.
 *
 * @returns the number, or a message saying what is valid
 *
 * @example
 * ```ts
 * readIterations('10,000'); //=> 10000
 * readIterations('0');      //=> 'Enter a whole number of draws from 1 to 1,000,000, such as 10,000.'
 * ```
 */
export function readIterations(text: string): number | string {
  const plain = text.trim().replace(/[,\s_]/g, '');
  const number = /^\d+$/.test(plain) ? Number(plain) : NaN;
  if (Number.isInteger(number) && number >= 1 && number <= MOST_DRAWS) return number;
  return `Enter a whole number of draws from 1 to ${MOST_DRAWS.toLocaleString('en-GB')}, such as 10,000.`;
}
