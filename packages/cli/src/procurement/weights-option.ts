import type { SheetGrid } from '@sroi/workbook';
import { CliError, EXIT } from '../errors.js';

const EXAMPLE = '--weights 60,30,10 (price, quality and social value, in percent)';

/** The sheet that carries `--weights` to the tender reader; its cells are named `--weights` in messages. */
export const WEIGHTS_SHEET = '--weights';

/**
 * The weights of `--weights 60,30,10` as a sheet of labelled rows, read
 * before a CSV of bids, which has no room for them: the tender reader then
 * checks them (each 0–100, summing to 100, not fractions) as it checks a
 * Tender sheet's. A workbook of bids alone may take them too; one that also
 * has weight rows is told they are given twice. A JSON tender holds its own
 * weights, so the option is refused for it rather than silently preferred.
 *
 * @param text - the option as typed
 * @param format - the tender file's format
 * @returns the sheet, or undefined when the option is not given
 * @throws CliError (exit 2) for weights not three, or given for a file that holds its own
 * @example
 * ```ts
 * weightsSheet('60,30,10', 'csv')?.cells; //=> [['Price weight (%)', '60'], ['Quality weight (%)', '30'], ['Social value weight (%)', '10']]
 * ```
 */
export function weightsSheet(text: string | undefined, format: 'json' | 'xlsx' | 'csv'): SheetGrid | undefined {
  if (text === undefined) return undefined;
  if (format === 'json') {
    throw new CliError(
      '--weights is for bids in a CSV or workbook; this JSON tender gives its weights in its "weights" field',
      EXIT.usage,
    );
  }
  const parts = text.split(/[,;/]/).map((part) => part.trim());
  if (parts.length !== 3 || parts.some((part) => part === ''))
    throw new CliError(`--weights must be three numbers, ${EXAMPLE}; got ${JSON.stringify(text)}`, EXIT.usage);
  const [price, quality, socialValue] = parts as [string, string, string];
  return {
    name: WEIGHTS_SHEET,
    cells: [
      ['Price weight (%)', price],
      ['Quality weight (%)', quality],
      ['Social value weight (%)', socialValue],
    ],
  };
}

/** A place on the weights sheet (`--weights!B2`) as the user gave it: `--weights`. */
export function weightsPlace(text: string): string {
  return text.startsWith(`${WEIGHTS_SHEET}!`) ? text.replace(/^--weights![A-Z]+\d+/, WEIGHTS_SHEET) : text;
}
