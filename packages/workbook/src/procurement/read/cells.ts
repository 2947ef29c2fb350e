import { toDecimal } from '@sroi/core';
import { cellAddress } from '../../cells/address.js';
import type { ReadCell } from '../../read/cell-value.js';
import type { ReadContext } from '../../read/context.js';
import type { CellRef } from '../../read/problems.js';
import type { Parsed } from '../../read/values.js';
import type { FoundTable } from './find-tables.js';

/** A cell's parser: its value, or why it cannot be read. */
export type Parse<T> = (cell: ReadCell) => Parsed<T>;

/**
 * A cell as the procurement readers see it: a number shown as a percentage
 * (0.6 in a cell formatted as %) is the text "60%" the commissioner sees, so
 * that a weight or score out of 100 reads as 60, not 0.6. Exact: 0.123 is
 * "12.3%".
 */
export function shownCell(context: ReadContext, sheetIndex: number, row: number, column: number | undefined): ReadCell {
  const cell = context.cell(sheetIndex, row, column);
  if (cell.kind !== 'number' || column === undefined) return cell;
  const percents = percentSet(context.sheets[sheetIndex]?.percentCells);
  if (percents === undefined || !percents.has(cellAddress(row, column))) return cell;
  return { kind: 'text', text: `${toDecimal(cell.number).times(100).toString()}%` };
}

const percentSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** A sheet's percent cells as a set, made once per sheet (a value map may have tens of thousands). */
function percentSet(cells: readonly string[] | undefined): ReadonlySet<string> | undefined {
  if (cells === undefined) return undefined;
  let set = percentSets.get(cells);
  if (set === undefined) percentSets.set(cells, (set = new Set(cells)));
  return set;
}

/**
 * Reads one cell into a model path: records where the path was read, and
 * reports a cell that cannot be read at the cell, with the path.
 *
 * @returns the value, or undefined when the cell is blank or unreadable
 */
export function readAt<T>(context: ReadContext, ref: CellRef, path: string, parse: Parse<T>): T | undefined {
  context.locate(path, ref);
  const cell = shownCell(context, ref.sheetIndex, ref.row, ref.column);
  if (cell.kind === 'blank') return undefined;
  const parsed = parse(cell);
  if (parsed.ok) return parsed.value;
  context.report(ref, parsed.message, { path });
  return undefined;
}

/** Reads one row of a table: each field's cell into `path.field`. */
export interface RowReader<Field extends string> {
  /** The field's cell, or undefined when the table has no such column. */
  ref(field: Field): CellRef | undefined;
  cell(field: Field): ReadCell;
  /** Reads a field into `${path}.${key}` (key defaults to the field). */
  take<T>(field: Field, parse: Parse<T>, key?: string): T | undefined;
}

/**
 * A reader of one table row whose values go to `path` (`bids[2]`): `path`
 * itself is placed at the row's `rowField` cell.
 */
export function rowReader<Field extends string>(
  context: ReadContext,
  table: FoundTable<Field>,
  row: number,
  path: string,
  rowField: Field,
): RowReader<Field> {
  const ref = (field: Field) => {
    const column = table.columns.get(field);
    return column === undefined ? undefined : context.ref(table.sheetIndex, row, column);
  };
  const first = ref(rowField) ?? context.ref(table.sheetIndex, row, Math.min(...table.columns.values()));
  context.locate(path, first);
  return {
    ref,
    cell: (field) => shownCell(context, table.sheetIndex, row, table.columns.get(field)),
    take: (field, parse, key = field) => {
      const at = ref(field);
      return at === undefined ? undefined : readAt(context, at, `${path}.${key}`, parse);
    },
  };
}

/** Sets a field only when it has a value, so that what was not given stays absent. */
export function given<K extends string, T>(key: K, value: T | undefined): { [P in K]?: T } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: T };
}
