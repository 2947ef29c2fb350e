import { ONE, toDecimal, type Decimal } from '../../decimal.js';
import type { PriceIndex, Uplift } from './types.js';

// Kept apart from upliftValue, which checks its arguments: the custom
// functions check their own cells and need only this, and the functions
// bundle Excel loads first stays small without the checker.

/**
 * The uplift of a value already read, or why it cannot be made: a sentence
 * naming the missing year. It does not check its arguments; use it where they
 * are already checked (the custom functions read their own cells), and
 * {@link upliftValue} otherwise.
 *
 * @param original - the value in `fromYear` prices
 * @param index - a valid index (each year once, every value above 0)
 *
 * @example
 * ```ts
 * const moved = moveToPriceYear(new Decimal(1000), 2020, 2025, deflator);
 * typeof moved === 'string' ? moved : moved.value.toString(); //=> '1250' (index 80 in 2020, 100 in 2025)
 * ```
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
