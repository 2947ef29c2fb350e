import { WHOLE_NUMBER_RULES, type DecimalLike, type Domain } from '@sroi/core';
import { IMPACT_COLUMNS, MEASURE_CODE_COLUMN, type ImpactField } from '../layout/columns.js';
import type { ReadCell } from './cell-value.js';
import { isGrandTotal, isTotalsRow, type ReadContext } from './context.js';
import type { Table } from './find-tables.js';
import type { InputDraft } from './read-tables.js';
import {
  excelNumber,
  parseChoice,
  parseDomain,
  parseNumber,
  parseShare,
  parseText,
  parseWholeField,
  plainShare,
  plainWhole,
  type Parsed,
} from './values.js';
import { reportDuplicates, warnBlanksUnderValues, warnHiddenRows, warnZerosThatMayBeEmpty } from './row-warnings.js';
import { kindOf, whatRowGives, type RowField } from './row-gives.js';

/**
 * An outcome as read, before stakeholders are resolved; only fields that were
 * given. Its row is kept beside it ({@link ImpactMapRows.outcomeRows}), so
 * the draft becomes the evaluation's outcome without a copy.
 */
export interface OutcomeDraft {
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
  /** The row (0-based) each outcome was read from, in the same order. */
  readonly outcomeRows: number[];
  readonly inputs: MapInputDraft[];
  /** The Total row if there is one, for the checks. */
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
/** Fields read once however many rows a merged cell covers: the stakeholder is carried down anyway, an input is counted once. */
const PER_ROW = new Set(['stakeholder', 'inputDescription', 'inputAmount', 'id']);

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

  const { cellAt, fieldAt } = fieldCells(context, table);
  const cellOf = (row: number, field: string): ReadCell => cellAt(row, fieldAt(field));
  const outcomes: OutcomeDraft[] = [];
  const outcomeRows: number[] = [];
  const inputs: MapInputDraft[] = [];
  let totalsRow: number | null = null;
  let stakeholderAbove: string | undefined;
  const rows = context.grids[table.sheetIndex] ?? [];
  const fields = [...table.columns]
    .filter(([field]) => field !== 'impact')
    .map(([field, column]): MapField => ({ field, column, kind: kindOf(field), at: fieldAt(field) }));
  const givenCell = (row: number, field: MapField): ReadCell => cellAt(row, field.at);
  const durationAt = fieldAt('duration');
  const stakeholderAt = fieldAt('stakeholder');
  const columnsMissing = !hasDescription || !REQUIRED.every((field) => table.columns.has(field));
  const readRow = rowReader(context, table, cellAt, fieldAt, columnsMissing);
  for (let row = table.headerRow + 1; row < table.endRow; row += 1) {
    const cells = rows[row] ?? [];
    const given = whatRowGives(row, fields, givenCell, context.isBlank);
    if (given === null) continue;
    // A Total row has no duration of its own (its "Total" may stand in the Duration column).
    if (isTotalsRow(cells, table, context.isBlank, 1) && cellAt(row, durationAt).kind !== 'number') {
      if (isGrandTotal(cells, context.isBlank)) totalsRow ??= row;
      continue;
    }
    const stakeholderCell = cellAt(row, stakeholderAt);
    // Text is the name as written (parseText's answer), with no answer made for each row.
    if (stakeholderCell.kind === 'text') stakeholderAbove = stakeholderCell.text;
    else if (stakeholderCell.kind !== 'blank') {
      const named = parseText(stakeholderCell, 'stakeholder');
      if (named.ok) stakeholderAbove = named.value;
    }
    if (given.onlyStakeholder) continue;
    if (given.inputs) {
      const input = readMapInput(context, table, row, cellOf, inputs.length);
      if (input !== null)
        inputs.push({ ...input, ...(stakeholderAbove === undefined ? {} : { stakeholder: stakeholderAbove }) });
    }
    // A funder's row may say what it hopes will change; with no outcome figures it is not an outcome.
    if (!given.outcomeField || (given.inputs && given.onlyChange)) continue;
    if (!given.inputs && !given.figures) {
      // Words and no figures at all: a note or a heading, not an outcome; said, not dropped silently.
      context.warn(
        context.ref(table.sheetIndex, row, given.firstColumn),
        'this row has words but no figures (no quantity, value, duration or percentages), so it is not read as an outcome; ' +
          'if it is one, fill in its figures',
      );
      continue;
    }
    const draft = readRow(row, outcomes.length);
    if (draft.stakeholder === undefined) draft.stakeholder = stakeholderAbove;
    outcomes.push(draft);
    outcomeRows.push(row);
  }
  warnBlanksUnderValues(context, table, outcomeRows, (field) => {
    const at = fieldAt(field);
    return (row) => cellAt(row, at);
  });
  // Most sheets hide no rows: no list of every row read is made for them.
  const hiddenRows = context.sheets[table.sheetIndex]?.hiddenRows;
  if (hiddenRows !== undefined && !(Array.isArray(hiddenRows) && hiddenRows.length === 0))
    warnHiddenRows(context, table, [...outcomeRows, ...inputs.map((input) => input.row)]);
  if (context.emptyCellsAsZero) warnZerosThatMayBeEmpty(context, table, outcomeRows, cellOf);
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
    outcomeRows,
    located,
    table.columns.has('description') ? 'description' : table.columns.has('change') ? 'change' : 'stakeholder',
  );
  return { outcomes, outcomeRows, inputs, totalsRow };
}

