import { findProblems, type Evaluation, type Input, type Outcome, type Stakeholder } from '@sroi/core';
import { cellAddress } from '../cells/address.js';
import { normalizeHeader } from '../layout/columns.js';
import { ReadContext } from './context.js';
import { findTables, readGrids, type SheetGrid, type Table, type TableKind } from './find-tables.js';
import type { ColumnMapping, TableMapping } from './mapping.js';
import type { CellProblem } from './problems.js';
import { readImpactMap, type OutcomeDraft } from './read-impact-map.js';
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
  /** Null when there are problems. */
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

/** Sheet names that say where a table is; tables elsewhere count too. */
const PREFERRED: Record<TableKind, readonly string[]> = {
  impactMap: ['impact map', 'value map', 'impact', 'map', 'sroi'],
  inputs: ['inputs', 'input', 'investment'],
  stakeholders: ['stakeholders', 'stakeholder'],
  quantityByYear: ['quantity by year'],
};

function pick(tables: readonly Table[], sheets: readonly SheetGrid[], kind: TableKind): Table | undefined {
  const candidates = tables.filter((table) => table.kind === kind);
  const named = candidates.find((table) =>
    PREFERRED[kind].includes(normalizeHeader(sheets[table.sheetIndex]?.name ?? '')),
  );
  return named ?? candidates[0];
}

/**
 * Reads an evaluation from a workbook's sheets (2-D arrays of cell values, as
 * Office.js, exceljs or a CSV parser give them). Tables are found by their
 * headers, in any sheet: the impact map needs at least Quantity and Proxy
 * value (or the value map's Financial proxy / Value) columns. Headers tolerate
 * case, spacing, `%` signs and common aliases (`DW`, `Deadweight %`,
 * `Attribution (%)`, `Drop off`). Shares read as 0.2 or "20%"; a bare 20 is a
 * problem ("did you mean 20%?"). The core engine's checks run too, and every
 * problem is reported with its sheet and cell, all at once.
 *
 * @example
 * ```ts
 * const { evaluation, problems } = fromWorkbook([{ name: 'Impact Map', cells: grid }]);
 * problems.map(formatCellProblem); //=> ['Impact Map!F7: deadweight 1.2 is over 100%; ...']
 * ```
 */
export function fromWorkbook(sheets: readonly SheetGrid[], options: ReadOptions = {}): ReadResult {
  const context = new ReadContext(sheets, readGrids(sheets));
  const tables = findTables(context.grids);
  const impactTable = pick(tables, sheets, 'impactMap');
  if (impactTable === undefined) {
    const names = sheets.map((sheet) => sheet.name).join(', ') || 'none';
    context.report(
      null,
      `no impact map found: no sheet has a table with Quantity and Proxy value columns (sheets: ${names}); start from \`sroi template\``,
      { code: 'no-impact-map' },
    );
    return { evaluation: null, problems: context.problems.map(strip), warnings: [], mapping: [], cellOf: () => null };
  }

  const settings = readSettings(context, tables);
  const outcomeDrafts = readImpactMap(context, impactTable);
  if (outcomeDrafts.length === 0) {
    context.report(
      context.ref(impactTable.sheetIndex, impactTable.headerRow, 0),
      'the impact map has no outcomes: add one row per outcome below the headers',
      { code: 'empty-impact-map' },
    );
  }
  const stakeholderTable = pick(tables, sheets, 'stakeholders');
  const stakeholderDrafts = stakeholderTable === undefined ? null : readStakeholders(context, stakeholderTable);
  const inputsTable = pick(tables, sheets, 'inputs');
  const inputDrafts = inputsTable === undefined ? [] : readInputs(context, inputsTable);
  const byYearTable = pick(tables, sheets, 'quantityByYear');
  if (byYearTable !== undefined) attachQuantities(context, byYearTable, outcomeDrafts);

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
    inputs: inputDrafts.map(
      (draft) =>
        ({
          ...draft,
          ...(draft.stakeholder === undefined ? {} : { stakeholder: stakeholders.resolve(draft.stakeholder) }),
        }) as Input,
    ),
    outcomes: withIds(outcomeDrafts).map((draft) => {
      // The row number only placed problems; it is not part of the outcome.
      const outcome = Object.fromEntries(Object.entries(draft).filter(([key]) => key !== 'row'));
      return {
        ...outcome,
        ...(draft.stakeholder === undefined ? {} : { stakeholder: stakeholders.resolve(draft.stakeholder) }),
      } as Outcome;
    }),
  };

  for (const problem of findProblems(evaluation)) {
    context.report(context.where(problem.path), problem.message, { path: problem.path });
  }
  const problems = [...context.problems].sort((a, b) => compare(a.order, b.order)).map(strip);
  const cellOf = (path: string) => {
    const ref = context.where(path);
    return ref === null ? null : `${ref.sheet}!${cellAddress(ref.row, ref.column)}`;
  };
  return { evaluation: problems.length === 0 ? evaluation : null, problems, warnings: [], mapping: [], cellOf };
}

function strip(problem: CellProblem & { readonly order?: number[] }): CellProblem {
  const rest: CellProblem & { order?: number[] } = { ...problem };
  delete rest.order;
  return rest;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
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

/** Outcomes without an ID get one from their row, unique in the map. */
function withIds(outcomes: readonly OutcomeDraft[]): OutcomeDraft[] {
  const used = new Set(outcomes.map((outcome) => outcome.id).filter((id) => id !== undefined));
  return outcomes.map((outcome) => {
    if (outcome.id !== undefined) return outcome;
    let id = `row-${outcome.row + 1}`;
    for (let n = 2; used.has(id); n += 1) id = `row-${outcome.row + 1}-${n}`;
    used.add(id);
    return { ...outcome, id };
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
