import type { Discount, DiscountSchedule, Timing } from '@sroi/core';
import { CellError } from '../errors/cell-error.js';
import { isBlank, keyword, showCell } from './cell-value.js';
import { checked } from './read-number.js';
import { RATE } from './rules.js';

const SCHEDULES: readonly DiscountSchedule[] = ['green-book', 'green-book-health'];
const TIMINGS: readonly Timing[] = ['end-of-year', 'start-of-year', 'mid-year'];

/**
 * Reads the `rate` argument: a constant rate from 0 to 1 (a cell formatted as
 * %), or the Green Book's declining schedules `"green-book"` and
 * `"green-book-health"` (METHOD.md step 3). Blank gives the engine's default,
 * 3.5%.
 *
 * @throws CellError `value` for anything else
 *
 * @example
 * ```ts
 * readDiscount(0.035);        //=> { rate: '0.035' }
 * readDiscount('Green Book'); //=> { schedule: 'green-book' }
 * readDiscount(null);         //=> undefined (3.5%)
 * ```
 */
export function readDiscount(value: unknown): Discount | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === 'string') {
    const schedule = SCHEDULES.find((name) => name === keyword(value));
    if (schedule !== undefined) return { schedule };
  }
  // Text without a digit is a misspelt schedule; with one, the number reading says what is wrong.
  if (typeof value === 'string' && !/\d/.test(value)) {
    throw new CellError(
      'value',
      `rate must be a rate between 0% and 100%, "green-book" or "green-book-health"; got ${showCell(value)}`,
    );
  }
  // The exact decimal string keeps the 15-digit reading through the engine.
  return { rate: checked(value, RATE).toString() };
}

/**
 * Reads the `timing` argument: `"end-of-year"` (default, as Excel's NPV),
 * `"start-of-year"` or `"mid-year"`, in any case, with spaces or hyphens.
 * Blank, or 0 (Excel desktop's empty cell), is the default.
 *
 * @throws CellError `value` for anything else
 *
 * @example
 * ```ts
 * readTiming('Mid year'); //=> 'mid-year'
 * readTiming(null);       //=> 'end-of-year'
 * readTiming(0);          //=> 'end-of-year'
 * ```
 */
export function readTiming(value: unknown): Timing {
  if (isBlank(value) || value === 0) return 'end-of-year';
  const timing = typeof value === 'string' ? TIMINGS.find((name) => name === keyword(value)) : undefined;
  if (timing === undefined) {
    throw new CellError('value', `timing must be "end-of-year", "start-of-year" or "mid-year"; got ${showCell(value)}`);
  }
  return timing;
}

/**
 * The discounting of an impact map, from the optional `rate` and `timing`
 * arguments that SROI.RESULTS, SROI.SWITCHINGVALUE and SROI.TORNADO share.
 *
 * @example
 * ```ts
 * readDiscounting('green-book', 'mid-year'); //=> { discount: { schedule: 'green-book' }, timing: 'mid-year' }
 * readDiscounting(null, null);               //=> { discount: undefined, timing: 'end-of-year' }
 * ```
 */
export function readDiscounting(rate: unknown, timing: unknown): { discount: Discount | undefined; timing: Timing } {
  return { discount: readDiscount(rate), timing: readTiming(timing) };
}
