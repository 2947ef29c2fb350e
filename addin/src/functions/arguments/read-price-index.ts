import type { PriceIndex } from '@sroi/core';
import { CellError } from '../errors/cell-error.js';
import { lineOf } from './read-line.js';
import { checked } from './read-number.js';
import { isEmptyCell } from './read-range.js';
import { Problems } from './problem-list.js';
import { INDEX_VALUE, INDEX_YEAR } from './rules.js';

/** The index's name in core's messages: the argument that holds its values. */
const INDEX_NAME = 'indexValues';

/**
 * Reads `SROI.UPLIFT`'s price index from two lists of the same length (columns
 * or rows): a year and its index value in each position. A year whose index
 * value is empty is a year the index does not cover (a sheet often lists
 * years ahead of the index), so it is left out; only the years the uplift
 * needs must have a value, and core's message names any that does not.
 *
 * @returns the index, or undefined when it has no values (core then needs none
 *   only when both years are the same)
 * @throws CellError `value` naming every year or index value that is not
 *   valid, an index value without a year, and a year given twice
 *
 * @example
 * ```ts
 * readPriceIndex([[2020], [2025]], [[80], [100]]);
 * //=> { name: 'indexValues', values: [{ year: 2020, index: '80' }, { year: 2025, index: '100' }] }
 * ```
 */
export function readPriceIndex(years: unknown, indexValues: unknown): PriceIndex | undefined {
  const problems = new Problems();
  const yearLine = problems.read(() => lineOf(years, 'years', 'one year per index value'));
  const indexLine = problems.read(() => lineOf(indexValues, INDEX_NAME, 'one index value per year'));
  problems.throwAny();
  if (yearLine === undefined || indexLine === undefined) return undefined;
  if (yearLine.length !== indexLine.length) {
    throw new CellError(
      'value',
      `years and indexValues must be the same size, one index value per year; got ${yearLine.length} and ${indexLine.length} cells`,
    );
  }
  const values: { year: number; index: string }[] = [];
  const rowOfYear = new Map<number, number>();
  for (let position = 0; position < indexLine.length; position += 1) {
    const indexCell = indexLine.at(position);
    const yearCell = yearLine.at(position);
    if (isEmptyCell(indexCell)) continue;
    if (isEmptyCell(yearCell)) {
      problems.add(`the index value in ${indexLine.where(position)} has no year in ${yearLine.where(position)}`);
      continue;
    }
    const year = problems.read(() => checked(yearCell, INDEX_YEAR, ` in ${yearLine.where(position)}`).toNumber());
    const index = problems.read(() => checked(indexCell, INDEX_VALUE, ` in ${indexLine.where(position)}`));
    if (year === undefined || index === undefined) continue;
    const first = rowOfYear.get(year);
    if (first !== undefined) {
      problems.add(
        `years gives ${year} twice, in ${yearLine.where(first)} and ${yearLine.where(position)}; give each year once`,
      );
      continue;
    }
    rowOfYear.set(year, position);
    values.push({ year, index: index.toString() });
  }
  problems.throwAny();
  return values.length === 0 ? undefined : { name: INDEX_NAME, values };
}
