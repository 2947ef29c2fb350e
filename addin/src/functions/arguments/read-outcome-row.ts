import type { Evaluation } from '@sroi/core';
import { outcomeIdOfRow } from '../../impact-map/impact-map-from-range.js';
import { CellError } from '../errors/cell-error.js';
import { isBlank, numberIn, showCell } from './cell-value.js';
import { cellsOf } from './read-range.js';

/** The words that name all outcomes together, besides 0. */
const ALL = 'all';

/**
 * Reads the `outcomeRow` argument: which outcome of the impact-map range, by
 * its row under the headers (1 is the first row under the header row, as
 * Excel's INDEX counts within a range), or 0 or "all" for every outcome
 * changed together.
 *
 * @param impactMap - the range as the function received it (to count its rows)
 * @param evaluation - what was read from it (to check the row holds an outcome)
 * @returns the outcome's id, or null for all outcomes together
 * @throws CellError `not-available` when blank; `value` for a row outside the
 *   range or one that holds no outcome (empty, or a total)
 *
 * @example
 * ```ts
 * readOutcomeRow(1, range, evaluation);     //=> 'row-2' (the first row under the headers)
 * readOutcomeRow('All', range, evaluation); //=> null
 * ```
 */
export function readOutcomeRow(value: unknown, impactMap: unknown, evaluation: Evaluation): string | null {
  const rows = cellsOf(impactMap).length - 1;
  const valid =
    rows > 0
      ? `a whole number from 1 to ${rows} (a row under impactMap's headers), or 0 or "${ALL}" for all outcomes together`
      : `0 or "${ALL}" (impactMap has no rows under its headers)`;
  if (isBlank(value)) throw new CellError('not-available', `outcomeRow is missing; give ${valid}`);
  if (typeof value === 'string' && value.trim().toLowerCase() === ALL) return null;
  const row = numberIn(value);
  if (row === undefined || !Number.isInteger(row) || row < 0 || row > rows) {
    throw new CellError('value', `outcomeRow must be ${valid}; got ${showCell(value)}`);
  }
  if (row === 0) return null;
  const id = outcomeIdOfRow(row + 1);
  if (!evaluation.outcomes.some((outcome) => outcome.id === id)) {
    throw new CellError('value', `outcomeRow ${row} is an empty or total row of impactMap, not an outcome`);
  }
  return id;
}
