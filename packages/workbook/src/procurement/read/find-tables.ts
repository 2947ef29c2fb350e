import { normalizeHeader, type ColumnSpec } from '../../layout/columns.js';
import type { ReadCell } from '../../read/cell-value.js';
import type { ReadContext } from '../../read/context.js';
import { headerTexts } from '../../read/find-tables.js';
import { headerLabels } from '../../read/headers.js';

const isBlankCell = (cell: ReadCell): boolean => cell.kind === 'blank';

/**
 * Finding the procurement tables (Measures, Year/Index, Bids, Commitments,
 * Deliveries) by their header rows, with the impact map's header words
 * (`headerLabels`, `normalizeHeader`) and each table's aliases from
 * `layout.ts`: a practitioner's own column order and headers read the same.
 */

/** What a reader looks for: a table's columns and how to tell its header row. */
export interface TableKind<Field extends string> {
  /** For messages: "measures table". */
  readonly name: string;
  readonly columns: readonly ColumnSpec<Field>[];
  /** Sheet names (normal form) where the table is expected: there any two known headers make it. */
  readonly sheets: readonly string[];
  /** Headers that must be present elsewhere, so another table is not taken for it. */
  readonly identifying: readonly Field[];
  /** Known headers needed elsewhere. */
  readonly minimum: number;
  /** Columns without which the table cannot be read. */
  readonly required: readonly Field[];
}

/** A table found: its header row, rows, and which column holds each field. */
export interface FoundTable<Field extends string> {
  readonly sheetIndex: number;
  readonly headerRow: number;
  /** Rows after the header up to (not including) the next table's header. */
  readonly endRow: number;
  readonly columns: ReadonlyMap<Field, number>;
  /** Later columns naming a field already named. */
  readonly duplicates: readonly { readonly field: Field; readonly column: number }[];
  /** Columns whose header names no field. */
  readonly unknown: readonly { readonly header: string; readonly column: number }[];
  /** The header row repeated inside the table (a printout's page header): not data. */
  readonly repeatedHeaders: ReadonlySet<number>;
  /** Tables of the same kind found after this one, which are not read. */
  readonly others: readonly { readonly sheetIndex: number; readonly row: number }[];
}

/** Columns the writers work out beside a table ("Proxy in 2025 prices", "Value in 2025 prices"): not read, and not said. */
const COMPUTED = /^(proxy|value) in \d{4} prices$/;

const matchers = new WeakMap<readonly ColumnSpec<string>[], Map<string, string>>();

/** The field a header names among some columns (header or alias, after `normalizeHeader`), if any. */
export function fieldOf<Field extends string>(text: string, columns: readonly ColumnSpec<Field>[]): Field | undefined {
  let names = matchers.get(columns);
  if (names === undefined) {
    names = new Map();
    for (const column of columns)
      for (const name of [column.header, ...column.aliases]) names.set(normalizeHeader(name), column.field);
    matchers.set(columns, names);
  }
  for (const label of headerLabels(text)) {
    const field = names.get(label);
    if (field !== undefined) return field as Field;
  }
  return undefined;
}

interface RowMatch<Field extends string> {
  readonly columns: Map<Field, number>;
  readonly duplicates: { field: Field; column: number }[];
  readonly unknown: { header: string; column: number }[];
}

function matchRow<Field extends string>(texts: readonly string[], kind: TableKind<Field>): RowMatch<Field> {
  const columns = new Map<Field, number>();
  const duplicates: { field: Field; column: number }[] = [];
  const unknown: { header: string; column: number }[] = [];
  texts.forEach((text, column) => {
    if (text === '') return;
    const field = fieldOf(text, kind.columns);
    if (field === undefined) {
      if (!COMPUTED.test(normalizeHeader(text))) unknown.push({ header: text, column });
    } else if (columns.has(field)) duplicates.push({ field, column });
    else columns.set(field, column);
  });
  return { columns, duplicates, unknown };
}

function qualifies<Field extends string>(match: RowMatch<Field>, kind: TableKind<Field>, preferred: boolean): boolean {
  if (preferred && match.columns.size >= 2) return true;
  return kind.identifying.every((field) => match.columns.has(field)) && match.columns.size >= kind.minimum;
}

interface HeaderRow {
  readonly sheetIndex: number;
  readonly row: number;
  readonly kind: number;
  readonly match: RowMatch<string>;
}

/**
 * Finds a table of each kind: a header row on a sheet named for it (any two
 * known headers), or else the first with its identifying headers. A row that
 * could head two kinds heads the one named by its sheet, then the one whose
 * headers it names more of, then the one listed first. A table runs to the
 * next table's header on its sheet.
 *
 * @returns one table (or undefined) per kind, in the order given
 */
export function findProcurementTables(
  context: ReadContext,
  kinds: readonly TableKind<string>[],
): (FoundTable<string> | undefined)[] {
  const headers: HeaderRow[] = [];
  context.grids.forEach((rows, sheetIndex) => {
    const sheetName = normalizeHeader(context.sheets[sheetIndex]?.name ?? '');
    rows.forEach((cells, row) => {
      const texts = headerTexts(cells, isBlankCell);
      if (texts === null) return;
      const best = bestKind(
        kinds,
        texts,
        kinds.map((kind) => kind.sheets.includes(sheetName)),
      );
      if (best !== null) headers.push({ sheetIndex, row, ...best });
    });
  });
  return kinds.map((kind, index) => tableOf(context, kind, index, headers));
}

/** The kind a header row heads, if any: named by its sheet first, then naming more of its headers, then listed first. */
function bestKind(
  kinds: readonly TableKind<string>[],
  texts: readonly string[],
  preferred: readonly boolean[],
): { kind: number; match: RowMatch<string> } | null {
  let best: { kind: number; match: RowMatch<string>; score: number[] } | null = null;
  for (let index = 0; index < kinds.length; index += 1) {
    const kind = kinds[index] as TableKind<string>;
    const match = matchRow(texts, kind);
    if (!qualifies(match, kind, preferred[index] === true)) continue;
    const score = [preferred[index] === true ? 1 : 0, match.columns.size];
    if (best === null || compare(score, best.score) > 0) best = { kind: index, match, score };
  }
  return best === null ? null : { kind: best.kind, match: best.match };
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

function tableOf(
  context: ReadContext,
  kind: TableKind<string>,
  index: number,
  headers: readonly HeaderRow[],
): FoundTable<string> | undefined {
  const own = headers.filter((header) => header.kind === index);
  const preferred = own.find((header) =>
    kind.sheets.includes(normalizeHeader(context.sheets[header.sheetIndex]?.name ?? '')),
  );
  const first = preferred ?? own[0];
  if (first === undefined) return undefined;
  const after = headers.filter(
    (header) => header.sheetIndex === first.sheetIndex && header.row > first.row && header.kind !== index,
  );
  const endRow = after[0]?.row ?? context.grids[first.sheetIndex]?.length ?? first.row + 1;
  const repeated = own.filter(
    (header) => header.sheetIndex === first.sheetIndex && header.row > first.row && header.row < endRow,
  );
  return {
    sheetIndex: first.sheetIndex,
    headerRow: first.row,
    endRow,
    columns: first.match.columns,
    duplicates: first.match.duplicates,
    unknown: first.match.unknown,
    repeatedHeaders: new Set(repeated.map((header) => header.row)),
    others: own
      .filter((header) => header !== first && !repeated.includes(header))
      .map((header) => ({ sheetIndex: header.sheetIndex, row: header.row })),
  };
}
