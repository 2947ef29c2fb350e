import { DEFAULT_DISTRIBUTIONS, ESTIMATES, type Distribution, type Distributions, type Estimate } from '@sroi/core';
import { FORMATS } from '../layout/formats.js';
import type { SheetLayout } from '../layout/sheet.js';
import { headerRow } from '../write/headers.js';
import { SheetBuilder } from '../write/sheet-builder.js';
import {
  ALL_OUTCOMES,
  DISTRIBUTION_NAMES,
  ESTIMATE_NAMES,
  RANGE_COLUMNS,
  RANGES_NOTE,
  RANGES_SHEET,
} from './layout.js';
import type { MonteCarloRanges } from './read-ranges.js';

/** The ranges table's header row: below the note's lines and a blank row. */
export const RANGES_HEADER_ROW = RANGES_NOTE.length + 1;
/** Rows prepared below the ranges written, with the Estimate and Distribution lists. */
export const RANGES_SPARE_ROWS = 30;

/** The defaults written out, so a commissioner sees what a run draws and edits it. */
const DEFAULTS: MonteCarloRanges = { distributions: DEFAULT_DISTRIBUTIONS, byOutcome: {} };

/**
 * The Ranges sheet: a note on what a row means and its units, then one row
 * per estimate for All outcomes (every estimate, defaults filled in), then
 * one per estimate an outcome sets for itself. Changes of quantity, proxy
 * and shares are written as fractions in cells formatted as % (-0.2 shows
 * -20.0%), durations as whole years; Estimate and Distribution offer lists.
 *
 * @param ranges - the ranges to write (default: core's `DEFAULT_DISTRIBUTIONS`)
 * @example
 * ```ts
 * rangesSheet().cells[RANGES_HEADER_ROW + 1]; //=> ['All outcomes', 'Quantity', 'Triangular', -0.2, 0, 0.2, null]
 * ```
 */
export function rangesSheet(ranges: MonteCarloRanges = DEFAULTS): SheetLayout {
  const sheet = new SheetBuilder(RANGES_SHEET);
  RANGES_NOTE.forEach((line, row) => sheet.set(row, 0, line, FORMATS.text));
  sheet.boldRow(0);
  headerRow(sheet, RANGES_HEADER_ROW, RANGE_COLUMNS);
  const rows: [string, Estimate, Distribution][] = ESTIMATES.map((estimate) => [
    ALL_OUTCOMES,
    estimate,
    ranges.distributions[estimate] ?? DEFAULT_DISTRIBUTIONS[estimate],
  ]);
  for (const [outcome, own] of Object.entries(ranges.byOutcome))
    for (const estimate of ESTIMATES) {
      const distribution = own[estimate];
      if (distribution !== undefined) rows.push([outcome, estimate, distribution]);
    }
  rows.forEach(([outcome, estimate, distribution], offset) =>
    writeRow(sheet, RANGES_HEADER_ROW + 1 + offset, outcome, estimate, distribution),
  );
  const first = RANGES_HEADER_ROW + 2;
  const last = RANGES_HEADER_ROW + 1 + rows.length + RANGES_SPARE_ROWS;
  sheet.validate({
    range: `B${first}:B${last}`,
    type: 'list',
    values: Object.values(ESTIMATE_NAMES),
    message: 'Estimate: Quantity, Financial proxy, Deadweight, Displacement, Attribution, Drop-off or Duration',
  });
  sheet.validate({
    range: `C${first}:C${last}`,
    type: 'list',
    values: Object.values(DISTRIBUTION_NAMES),
    message: 'Distribution: Triangular, Uniform, PERT, Normal or Fixed',
  });
  // Spare rows keep General: a change typed as -20% is stored as a %, and a bare -20 is asked about.
  return sheet.build({
    frozen: { rows: RANGES_HEADER_ROW + 1, columns: 0 },
    columnWidths: RANGE_COLUMNS.map((column) => column.width),
  });
}

function writeRow(
  sheet: SheetBuilder,
  row: number,
  outcome: string,
  estimate: Estimate,
  given: Distributions[Estimate],
): void {
  const distribution = given as Distribution;
  const format = estimate === 'duration' ? FORMATS.whole : FORMATS.share;
  sheet
    .set(row, 0, outcome, FORMATS.text)
    .set(row, 1, ESTIMATE_NAMES[estimate])
    .set(row, 2, DISTRIBUTION_NAMES[distribution.type]);
  const put = (column: number, value: number | undefined) => {
    if (value !== undefined) sheet.set(row, column, value, format);
  };
  if (distribution.type === 'normal') {
    put(4, distribution.mean);
    put(6, distribution.sd);
  } else if (distribution.type !== 'fixed') {
    put(3, distribution.min);
    if (distribution.type !== 'uniform') put(4, distribution.mode);
    put(5, distribution.max);
  }
}
