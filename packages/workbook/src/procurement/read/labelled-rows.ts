import { cellAddress } from '../../cells/address.js';
import { normalizeHeader } from '../../layout/columns.js';
import { isNumberText } from '../../read/cell-value.js';
import type { ReadContext } from '../../read/context.js';
import type { CellRef } from '../../read/problems.js';
import { shown } from '../../read/values.js';
import type { LabelledRow } from '../layout.js';
import type { FoundTable } from './find-tables.js';

/** Labels longer than this are sentences (notes), not labels. */
const LONGEST_LABEL = 80;

/**
 * The sheets whose labelled rows are read: those named for them (the Tender
 * sheet), or every sheet when none is (a CSV holds the labels above its table).
 */
export function labelSheets(context: ReadContext, names: readonly string[]): number[] {
  const all = context.sheets.map((_, index) => index);
  const named = all.filter((index) => names.includes(normalizeHeader(context.sheets[index]?.name ?? '')));
  return named.length > 0 ? named : all;
}

/**
 * Reads labelled rows (a label, then its value in the next cell) outside the
 * tables: where each field's value is. The first label of a field counts; a
 * second with a value is a warning, and a value standing further along than
 * the next cell is said, not taken.
 *
 * @returns the value's cell for each field found
 */
export function readLabelledRows<Field extends string>(
  context: ReadContext,
  rows: readonly LabelledRow<Field>[],
  sheets: readonly number[],
  tables: readonly (FoundTable<string> | undefined)[],
): Map<Field, CellRef> {
  const byLabel = new Map<string, LabelledRow<Field>>();
  for (const row of rows) for (const label of [row.label, ...row.aliases]) byLabel.set(normalizeHeader(label), row);
  const found = new Map<Field, CellRef>();
  for (const sheetIndex of sheets) {
    const grid = context.grids[sheetIndex] ?? [];
    grid.forEach((cells, row) => {
      if (insideTable(tables, sheetIndex, row)) return;
      // A label's value is not a label, even when it reads as one (a tender named "Tender").
      let valueOf = -1;
      cells.forEach((cell, column) => {
        if (column === valueOf || cell.kind !== 'text' || cell.text.length > LONGEST_LABEL) return;
        const spec = byLabel.get(normalizeHeader(cell.text));
        // A label merged across cells repeats (exceljs): its first cell is the label, the value is past the merge.
        // Only a listed merge counts: a tender named "Tender" beside its label is a value.
        if (spec === undefined || context.mergeOrigin(sheetIndex, row, column) !== null) return;
        let valueColumn = column + 1;
        while (context.mergeOrigin(sheetIndex, row, valueColumn)?.column === column) valueColumn += 1;
        valueOf = valueColumn;
        const valueRef = context.ref(sheetIndex, row, valueColumn);
        const first = found.get(spec.field);
        if (first === undefined) {
          found.set(spec.field, valueRef);
          warnIfFurtherAlong(context, valueRef, spec.label);
        } else warnIfTwice(context, first, valueRef, spec.label);
      });
    });
  }
  return found;
}

function insideTable(tables: readonly (FoundTable<string> | undefined)[], sheetIndex: number, row: number): boolean {
  return tables.some((table) => table?.sheetIndex === sheetIndex && row >= table.headerRow && row < table.endRow);
}

function warnIfTwice(context: ReadContext, first: CellRef, again: CellRef, label: string): void {
  const value = context.cell(again.sheetIndex, again.row, again.column);
  if (value.kind === 'blank') return;
  const firstValue = context.cell(first.sheetIndex, first.row, first.column);
  context.warn(
    again,
    `${JSON.stringify(label)} is written twice: ${where(first)} (${shown(firstValue)}) is read and this one (${shown(value)}) is not; keep one`,
  );
}

/** A blank value cell with a number a few cells along: a value in the wrong place is said, not taken. */
function warnIfFurtherAlong(context: ReadContext, valueRef: CellRef, label: string): void {
  const { sheetIndex, row, column } = valueRef;
  if (context.cell(sheetIndex, row, column).kind !== 'blank') return;
  for (let next = column + 1; next <= column + 3; next += 1) {
    const cell = context.cell(sheetIndex, row, next);
    if (cell.kind === 'blank') continue;
    // Words further along are help or notes; a number there is a value in the wrong place.
    if (cell.kind !== 'number' && !(cell.kind === 'text' && isNumberText(cell.text))) return;
    context.warn(
      context.ref(sheetIndex, row, next),
      `this looks like the value of ${JSON.stringify(label)} but is not read: the value must be in the cell right of its label (${where(valueRef)})`,
    );
    return;
  }
}

function where(ref: CellRef): string {
  return `${ref.sheet}!${cellAddress(ref.row, ref.column)}`;
}
