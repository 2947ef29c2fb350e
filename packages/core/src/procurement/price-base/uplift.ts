import { ONE, toDecimal, type Decimal, type DecimalLike } from '../../decimal.js';
import { SroiValidationError } from '../../model/problems.js';
import { WHOLE_NUMBER_RULES } from '../../model/rules.js';
import { Checker } from '../check.js';
import { findPriceIndexProblems } from './read-index.js';
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

/**
 * The uplift of a value already read, or why it cannot be made (a sentence
 * naming the missing year). The index must be valid.
 */
export function moveToPriceYear(
  original: Decimal,
  fromYear: number,
  toYear: number,
  index: PriceIndex | undefined,
): Uplift | string {
  if (fromYear === toYear) {
    return { original, value: original, fromYear, toYear, factor: ONE, fromIndex: null, toIndex: null, index: null };
  }
  if (index === undefined) {
    return `the value is in ${fromYear} prices and the price base is ${toYear}: give a price index (such as the GDP deflator) covering both years`;
  }
  const fromIndex = indexOf(index, fromYear);
  const toIndex = indexOf(index, toYear);
  const missing = [fromIndex === undefined ? fromYear : null, toIndex === undefined ? toYear : null].filter(
    (year): year is number => year !== null,
  );
  if (fromIndex === undefined || toIndex === undefined) {
    return `the index ${JSON.stringify(index.name)} has no value for ${missing.join(' or ')}; it covers ${coverage(index)}`;
  }
  const factor = toIndex.div(fromIndex);
  return {
    original,
    value: original.times(toIndex).div(fromIndex),
    fromYear,
    toYear,
    factor,
    fromIndex,
    toIndex,
    index: index.name,
  };
}

function indexOf(index: PriceIndex, year: number): Decimal | undefined {
  const entry = index.values.find((value) => value.year === year);
  return entry === undefined ? undefined : toDecimal(entry.index);
}

/** The years an index covers, as a reader says them: "2015–2025", or "2015–2019 and 2021–2025" with gaps. */
function coverage(index: PriceIndex): string {
  const years = index.values.map((value) => value.year).sort((a, b) => a - b);
  const runs: string[] = [];
  let start = years[0];
  for (let i = 1; i <= years.length; i++) {
    const year = years[i];
    const previous = years[i - 1];
    if (year === undefined || previous === undefined || year !== previous + 1) {
      runs.push(start === previous ? String(start) : `${String(start)}–${String(previous)}`);
      start = year;
    }
  }
  return runs.length <= 1 ? (runs[0] ?? 'no years') : `${runs.slice(0, -1).join(', ')} and ${runs.at(-1) ?? ''}`;
}
