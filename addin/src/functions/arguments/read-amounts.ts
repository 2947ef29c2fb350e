import type { Decimal } from '@sroi/core';
import { CellError } from '../errors/cell-error.js';
import { isBlank } from './cell-value.js';
import { placeIn } from './read-line.js';
import { checked } from './read-number.js';
import { isEmptyCell, trimmedCellsOf } from './read-range.js';
import { Problems } from './problem-list.js';
import { PRICE, type NumberRule } from './rules.js';

/**
 * Reads every bid's price (or offer) from a range of any shape, in order.
 * Empty cells are skipped, and so are zeros: Excel desktop passes an empty
 * cell as 0, a price of 0 is never valid, and an offer of 0 never changes the
 * highest offer, so skipping them changes no score.
 *
 * @throws CellError `value` naming every cell that is not a valid amount, with its place in the range
 *
 * @example
 * ```ts
 * readAmounts([[100], [null], [150]], PRICE, 'prices').map(String); //=> ['100', '150']
 * readAmounts([[100], [-5]], PRICE, 'prices'); // throws 'price must be above 0, e.g. 250000; got -5 in row 2 of prices'
 * ```
 */
export function readAmounts(range: unknown, rule: NumberRule, name: string): Decimal[] {
  const cells = trimmedCellsOf(range);
  const columns = cells.reduce((widest, row) => Math.max(widest, row.length), 0);
  const problems = new Problems();
  const amounts: Decimal[] = [];
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (isEmptyCell(cell)) return;
      const amount = problems.read(() => checked(cell, rule, ` in ${placeIn(name, cells.length, columns, r, c)}`));
      if (amount !== undefined) amounts.push(amount);
    }),
  );
  problems.throwAny();
  return amounts;
}

/**
 * Reads one bid's price: above 0. Excel desktop passes an empty cell as 0, so
 * a 0 says so: a missing price is never scored as a free bid.
 *
 * @param where - where the price is, added to messages: ` in row 2 of prices`
 * @throws CellError `not-available` when blank; `value` for 0 or below, or what is not a number
 *
 * @example
 * ```ts
 * readPrice(10000).toString(); //=> '10000'
 * readPrice(0); // throws 'price must be above 0; got 0 (an empty cell in Excel desktop): a bid is never scored as free; give its price'
 * ```
 */
export function readPrice(value: unknown, where = ''): Decimal {
  if (value === 0) {
    throw new CellError(
      'value',
      `price must be above 0; got 0${where} (an empty cell in Excel desktop): a bid is never scored as free; give its price`,
    );
  }
  if (isBlank(value)) throw new CellError('not-available', `price is missing${where}; give the bid's price, above 0`);
  return checked(value, PRICE, where);
}