const BLANK: ReadCell = { kind: 'blank' };

/** A field of the map's rows and how its cell is read, worked out once per table: a map may have 10,000 rows. */
interface FieldAt {
  readonly field: ReadField;
  /** Its column, or undefined when the table has none (its cells are blank). */
  readonly column: number | undefined;
  /** A blank cell may be a copy of a value merged down (never for an input, counted once, nor a per-row field). */
  readonly fromMerge: boolean;
  /** A 0 is an empty cell (Excel desktop passes empty cells as 0, and 0 is not valid here). */
  readonly zeroIsEmpty: boolean;
}

/** A row field of the map with how its cell is read. */
interface MapField extends RowField {
  readonly at: FieldAt;
}

/**
 * How the impact map's cells are read: each field's column, merge and zero
 * rules looked up once per table, not once for each of a row's 40 reads.
 */
function fieldCells(
  context: ReadContext,
  table: Table,
): { cellAt: (row: number, at: FieldAt) => ReadCell; fieldAt: (field: string) => FieldAt } {
  const rows = context.grids[table.sheetIndex] ?? [];
  // Merged copies are looked up only in a sheet with merges: this runs for every field of every row.
  const hasMerges = (context.sheets[table.sheetIndex]?.merges?.length ?? 0) > 0;
  const known = new Map<string, FieldAt>();
  const fieldAt = (field: string): FieldAt => {
    let at = known.get(field);
    if (at === undefined) {
      at = {
        field: field as ReadField,
        column: table.columns.get(field),
        fromMerge: hasMerges && !PER_ROW.has(field),
        zeroIsEmpty: context.emptyCellsAsZero && ZERO_IS_EMPTY.has(field),
      };
      known.set(field, at);
    }
    return at;
  };
  // Most maps have no merges and blanks that arrive blank: a cell is then just the one in its column.
  const plainCellAt = (row: number, at: FieldAt): ReadCell =>
    at.column === undefined ? BLANK : (rows[row]?.[at.column] ?? BLANK);
  const cellAt = (row: number, at: FieldAt): ReadCell => {
    const column = at.column;
    if (column === undefined) return BLANK;
    let cell = rows[row]?.[column] ?? BLANK;
    if (cell.kind === 'blank' && at.fromMerge) {
      // A value merged down over several outcome rows is each row's (an input's is counted once).
      const origin = context.mergeOrigin(table.sheetIndex, row, column);
      if (origin !== null && origin.row > table.headerRow && origin.column === column)
        cell = context.cell(table.sheetIndex, origin.row, origin.column);
    }
    return at.zeroIsEmpty && context.isBlank(cell) ? BLANK : cell;
  };
  return { cellAt: hasMerges || context.emptyCellsAsZero ? cellAt : plainCellAt, fieldAt };
}

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
  cellAt: (row: number, at: FieldAt) => ReadCell,
  fieldAt: (field: string) => FieldAt,
  columnsMissing: boolean,
): (row: number, index: number) => OutcomeDraft {
  const style = context.numberStyle(table.sheetIndex);
  const quantityOf = (cell: ReadCell) => parseNumber(cell, 'quantity', 'a number, 0 or more', style);
  const durationOf = (cell: ReadCell) => parseWholeField(withoutYears(cell), WHOLE_NUMBER_RULES.duration, style);
  const startYearOf = (cell: ReadCell): Parsed<number> => {
    if (cell.kind === 'text' && START_WORDS.test(cell.text)) {
      const start = parseChoice(cell, 'start year', STARTS);
      return start.ok ? { ok: true, value: Number(start.value) } : start;
    }
    const { startYear: rule } = WHOLE_NUMBER_RULES;
    return parseWholeField(cell, rule, style, `${rule.expected}, or During / After`);
  };
  const proxyValueOf = (cell: ReadCell) =>
    parseNumber(cell, 'proxy value', 'a number (negative for a disbenefit)', style);
  const priceYearOf = (cell: ReadCell) => parseWholeField(cell, WHOLE_NUMBER_RULES.priceYear, style);

  /**
   * A field's value, or undefined when blank; a problem is reported at its cell.
   *
   * @param plain - the parser's answer for a number cell when it is valid, else undefined (then the parser says why):
   *   most cells of a map are valid numbers, read without a parser's answer made for each
   */
  const take = <T>(
    row: number,
    index: number,
    at: FieldAt,
    parse: (cell: ReadCell) => Parsed<T>,
    placeholder?: T,
    plain?: (value: number) => T | undefined,
  ): T | undefined => {
    const cell = cellAt(row, at);
    if (cell.kind === 'blank') return undefined;
    if (cell.kind === 'number' && plain !== undefined) {
      const value = plain(cell.number);
      if (value !== undefined) return value;
    }
    const parsed = parse(cell);
    if (parsed.ok) return parsed.value;
    context.report(context.fieldRef(table, row, at.field), parsed.message, {
      path: `outcomes[${index}].${PATHS[at.field]}`,
    });
    // A placeholder keeps the engine's checks from reporting the same cell again.
    return placeholder;
  };
  const text = (row: number, index: number, at: FieldAt, label: string) => {
    const cell = cellAt(row, at);
    // Text is taken as written (parseText's answer), with no parser made (nor a closure's context) for each cell.
    if (cell.kind === 'text') return cell.text;
    return cell.kind === 'blank' ? undefined : otherText(row, index, at, label);
  };
  const otherText = (row: number, index: number, at: FieldAt, label: string) =>
    take(row, index, at, (other) => parseText(other, label), label);
  // Each field's column and rules, looked up once per table.
  const STAKEHOLDER = fieldAt('stakeholder');
  const ID = fieldAt('id');
  const DESCRIPTION = fieldAt('description');
  const CHANGE = fieldAt('change');
  const INDICATOR = fieldAt('indicator');
  const SOURCE = fieldAt('source');
  const DOMAIN = fieldAt('domain');
  const QUANTITY = fieldAt('quantity');
  const DURATION = fieldAt('duration');
  const START_YEAR = fieldAt('startYear');
  const PROXY_VALUE = fieldAt('proxyValue');
  const PROXY_MEASURE = fieldAt('proxyMeasure');
  const PROXY_DESCRIPTION = fieldAt('proxyDescription');
  const PROXY_SOURCE = fieldAt('proxySource');
  const PROXY_UNIT = fieldAt('proxyUnit');
  const PRICE_YEAR = fieldAt('priceYear');
  const DEADWEIGHT = fieldAt('deadweight');
  const DISPLACEMENT = fieldAt('displacement');
  const ATTRIBUTION = fieldAt('attribution');
  const DROP_OFF = fieldAt('dropOff');
  const share = (label: string) => (cell: ReadCell) => parseShare(cell, label, style);
  const deadweightOf = share('deadweight');
  const displacementOf = share('displacement');
  const attributionOf = share('attribution');
  const dropOffOf = share('drop-off');

  // Fields are set by name, one by one (not through a helper taking the name): a store by a name known here is fast,
  // and a field left blank is left absent, so a round trip leaves absent fields absent.
  return (row, index) => {
    const draft: OutcomeDraft = { proxy: {} };
    const stakeholder = text(row, index, STAKEHOLDER, 'stakeholder');
    if (stakeholder !== undefined) draft.stakeholder = stakeholder;
    const id = text(row, index, ID, 'outcome ID');
    if (id !== undefined) draft.id = id;
    const description = text(row, index, DESCRIPTION, 'outcome');
    if (description !== undefined) draft.description = description;
    if (draft.description === undefined && cellAt(row, CHANGE).kind !== 'blank') {
      const change = parseText(cellAt(row, CHANGE), 'outcome');
      if (change.ok) draft.description = change.value;
    }
    const indicator = text(row, index, INDICATOR, 'indicator');
    if (indicator !== undefined) draft.indicator = indicator;
    const source = text(row, index, SOURCE, 'source');
    if (source !== undefined) draft.source = source;
    const domain = take(row, index, DOMAIN, parseDomain);
    if (domain !== undefined) draft.domain = domain;
    const quantity = take(row, index, QUANTITY, quantityOf, 0, excelNumber);
    if (quantity !== undefined) draft.quantity = quantity;
    const duration = take(row, index, DURATION, durationOf, 1, plainDuration);
    if (duration !== undefined) draft.duration = duration;
    const startYear = take(row, index, START_YEAR, startYearOf, undefined, plainStartYear);
    if (startYear !== undefined) draft.startYear = startYear;
    const proxyValue = take(row, index, PROXY_VALUE, proxyValueOf, 0, excelNumber);
    if (proxyValue !== undefined) draft.proxy.value = proxyValue;
    const proxyMeasure = text(row, index, PROXY_MEASURE, 'measure code');
    if (proxyMeasure !== undefined) draft.proxy.measure = proxyMeasure;
    const proxyDescription = text(row, index, PROXY_DESCRIPTION, 'proxy description');
    if (proxyDescription !== undefined) draft.proxy.description = proxyDescription;
    const proxySource = text(row, index, PROXY_SOURCE, 'proxy source');
    if (proxySource !== undefined) draft.proxy.source = proxySource;
    const proxyUnit = text(row, index, PROXY_UNIT, 'proxy unit');
    if (proxyUnit !== undefined) draft.proxy.unit = proxyUnit;
    const proxyYear = take(row, index, PRICE_YEAR, priceYearOf, undefined, plainPriceYear);
    if (proxyYear !== undefined) draft.proxy.year = proxyYear;
    const deadweight = take(row, index, DEADWEIGHT, deadweightOf, undefined, plainShare);
    if (deadweight !== undefined) draft.deadweight = deadweight;
    const displacement = take(row, index, DISPLACEMENT, displacementOf, undefined, plainShare);
    if (displacement !== undefined) draft.displacement = displacement;
    const attribution = take(row, index, ATTRIBUTION, attributionOf, undefined, plainShare);
    if (attribution !== undefined) draft.attribution = attribution;
    const dropOff = take(row, index, DROP_OFF, dropOffOf, undefined, plainShare);
    if (dropOff !== undefined) draft.dropOff = dropOff;
    // A missing column was reported once at the header; do not report it on every row.
    if (columnsMissing) {
      draft.description ??= 'outcome';
      draft.duration ??= 1;
    }
    return draft;
  };
}

const plainDuration = plainWhole(WHOLE_NUMBER_RULES.duration);
const plainStartYear = plainWhole(WHOLE_NUMBER_RULES.startYear);
const plainPriceYear = plainWhole(WHOLE_NUMBER_RULES.priceYear);

/** Sets a field only when it has a value, so a round trip leaves absent fields absent. */
export function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}
