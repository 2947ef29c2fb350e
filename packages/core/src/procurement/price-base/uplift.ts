import type { DecimalLike } from '../../decimal.js';
import { SroiValidationError } from '../../model/problems.js';
import { WHOLE_NUMBER_RULES } from '../../model/rules.js';
import { Checker } from '../check.js';
import { findPriceIndexProblems } from './read-index.js';
import { moveToPriceYear } from './move-to-price-year.js';
import type { PriceIndex, Uplift } from './types.js';

/**
 * Moves a value from one year's prices to another's with a price index:
 * value x index(toYear) / index(fromYear), exact. The returned {@link Uplift}
 * names the index and both index values, so the result can be checked.
 *
 * @param value - the value in `fromYear` prices
 * @param fromYear - the year whose prices `value` is in
 * @param toYear - the year to state it in
 * @param index - the index; may be left out when the years are the same
 * @throws SroiValidationError naming the year when the index has no value for it, or when it is invalid
 *
 * @example
 * ```ts
 * const deflator = { name: 'GDP deflator', values: [{ year: 2020, index: 80 }, { year: 2025, index: 100 }] };
 * upliftValue(1000, 2020, 2025, deflator).value.toString(); //=> '1250'
 * upliftValue(1000, 2025, 2020, deflator).value.toString(); //=> '800'
 * ```
 */
export function upliftValue(value: DecimalLike, fromYear: number, toYear: number, index?: PriceIndex): Uplift {
  const check = new Checker();
  const original = check.number('value', value, { label: 'value', expected: 'an amount' });
  check.whole('fromYear', fromYear, WHOLE_NUMBER_RULES.priceYear);
  check.whole('toYear', toYear, WHOLE_NUMBER_RULES.priceYear);
  if (index !== undefined) check.problems.push(...findPriceIndexProblems(index, 'index'));
  if (original === undefined || check.problems.length > 0) throw new SroiValidationError(check.problems, 'uplift');
  const moved = moveToPriceYear(original, fromYear, toYear, index);
  if (typeof moved === 'string')
    throw new SroiValidationError([{ path: 'index', value: index, message: moved }], 'uplift');
  return moved;
}
