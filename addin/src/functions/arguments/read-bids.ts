import { toDecimal, type Decimal } from '@sroi/core';
import { CellError } from '../errors/cell-error.js';
import { readPrice } from './read-amounts.js';
import { lineOf, type Line } from './read-line.js';
import { checked } from './read-number.js';
import { isEmptyCell } from './read-range.js';
import { Problems } from './problem-list.js';
import { OFFER, QUALITY, type NumberRule } from './rules.js';

/** One bid's figures, as core's `Bid` takes them. */
export interface BidFigures {
  readonly price: Decimal;
  readonly quality: Decimal;
  readonly socialValue: Decimal;
}

const ZERO = toDecimal(0);
const SOCIAL_VALUE: NumberRule = { ...OFFER, name: 'social value' };

/**
 * Reads `SROI.TENDERSCORE`'s bids: three lists of the same length (columns or
 * rows), one cell per bid, read row by row. Rows after the last bid are
 * dropped (a whole column, C:C, costs what its bids cost); an empty row
 * between bids is no bid and gives `null`, so that the results stay beside
 * their rows.
 *
 * - A price must be above 0: an empty price (0 in Excel desktop) is a price
 *   missing, never a free bid.
 * - An empty quality score or social value offer is 0, as Excel desktop
 *   passes it; Excel on the web gives the same scores.
 *
 * @throws CellError `value` for lists of other shapes or lengths, or naming
 *   every cell that is not valid with its place; `not-available` when there is no bid
 *
 * @example
 * ```ts
 * readBids([[10000], [8000]], [[80], [70]], [[50000], [20000]]).map((bid) => bid?.price.toString()); //=> ['10000', '8000']
 * ```
 */
export function readBids(prices: unknown, qualities: unknown, socialValues: unknown): (BidFigures | null)[] {
  const problems = new Problems();
  const lines = [
    problems.read(() => lineOf(prices, 'prices', 'one price per bid')),
    problems.read(() => lineOf(qualities, 'qualities', 'one quality score per bid')),
    problems.read(() => lineOf(socialValues, 'socialValues', 'one social value offer per bid')),
  ];
  problems.throwAny();
  const [price, quality, socialValue] = lines as [Line, Line, Line];
  const lengths = [price.length, quality.length, socialValue.length];
  if (new Set(lengths).size > 1) {
    throw new CellError(
      'value',
      `prices, qualities and socialValues must have one cell per bid each, in the same rows; got ${lengths.join(', ')} cells`,
    );
  }
  const emptyRow = (index: number) =>
    isEmptyCell(price.at(index)) && isEmptyCell(quality.at(index)) && isEmptyCell(socialValue.at(index));
  let count = lengths[0] as number;
  while (count > 0 && emptyRow(count - 1)) count -= 1;
  if (count === 0) {
    throw new CellError(
      'not-available',
      'prices holds no bids; give one row per bid, with its price, quality and social value',
    );
  }
  const optional = (line: Line, index: number, rule: NumberRule) => {
    const cell = line.at(index);
    return isEmptyCell(cell) ? ZERO : checked(cell, rule, ` in ${line.where(index)}`);
  };
  const bids = Array.from({ length: count }, (_, index): BidFigures | null => {
    if (emptyRow(index)) return null;
    const read = {
      price: problems.read(() => readPrice(price.at(index), ` in ${price.where(index)}`)),
      quality: problems.read(() => optional(quality, index, QUALITY)),
      socialValue: problems.read(() => optional(socialValue, index, SOCIAL_VALUE)),
    };
    return read.price === undefined || read.quality === undefined || read.socialValue === undefined
      ? null
      : (read as BidFigures);
  });
  problems.throwAny();
  return bids;
}
