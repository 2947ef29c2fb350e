import type { Discount, DiscountSchedule, EvaluationKind, Reductions, Timing } from '@sroi/core';
import { normalizeHeader, SETTINGS_ROWS, type SettingField } from '../layout/columns.js';
import type { ReadCell } from './cell-value.js';
import type { ReadContext } from './context.js';
import type { Table } from './find-tables.js';
import type { CellRef } from './problems.js';
import { parseChoice, parseShare, parseText } from './values.js';

export interface SettingsDraft {
  name?: string;
  currency?: string;
  kind?: EvaluationKind;
  timing?: Timing;
  discount?: Discount;
  reductions?: Reductions;
}

const LABELS = new Map<string, SettingField>();
for (const setting of SETTINGS_ROWS) {
  for (const label of [setting.label, ...setting.aliases]) LABELS.set(normalizeHeader(label), setting.field);
}

const TIMINGS: Record<string, Timing> = {
  'end-of-year': 'end-of-year',
  end: 'end-of-year',
  'start-of-year': 'start-of-year',
  start: 'start-of-year',
  'mid-year': 'mid-year',
  mid: 'mid-year',
  'middle-of-year': 'mid-year',
};
const KINDS: Record<string, EvaluationKind> = {
  forecast: 'forecast',
  evaluative: 'evaluative',
  evaluation: 'evaluative',
};
const REDUCTIONS: Record<string, Reductions> = {
  multiplicative: 'multiplicative',
  multiply: 'multiplicative',
  subtractive: 'subtractive',
  subtract: 'subtractive',
  additive: 'subtractive',
};
type Form = 'constant' | DiscountSchedule | 'rates';
const FORMS: Record<string, Form> = {
  constant: 'constant',
  'constant-rate': 'constant',
  rate: 'constant',
  'green-book': 'green-book',
  greenbook: 'green-book',
  'green-book-health': 'green-book-health',
  'green-book-(health)': 'green-book-health',
  health: 'green-book-health',
  rates: 'rates',
  'rates-by-year': 'rates',
  'by-year': 'rates',
  'rate-per-year': 'rates',
};

/** Rows inside no table: where settings and the Discounting rows live. */
function freeRows(context: ReadContext, tables: readonly Table[]): { sheetIndex: number; row: number }[] {
  const rows: { sheetIndex: number; row: number }[] = [];
  context.grids.forEach((grid, sheetIndex) => {
    const inside = tables.filter((table) => table.sheetIndex === sheetIndex);
    grid.forEach((_, row) => {
      if (!inside.some((table) => row >= table.headerRow && row < table.endRow)) rows.push({ sheetIndex, row });
    });
  });
  return rows;
}

/** The first non-blank cell of a row and its column. */
function label(cells: readonly ReadCell[]): { text: string; column: number } | null {
  const column = cells.findIndex((cell) => cell.kind !== 'blank');
  const cell = cells[column];
  return cell?.kind === 'text' ? { text: normalizeHeader(cell.text), column } : null;
}

/**
 * Reads the settings block: label then value on one row, anywhere outside the
 * tables; the first of each label counts. Blank values mean the defaults.
 */
