/**
 * New sheets never take a name a user's sheet has: Excel compares sheet
 * names without case and allows at most 31 characters, so "Results" taken
 * gives "Results (2)", then "Results (3)". A sheet the add-in made before
 * (it carries the add-in's mark) is replaced, after the pane has asked, or
 * else left alone like a user's.
 */
import { excelSheetName, looksLikeCell, MAX_SHEET_NAME, RESERVED_SHEET_NAME, type SheetLayout } from '@sroi/workbook';
import type { ExistingSheet, NamedCellSpec, TableSpec } from './write-plan.js';

/** What {@link uniqueSheetNames} decides. */
export interface SheetNames {
  /** Each wanted name and the name the sheet gets. */
  readonly names: ReadonlyMap<string, string>;
  /** The add-in's own sheets to delete first, by their current names. */
  readonly replaces: readonly string[];
}

const same = (a: string, b: string) => a.toLocaleUpperCase() === b.toLocaleUpperCase();

/**
 * The names new sheets get, and which of the add-in's sheets they replace.
 *
 * @param wanted - the names the layout would like, e.g. `['Settings', 'Results']`
 * @param existing - every sheet in the workbook, with whether the add-in made it
 * @param replaceOurs - true when the commissioner agreed to replace the add-in's earlier sheets
 * @returns the name for each wanted name, and the sheets to delete first
 *
 * @example
 * ```ts
 * uniqueSheetNames(['Results'], [{ name: 'results', ours: false }], true).names.get('Results'); //=> 'Results (2)'
 * uniqueSheetNames(['Results'], [{ name: 'Results', ours: true }], true).replaces;            //=> ['Results']
 * ```
 */
export function uniqueSheetNames(
  wanted: readonly string[],
  existing: readonly ExistingSheet[],
  replaceOurs: boolean,
): SheetNames {
  const names = new Map<string, string>();
  const replaces: string[] = [];
  // Names no new sheet may take: every existing sheet except those replaced, and every name given so far.
  const taken: string[] = [RESERVED_SHEET_NAME, ...existing.map((sheet) => sheet.name)];
  for (const name of wanted) {
    if (names.has(name)) continue;
    const clean = excelSheetName(name);
    const replaced = replaceOurs ? ourSheetToReplace(clean, existing, [...names.values()]) : undefined;
    if (replaced !== undefined) {
      replaces.push(replaced);
      taken.splice(taken.indexOf(replaced), 1);
      names.set(name, replaced);
      continue;
    }
    const final = firstFree(clean, taken, sheetNumbered);
    names.set(name, final);
    taken.push(final);
  }
  return { names, replaces };
}

/**
 * The add-in's sheet a new sheet replaces: the first of `base`, `base (2)`,
 * `base (3)`… that is not a user's sheet, when the add-in made it. So when a
 * user's own "Settings" made the add-in write "Settings (2)", writing again
 * replaces "Settings (2)" instead of leaving it behind.
 */
function ourSheetToReplace(
  base: string,
  existing: readonly ExistingSheet[],
  given: readonly string[],
): string | undefined {
  for (let n = 1; ; n += 1) {
    const candidate = sheetNumbered(base, n);
    if (given.some((name) => same(name, candidate))) continue;
    const holder = existing.find((sheet) => same(sheet.name, candidate));
    if (holder === undefined) return undefined;
    if (holder.ours) return holder.name;
  }
}

/** Excel's longest table name. */
const MAX_TABLE_NAME = 255;

/** The `n`th name for a wanted sheet: `base` itself, then `base (2)`, `base (3)`… within Excel's 31 characters. */
function sheetNumbered(base: string, n: number): string {
  return n === 1 ? base : numbered(base, ` (${n})`, MAX_SHEET_NAME);
}

/** The `n`th name for a wanted table: `base`, then `base_2`, `base_3`… within Excel's 255 characters. */
function tableNumbered(base: string, n: number): string {
  return n === 1 ? base : numbered(base, `_${n}`, MAX_TABLE_NAME);
}

/** `base` cut short to leave room for `end` within `max` characters, then `end`. */
function numbered(base: string, end: string, max: number): string {
  return `${base.slice(0, max - end.length).trimEnd()}${end}`;
}

/** The first of `nth(base, 1)`, `nth(base, 2)`… that no taken name matches, ignoring case. */
function firstFree(base: string, taken: readonly string[], nth: (base: string, n: number) => string): string {
  for (let n = 1; ; n += 1) {
    const name = nth(base, n);
    if (!taken.some((other) => same(other, name))) return name;
  }
}

/**
 * Workbook-unique table names: letters, digits and underscores, starting with
 * a letter, never shaped like a cell address (`A1`, `R1C1`), compared without
 * case; a taken name gets `_2`, `_3`...
 *
 * @param wanted - the suggested names, e.g. `['ImpactMap', 'Inputs']`
 * @param existing - table names already in the workbook (leave out those on sheets being replaced)
 * @returns each wanted name and the name the table gets
 *
 * @example
 * ```ts
 * uniqueTableNames(['ImpactMap'], ['impactmap']).get('ImpactMap'); //=> 'ImpactMap_2'
 * ```
 */
export function uniqueTableNames(wanted: readonly string[], existing: readonly string[]): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  const taken = [...existing];
  for (const name of wanted) {
    if (names.has(name)) continue;
    const final = firstFree(tableName(name), taken, tableNumbered);
    names.set(name, final);
    taken.push(final);
  }
  return names;
}

/** A name Excel accepts for a table. */
export function tableName(wanted: string): string {
  let clean = wanted.replace(/[^A-Za-z0-9_]/g, '_');
  if (!/^[A-Za-z]/.test(clean)) clean = `T_${clean}`;
  // "AB12", "R1C1", or a bare "R" or "C" (a row or column in R1C1 style) would read as a cell.
  if (looksLikeCell(clean)) clean = `${clean}_`;
  return clean.slice(0, MAX_TABLE_NAME);
}

/**
 * The Excel tables and named cells of sheets about to be written: each table
 * named after its sheet's number (the table of "Impact Map (2)" is
 * `ImpactMap_2`, so a second evaluation's tables never take the first's
 * names) and unique among the tables that stay, each named cell on its sheet.
 *
 * @param replaces - the sheets the plan replaces, whose tables go with them
 */
export function tablesAndNamedCells(
  sheets: readonly SheetLayout[],
  existing: readonly ExistingSheet[],
  replaces: readonly string[],
): { readonly tables: TableSpec[]; readonly namedCells: NamedCellSpec[] } {
  const laidOut = sheets.flatMap((sheet) => (sheet.table === undefined ? [] : [{ sheet, table: sheet.table }]));
  const tableNames = uniqueTableNames(
    laidOut.map(({ sheet, table }) => withSuffixOf(sheet.name, table.name)),
    existing.filter((sheet) => !replaces.includes(sheet.name)).flatMap((sheet) => sheet.tables ?? []),
  );
  const tables = laidOut.map(({ sheet, table }) => ({
    sheet: sheet.name,
    range: table.range,
    name: tableNames.get(withSuffixOf(sheet.name, table.name)) as string,
  }));
  const namedCells = sheets.flatMap((sheet) =>
    (sheet.namedCells ?? []).map((named) => ({ sheet: sheet.name, ...named })),
  );
  return { tables, namedCells };
}

function withSuffixOf(sheet: string, table: string): string {
  const number = / \((\d+)\)$/.exec(sheet)?.[1];
  return number === undefined ? table : `${table}_${number}`;
}
