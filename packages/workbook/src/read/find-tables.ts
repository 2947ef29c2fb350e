import { normalizeHeader } from '../layout/columns.js';
import { cellText, isNumberText, readCell, type ReadCell } from './cell-value.js';
import { fieldOfHeader, groupOf, isKnownHeader, unitProblem, type Group } from './headers.js';
import { endsTable } from './labels.js';

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
  /**
   * Merged ranges (`'H2:H3'`), whose copies are blank as Office.js gives them:
   * a share or start merged down over several outcome rows is each row's.
   */
  readonly merges?: readonly string[];
  /** Rows hidden or filtered out in Excel (0-based): read like any other, and said. */
  readonly hiddenRows?: readonly number[];
  /**
   * Numbers shown as percentages (a cell formatted `0%` holds 0.6 and shows
   * 60%), by A1 address. A weight or score out of 100 in such a cell is read
   * as shown (60), not as the fraction stored; shares need no such help.
   */
  readonly percentCells?: readonly string[];
}

export type TableKind = 'impactMap' | 'inputs' | 'stakeholders' | 'quantityByYear';

/** A table found in a sheet: its header rows and which column holds each field. */
export interface Table {
  readonly kind: TableKind;
  readonly sheetIndex: number;
  /** The first header row (the group row of a two-row header). */
  readonly firstHeaderRow: number;
  /** The last header row: data starts below it. */
  readonly headerRow: number;
  /** Rows after the header up to (not including) the next table or settings block. */
  readonly endRow: number;
  /** Leftmost and rightmost header columns. */
  readonly firstColumn: number;
  readonly lastColumn: number;
  readonly columns: ReadonlyMap<string, number>;
  /** Fields named by more than one column: the later columns, which are not read. */
  readonly duplicates: readonly { readonly field: string; readonly column: number }[];
  /** Each header column's text as written (two rows joined with " / "). */
  readonly headers: ReadonlyMap<number, string>;
  /** Columns with a header that are not read, and why. */
  readonly ignored: ReadonlyMap<number, string>;
  /** Fields placed by an explicit column mapping. */
  readonly mapped: ReadonlySet<string>;
  /** Columns whose header states a unit sroi does not read ("Cost (£000)"), and why. */
  readonly unitProblems: ReadonlyMap<number, string>;
}

/** Cells as readers see them, by sheet, row and column. */
export type Grids = readonly (readonly (readonly ReadCell[])[])[];

/** Is a cell empty for reading (a 0 counts when empty cells arrive as 0)? */
export type Blankness = (cell: ReadCell) => boolean;

/** Why a column with a header nobody knows is not read. */
export const UNKNOWN_COLUMN = 'not a field the calculation uses';
/** Why a worked-out column (Year 1, Present value, Total) is not read. */
export const COMPUTED_COLUMN = 'worked out from other columns';

interface Column {
  readonly field: string | undefined;
  readonly group: Group;
  readonly header: string;
  /** A header that names nothing the reader knows, or a computed column. */
  readonly why?: string;
}

/** Header cells of a row, as text ('' for blank); null when the row holds data (a number). */
export function headerTexts(row: readonly ReadCell[], blank: Blankness): string[] | null {
  // Most rows hold data: they are told apart before a list is made for them.
  if (!mayBeHeaders(row, blank)) return null;
  const texts: string[] = [];
  let any = false;
  for (let column = 0; column < row.length; column += 1) {
    const cell = row[column] as ReadCell;
    if (blank(cell) || cell.kind === 'bad') {
      texts.push('');
      continue;
    }
    if (cell.kind !== 'text' || isNumberText(cell.text)) return null;
    texts.push(cell.text);
    any = true;
  }
  return any ? texts : null;
}

/** Whether a row could be headers: no cell holds a number, or text that reads as one. */
function mayBeHeaders(row: readonly ReadCell[], blank: Blankness): boolean {
  for (let column = 0; column < row.length; column += 1) {
    const cell = row[column] as ReadCell;
    if (blank(cell) || cell.kind === 'bad') continue;
    if (cell.kind !== 'text' || isNumberText(cell.text)) return false;
  }
  return true;
}

