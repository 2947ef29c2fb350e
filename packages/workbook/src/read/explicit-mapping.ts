import { columnIndex, columnLetters } from '../cells/address.js';
import { IMPACT_COLUMNS, MEASURE_CODE_COLUMN, normalizeHeader } from '../layout/columns.js';
import { cellText } from './cell-value.js';
import type { ReadContext } from './context.js';
import { impactColumnsAt, type Table } from './find-tables.js';
import { endsTable } from './labels.js';
import type { ColumnMapping } from './mapping.js';

/** Fields a mapping may name: the impact map's, and the value map's Inputs columns. */
export const MAPPABLE_FIELDS: readonly string[] = [
  ...IMPACT_COLUMNS.map((column) => column.field),
  MEASURE_CODE_COLUMN.field,
  'inputDescription',
  'inputAmount',
];

/**
 * The impact map as an explicit column mapping says: the detected table with
 * the mapped fields moved to their columns, or a new table where headers
 * found none. Every mistake in the mapping is a problem naming what is valid.
 *
 * @returns the tables with the impact map replaced, or unchanged when the mapping cannot be applied
 */
export function applyMapping(context: ReadContext, tables: readonly Table[], mapping: ColumnMapping): Table[] {
  const unknown = Object.keys(mapping.columns).filter((field) => !MAPPABLE_FIELDS.includes(field));
  for (const field of unknown) {
    context.report(
      null,
      `column mapping: ${JSON.stringify(field.length > 60 ? `${field.slice(0, 60)}…` : field)} is not a field; use one of ${MAPPABLE_FIELDS.join(', ')}`,
    );
  }
  const detected = tables.find((table) => table.kind === 'impactMap');
  let sheetIndex = detected?.sheetIndex ?? 0;
  if (mapping.sheet !== undefined) {
    sheetIndex = context.sheets.findIndex((sheet) => sheet.name.toLowerCase() === mapping.sheet?.toLowerCase());
    if (sheetIndex < 0) {
      const names = context.sheets.map((sheet) => JSON.stringify(sheet.name)).join(', ');
      context.report(
        null,
        `column mapping: no sheet is named ${JSON.stringify(mapping.sheet.slice(0, 60))}; the sheets are ${names}`,
      );
      return [...tables];
    }
  }
  const rows = context.grids[sheetIndex] ?? [];
  const onSheet = detected?.sheetIndex === sheetIndex ? detected : undefined;
  let headerRow = onSheet?.headerRow;
  if (mapping.headerRow !== undefined) {
    if (!Number.isInteger(mapping.headerRow) || mapping.headerRow < 1 || mapping.headerRow > rows.length) {
      context.report(
        null,
        `column mapping: header row ${mapping.headerRow} is not a row of ${context.sheets[sheetIndex]?.name ?? 'the sheet'} (1 to ${rows.length})`,
      );
      return [...tables];
    }
    headerRow = mapping.headerRow - 1;
  }
  const headerTexts = (row: number) => (rows[row] ?? []).map((cell) => normalizeHeader(cellText(cell)));
  if (headerRow === undefined) {
    const named = Object.values(mapping.columns)
      .filter((ref) => columnIndex(ref) === null)
      .map(normalizeHeader);
    const found = rows.findIndex((_, row) => named.some((name) => headerTexts(row).includes(name)));
    headerRow =
      found >= 0
        ? found
        : Math.max(
            0,
            rows.findIndex((row) => row.some((cell) => cell.kind !== 'blank')),
          );
  }
  // The fields the mapping does not name are still found by their headers.
  const base = impactColumnsAt(rows, headerRow, context.isBlank);
  const columns = new Map(base.columns);
  const headers = new Map(base.headers);
  const ignored = new Map(base.ignored);
  const mapped = new Set<string>();
  for (const [field, ref] of Object.entries(mapping.columns)) {
    if (!MAPPABLE_FIELDS.includes(field)) continue;
    let column = columnIndex(ref);
    if (column === null) {
      const name = normalizeHeader(ref);
      const candidates = [headerRow, headerRow - 1].filter((row) => row >= 0);
      for (const row of candidates) {
        const index = headerTexts(row).indexOf(name);
        if (index >= 0) {
          column = index;
          break;
        }
      }
      if (column === null) {
        const written = (rows[headerRow] ?? []).map((cell) => cellText(cell)).filter((text) => text !== '');
        context.report(
          context.ref(sheetIndex, headerRow, 0),
          `column mapping: no column is headed ${JSON.stringify(ref.length > 60 ? `${ref.slice(0, 60)}…` : ref)} in row ${headerRow + 1}; the headers are ${written.map((t) => JSON.stringify(t.slice(0, 40))).join(', ') || 'none'}; or give a column letter`,
        );
        continue;
      }
    }
    for (const [other, index] of columns) if (other === field || index === column) columns.delete(other);
    columns.set(field, column);
    mapped.add(field);
    ignored.delete(column);
    if (!headers.has(column)) headers.set(column, cellText(rows[headerRow]?.[column] ?? { kind: 'blank' }));
  }
  const used = [...headers.keys(), ...columns.values()];
  const firstColumn = Math.min(...used);
  const lastColumn = Math.max(...used);
  const next = tables.find((table) => table.sheetIndex === sheetIndex && table.firstHeaderRow > headerRow);
  let endRow = next?.firstHeaderRow ?? rows.length;
  for (let row = headerRow + 1; row < endRow; row += 1) {
    if (endsTable(rows[row] ?? [], firstColumn)) {
      endRow = row;
      break;
    }
  }
  const table: Table = {
    kind: 'impactMap',
    sheetIndex,
    firstHeaderRow: base.firstHeaderRow,
    headerRow,
    endRow,
    firstColumn: Number.isFinite(firstColumn) ? firstColumn : 0,
    lastColumn: Number.isFinite(lastColumn) ? lastColumn : 0,
    columns,
    duplicates: base.duplicates.filter((duplicate) => !mapped.has(duplicate.field)),
    headers,
    ignored,
    mapped,
    unitProblems: new Map([...base.unitProblems].filter(([column]) => [...columns.values()].includes(column))),
  };
  // Tables the mapped map now covers are part of it.
  const others = tables.filter(
    (other) =>
      other !== detected &&
      !(
        other.sheetIndex === sheetIndex &&
        other.firstHeaderRow >= table.firstHeaderRow &&
        other.firstHeaderRow < endRow
      ),
  );
  return [table, ...others];
}

/** A column's letter, for messages. */
export function letterOf(column: number): string {
  return columnLetters(column);
}
