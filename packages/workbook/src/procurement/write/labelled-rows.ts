import { cellAddress } from '../../cells/address.js';
import type { Cell } from '../../cells/cell.js';
import type { NamedCell } from '../../layout/sheet.js';
import type { SheetBuilder } from '../../write/sheet-builder.js';

/** One labelled row of the Tender or Contract sheet: label in column A, value in B, help in C. */
export interface LabelledRow {
  readonly label: string;
  readonly value: Cell;
  readonly format: string | null;
  readonly help: string;
  /** The value cell's name, e.g. `PriceWeight`: a valid Excel name that never reads as a cell. */
  readonly name: string;
  /** Choices offered in the cell (data validation). */
  readonly choices?: readonly string[];
  /** Bounds checked in the cell (data validation). */
  readonly bounds?: { readonly type: 'decimal' | 'whole'; readonly min: number; readonly max: number };
}

/**
 * Writes labelled rows from row 0 (the first, the name, in bold), with their
 * validation and a note on each value, and returns the value cells' names.
 */
export function writeLabelledRows(sheet: SheetBuilder, rows: readonly LabelledRow[]): NamedCell[] {
  rows.forEach((row, index) => {
    const address = cellAddress(index, 1);
    sheet.set(index, 0, row.label).set(index, 1, row.value, row.format).set(index, 2, row.help);
    const message = `${row.label}: ${row.help}`;
    if (row.choices !== undefined) sheet.validate({ range: address, type: 'list', values: row.choices, message });
    if (row.bounds !== undefined) sheet.validate({ range: address, ...row.bounds, message });
  });
  sheet.boldRow(0);
  return rows.map((row, index) => ({
    name: row.name,
    cell: cellAddress(index, 1),
    comment: `${row.label}: ${row.help}`,
  }));
}