/**
 * The columns named by one or two header rows. In a two-row header the lower
 * row's label wins; the upper row's label counts where nothing is below it
 * (the value map's "Deadweight %" over a question or a blank), and gives the
 * group (Inputs, The Outcomes, Outputs) of the columns under it, merged or not.
 */
function columnsOf(top: readonly string[] | null, bottom: readonly string[], kind: 'impactMap' | 'inputs'): Column[] {
  const width = Math.max(top?.length ?? 0, bottom.length);
  const columns: Column[] = [];
  let group: Group = 'other';
  for (let c = 0; c < width; c += 1) {
    const upper = top?.[c] ?? '';
    const lower = bottom[c] ?? '';
    // A merged group label repeats (exceljs) or is blank (Office.js) across its columns.
    const startsSpan = upper !== '' && (c === 0 || upper !== (top?.[c - 1] ?? ''));
    if (upper !== '') group = groupOf(upper);
    const header = [upper, lower]
      .filter((text, i) => text !== '' && (i === 1 || startsSpan || lower === ''))
      .join(' / ');
    let field = lower === '' ? undefined : fieldOfHeader(lower, kind);
    if (field === undefined && startsSpan) field = fieldOfHeader(upper, kind);
    if (header === '') continue;
    columns[c] = { field, group, header };
  }
  return columns;
}

/** Decides the words that mean different things by where they stand (Description, Value, Source, Units). */
function resolveInContext(columns: readonly Column[]): (string | undefined)[] {
  const has = (test: (column: Column) => boolean) => columns.some((column) => column !== undefined && test(column));
  const proxyValueColumn = has((c) => c.group !== 'inputs' && (c.field === 'value' || c.field === 'proxyValue'));
  const resolved: (string | undefined)[] = [];
  const seen = new Set<string>();
  columns.forEach((column, index) => {
    if (column === undefined) return;
    let field = column.field;
    // Whatever its header says ("Number of sessions"), a column under Outputs counts activity, not change.
    if (column.group === 'outputs') field = 'output';
    else if (field === 'description') field = column.group === 'inputs' ? 'inputDescription' : 'description';
    else if (field === 'value') field = column.group === 'inputs' ? 'inputAmount' : 'proxyValue';
    else if (field === 'financial proxy') field = proxyValueColumn ? 'financialProxy' : 'proxyValue';
    else if (field === 'source') {
      if (column.group === 'inputs') field = undefined;
      else
        field = seen.has('source') || seen.has('proxyValue') || seen.has('proxyDescription') ? 'proxySource' : 'source';
    }
    if (field !== undefined) seen.add(field);
    resolved[index] = field;
  });
  return resolved;
}

/**
 * Headers that say nothing of their kind of value, decided by the cells under
 * them: "Units" is the quantity when they are numbers (and no other column
 * is), else the proxy's unit; "Inputs" is the inputs' amount when they are
 * numbers (and no other column is), else their description.
 */
