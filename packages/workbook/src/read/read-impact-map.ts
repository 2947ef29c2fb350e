import type { DecimalLike, Domain } from '@sroi/core';
import { IMPACT_COLUMNS, type ImpactField } from '../layout/columns.js';
import { isTotalsRow, type ReadContext } from './context.js';
import type { Table } from './find-tables.js';
import { parseChoice, parseNumber, parseShare, parseText, parseWhole, type Parsed } from './values.js';

/** An outcome as read, before stakeholders are resolved; only fields that were given. */
export interface OutcomeDraft {
  readonly row: number;
  id?: string;
  stakeholder?: string;
  description?: string;
  indicator?: string;
  source?: string;
  domain?: Domain;
  quantity?: DecimalLike;
  quantityByYear?: DecimalLike[];
  proxy: { value?: DecimalLike; description?: string; source?: string; unit?: string; year?: number };
  deadweight?: DecimalLike;
  displacement?: DecimalLike;
  attribution?: DecimalLike;
  dropOff?: DecimalLike;
  duration?: number;
  startYear?: number;
}

const DOMAINS: Record<string, Domain> = {
  economic: 'economic',
  economy: 'economic',
  'economic-wellbeing': 'economic',
  social: 'social',
  'social-wellbeing': 'social',
  environmental: 'environmental',
  environment: 'environmental',
  'environmental-wellbeing': 'environmental',
};

const PATHS: Record<ImpactField, string> = {
  stakeholder: 'stakeholder',
  id: 'id',
  description: 'description',
  indicator: 'indicator',
  source: 'source',
  domain: 'domain',
  quantity: 'quantity',
  duration: 'duration',
  startYear: 'startYear',
  proxyValue: 'proxy.value',
  proxyDescription: 'proxy.description',
  proxySource: 'proxy.source',
  proxyUnit: 'proxy.unit',
  priceYear: 'proxy.year',
  deadweight: 'deadweight',
  displacement: 'displacement',
  attribution: 'attribution',
  dropOff: 'dropOff',
};

const REQUIRED: readonly ImpactField[] = ['description', 'duration'];

/**
 * Reads the impact map's rows. Blank rows, totals rows and stakeholder group
 * rows (only the stakeholder filled in, as value maps often have) are
 * skipped; a blank stakeholder is the one above it.
 */
export function readImpactMap(context: ReadContext, table: Table): OutcomeDraft[] {
  const headerRef = context.ref(table.sheetIndex, table.headerRow, 0);
  for (const field of REQUIRED) {
    if (!table.columns.has(field)) {
      const spec = IMPACT_COLUMNS.find((column) => column.field === field);
      context.report(
        headerRef,
        `the impact map has no ${spec?.header ?? field} column; add one (${spec?.prompt ?? ''})`,
      );
    }
  }
  for (const duplicate of table.duplicates) {
    const spec = IMPACT_COLUMNS.find((column) => column.field === duplicate.field);
    context.report(
      context.ref(table.sheetIndex, table.headerRow, duplicate.column),
      `a second ${spec?.header ?? duplicate.field} column; only the first one is read: rename or remove this one`,
    );
  }

  const rows = context.grids[table.sheetIndex] ?? [];
  const outcomes: OutcomeDraft[] = [];
  let stakeholderAbove: string | undefined;
  for (let row = table.headerRow + 1; row < table.endRow; row += 1) {
    const cells = rows[row] ?? [];
    const given = IMPACT_COLUMNS.filter((column) => context.field(table, row, column.field).kind !== 'blank').map(
      (c) => c.field,
    );
    if (given.length === 0) continue;
    if (isTotalsRow(cells, table) && context.field(table, row, 'duration').kind === 'blank') continue;
    if (given.length === 1 && given[0] === 'stakeholder') {
      const group = parseText(context.field(table, row, 'stakeholder'), 'stakeholder');
      if (group.ok) stakeholderAbove = group.value;
      continue;
    }
    const index = outcomes.length;
    const draft = readRow(context, table, row, index, !REQUIRED.every((field) => table.columns.has(field)));
    if (draft.stakeholder === undefined && !table.columns.has('stakeholder')) draft.stakeholder = stakeholderAbove;
    if (draft.stakeholder === undefined && context.field(table, row, 'stakeholder').kind === 'blank')
      draft.stakeholder = stakeholderAbove;
    if (draft.stakeholder !== undefined) stakeholderAbove = draft.stakeholder;
    outcomes.push(draft);
  }
  const fields: Record<string, string> = { proxy: 'proxyValue' };
  for (const [field, path] of Object.entries(PATHS)) fields[path] = field;
  context.locateRows(
    'outcomes',
    table,
    outcomes.map((outcome) => outcome.row),
    fields,
    table.columns.has('description') ? 'description' : 'stakeholder',
  );
  return outcomes;
}

