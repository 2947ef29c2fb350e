import { cellAddress } from '../cells/address.js';
import { fieldName } from './field-names.js';
import type { ReadCell } from './cell-value.js';
import type { ReadContext } from './context.js';
import type { Table } from './find-tables.js';

/**
 * What the impact map's rows say besides their values: a second column for
 * one field, a blank where a merged value may have been, a 0 that may be an
 * empty cell, a hidden row. Each is said at its cell, never left silent.
 */

/** Fields a value merged down may have been lost from, and what their blank is read as. */
const CARRIED: readonly [string, string][] = [
  ['deadweight', '0%'],
  ['displacement', '0%'],
  ['attribution', '0%'],
  ['dropOff', '0%'],
  ['startYear', 'year 1'],
];

/**
 * A share left blank under a stakeholder's first row, where that row gives
 * one, is how a value merged down looks when the merge itself is not known
 * (Office.js passes only a merge's first cell): read as blank, but said.
 */
export function warnBlanksUnderValues(
  context: ReadContext,
  table: Table,
  /** The outcomes' rows, in order. */
  rows: readonly number[],
  /** A field's cells: a reader of its column, looked up once per field, not once per row. */
  cellsOf: (field: string) => (row: number) => ReadCell,
): void {
  // Each cell is read once (not once per field, or again as the row above), into no list per field: maps may have 10,000 rows.
  const stakeholderOf = cellsOf('stakeholder');
  const underAnother = rows.map((row) => stakeholderOf(row).kind === 'blank');
  for (const [field, blankMeans] of CARRIED) {
    const name = fieldName(field);
    if (!table.columns.has(field)) continue;
    const cellOf = cellsOf(field);
    // The blanks said: the first, how many, and the last (a run of blanks under one value is said whole).
    let first: number | undefined;
    let count = 0;
    let last: number | undefined;
    let aboveBlank = rows.length > 0 && cellOf(rows[0] as number).kind === 'blank';
    for (let index = 1; index < rows.length; index += 1) {
      const row = rows[index] as number;
      const blank = cellOf(row).kind === 'blank';
      if (underAnother[index] === true && blank && (!aboveBlank || last === rows[index - 1])) {
        first ??= row;
        count += 1;
        last = row;
      }
      aboveBlank = blank;
    }
    if (first === undefined) continue;
    const more = count > 1 ? ` and ${count - 1} more row${count > 2 ? 's' : ''}` : '';
    context.warn(
      context.fieldRef(table, first, field),
      `${name} is blank here${more}, so it is read as ${blankMeans}, though the row above gives one for the same stakeholder; ` +
        'if one value is merged over several rows, type it in each row (Excel passes only the first cell of a merge)',
    );
  }
}

/** Rows hidden or filtered out in Excel count like any other: a hidden old outcome would otherwise count unseen. */
export function warnHiddenRows(context: ReadContext, table: Table, rows: readonly number[]): void {
  const hidden = new Set(context.sheets[table.sheetIndex]?.hiddenRows ?? []);
  const read = rows.filter((row) => hidden.has(row)).sort((a, b) => a - b);
  const first = read[0];
  if (first === undefined) return;
  const more = read.length > 1 ? ` (and ${read.length - 1} more)` : '';
  context.warn(
    context.ref(table.sheetIndex, first, table.firstColumn),
    `this row${more} is hidden in Excel but is read like any other: unhide it to check it, or delete it if it should not count`,
  );
}

/**
 * Excel desktop passes an empty cell to a custom function as 0, so a 0
 * quantity or value may be a cell not filled in: read as 0, but said.
 */
export function warnZerosThatMayBeEmpty(
  context: ReadContext,
  table: Table,
  /** The outcomes' rows, in order. */
  rows: readonly number[],
  cellOf: (row: number, field: string) => ReadCell,
): void {
  for (const [field, name] of [
    ['quantity', 'quantity'],
    ['proxyValue', 'value'],
  ] as const) {
    const zeros = rows.filter((row) => {
      const cell = cellOf(row, field);
      return cell.kind === 'number' && cell.number === 0;
    });
    const first = zeros[0];
    if (first === undefined) continue;
    const more = zeros.length > 1 ? ` and in ${zeros.length - 1} more row${zeros.length > 2 ? 's' : ''}` : '';
    context.warn(
      context.fieldRef(table, first, field),
      `the ${name} is 0 here${more}: Excel desktop passes an empty cell as 0, so if the cell is empty, fill it in`,
    );
  }
}

export function reportDuplicates(context: ReadContext, table: Table): void {
  for (const duplicate of table.duplicates) {
    const ref = context.ref(table.sheetIndex, table.headerRow, duplicate.column);
    const first = table.columns.get(duplicate.field) ?? 0;
    const firstAddress = cellAddress(table.headerRow, first);
    const name = fieldName(duplicate.field);
    const numeric = ![
      'indicator',
      'source',
      'proxySource',
      'proxyDescription',
      'proxyUnit',
      'change',
      'inputDescription',
      'id',
    ].includes(duplicate.field);
    const message = `a second ${name} column (the first is ${firstAddress})`;
    // Two columns of figures for one field: reading either could be wrong, so ask.
    if (numeric)
      context.report(
        ref,
        `${message}: which one holds the ${name.toLowerCase()}? Rename the other, or say which with a column mapping`,
      );
    else context.warn(ref, `${message}: only the first is read`);
  }
}