function resolveByCells(
  fields: (string | undefined)[],
  rows: readonly (readonly ReadCell[])[],
  blank: Blankness,
): void {
  /** Whether most filled cells of a column pass a test (among the first 200 rows). */
  const mostly = (column: number, test: (cell: ReadCell) => boolean) => {
    let yes = 0;
    let no = 0;
    for (const row of rows.slice(0, 200)) {
      const cell = row[column];
      if (cell === undefined || blank(cell)) continue;
      if (test(cell)) yes += 1;
      else no += 1;
    }
    return yes > no;
  };
  const holdsAmounts = (column: number) =>
    mostly(
      column,
      (cell) => cell.kind === 'number' || (cell.kind === 'text' && /^[(]?-?\s*[£$€]\s*-?\d/.test(cell.text)),
    );
  const numeric = (column: number) =>
    mostly(column, (cell) => cell.kind === 'number' || (cell.kind === 'text' && isNumberText(cell.text)));
  fields.forEach((field, column) => {
    // "Financial proxy" holding amounts ("£1,000", "£1,000 per person") beside a Value column: which is one unit's value?
    if (field === 'financialProxy') fields[column] = holdsAmounts(column) ? 'proxyValue' : 'proxyDescription';
    if (field === 'units') fields[column] = !fields.includes('quantity') && numeric(column) ? 'quantity' : 'proxyUnit';
    else if (field === 'inputDescription' && !fields.includes('inputAmount') && numeric(column))
      fields[column] = 'inputAmount';
  });
}

interface Classified {
  readonly kind: TableKind;
  readonly columns: Map<string, number>;
  readonly duplicates: { field: string; column: number }[];
  readonly headers: Map<number, string>;
  readonly ignored: Map<number, string>;
  readonly unitProblems: Map<number, string>;
}

function assemble(kind: TableKind, columns: readonly Column[], fields: readonly (string | undefined)[]): Classified {
  const map = new Map<string, number>();
  const duplicates: { field: string; column: number }[] = [];
  const headers = new Map<number, string>();
  const ignored = new Map<number, string>();
  const unitProblems = new Map<number, string>();
  columns.forEach((column, index) => {
    if (column === undefined) return;
    headers.set(index, column.header);
    const field = fields[index];
    const unit = field === undefined ? null : unitProblem(column.header, field);
    if (unit !== null) unitProblems.set(index, unit);
    if (field === undefined) ignored.set(index, UNKNOWN_COLUMN);
    else if (field === 'output') ignored.set(index, 'an output (activity), not an outcome');
    else if (field === 'computed') ignored.set(index, COMPUTED_COLUMN);
    else if (field === 'impact') {
      ignored.set(index, "the sheet's own impact: checked against the engine, not read");
      if (!map.has('impact')) map.set('impact', index);
    } else if (map.has(field)) duplicates.push({ field, column: index });
    else map.set(field, index);
  });
  return { kind, columns: map, duplicates, headers, ignored, unitProblems };
}

/** What a header band (one or two rows) is, if it is a table. */
function classify(
  top: readonly string[] | null,
  bottom: readonly string[],
  dataRows: readonly (readonly ReadCell[])[],
  blank: Blankness,
): Classified | null {
  const impactColumns = columnsOf(top, bottom, 'impactMap');
  const impactFields = resolveInContext(impactColumns);
  resolveByCells(impactFields, dataRows, blank);
  const impact = assemble('impactMap', impactColumns, impactFields);
  if (impact.columns.has('quantity') && impact.columns.has('proxyValue')) return impact;
  // A map may take its proxies from a catalogue by measure code; a Commitments table (Measure code, Quantity) is not a map.
  const outcomeColumns = ['description', 'change', 'duration'].filter((field) => impact.columns.has(field));
  if (impact.columns.has('quantity') && impact.columns.has('proxyMeasure') && outcomeColumns.length > 0) return impact;
  if (top !== null) return null;
  const inputColumns = columnsOf(null, bottom, 'inputs');
  const inputs = assemble(
    'inputs',
    inputColumns,
    inputColumns.map((column) => column?.field),
  );
  if (inputs.columns.has('amount') && (inputs.columns.has('description') || inputs.columns.has('stakeholder'))) {
    return inputs;
  }
  const normal = bottom.map((text) => normalizeHeader(text));
  const stakeholderColumns = columnsOf(null, bottom, 'impactMap').map((column, index) =>
    column === undefined ? undefined : { ...column, field: stakeholderField(normal[index] ?? '') },
  ) as Column[];
  const stakeholders = assemble(
    'stakeholders',
    stakeholderColumns,
    stakeholderColumns.map((column) => column?.field),
  );
  if (
    stakeholders.columns.has('id') &&
    stakeholders.columns.has('name') &&
    stakeholders.columns.size === normal.filter((h) => h !== '').length
  ) {
    return stakeholders;
  }
  const first = normal[0];
  if ((first === 'outcome id' || first === 'id') && normal.slice(1).some((h) => BY_YEAR_HEADER.test(h))) {
    const columns = new Map<string, number>([['id', 0]]);
    const headers = new Map<number, string>([[0, bottom[0] ?? '']]);
    normal.forEach((header, column) => {
      const match = BY_YEAR_HEADER.exec(header);
      if (match === null) return;
      columns.set(`year${match[1]}`, column);
      headers.set(column, bottom[column] ?? '');
    });
    return { kind: 'quantityByYear', columns, duplicates: [], headers, ignored: new Map(), unitProblems: new Map() };
  }
  return null;
}

const BY_YEAR_HEADER = /^year (\d+) of outcome$/;

function stakeholderField(header: string): string | undefined {
  return fieldOfHeader(header, 'stakeholders');
}

/** Mostly names a reader knows: so an outcome described as "Value" is not taken for a new table. */
function mostlyKnown(texts: readonly string[]): boolean {
  const given = texts.filter((text) => text !== '');
  const known = given.filter((text) => isKnownHeader(text) || BY_YEAR_HEADER.test(normalizeHeader(text))).length;
  return given.length >= 2 && known * 2 > given.length;
}

/** The template's questions under its labels: known questions, most of them asked with a "?". */
function isQuestionRow(texts: readonly string[] | null | undefined): boolean {
  if (texts == null || !mostlyKnown(texts)) return false;
  const given = texts.filter((text) => text !== '');
  return given.filter((text) => text.includes('?')).length * 2 >= given.length;
}

function fieldCount(table: Classified | null): number {
  return table === null ? -1 : table.columns.size;
}

/** Every table in a workbook, in sheet and row order. Rows are cells already classified. */
export function findTables(sheets: Grids, blank: Blankness): Table[] {
  const tables: Table[] = [];
  sheets.forEach((rows, sheetIndex) => {
    const found: Omit<Table, 'endRow'>[] = [];
    const texts = rows.map((row) => headerTexts(row, blank));
    /** The labels' row under a group row: the next row, or the one after a row of questions. */
    const labelsBelow = (row: number): number => {
      const next = texts[row + 1];
      const after = texts[row + 2];
      return next != null && isQuestionRow(next) && after != null && mostlyKnown(after) && !isQuestionRow(after)
        ? row + 2
        : row + 1;
    };
    const bandAt = (row: number): Classified | null => {
      const top = texts[row];
      const below = labelsBelow(row);
      const bottom = texts[below];
      if (top == null || bottom == null) return null;
      // A row of questions stands under the labels, not in their place; under a group row it is the labels.
      if (isQuestionRow(bottom) && !top.some((text) => text !== '' && groupOf(text) !== 'other')) return null;
      return classify(top, bottom, rows.slice(below + 1, below + 201), blank);
    };
    for (let row = 0; row < rows.length; row += 1) {
      const own = texts[row];
      if (own == null) continue;
      const single = mostlyKnown(own) ? classify(null, own, rows.slice(row + 1, row + 201), blank) : null;
      const band = bandAt(row);
      const bandWins =
        band !== null && fieldCount(band) > fieldCount(single) && fieldCount(bandAt(row + 1)) <= fieldCount(band);
      const table = bandWins ? band : single;
      if (table === null) continue;
      let headerRow = bandWins ? labelsBelow(row) : row;
      // A row of the template's questions under the labels ("How much change was there?") is part of the header.
      while (table.kind === 'impactMap' && isQuestionRow(texts[headerRow + 1])) headerRow += 1;
      const columns = [...table.headers.keys(), ...table.columns.values()];
      found.push({
        ...table,
        sheetIndex,
        firstHeaderRow: row,
        headerRow,
        firstColumn: Math.min(...columns),
        lastColumn: Math.max(...columns),
        mapped: new Set(),
      });
      row = headerRow;
    }
    found.forEach((table, index) => {
      const next = found[index + 1]?.firstHeaderRow ?? rows.length;
      let end = next;
      for (let row = table.headerRow + 1; row < next; row += 1) {
        if (endsTable(rows[row] ?? [], table.firstColumn)) {
          end = row;
          break;
        }
      }
      tables.push({ ...table, endRow: end });
    });
  });
  return tables;
}

/**
 * The impact-map columns its headers name at a given header row (with the
 * row above when it makes a two-row header), whether or not they make a
 * table on their own: what an explicit column mapping starts from.
 */
export function impactColumnsAt(
  rows: readonly (readonly ReadCell[])[],
  headerRow: number,
  blank: Blankness,
): Pick<Table, 'columns' | 'duplicates' | 'headers' | 'ignored' | 'firstHeaderRow' | 'unitProblems'> {
  const bottom = headerTexts(rows[headerRow] ?? [], blank) ?? (rows[headerRow] ?? []).map((cell) => headerText(cell));
  const above = headerRow > 0 ? headerTexts(rows[headerRow - 1] ?? [], blank) : null;
  const data = rows.slice(headerRow + 1, headerRow + 201);
  const read = (top: readonly string[] | null) => {
    const columns = columnsOf(top, bottom, 'impactMap');
    const fields = resolveInContext(columns);
    resolveByCells(fields, data, blank);
    return assemble('impactMap', columns, fields);
  };
  const single = read(null);
  const band = above === null ? null : read(above);
  if (band !== null && band.columns.size > single.columns.size) return { ...band, firstHeaderRow: headerRow - 1 };
  return { ...single, firstHeaderRow: headerRow };
}

/**
 * Classifies every cell of every sheet once. Cells are never changed, so a
 * cell holding the same number or text as the cell above it is the same
 * cell: a 10,000-row map repeats its words, durations and shares down each
 * column, and an object per cell, kept for the whole read, was much of its
 * time (collecting them).
 */
export function readGrids(sheets: readonly SheetGrid[]): ReadCell[][][] {
  const numbers = new NumberCells();
  return sheets.map((sheet) => {
    const source: readonly unknown[] = Array.isArray(sheet.cells) ? sheet.cells : [];
    const grid: ReadCell[][] = new Array<ReadCell[]>(source.length);
    // Each column's last value and its cell.
    const above: unknown[] = [];
    const aboveCells: ReadCell[] = [];
    // Index loops, not map: sparse arrays (exceljs rows) have holes that map skips; a hole reads as undefined, a blank.
    for (let row = 0; row < source.length; row += 1) {
      const values: unknown = source[row];
      const length = Array.isArray(values) ? values.length : 0;
      const cells: ReadCell[] = new Array<ReadCell>(length);
      for (let column = 0; column < length; column += 1) {
        const value: unknown = (values as unknown[])[column];
        // Only text and numbers, compared by value (an object is classified each time); -0 is not taken for 0.
        if (value === above[column] && (typeof value === 'string' || (typeof value === 'number' && value !== 0))) {
          cells[column] = aboveCells[column] as ReadCell;
          continue;
        }
        const cell = typeof value === 'number' ? numbers.of(value) : readCell(value);
        cells[column] = cell;
        above[column] = value;
        aboveCells[column] = cell;
      }
      grid[row] = cells;
    }
    return grid;
  });
}

/**
 * Cells of the numbers a map repeats most, each made once when first met:
 * the whole numbers 0 to 1,000 (quantities, durations, years, shares of 0)
 * and the whole percentages 0.01 to 0.99 (deadweights, attributions,
 * drop-offs). One per read, so that no read's cell is another's.
 */
class NumberCells {
  private readonly wholes: ReadCell[] = [];
  private readonly percents: ReadCell[] = [];

  of(value: number): ReadCell {
    if (!Number.isInteger(value)) {
      // A whole percentage: the cell for exactly the number k / 100 (0.05 is 5 / 100; 0.1 + 0.2 is no k / 100, so not).
      const percent = Math.round(value * 100);
      if (percent > 0 && percent < 100 && percent / 100 === value) return (this.percents[percent] ??= readCell(value));
    }
    // 1 / -0 is -Infinity: -0 keeps a cell of its own. Other finite numbers (values, shares) are readCell's cell, made here.
    if (!Number.isInteger(value) || value < 0 || value > 1000 || 1 / value < 0)
      return Number.isFinite(value) ? { kind: 'number', number: value } : readCell(value);
    return (this.wholes[value] ??= readCell(value));
  }
}

/** A header cell's text for the mapping ('' when blank). */
function headerText(cell: ReadCell): string {
  return cell.kind === 'text' ? cellText(cell) : '';
}
