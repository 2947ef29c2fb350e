import { toDecimal, type DecimalLike, type Tender, WHOLE_NUMBER_RULES } from '@sroi/core';
import type { ReadContext } from '../../read/context.js';
import type { NumberStyle } from '../../read/number-text.js';
import type { CellRef } from '../../read/problems.js';
import { parseWholeField } from '../../read/values.js';
import { TENDER_ROWS } from '../layout.js';
import { given, readAt, shownCell, type Parse } from './cells.js';
import { hasPercentSign, percentage, priceMethod, socialValueMethod, text } from './parsers.js';
import { listOf } from './table-checks.js';

type TenderRow = (typeof TENDER_ROWS)[number]['field'];

/** The Tender sheet's settings as read: all but the bids. */
export type TenderSettings = Omit<Tender, 'bids' | 'weights'> & {
  readonly weights: Partial<Tender['weights']>;
  readonly priceYear?: number;
};

const WEIGHTS = [
  { row: 'priceWeight', key: 'price', label: 'price weight' },
  { row: 'qualityWeight', key: 'quality', label: 'quality weight' },
  { row: 'socialValueWeight', key: 'socialValue', label: 'social value weight' },
] as const;

const SPLITS = [
  { row: 'monetisedSplit', key: 'monetised', label: 'monetised share of social value' },
  { row: 'qualitativeSplit', key: 'qualitative', label: 'qualitative share of social value' },
] as const;

const PERCENT = 'a percentage from 0 to 100, e.g. 60 for 60%';

/**
 * Reads the Tender sheet's labelled rows: name, currency, the three weights
 * (in percent), the scoring methods, the social value split and the price
 * year. Each value is placed at its cell for the engine's problems.
 */
export function readTenderSettings(
  context: ReadContext,
  labels: ReadonlyMap<TenderRow, CellRef>,
  style: NumberStyle,
): TenderSettings {
  const read = <T>(row: TenderRow, path: string, parse: Parse<T>): T | undefined => {
    const ref = labels.get(row);
    return ref === undefined ? undefined : readAt(context, ref, path, parse);
  };
  const name = read('name', 'name', text('tender name'));
  const currency = read('currency', 'currency', text('currency'))?.toUpperCase();
  const priceYear = read('priceYear', 'priceYear', (cell) =>
    parseWholeField(cell, WHOLE_NUMBER_RULES.priceYear, style),
  );
  const split = readPercentages(context, labels, SPLITS, 'socialValueSplit', style, false);
  return {
    ...given('name', name),
    ...given('currency', currency),
    weights: readPercentages(context, labels, WEIGHTS, 'weights', style, true),
    ...given('priceMethod', read('priceMethod', 'priceMethod', priceMethod)),
    ...given('socialValueMethod', read('socialValueMethod', 'socialValueMethod', socialValueMethod)),
    ...(Object.keys(split).length === 0 ? {} : { socialValueSplit: split as Tender['socialValueSplit'] & object }),
    ...given('priceYear', priceYear),
  };
}

/**
 * Percentages that sum to 100 (the weights, the split). Three given as
 * 0.6, 0.3 and 0.1, which sum to 1, are fractions (or cells formatted as
 * percent, whose values are fractions): each is refused with the
 * percentage it may mean, never rescaled.
 */
function readPercentages<Key extends string>(
  context: ReadContext,
  labels: ReadonlyMap<TenderRow, CellRef>,
  rows: readonly { readonly row: TenderRow; readonly key: Key; readonly label: string }[],
  path: string,
  style: NumberStyle,
  required: boolean,
): Partial<Record<Key, DecimalLike>> {
  const found = rows.filter((row) => labels.has(row.row));
  if (required && found.length === 0) {
    const names = rows.map((row) => JSON.stringify(TENDER_ROWS.find((r) => r.field === row.row)?.label ?? row.label));
    context.report(
      null,
      `the tender gives no weights: add ${listOf(names)} rows to the Tender sheet (the label, then the weight in percent in the next cell), e.g. 60, 30 and 10`,
      { path },
    );
    return {};
  }
  const first = found[0];
  if (first !== undefined) context.locate(path, labels.get(first.row) as CellRef);
  const values: Partial<Record<Key, DecimalLike>> = {};
  for (const row of rows) {
    const ref = labels.get(row.row);
    if (ref === undefined) {
      if (required || found.length > 0) missingRow(context, row.row, `${path}.${row.key}`);
      continue;
    }
    const value = readAt(context, ref, `${path}.${row.key}`, percentage(row.label, PERCENT, style));
    if (value !== undefined) values[row.key] = value;
  }
  refuseFractions(context, labels, rows, values, path);
  return values;
}

function missingRow(context: ReadContext, row: TenderRow, path: string): void {
  const label = TENDER_ROWS.find((r) => r.field === row)?.label ?? row;
  context.report(
    null,
    `the Tender sheet has no ${JSON.stringify(label)} row: add it (the label, then the value in the next cell)`,
    { path },
  );
}

function refuseFractions<Key extends string>(
  context: ReadContext,
  labels: ReadonlyMap<TenderRow, CellRef>,
  rows: readonly { readonly row: TenderRow; readonly key: Key; readonly label: string }[],
  values: Partial<Record<Key, DecimalLike>>,
  path: string,
): void {
  let sum = toDecimal(0);
  for (const row of rows) {
    const value = values[row.key];
    const ref = labels.get(row.row);
    if (value === undefined || ref === undefined) return;
    // "60%" written with its sign is 60, whatever the others are.
    if (hasPercentSign(shownCell(context, ref.sheetIndex, ref.row, ref.column))) return;
    sum = sum.plus(toDecimal(value));
  }
  if (!sum.eq(1)) return;
  for (const row of rows) {
    const value = toDecimal(values[row.key] as DecimalLike);
    if (value.isZero()) continue;
    const percent = value.times(100).toString();
    const ref = labels.get(row.row) as CellRef;
    context.report(
      ref,
      `${row.label} ${value.toString()}: ${path === 'weights' ? 'weights' : 'shares'} are percentages: ${value.toString()} means ${value.toString()}%; did you mean ${percent}? Enter ${percent} (or ${percent}%)`,
      { path: `${path}.${row.key}` },
    );
    delete values[row.key];
  }
}
