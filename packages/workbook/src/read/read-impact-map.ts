import { WHOLE_NUMBER_RULES, type DecimalLike, type Domain } from '@sroi/core';
import { IMPACT_COLUMNS, MEASURE_CODE_COLUMN, type ImpactField } from '../layout/columns.js';
import type { ReadCell } from './cell-value.js';
import { isGrandTotal, isTotalsRow, type ReadContext } from './context.js';
import type { Table } from './find-tables.js';
import type { InputDraft } from './read-tables.js';
import {
  parseChoice,
  parseDomain,
  parseNumber,
  parseShare,
  parseText,
  parseWholeField,
  type Parsed,
} from './values.js';
import { reportDuplicates, warnBlanksUnderValues, warnHiddenRows, warnZerosThatMayBeEmpty } from './row-warnings.js';

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
  proxy: { value?: DecimalLike; description?: string; source?: string; unit?: string; year?: number; measure?: string };
  deadweight?: DecimalLike;
  displacement?: DecimalLike;
  attribution?: DecimalLike;
  dropOff?: DecimalLike;
  duration?: number;
  startYear?: number;
}

/** An input read from the impact map's own Inputs columns (the value map's "Description" and "Value £"). */
export interface MapInputDraft extends InputDraft {
  readonly row: number;
}

/** What the impact map's rows hold: outcomes, and the inputs written beside them. */
export interface ImpactMapRows {
  readonly outcomes: OutcomeDraft[];
  readonly inputs: MapInputDraft[];
  /** The rows of outcomes read (0-based), and the Total row if there is one, for the checks. */
  readonly totalsRow: number | null;
}

/** The value map's "Outcomes start": during the activity (year 1) or after it (year 2). */
const STARTS: Record<string, '1' | '2'> = { during: '1', 'during-activity': '1', after: '2', 'after-activity': '2' };

/** The fields a row is read into: the map's columns and the read-only Measure code. */
type ReadField = ImpactField | typeof MEASURE_CODE_COLUMN.field;

const PATHS: Record<ReadField, string> = {
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
  proxyMeasure: 'proxy.measure',
  priceYear: 'proxy.year',
  deadweight: 'deadweight',
  displacement: 'displacement',
  attribution: 'attribution',
  dropOff: 'dropOff',
};

const REQUIRED: readonly ImpactField[] = ['duration'];
/** Fields that make a row an outcome (a row with only a stakeholder and inputs is a funder's). */
const OUTCOME_FIELDS: ReadonlySet<string> = new Set([
  'description',
  'change',
  'quantity',
  'proxyValue',
  'duration',
  'deadweight',
  'displacement',
  'attribution',
  'dropOff',
  'indicator',
  'id',
  'startYear',
  'proxyDescription',
  'domain',
  'proxyMeasure',
]);
/** Fields read once however many rows a merged cell covers: the stakeholder is carried down anyway, an input is counted once. */
const PER_ROW = new Set(['stakeholder', 'inputDescription', 'inputAmount', 'id']);

/** Fields holding an outcome's figures: a row with none of them is a note. */
const FIGURES = new Set([
  'quantity',
  'proxyValue',
  'duration',
  'startYear',
  'deadweight',
  'displacement',
  'attribution',
  'dropOff',
  'priceYear',
]);

/** Fields where 0 is not a valid value: when Excel desktop sends empty cells as 0, a 0 there is empty. */
const ZERO_IS_EMPTY = new Set([
  'stakeholder',
  'id',
  'description',
  'change',
  'indicator',
  'source',
  'domain',
  'duration',
  'startYear',
  'proxyDescription',
  'proxySource',
  'proxyUnit',
  'priceYear',
  'inputDescription',
  'proxyMeasure',
]);

/**
 * Reads the impact map's rows. Blank rows, totals rows and stakeholder group
 * rows (only the stakeholder filled in, as value maps often have) are
 * skipped; a blank stakeholder is the one above it. Inputs written in the
 * map's own Inputs columns are that row's stakeholder's; a row with inputs
 * and no outcome is a funder's.
 */
