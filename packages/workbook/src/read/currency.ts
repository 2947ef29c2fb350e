import { cellAddress } from '../cells/address.js';
import type { ReadContext } from './context.js';
import type { Table } from './find-tables.js';

/**
 * The currency the money cells are written in. Signs are dropped when a
 * number is read, so "€500" in an evaluation in pounds would be read as
 * £500 without a word: a sign that is not the evaluation's is a warning,
 * and two signs in one map a problem (figures are never converted).
 */

const SIGNS: readonly [RegExp, string][] = [
  [/£|\bGBP\b/i, 'GBP'],
  [/€|\bEUR\b/i, 'EUR'],
  [/\$|\bUSD\b/i, 'USD'],
];

const MONEY: Readonly<Record<string, readonly string[]>> = {
  impactMap: ['proxyValue', 'inputAmount'],
  inputs: ['amount'],
};

/**
 * The currency a money cell's text names by its sign or code ("£", "€", "$",
 * "GBP", "EUR", "USD"), or null when it names none. One place, so the reader
 * and the task pane's wizard notice the same signs.
 *
 * @example
 * ```ts
 * currencyOf('$1,000'); //=> 'USD'
 * currencyOf('1,000');  //=> null
 * ```
 */
export function currencyOf(text: string): string | null {
  return SIGNS.find(([sign]) => sign.test(text))?.[1] ?? null;
}

/** Checks the money cells (and their headers) of the tables read against the evaluation's currency. */
export function checkCurrency(context: ReadContext, tables: readonly Table[], currency: string): void {
  const seen: { currency: string; where: string; ref: ReturnType<ReadContext['ref']> }[] = [];
  for (const table of tables) {
    for (const field of MONEY[table.kind] ?? []) {
      const column = table.columns.get(field);
      if (column === undefined) continue;
      const header = currencyOf(table.headers.get(column) ?? '');
      if (header !== null) {
        const ref = context.ref(table.sheetIndex, table.headerRow, column);
        seen.push({ currency: header, where: `${ref.sheet}!${cellAddress(ref.row, ref.column)}`, ref });
      }
      for (let row = table.headerRow + 1; row < table.endRow; row += 1) {
        const cell = context.cell(table.sheetIndex, row, column);
        if (cell.kind !== 'text') continue;
        const found = currencyOf(cell.text);
        if (found === null) continue;
        const ref = context.ref(table.sheetIndex, row, column);
        seen.push({ currency: found, where: `${ref.sheet}!${cellAddress(row, column)}`, ref });
      }
    }
  }
  const first = seen[0];
  if (first === undefined) return;
  const other = seen.find((entry) => entry.currency !== first.currency);
  if (other !== undefined) {
    context.report(
      other.ref,
      `this amount is in ${other.currency} but ${first.where} is in ${first.currency}: an evaluation is in one currency; convert the amounts to one`,
    );
    return;
  }
  if (first.currency !== currency) {
    context.warn(
      first.ref,
      `amounts are written in ${first.currency} but the evaluation's currency is ${currency}; they are read as they are, not converted: set Currency to ${first.currency} if that is meant`,
    );
  }
}
