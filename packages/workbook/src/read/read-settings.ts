import type { Discount, DiscountSchedule, EvaluationKind, Reductions, Timing } from '@sroi/core';
import { cellAddress } from '../cells/address.js';
import { normalizeHeader, type SettingField } from '../layout/columns.js';
import { isNumberText, type ReadCell } from './cell-value.js';
import { figureOfLabel, settingOfLabel, type CheckedFigure } from './labels.js';
import type { ReadContext } from './context.js';
import type { Table } from './find-tables.js';
import type { CellRef } from './problems.js';
import { numberIn, parseChoice, parseRate, parseText, shown } from './values.js';

export interface SettingsDraft {
  name?: string;
  currency?: string;
  kind?: EvaluationKind;
  timing?: Timing;
  discount?: Discount;
  reductions?: Reductions;
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
  'hm-treasury-green-book': 'green-book',
  'treasury-green-book': 'green-book',
  'the-green-book': 'green-book',
  'green-book-declining': 'green-book',
  'green-book-health': 'green-book-health',
  'green-book-(health)': 'green-book-health',
  health: 'green-book-health',
  rates: 'rates',
  'rates-by-year': 'rates',
  'by-year': 'rates',
  'rate-per-year': 'rates',
};

/** A figure the sheet works out itself, to check against the engine. */
export interface SheetFigure {
  readonly figure: CheckedFigure;
  readonly ref: CellRef;
  readonly value: number;
  readonly label: string;
}

/** Whether a column lies inside one of the tables covering its row. */
function insideTable(covering: readonly Table[], column: number): boolean {
  // A loop, not some(): this runs for every text cell of every table row.
  for (const table of covering) if (column >= table.firstColumn && column <= table.lastColumn) return true;
  return false;
}

interface Label {
  readonly text: string;
  readonly ref: CellRef;
  /** The value's cell: right of the label (past any merged copies of it). */
  readonly valueRef: CellRef;
}

/** Every label outside the tables with the cell its value is in. */
function labelsOutsideTables(context: ReadContext, tables: readonly Table[]): Label[] {
  const labels: Label[] = [];
  context.grids.forEach((grid, sheetIndex) => {
    const onSheet = tables.filter((table) => table.sheetIndex === sheetIndex);
    grid.forEach((cells, row) => {
      // A loop, not filter(): this runs for every row, and most rows are in one table or none.
      let only: Table | undefined;
      let count = 0;
      for (const table of onSheet) {
        if (row < table.firstHeaderRow || row >= table.endRow) continue;
        only = table;
        count += 1;
      }
      const covering = count > 1 ? onSheet.filter((table) => row >= table.firstHeaderRow && row < table.endRow) : null;
      // In one table's rows only the cells beside it can be labels: its own are skipped unread.
      if (count !== 1) only = undefined;
      for (let column = 0; column < cells.length; column += 1) {
        if (only !== undefined && column >= only.firstColumn && column <= only.lastColumn) {
          column = only.lastColumn;
          continue;
        }
        const cell = cells[column] as ReadCell;
        if (cell.kind !== 'text' || cell.text.length > 80) continue;
        if (covering !== null && insideTable(covering, column)) continue;
        // A label merged across cells repeats (exceljs): its first copy is the label.
        const left = cells[column - 1];
        if (left?.kind === 'text' && left.text === cell.text) continue;
        let valueColumn = column + 1;
        while (cells[valueColumn]?.kind === 'text' && (cells[valueColumn] as { text: string }).text === cell.text)
          valueColumn += 1;
        labels.push({
          text: cell.text,
          ref: context.ref(sheetIndex, row, column),
          valueRef: context.ref(sheetIndex, row, valueColumn),
        });
      }
    });
  });
  return labels;
}

const SETTING_NAMES: Record<SettingField, string> = {
  name: 'name',
  currency: 'currency',
  kind: 'kind',
  timing: 'timing',
  discount: 'discount',
  rate: 'discount rate',
  reductions: 'reductions',
};

/**
 * Reads the settings: label then value in the next cell, anywhere outside
 * the tables (a Settings sheet, or the value map's Stage 5 block above, below
 * or beside the map); the first of each label counts, and a second is a
 * warning. Blank values mean the defaults. Also collects the figures the
 * sheet works out itself (Total Present Value, Net Present Value, Social
 * Return £ per £), for the checks.
 */