export function readImpactMap(context: ReadContext, table: Table): ImpactMapRows {
  const headerRef = context.ref(table.sheetIndex, table.headerRow, table.firstColumn);
  const hasDescription = table.columns.has('description') || table.columns.has('change');
  if (!hasDescription) {
    context.report(
      headerRef,
      'the impact map has no Outcome column; add one (The change, as the stakeholder would describe it.)',
    );
  }
  for (const field of REQUIRED) {
    if (!table.columns.has(field)) {
      const spec = IMPACT_COLUMNS.find((column) => column.field === field);
      context.report(
        headerRef,
        `the impact map has no ${spec?.header ?? field} column; add one (${spec?.prompt ?? ''})`,
      );
    }
  }
  reportDuplicates(context, table);

  const rows = context.grids[table.sheetIndex] ?? [];
  // Merged copies are looked up only in a sheet with merges: this runs for every field of every row.
  const hasMerges = (context.sheets[table.sheetIndex]?.merges?.length ?? 0) > 0;
  const cellOf = (row: number, field: string): ReadCell => {
    const column = table.columns.get(field);
    if (column === undefined) return BLANK;
    let cell = rows[row]?.[column] ?? BLANK;
    if (cell.kind === 'blank' && hasMerges && !PER_ROW.has(field)) {
      // A value merged down over several outcome rows is each row's (an input's is counted once).
      const origin = context.mergeOrigin(table.sheetIndex, row, column);
      if (origin !== null && origin.row > table.headerRow && origin.column === column)
        cell = context.cell(table.sheetIndex, origin.row, origin.column);
    }
    return context.emptyCellsAsZero && ZERO_IS_EMPTY.has(field) && context.isBlank(cell) ? BLANK : cell;
  };
  const outcomes: OutcomeDraft[] = [];
  const inputs: MapInputDraft[] = [];
  let totalsRow: number | null = null;
  let stakeholderAbove: string | undefined;
  const fields = [...table.columns.keys()].filter((field) => field !== 'impact');
  const columnsMissing = !hasDescription || !REQUIRED.every((field) => table.columns.has(field));
  const readRow = rowReader(context, table, cellOf, columnsMissing);
  for (let row = table.headerRow + 1; row < table.endRow; row += 1) {
    const cells = rows[row] ?? [];
    // Where empty cells arrive as 0, a 0 says nothing of what the row is (an outcome, a funder's inputs).
    const given = fields.filter((field) => !context.isBlank(cellOf(row, field)));
    if (given.length === 0) continue;
    // A Total row has no duration of its own (its "Total" may stand in the Duration column).
    if (isTotalsRow(cells, table, context.isBlank, 1) && cellOf(row, 'duration').kind !== 'number') {
      if (isGrandTotal(cells, context.isBlank)) totalsRow ??= row;
      continue;
    }
    const stakeholderCell = cellOf(row, 'stakeholder');
    if (stakeholderCell.kind !== 'blank') {
      const named = parseText(stakeholderCell, 'stakeholder');
      if (named.ok) stakeholderAbove = named.value;
    }
    if (given.every((field) => field === 'stakeholder')) continue;
    const hasInputs = given.some((field) => field === 'inputDescription' || field === 'inputAmount');
    if (hasInputs) {
      const input = readMapInput(context, table, row, cellOf, inputs.length);
      if (input !== null)
        inputs.push({ ...input, ...(stakeholderAbove === undefined ? {} : { stakeholder: stakeholderAbove }) });
    }
    // A funder's row may say what it hopes will change; with no outcome figures it is not an outcome.
    const outcomeFields = given.filter((field) => OUTCOME_FIELDS.has(field));
    if (outcomeFields.length === 0 || (hasInputs && outcomeFields.every((field) => field === 'change'))) continue;
    if (!hasInputs && !given.some((field) => FIGURES.has(field))) {
      // Words and no figures at all: a note or a heading, not an outcome; said, not dropped silently.
      context.warn(
        context.ref(
          table.sheetIndex,
          row,
          given.map((field) => table.columns.get(field) ?? 0).sort((a, b) => a - b)[0] ?? 0,
        ),
        'this row has words but no figures (no quantity, value, duration or percentages), so it is not read as an outcome; ' +
          'if it is one, fill in its figures',
      );
      continue;
    }
    const draft = readRow(row, outcomes.length);
    if (draft.stakeholder === undefined) draft.stakeholder = stakeholderAbove;
    outcomes.push(draft);
  }
  warnBlanksUnderValues(context, table, outcomes, cellOf);
  warnHiddenRows(context, table, [...outcomes.map((outcome) => outcome.row), ...inputs.map((input) => input.row)]);
  if (context.emptyCellsAsZero) warnZerosThatMayBeEmpty(context, table, outcomes, cellOf);
  const located: Record<string, string> = { proxy: 'proxyValue' };
  for (const [field, path] of Object.entries(PATHS)) located[path] = field;
  if (table.columns.has('proxyMeasure')) {
    located['proxy.measure'] = 'proxyMeasure';
    // An outcome valued from the catalogue: its proxy's problems are about the code.
    if (!table.columns.has('proxyValue')) {
      located['proxy'] = 'proxyMeasure';
      located['proxy.value'] = 'proxyMeasure';
    }
  }
  if (!table.columns.has('description') && table.columns.has('change')) located['description'] = 'change';
  context.locateRows(
    'outcomes',
    table,
    outcomes.map((outcome) => outcome.row),
    located,
    table.columns.has('description') ? 'description' : table.columns.has('change') ? 'change' : 'stakeholder',
  );
  return { outcomes, inputs, totalsRow };
}

