/** The number of Monte Carlo draws as typed, read or refused in words. */
import { parseWhole, readCell } from '@sroi/workbook';

/** The most draws the pane offers: more adds nothing a commissioner can see, and keeps the pane responsive. */
export const MOST_DRAWS = 1_000_000;

const REFUSAL = `Enter a whole number of draws from 1 to ${MOST_DRAWS.toLocaleString('en-GB')}, such as 10,000.`;

/**
 * Reads "10,000" or "10000" as a whole number of draws, as the workbook
 * reader reads a number (so "1,0,0" is not 100).
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
  const parsed = parseWhole(readCell(text), 'draws', 1, MOST_DRAWS, 'a whole number of draws');
  return parsed.ok ? parsed.value : REFUSAL;
}