function readRow(
  context: ReadContext,
  table: Table,
  row: number,
  index: number,
  columnsMissing: boolean,
): OutcomeDraft {
  const draft: OutcomeDraft = { row, proxy: {} };
  const path = (field: ImpactField) => `outcomes[${index}].${PATHS[field]}`;

  const take = <T>(
    field: ImpactField,
    parse: (cell: ReturnType<ReadContext['field']>) => Parsed<T>,
    placeholder?: T,
  ): T | undefined => {
    const ref = context.fieldRef(table, row, field);
    const cell = context.field(table, row, field);
    if (cell.kind === 'blank') return undefined;
    const parsed = parse(cell);
    if (parsed.ok) return parsed.value;
    context.report(ref, parsed.message, { path: path(field) });
    // A placeholder keeps the engine's checks from reporting the same cell again.
    return placeholder;
  };
  const text = (field: ImpactField, label: string) => take(field, (cell) => parseText(cell, label), label);
  const share = (field: ImpactField, label: string) => take(field, (cell) => parseShare(cell, label));

  assign(draft, 'stakeholder', text('stakeholder', 'stakeholder'));
  assign(draft, 'id', text('id', 'outcome ID'));
  assign(draft, 'description', text('description', 'outcome'));
  assign(draft, 'indicator', text('indicator', 'indicator'));
  assign(draft, 'source', text('source', 'source'));
  assign(
    draft,
    'domain',
    take('domain', (cell) => parseChoice(cell, 'domain', DOMAINS)),
  );
  assign(
    draft,
    'quantity',
    take('quantity', (cell) => parseNumber(cell, 'quantity', 'a number, 0 or more'), 0),
  );
  assign(
    draft,
    'duration',
    take('duration', (cell) => parseWhole(cell, 'duration', 1, 1000, 'a whole number of years from 1 to 1000'), 1),
  );
  assign(
    draft,
    'startYear',
    take('startYear', (cell) =>
      parseWhole(cell, 'start year', 1, 1000, 'a whole number from 1 (the year of the activity) to 1000'),
    ),
  );
  assign(
    draft.proxy,
    'value',
    take('proxyValue', (cell) => parseNumber(cell, 'proxy value', 'a number (negative for a disbenefit)'), 0),
  );
  assign(draft.proxy, 'description', text('proxyDescription', 'proxy description'));
  assign(draft.proxy, 'source', text('proxySource', 'proxy source'));
  assign(draft.proxy, 'unit', text('proxyUnit', 'proxy unit'));
  assign(
    draft.proxy,
    'year',
    take('priceYear', (cell) => parseWhole(cell, 'price year', 1800, 2300, 'a four-digit year such as 2024')),
  );
  assign(draft, 'deadweight', share('deadweight', 'deadweight'));
  assign(draft, 'displacement', share('displacement', 'displacement'));
  assign(draft, 'attribution', share('attribution', 'attribution'));
  assign(draft, 'dropOff', share('dropOff', 'drop-off'));
  // A missing column was reported once at the header; do not report it on every row.
  if (columnsMissing) {
    draft.description ??= 'outcome';
    draft.duration ??= 1;
  }
  return draft;
}

/** Sets a field only when it has a value, so a round trip leaves absent fields absent. */
export function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}