const BLANK: ReadCell = { kind: 'blank' };

const YEARS = /^(\d+)\s*(years?|yrs?)$/i;
/** A start written in words ("During", "after activity"), not a year. */
const START_WORDS = /^[a-z\s-]+$/i;

/** "3 years" in a Duration column is 3: the word says only what the column does. */
function withoutYears(cell: ReadCell): ReadCell {
  if (cell.kind !== 'text') return cell;
  const match = YEARS.exec(cell.text);
  return match === null ? cell : { kind: 'text', text: match[1] as string };
}

function readMapInput(
  context: ReadContext,
  table: Table,
  row: number,
  cellOf: (row: number, field: string) => ReadCell,
  index: number,
): Omit<MapInputDraft, 'stakeholder'> | null {
  const style = context.numberStyle(table.sheetIndex);
  const descriptionCell = cellOf(row, 'inputDescription');
  const amountCell = cellOf(row, 'inputAmount');
  const description = descriptionCell.kind === 'blank' ? undefined : parseText(descriptionCell, 'input description');
  if (amountCell.kind === 'blank' || (context.emptyCellsAsZero && context.isBlank(amountCell))) {
    if (description?.ok === true) {
      context.warn(
        context.fieldRef(table, row, 'inputDescription'),
        `the input ${JSON.stringify(description.value.slice(0, 60))} has no value, so it adds nothing to the inputs`,
      );
    }
    return null;
  }
  const amount = parseNumber(amountCell, 'input value', 'an amount, 0 or more', style);
  if (!amount.ok)
    context.report(context.fieldRef(table, row, 'inputAmount'), amount.message, { path: `inputs[${index}].amount` });
  return {
    row,
    description: description?.ok === true ? description.value : 'Inputs',
    amount: amount.ok ? amount.value : 0,
  };
}

/**
 * Reads one outcome row. The parsers are made once per table, not once per
 * row: a map may have 10,000 rows, and the sheet's number style is the same for all.
 */
