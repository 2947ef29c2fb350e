import {
  evaluate,
  findProblems,
  SroiValidationError,
  type Evaluation,
  type EvaluationResult,
  type Input,
  type Outcome,
  type SroiProblem,
  type Stakeholder,
} from '@sroi/core';
import { cellAddress } from '../cells/address.js';
import { normalizeHeader } from '../layout/columns.js';
import { ReadContext } from './context.js';
import { checkFigures, checkImpactColumn } from './checks.js';
import { checkCurrency } from './currency.js';
import { describeTable } from './describe-mapping.js';
import { applyMapping } from './explicit-mapping.js';
import type { Locations } from './locations.js';
import { PREFERRED_SHEETS } from './sheet-names.js';
import { reportUnits, rowsOf, warnMissingReductions, warnNoInputs, warnUnreadFigures } from './table-warnings.js';
import { findTables, readGrids, type SheetGrid, type Table, type TableKind } from './find-tables.js';
import type { ColumnMapping, TableMapping } from './mapping.js';
import { inReadingOrder, type CellProblem } from './problems.js';
import { readImpactMap, type MapInputDraft, type OutcomeDraft } from './read-impact-map.js';
import { readSettings } from './read-settings.js';
import {
  readInputs,
  readQuantityByYear,
  readStakeholders,
  type InputDraft,
  type StakeholderDraft,
} from './read-tables.js';

export interface ReadOptions {
  /** The evaluation's name when the workbook gives none (the CLI passes the file name). */
  readonly defaultName?: string;
  /**
   * Which column holds which field, where guessing from headers cannot work:
   * see {@link ColumnMapping}. Fields it does not name are still found by their headers.
   */
  readonly columns?: ColumnMapping;
  /**
   * The cells come from a custom function in Excel desktop, which passes an
   * empty cell as 0 (Excel on the web passes null): a row of blanks and zeros
   * is blank, and 0 where 0 is not valid (text, duration, start year, price
   * year, headers) is read as an empty cell.
   */
  readonly emptyCellsAsZero?: boolean;
}

/** An evaluation read from a workbook, or every problem found, each at its cell. */
export interface ReadResult {
  /**
   * Null when there are problems. An outcome whose proxy names a catalogue
   * measure (a Measure code column) and gives no value has `proxy.measure`
   * and no `proxy.value`: pass the evaluation through core's
   * `applyCatalogue` before `evaluate`.
   */
  readonly evaluation: Evaluation | null;
  readonly problems: readonly CellProblem[];
  /**
   * What was read but deserves a look, each at its cell: a reduction column not
   * found (taken as 0%), the sheet's own Impact or totals disagreeing with the
   * engine, a setting written twice or where it is not read, numbers read with
   * decimal commas.
   */
  readonly warnings: readonly CellProblem[];
  /** How each table's columns were read: which column was taken as which field. */
  readonly mapping: readonly TableMapping[];
  /** Where an evaluation path was read, as `Impact Map!F7` (null if unknown): for warnings about a value. */
  readonly cellOf: (path: string) => string | null;
}

function pick(tables: readonly Table[], sheets: readonly SheetGrid[], kind: TableKind): Table | undefined {
  const candidates = tables.filter((table) => table.kind === kind);
  const named = candidates.find((table) =>
    PREFERRED_SHEETS[kind].includes(normalizeHeader(sheets[table.sheetIndex]?.name ?? '')),
  );
  return named ?? candidates[0];
}

/**
 * Reads an evaluation from a workbook's sheets (2-D arrays of cell values, as
 * Office.js, exceljs or a CSV parser give them). Tables are found by their
 * headers, in any sheet, one or two header rows (the SROI Network value map's
 * group row over its sub-headers, merged or not): the impact map needs
 * Quantity and a value (Proxy value, Value £, Value per person…) columns, or
 * an explicit column mapping. Headers tolerate case, spacing, `%` signs,
 * questions after the label and common aliases (`DW`, `Deadweight %`,
 * `Number of people`, `Years it lasts`). Shares read as 0.2 or "20%"; a bare
 * 20 is a problem ("did you mean 20%?"). Inputs come from an Inputs table
 * (any sheet: Inputs, Costs, Budget) or the value map's own Inputs columns.
 * The core engine's checks run too, and every problem is reported with its
 * sheet and cell, all at once; what was read but deserves a look (a missing
 * reduction column, the sheet's own Impact or totals disagreeing with the
 * engine, a setting written twice) is a warning at its cell.
 *
 * @example
 * ```ts
 * const { evaluation, problems, warnings } = fromWorkbook([{ name: 'Impact Map', cells: grid }]);
 * problems.map(formatCellProblem); //=> ['Impact Map!F7: deadweight 1.2 is over 100%; ...']
 * ```
 */
