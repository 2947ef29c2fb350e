import { cellAddress } from '../../cells/address.js';
import type { ReadContext } from '../../read/context.js';
import { currencyOf } from '../../read/currency.js';
import type { CellRef } from '../../read/problems.js';

/**
 * Signs are dropped when an amount is read, so "€500" in a tender in pounds
 * would be read as £500 without a word: amounts in two currencies are a
 * problem, and a sign that is not the model's currency is a warning (amounts
 * are never converted).
 *
 * @param cells - the money cells read (prices, offers, proxies)
 * @param currency - the model's currency, e.g. GBP
 * @param what - what the currency belongs to, for messages: "tender"
 */
export function checkMoneySigns(context: ReadContext, cells: readonly CellRef[], currency: string, what: string): void {
  let first: { currency: string; ref: CellRef } | undefined;
  for (const ref of cells) {
    const cell = context.cell(ref.sheetIndex, ref.row, ref.column);
    const found = cell.kind === 'text' ? currencyOf(cell.text) : null;
    if (found === null) continue;
    if (first === undefined) first = { currency: found, ref };
    else if (found !== first.currency) {
      context.report(
        ref,
        `this amount is in ${found} but ${where(first.ref)} is in ${first.currency}: a ${what} is in one currency; convert the amounts to one`,
      );
      return;
    }
  }
  if (first !== undefined && first.currency !== currency) {
    context.warn(
      first.ref,
      `amounts are written in ${first.currency} but the ${what}'s currency is ${currency}; they are read as they are, not converted: set Currency to ${first.currency} if that is meant`,
    );
  }
}

function where(ref: CellRef): string {
  return `${ref.sheet}!${cellAddress(ref.row, ref.column)}`;
}