export function readSettings(
  context: ReadContext,
  tables: readonly Table[],
): { settings: SettingsDraft; figures: SheetFigure[] } {
  const found = new Map<SettingField, CellRef>();
  const figures: SheetFigure[] = [];
  let yearRow: { sheetIndex: number; row: number } | null = null;
  let ratesRow: { sheetIndex: number; row: number } | null = null;
  for (const label of labelsOutsideTables(context, tables)) {
    const { sheetIndex, row } = label.ref;
    const cells = context.grids[sheetIndex]?.[row] ?? [];
    const normal = normalizeHeader(label.text);
    const rest = cells.slice(label.ref.column + 1);
    const isYearNumber = (cell: ReadCell) =>
      (cell.kind === 'number' && Number.isInteger(cell.number)) ||
      (cell.kind === 'text' && /^\d{1,4}$/.test(cell.text));
    if (normal === 'year' && rest.some(isYearNumber)) {
      yearRow ??= { sheetIndex, row };
      continue;
    }
    if ((normal === 'rate' || normal === 'rates') && yearRow?.sheetIndex === sheetIndex && row - yearRow.row <= 4) {
      ratesRow ??= { sheetIndex, row };
      continue;
    }
    const value = context.cell(sheetIndex, row, label.valueRef.column);
    const figure = figureOfLabel(label.text);
    if (figure !== undefined) {
      // Figures are only checked, never read: look a few cells along (a label merged in Office.js leaves blanks).
      const column = [0, 1, 2, 3, 4, 5]
        .map((step) => label.valueRef.column + step)
        .find((c) => !context.isBlank(context.cell(sheetIndex, row, c)));
      const found = column === undefined ? null : context.cell(sheetIndex, row, column);
      // One figure, not a row of them (the Discounting sheet's present value of each year).
      const style = context.numberStyle(sheetIndex);
      const numbers = rest.filter((cell) => numberIn(cell, style) !== null).length;
      const value = found === null ? null : numberIn(found, style);
      if (value !== null && column !== undefined && numbers === 1)
        figures.push({ figure, ref: context.ref(sheetIndex, row, column), value, label: label.text });
      continue;
    }
    const field = settingOfLabel(label.text);
    if (field === undefined) continue;
    const first = found.get(field);
    if (first === undefined) {
      found.set(field, label.valueRef);
      if (value.kind === 'blank') notRead(context, label, SETTING_NAMES[field]);
      continue;
    }
    if (value.kind === 'blank') continue;
    const firstValue = context.cell(first.sheetIndex, first.row, first.column);
    context.warn(
      label.valueRef,
      `the ${SETTING_NAMES[field]} is written twice: ${where(first)} (${shown(firstValue)}) is read and this one (${shown(value)}) is not; keep one`,
    );
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

  // "Discount | 3.5%" is a rate written in the Discount row: read as the constant rate it says.
  const discountRef = found.get('discount');
  const discountCell =
    discountRef === undefined ? null : context.cell(discountRef.sheetIndex, discountRef.row, discountRef.column);
  const rateInForm =
    discountCell !== null &&
    discountRef !== undefined &&
    !found.has('rate') &&
    discountCell.kind !== 'blank' &&
    (discountCell.kind === 'number' || (discountCell.kind === 'text' && isNumberText(discountCell.text)))
      ? discountRef
      : undefined;
  if (rateInForm !== undefined) found.set('rate', rateInForm);
  const form =
    rateInForm === undefined
      ? read('discount', 'discount', (cell) => parseChoice(cell, 'discount', FORMS))
      : 'constant';
  const rateRef = found.get('rate');
  const rate = read('rate', 'discount.rate', (cell) =>
    parseRate(cell, 'discount rate', context.numberStyle(rateRef?.sheetIndex ?? 0)),
  );
  if (form === 'green-book' || form === 'green-book-health') settings.discount = { schedule: form };
  else if (form === 'rates') {
    const rates = readRates(context, yearRow, ratesRow, found.get('discount') ?? null);
    if (rates !== null) settings.discount = { rates };
  } else if (form === 'constant' || rate !== undefined) settings.discount = { rate: rate ?? 0.035 };
  if (rate !== undefined && form !== undefined && form !== 'constant' && rateRef !== undefined) {
    context.warn(rateRef, `the discount rate is not used: the discount is ${JSON.stringify(form)}`);
  }
  return { settings, figures };
}

/** A setting's label with its value not in the next cell, but a number close by: say it is not read. */
function notRead(context: ReadContext, label: Label, name: string): void {
  const { sheetIndex, row, column } = label.valueRef;
  for (let next = column + 1; next <= column + 3; next += 1) {
    const cell = context.cell(sheetIndex, row, next);
    if (cell.kind === 'blank') continue;
    if (cell.kind === 'number' || (cell.kind === 'text' && isNumberText(cell.text))) {
      context.warn(
        context.ref(sheetIndex, row, next),
        `this looks like the ${name} but is not read: the value must be in the cell right of its label (${where(label.valueRef)}); the default is used`,
      );
    }
    return;
  }
}

function where(ref: CellRef): string {
  return `${ref.sheet}!${cellAddress(ref.row, ref.column)}`;
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
  years.forEach((yearCell, column) => {
    // Year cells may be text ("1" in a CSV).
    const year = yearCell.kind === 'number' ? yearCell.number : yearCell.kind === 'text' ? Number(yearCell.text) : NaN;
    if (!Number.isInteger(year) || year < 1) return;
    const cell = { number: year };
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
    const parsed = parseRate(
      rateCell,
      `discount rate of year ${cell.number}`,
      context.numberStyle(ratesRow.sheetIndex),
    );
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