export function fromWorkbook(sheets: readonly SheetGrid[], options: ReadOptions = {}): ReadResult {
  const context = new ReadContext(sheets, readGrids(sheets), options.emptyCellsAsZero === true);
  let tables = findTables(context.grids, context.isBlank);
  if (options.columns !== undefined) tables = applyMapping(context, tables, options.columns);
  context.useTables(tables);
  const impactTable = pick(tables, sheets, 'impactMap');
  if (impactTable === undefined) {
    const names = sheets.map((sheet) => sheet.name).join(', ') || 'none';
    context.report(
      null,
      `no impact map found: no sheet has a table with Quantity and value (Proxy value, Value £, Value per person, or Measure code) columns (sheets: ${names}); ` +
        'start from `sroi template`, or say which column is which with a column mapping',
      { code: 'no-impact-map' },
    );
    return finish(context, null, []);
  }

  for (const other of tables.filter((table) => table.kind === 'impactMap' && table !== impactTable)) {
    const where = `${sheets[impactTable.sheetIndex]?.name ?? ''}!${cellAddress(impactTable.firstHeaderRow, impactTable.firstColumn)}`;
    context.warn(
      context.ref(other.sheetIndex, other.firstHeaderRow, other.firstColumn),
      `this looks like a second impact map, and it is not read: only one map is read (${where}); ` +
        'evaluate each map on its own, or name the one to read with a column mapping (sheet=, headerRow=)',
    );
  }
  const { settings, figures } = readSettings(context, tables);
  const mapRows = readImpactMap(context, impactTable);
  const outcomeDrafts = mapRows.outcomes;
  if (outcomeDrafts.length === 0 && context.problems.length === 0) {
    context.report(
      context.ref(impactTable.sheetIndex, impactTable.headerRow, impactTable.firstColumn),
      'the impact map has no outcomes: add one row per outcome below the headers',
      { code: 'empty-impact-map' },
    );
  }
  warnMissingReductions(context, impactTable, outcomeDrafts.length);
  warnUnreadFigures(context, impactTable, mapRows.outcomeRows);
  const stakeholderTable = pick(tables, sheets, 'stakeholders');
  const stakeholderDrafts = stakeholderTable === undefined ? null : readStakeholders(context, stakeholderTable);
  const inputsTable = pick(tables, sheets, 'inputs');
  const tableInputs = inputsTable === undefined ? [] : readInputs(context, inputsTable);
  for (const table of [impactTable, inputsTable]) if (table !== undefined) reportUnits(context, table);
  const inputDrafts = chooseInputs(context, impactTable, mapRows.inputs, inputsTable, tableInputs);
  if (inputsTable !== undefined) warnUnreadFigures(context, inputsTable, rowsOf(context, inputsTable));
  if (inputDrafts.length === 0 && outcomeDrafts.length > 0) warnNoInputs(context, sheets);
  const byYearTable = pick(tables, sheets, 'quantityByYear');
  if (byYearTable !== undefined) attachQuantities(context, byYearTable, outcomeDrafts);
  const used = [impactTable, stakeholderTable, inputsTable, byYearTable].filter((t): t is Table => t !== undefined);

  const stakeholders = resolveStakeholders(stakeholderDrafts, outcomeDrafts, inputDrafts);
  if (settings.name === undefined && options.defaultName === undefined) {
    context.report(null, 'the workbook gives no evaluation name: add a Name row to the Settings sheet');
  }
  const evaluation: Evaluation = {
    name: settings.name ?? options.defaultName ?? 'Evaluation',
    ...(settings.currency === undefined ? {} : { currency: settings.currency }),
    ...(settings.kind === undefined ? {} : { kind: settings.kind }),
    ...(settings.timing === undefined ? {} : { timing: settings.timing }),
    ...(settings.discount === undefined ? {} : { discount: settings.discount }),
    ...(settings.reductions === undefined ? {} : { reductions: settings.reductions }),
    stakeholders: stakeholders.list,
    inputs: inputDrafts.map((draft) => {
      const input = withoutRow(draft as InputDraft & { readonly row?: number });
      return {
        ...input,
        ...(draft.stakeholder === undefined ? {} : { stakeholder: stakeholders.resolve(draft.stakeholder) }),
      } as Input;
    }),
    outcomes: outcomesOf(outcomeDrafts, mapRows.outcomeRows, stakeholders.resolve),
  };

  checkCurrency(context, used, evaluation.currency ?? 'GBP');
  // An outcome that names a catalogue measure and gives no value is valued later, by applyCatalogue.
  const fromCatalogue = new Set<string>();
  evaluation.outcomes.forEach((outcome, i) => {
    if (outcome.proxy.measure !== undefined && outcome.proxy.value === undefined)
      fromCatalogue.add(`outcomes[${i}].proxy.value`);
  });
  // The sheet's own Impact and totals are checked against the engine only when every value is known.
  const checked = context.problems.length === 0 && fromCatalogue.size === 0;
  const { problems, result } = checked ? evaluated(evaluation) : { problems: findProblems(evaluation), result: null };
  for (const problem of problems) {
    if (fromCatalogue.has(problem.path)) continue;
    context.report(context.where(problem.path), problem.message, { path: problem.path });
  }
  if (result !== null) {
    checkImpactColumn(context, impactTable, mapRows.outcomeRows, evaluation, result, mapRows.totalsRow);
    checkFigures(context, figures, evaluation, result);
  }
  return finish(context, evaluation, used);
}