function rowReader(
  context: ReadContext,
  table: Table,
  cellOf: (row: number, field: string) => ReadCell,
  columnsMissing: boolean,
): (row: number, index: number) => OutcomeDraft {
  const style = context.numberStyle(table.sheetIndex);
  const quantity = (cell: ReadCell) => parseNumber(cell, 'quantity', 'a number, 0 or more', style);
  const duration = (cell: ReadCell) => parseWholeField(withoutYears(cell), WHOLE_NUMBER_RULES.duration, style);
  const startYear = (cell: ReadCell): Parsed<number> => {
    if (cell.kind === 'text' && START_WORDS.test(cell.text)) {
      const start = parseChoice(cell, 'start year', STARTS);
      return start.ok ? { ok: true, value: Number(start.value) } : start;
    }
    const { startYear: rule } = WHOLE_NUMBER_RULES;
    return parseWholeField(cell, rule, style, `${rule.expected}, or During / After`);
  };
  const proxyValue = (cell: ReadCell) =>
    parseNumber(cell, 'proxy value', 'a number (negative for a disbenefit)', style);
  const priceYear = (cell: ReadCell) => parseWholeField(cell, WHOLE_NUMBER_RULES.priceYear, style);

  /** A field's value, or undefined when blank; a problem is reported at its cell. */
  const take = <T>(
    row: number,
    index: number,
    field: ReadField,
    parse: (cell: ReadCell) => Parsed<T>,
    placeholder?: T,
  ): T | undefined => {
    const cell = cellOf(row, field);
    if (cell.kind === 'blank') return undefined;
    const parsed = parse(cell);
    if (parsed.ok) return parsed.value;
    context.report(context.fieldRef(table, row, field), parsed.message, { path: `outcomes[${index}].${PATHS[field]}` });
    // A placeholder keeps the engine's checks from reporting the same cell again.
    return placeholder;
  };
  const text = (row: number, index: number, field: ReadField, label: string) => {
    const cell = cellOf(row, field);
    // Text is taken as written (parseText's answer) without a parser made for each cell.
    if (cell.kind === 'text') return cell.text;
    return cell.kind === 'blank' ? undefined : take(row, index, field, (other) => parseText(other, label), label);
  };
  const share = (label: string) => (cell: ReadCell) => parseShare(cell, label, style);
  const deadweight = share('deadweight');
  const displacement = share('displacement');
  const attribution = share('attribution');
  const dropOff = share('drop-off');

  return (row, index) => {
    const draft: OutcomeDraft = { row, proxy: {} };
    assign(draft, 'stakeholder', text(row, index, 'stakeholder', 'stakeholder'));
    assign(draft, 'id', text(row, index, 'id', 'outcome ID'));
    assign(draft, 'description', text(row, index, 'description', 'outcome'));
    if (draft.description === undefined && cellOf(row, 'change').kind !== 'blank') {
      const change = parseText(cellOf(row, 'change'), 'outcome');
      if (change.ok) draft.description = change.value;
    }
    assign(draft, 'indicator', text(row, index, 'indicator', 'indicator'));
    assign(draft, 'source', text(row, index, 'source', 'source'));
    assign(draft, 'domain', take(row, index, 'domain', parseDomain));
    assign(draft, 'quantity', take(row, index, 'quantity', quantity, 0));
    assign(draft, 'duration', take(row, index, 'duration', duration, 1));
    assign(draft, 'startYear', take(row, index, 'startYear', startYear));
    assign(draft.proxy, 'value', take(row, index, 'proxyValue', proxyValue, 0));
    assign(draft.proxy, 'measure', text(row, index, 'proxyMeasure', 'measure code'));
    assign(draft.proxy, 'description', text(row, index, 'proxyDescription', 'proxy description'));
    assign(draft.proxy, 'source', text(row, index, 'proxySource', 'proxy source'));
    assign(draft.proxy, 'unit', text(row, index, 'proxyUnit', 'proxy unit'));
    assign(draft.proxy, 'year', take(row, index, 'priceYear', priceYear));
    assign(draft, 'deadweight', take(row, index, 'deadweight', deadweight));
    assign(draft, 'displacement', take(row, index, 'displacement', displacement));
    assign(draft, 'attribution', take(row, index, 'attribution', attribution));
    assign(draft, 'dropOff', take(row, index, 'dropOff', dropOff));
    // A missing column was reported once at the header; do not report it on every row.
    if (columnsMissing) {
      draft.description ??= 'outcome';
      draft.duration ??= 1;
    }
    return draft;
  };
}

/** Sets a field only when it has a value, so a round trip leaves absent fields absent. */
export function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}