export function readSettings(context: ReadContext, tables: readonly Table[]): SettingsDraft {
  const found = new Map<SettingField, CellRef>();
  let yearRow: { sheetIndex: number; row: number } | null = null;
  let ratesRow: { sheetIndex: number; row: number } | null = null;
  for (const { sheetIndex, row } of freeRows(context, tables)) {
    const cells = context.grids[sheetIndex]?.[row] ?? [];
    const first = label(cells);
    if (first === null) continue;
    if (first.text === 'year' && cells.slice(first.column + 1).some((cell) => cell.kind === 'number'))
      yearRow ??= { sheetIndex, row };
    else if (
      (first.text === 'rate' || first.text === 'rates') &&
      yearRow !== null &&
      yearRow.sheetIndex === sheetIndex &&
      row - yearRow.row <= 4
    )
      ratesRow ??= { sheetIndex, row };
    const field = LABELS.get(first.text);
    if (field !== undefined && !found.has(field)) found.set(field, context.ref(sheetIndex, row, first.column + 1));
  }

  const settings: SettingsDraft = {};
  const read = <T>(
    field: SettingField,
    path: string,
    parse: (cell: ReadCell) => { ok: true; value: T } | { ok: false; message: string },
  ): T | undefined => {
    const ref = found.get(field);
    if (ref === undefined) return undefined;
    context.locate(path, ref);
    const cell = context.cell(ref.sheetIndex, ref.row, ref.column);
    if (cell.kind === 'blank') return undefined;
    const parsed = parse(cell);
    if (parsed.ok) return parsed.value;
    context.report(ref, parsed.message, { path });
    return undefined;
  };
  const name = read('name', 'name', (cell) => parseText(cell, 'name'));
  if (name !== undefined) settings.name = name;
  const currency = read('currency', 'currency', (cell) => parseText(cell, 'currency'));
  if (currency !== undefined) settings.currency = currency.toUpperCase();
  const kind = read('kind', 'kind', (cell) => parseChoice(cell, 'kind', KINDS));
  if (kind !== undefined) settings.kind = kind;
  const timing = read('timing', 'timing', (cell) => parseChoice(cell, 'timing', TIMINGS));
  if (timing !== undefined) settings.timing = timing;
  const reductions = read('reductions', 'reductions', (cell) => parseChoice(cell, 'reductions', REDUCTIONS));
  if (reductions !== undefined) settings.reductions = reductions;

  const form = read('discount', 'discount', (cell) => parseChoice(cell, 'discount', FORMS));
  const rate = read('rate', 'discount.rate', (cell) => parseShare(cell, 'discount rate'));
  if (form === 'green-book' || form === 'green-book-health') settings.discount = { schedule: form };
  else if (form === 'rates') {
    const rates = readRates(context, yearRow, ratesRow, found.get('discount') ?? null);
    if (rates !== null) settings.discount = { rates };
  } else if (form === 'constant' || rate !== undefined) settings.discount = { rate: rate ?? 0.035 };
  return settings;
}

/** The Discounting sheet's Rate row under its Year row: one rate per year from year 1. */
function readRates(
  context: ReadContext,
  yearRow: { sheetIndex: number; row: number } | null,
  ratesRow: { sheetIndex: number; row: number } | null,
  formRef: CellRef | null,
): (number | string)[] | null {
  if (yearRow === null || ratesRow === null) {
    context.report(
      formRef,
      'discount is "rates" but no Rate row under a Year row was found; give one rate per year, year 1 first, in the Rate row of the Discounting sheet',
    );
    return null;
  }
  const years = context.grids[yearRow.sheetIndex]?.[yearRow.row] ?? [];
  const rates: (number | string)[] = [];
  let firstRef: CellRef | null = null;
  let ended = false;
  years.forEach((cell, column) => {
    if (cell.kind !== 'number' || !Number.isInteger(cell.number) || cell.number < 1) return;
    const ref = context.ref(ratesRow.sheetIndex, ratesRow.row, column);
    firstRef ??= ref;
    const rateCell = context.cell(ratesRow.sheetIndex, ratesRow.row, column);
    if (rateCell.kind === 'blank') {
      ended = true;
      return;
    }
    if (ended) {
      context.report(ref, `the rate of year ${cell.number} follows a blank year; give one rate per year with no gaps`);
      return;
    }
    const parsed = parseShare(rateCell, `discount rate of year ${cell.number}`);
    if (parsed.ok) rates.push(parsed.value);
    else {
      context.report(ref, parsed.message, { path: `discount.rates[${rates.length}]` });
      rates.push(0);
    }
    context.locate(`discount.rates[${rates.length - 1}]`, ref);
  });
  if (firstRef !== null) context.locate('discount.rates', firstRef);
  if (rates.length === 0) {
    context.report(
      firstRef ?? formRef,
      'discount is "rates" but the Rate row has no rates; give one rate per year, year 1 first',
    );
    return null;
  }
  return rates;
}