/**
 * The engine's result, or the core engine's problems with the evaluation.
 * `evaluate` checks the evaluation first and throws every problem
 * `findProblems` finds, so a map is not checked twice (a tenth of reading a
 * 10,000-row map).
 */
function evaluated(evaluation: Evaluation): { problems: readonly SroiProblem[]; result: EvaluationResult | null } {
  try {
    return { problems: [], result: evaluate(evaluation) };
  } catch (error) {
    if (error instanceof SroiValidationError) return { problems: error.problems, result: null };
    throw error;
  }
}

function finish(context: ReadContext, evaluation: Evaluation | null, used: readonly Table[]): ReadResult {
  const problems = inReadingOrder(context.problems);
  const warnings = inReadingOrder(context.warnings);
  return {
    evaluation: problems.length === 0 ? evaluation : null,
    problems,
    warnings,
    mapping: used.map((table) => describeTable(context, table)),
    cellOf: cellOfFrom(context.locations),
  };
}

/** A result's `cellOf`: made apart from {@link finish}, so that it keeps where paths were read and not the read's cells. */
function cellOfFrom(locations: Locations): (path: string) => string | null {
  return (path) => {
    const ref = locations.where(path);
    return ref === null ? null : `${ref.sheet}!${cellAddress(ref.row, ref.column)}`;
  };
}

/**
 * The inputs: the value map's own Inputs columns, or an Inputs table. Both
 * with amounts could count the same money twice, so that is a problem.
 */
function chooseInputs(
  context: ReadContext,
  impactTable: Table,
  mapInputs: readonly MapInputDraft[],
  inputsTable: Table | undefined,
  tableInputs: readonly InputDraft[],
): InputDraft[] {
  if (mapInputs.length === 0) return [...tableInputs];
  if (tableInputs.length > 0 && inputsTable !== undefined) {
    context.report(
      context.ref(inputsTable.sheetIndex, inputsTable.headerRow, inputsTable.firstColumn),
      `inputs are given twice: in the impact map's Inputs columns (${context.sheets[impactTable.sheetIndex]?.name ?? ''}) and in this table; keep one, so no money is counted twice`,
    );
    return [...tableInputs];
  }
  context.locateRows(
    'inputs',
    impactTable,
    mapInputs.map((input) => input.row),
    { amount: 'inputAmount', description: 'inputDescription', stakeholder: 'stakeholder' },
    'inputAmount',
  );
  return [...mapInputs];
}

