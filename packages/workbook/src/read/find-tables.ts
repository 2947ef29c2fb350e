import {
  COMPUTED_HEADERS,
  IMPACT_COLUMNS,
  INPUT_COLUMNS,
  normalizeHeader,
  STAKEHOLDER_COLUMNS,
  YEAR_HEADER,
  type ColumnSpec,
} from '../layout/columns.js';
import { cellText, readCell, type ReadCell } from './cell-value.js';

/** A sheet as a reader receives it: a name and its cells (any values). */
export interface SheetGrid {
  readonly name: string;
  readonly cells: readonly (readonly unknown[])[];
  /**
   * The decimal mark the source suggests for numbers written as text: `','`
   * for a CSV saved with semicolons by European Excel (then `.` groups
   * thousands). Default `'.'`. The text itself decides where it can; a number
   * that could be read two ways is never guessed silently.
   */
  readonly decimalMark?: '.' | ',';
}

export type TableKind = 'impactMap' | 'inputs' | 'stakeholders' | 'quantityByYear';

/** A table found in a sheet: its header row and which column holds each field. */
export interface Table {
  readonly kind: TableKind;
  readonly sheetIndex: number;
  readonly headerRow: number;
  /** Rows after the header up to (not including) the next table's header. */
  readonly endRow: number;
  readonly columns: ReadonlyMap<string, number>;
  /** Fields named by more than one column: the later columns, which are not read. */
  readonly duplicates: readonly { readonly field: string; readonly column: number }[];
}

const lookup = (columns: readonly ColumnSpec<string>[]) => {
  const map = new Map<string, string>();
  for (const column of columns) {
    for (const name of [column.header, ...column.aliases]) map.set(normalizeHeader(name), column.field);
  }
  return map;
};
const IMPACT = lookup(IMPACT_COLUMNS);
const INPUTS = lookup(INPUT_COLUMNS);
const STAKEHOLDERS = lookup(STAKEHOLDER_COLUMNS);
const COMPUTED = new Set(COMPUTED_HEADERS);
const BY_YEAR_HEADER = /^year \d+ of outcome$/;

function matchColumns(headers: readonly string[], map: ReadonlyMap<string, string>) {
  const columns = new Map<string, number>();
  const duplicates: { field: string; column: number }[] = [];
  headers.forEach((header, column) => {
    if (header === '' || COMPUTED.has(header) || YEAR_HEADER.test(header)) return;
    let field = map.get(header);
    // The value map has a "Financial proxy" (what it is) beside "Value"; alone it is the value.
    if (header === 'financial proxy') field = headers.includes('value') ? 'proxyDescription' : 'proxyValue';
    // A "Source" after the proxy's columns (the value map's second one) is the proxy's source.
    if (
      field === 'source' &&
      map === IMPACT &&
      (columns.has('source') || columns.has('proxyValue') || columns.has('proxyDescription'))
    ) {
      field = 'proxySource';
    }
    if (field === undefined) return;
    if (columns.has(field)) duplicates.push({ field, column });
    else columns.set(field, column);
  });
  return { columns, duplicates };
}

function classify(headers: readonly string[]): Omit<Table, 'sheetIndex' | 'headerRow' | 'endRow'> | null {
  const impact = matchColumns(headers, IMPACT);
  if (impact.columns.has('quantity') && impact.columns.has('proxyValue')) return { kind: 'impactMap', ...impact };
  const inputs = matchColumns(headers, INPUTS);
  if (inputs.columns.has('amount') && (inputs.columns.has('description') || inputs.columns.has('stakeholder'))) {
    return { kind: 'inputs', ...inputs };
  }
  const stakeholders = matchColumns(headers, STAKEHOLDERS);
  if (
    stakeholders.columns.has('id') &&
    stakeholders.columns.has('name') &&
    stakeholders.columns.size === headers.filter((h) => h !== '').length
  ) {
    return { kind: 'stakeholders', ...stakeholders };
  }
  const first = headers[0];
  if ((first === 'outcome id' || first === 'id') && headers.slice(1).some((h) => BY_YEAR_HEADER.test(h))) {
    const columns = new Map<string, number>([['id', 0]]);
    headers.forEach((header, column) => {
      const match = /^year (\d+) of outcome$/.exec(header);
      if (match !== null) columns.set(`year${match[1]}`, column);
    });
    return { kind: 'quantityByYear', columns, duplicates: [] };
  }
  return null;
}

const NUMBER_TEXT = /^[£$€]?\s*[+-]?[\d,.]+\s*%?$/;
const KNOWN = new Set([...IMPACT.keys(), ...INPUTS.keys(), ...STAKEHOLDERS.keys(), ...COMPUTED, 'financial proxy']);

/**
 * A header row is all text, none of it a number (data rows always have a
 * duration or an amount), and mostly names a reader knows: so an outcome
 * described as "Value" is not taken for a new table.
 */
function looksLikeHeaders(row: readonly ReadCell[]): boolean {
  let texts = 0;
  let known = 0;
  for (const cell of row) {
    if (cell.kind === 'blank') continue;
    if (cell.kind !== 'text' || NUMBER_TEXT.test(cell.text)) return false;
    texts += 1;
    const header = normalizeHeader(cell.text);
    if (KNOWN.has(header) || YEAR_HEADER.test(header) || BY_YEAR_HEADER.test(header)) known += 1;
  }
  return texts >= 2 && known * 2 > texts;
}

/** Every table in a workbook, in sheet and row order. Rows are cells already classified. */
export function findTables(sheets: readonly (readonly (readonly ReadCell[])[])[]): Table[] {
  const tables: Table[] = [];
  sheets.forEach((rows, sheetIndex) => {
    const found: Omit<Table, 'endRow'>[] = [];
    rows.forEach((row, rowIndex) => {
      if (!looksLikeHeaders(row)) return;
      const headers = row.map((cell) => (cell.kind === 'text' ? normalizeHeader(cellText(cell)) : ''));
      const table = classify(headers);
      if (table !== null) found.push({ ...table, sheetIndex, headerRow: rowIndex });
    });
    found.forEach((table, index) => tables.push({ ...table, endRow: found[index + 1]?.headerRow ?? rows.length }));
  });
  return tables;
}

/** Classifies every cell of every sheet once. */
export function readGrids(sheets: readonly SheetGrid[]): ReadCell[][][] {
  // Array.from, not map: sparse arrays (exceljs rows) have holes that map skips.
  return sheets.map((sheet) =>
    Array.from(Array.isArray(sheet.cells) ? sheet.cells : [], (row: unknown) =>
      Array.isArray(row) ? Array.from(row, readCell) : [],
    ),
  );
}
