import { parseNumber, readCell } from '@sroi/workbook';
import { CellError } from '../errors/cell-error.js';
import { isBlank, showCell } from './cell-value.js';
import type { ImpactMapReading } from './read-impact-map.js';

/** The words that name all outcomes together, besides 0. */
const ALL = 'all';

/**
 * Reads the `outcomeRow` argument: which outcome of the impact-map range, by
 * its row under the headers (1 is the first row under the header row, or
 * under the second header row of the SROI Network value map), or 0 or "all"
 * for every outcome changed together. Rows are those the reader found each
 * outcome in, so a map with an Outcome ID column is counted the same way.
 *
 * @param map - what was read from the range (its rows and where each outcome is)
 * @returns the outcome's id, or null for all outcomes together
 * @throws CellError `not-available` when blank; `value` for a row outside the
 *   range or one that holds no outcome (empty, a total, or a funder's inputs only)
 *
 * @example
 * ```ts
 * readOutcomeRow(1, reading);     //=> 'row-2' (the outcome in the first row under the headers)
 * readOutcomeRow('All', reading); //=> null
 * ```
 */
export function readOutcomeRow(value: unknown, map: ImpactMapReading): string | null {
  const valid =
    map.rows > 0
      ? `a whole number from 1 to ${map.rows} (a row under impactMap's headers), or 0 or "${ALL}" for all outcomes together`
      : `0 or "${ALL}" (impactMap has no rows under its headers)`;
  if (isBlank(value)) throw new CellError('not-available', `outcomeRow is missing; give ${valid}`);
  if (typeof value === 'string' && value.trim().toLowerCase() === ALL) return null;
  const parsed = parseNumber(readCell(value), 'outcomeRow', valid);
  const row = parsed.ok ? Number(parsed.value) : Number.NaN;
  if (!Number.isInteger(row) || row < 0 || row > map.rows) {
    throw new CellError('value', `outcomeRow must be ${valid}; got ${showCell(value)}`);
  }
  if (row === 0) return null;
  const id = map.outcomeAt.get(row);
  if (id === undefined) {
    throw new CellError(
      'value',
      `outcomeRow ${row} holds no outcome of impactMap: it is empty, a total, a heading or a funder's inputs`,
    );
  }
  return id;
}