/** A draft without the row it was read from (which only placed problems). */
function withoutRow<T extends { readonly row?: number }>(draft: T): Omit<T, 'row'> {
  const { row, ...rest } = draft;
  void row;
  return rest;
}

function attachQuantities(context: ReadContext, table: Table, outcomes: OutcomeDraft[]): void {
  const byId = readQuantityByYear(context, table);
  const ids = new Set(outcomes.map((outcome) => outcome.id));
  for (const [id, { values, row }] of byId) {
    const outcome = outcomes.find((draft) => draft.id === id);
    if (outcome === undefined || !ids.has(id)) {
      context.report(
        context.ref(table.sheetIndex, row, 0),
        `no outcome has the ID ${JSON.stringify(id)}; quantities by year need the outcome's ID from the impact map`,
      );
      continue;
    }
    const index = outcomes.indexOf(outcome);
    outcome.quantityByYear = values;
    context.locate(`outcomes[${index}].quantityByYear`, context.ref(table.sheetIndex, row, 1));
  }
}

/** Each outcome's ID: its own, or one from its row, unique in the map. */
function idsOf(outcomes: readonly OutcomeDraft[], rows: readonly number[]): string[] {
  const used = new Set(outcomes.map((outcome) => outcome.id).filter((id) => id !== undefined));
  // With no ID given, each row's own is unique: no set of 10,000 IDs to keep.
  if (used.size === 0) return rows.map((row) => `row-${row + 1}`);
  return outcomes.map((outcome, index) => {
    if (outcome.id !== undefined) return outcome.id;
    const row = rows[index] as number;
    let id = `row-${row + 1}`;
    for (let n = 2; used.has(id); n += 1) id = `row-${row + 1}-${n}`;
    used.add(id);
    return id;
  });
}

/**
 * The outcomes as the evaluation holds them: each draft itself (it holds
 * only what was read, its fields in their order; its row is kept apart),
 * with an ID, the ID last when the map gives none, and with its
 * stakeholder's ID. No copy: a copy of 10,000 outcomes was a tenth of
 * reading a map, most of it collecting the drafts.
 */
function outcomesOf(
  drafts: readonly OutcomeDraft[],
  rows: readonly number[],
  resolve: (text: string) => string,
): Outcome[] {
  const ids = idsOf(drafts, rows);
  return drafts.map((draft, index) => {
    if (draft.id === undefined) draft.id = ids[index];
    if (draft.stakeholder !== undefined) draft.stakeholder = resolve(draft.stakeholder);
    return draft as Outcome;
  });
}

/**
 * The stakeholders list, and how a stakeholder cell becomes an ID: the ID
 * itself, or a name or ID in another case. Without a Stakeholders table each
 * name used is a stakeholder whose ID is the name.
 */
function resolveStakeholders(
  table: readonly StakeholderDraft[] | null,
  outcomes: readonly OutcomeDraft[],
  inputs: readonly InputDraft[],
): { list: Stakeholder[]; resolve: (text: string) => string } {
  if (table === null) {
    const names = [...new Set([...outcomes.map((o) => o.stakeholder), ...inputs.map((i) => i.stakeholder)])].filter(
      (name): name is string => name !== undefined,
    );
    return { list: names.map((name) => ({ id: name, name })), resolve: (text) => text };
  }
  const list = table.map((draft) => ({ ...draft }) as Stakeholder);
  const ids = new Set(list.map((s) => s.id));
  const folded = new Map<string, string>();
  for (const stakeholder of list) {
    if (typeof stakeholder.id !== 'string') continue;
    for (const key of [stakeholder.name, stakeholder.id]) {
      if (typeof key === 'string' && !folded.has(key.toLowerCase())) folded.set(key.toLowerCase(), stakeholder.id);
    }
  }
  return { list, resolve: (text) => (ids.has(text) ? text : (folded.get(text.toLowerCase()) ?? text)) };
}
