import type { Distribution, Distributions, DistributionType, Estimate } from '@sroi/core';
import { cellAddress } from '../cells/address.js';
import { normalizeHeader } from '../layout/columns.js';
import { shownCell } from '../procurement/read/cells.js';
import { findProcurementTables, type FoundTable, type TableKind } from '../procurement/read/find-tables.js';
import { numberStyles } from '../procurement/read/number-styles.js';
import { finishReading, startReading } from '../procurement/read/read-result.js';
import { checkHeader, dataRows } from '../procurement/read/table-checks.js';
import type { ProcurementRead } from '../procurement/read/types.js';
import type { ReadCell } from '../read/cell-value.js';
import type { ReadContext } from '../read/context.js';
import type { SheetGrid } from '../read/find-tables.js';
import type { NumberStyle } from '../read/number-text.js';
import { parseText, shown } from '../read/values.js';
import {
  ALL_OUTCOMES,
  ALL_OUTCOMES_WORDS,
  DISTRIBUTION_NAMES,
  ESTIMATE_NAMES,
  RANGE_COLUMNS,
  type RangeField,
} from './layout.js';
import { parseChange, parseDistribution, parseEstimate } from './parse-change.js';

/** Monte Carlo ranges in core's terms: for every outcome, and per outcome id (`MonteCarloOptions`). */
export interface MonteCarloRanges {
  readonly distributions: Distributions;
  readonly byOutcome: Readonly<Record<string, Distributions>>;
}

/** What {@link rangesFromSheets} finds. `where` places core's paths (`byOutcome.GP-1.proxy.min`) on cells. */
export interface RangesRead extends ProcurementRead<MonteCarloRanges> {
  /** Whether any sheet has a ranges table (an Estimate and a Distribution column). */
  readonly found: boolean;
  /** Every row read without a problem, even when others have one: for core's checks, so all are said at once. */
  readonly readable: MonteCarloRanges;
  /** The sheet the ranges table is on (a CSV's is the file's name); null when there is none. */
  readonly sheet: string | null;
}

const RANGES: TableKind<RangeField> = {
  name: 'ranges table',
  columns: RANGE_COLUMNS,
  sheets: ['ranges', 'monte carlo ranges', 'monte carlo', 'uncertainty'],
  identifying: ['estimate', 'distribution'],
  minimum: 3,
  required: ['estimate', 'distribution'],
};

/** Which value columns each distribution takes, and which it needs. */
const TAKES: Readonly<Record<DistributionType, { needs: readonly RangeField[]; may: readonly RangeField[] }>> = {
  fixed: { needs: [], may: [] },
  uniform: { needs: ['low', 'high'], may: [] },
  triangular: { needs: ['low', 'high'], may: ['mostLikely'] },
  pert: { needs: ['low', 'high'], may: ['mostLikely'] },
  normal: { needs: ['sd'], may: ['mostLikely'] },
};

/** Core's field for each value column (a normal's Most likely is its mean). */
const KEYS: Readonly<Record<'low' | 'mostLikely' | 'high' | 'sd', string>> = {
  low: 'min',
  mostLikely: 'mode',
  high: 'max',
  sd: 'sd',
};

const VALUE_FIELDS = ['low', 'mostLikely', 'high', 'sd'] as const;

/**
 * Reads Monte Carlo ranges from a Ranges sheet (or a CSV of the same
 * columns): one row per estimate, for All outcomes (or a blank Outcome) or
 * for one Outcome ID. Every problem is at its cell, all at once: an unknown
 * estimate or distribution, a value a distribution does not take or lacks,
 * a bare number where a % is meant, an outcome not in `outcomes`, an
 * estimate given twice for the same outcome. Core checks the rest (min above
 * max, limits); `where` places its paths on the cells.
 *
 * @param sheets - the workbook's sheets, or one CSV sheet
 * @param options - the impact map's outcome ids, to check the Outcome column against
 * @example
 * ```ts
 * const read = rangesFromSheets([{ name: 'Ranges', cells: [
 *   ['Outcome', 'Estimate', 'Distribution', 'Low', 'Most likely', 'High'],
 *   ['All outcomes', 'Financial proxy', 'Triangular', '-30%', '0%', '10%'],
 *   ['GP-1', 'Drop-off', 'Fixed'],
 * ] }]);
 * read.value; //=> { distributions: { proxy: { type: 'triangular', min: -0.3, mode: 0, max: 0.1 } },
 *             //     byOutcome: { 'GP-1': { dropOff: { type: 'fixed' } } } }
 * ```
 */
export function rangesFromSheets(
  sheets: readonly SheetGrid[],
  options: { readonly outcomes?: readonly string[] } = {},
): RangesRead {
  const context = startReading(sheets);
  const [table] = findProcurementTables(context, [RANGES]) as [FoundTable<RangeField> | undefined];
  const distributions: Partial<Record<Estimate, Distribution>> = {};
  const byOutcome: Record<string, Partial<Record<Estimate, Distribution>>> = {};
  const readable = { distributions, byOutcome };
  if (table === undefined) return { ...finishReading(context, readable), found: false, readable, sheet: null };
  checkHeader(context, table, RANGES, ['low', 'mostLikely', 'high', 'sd']);
  const style = numberStyles(context, [{ table, fields: VALUE_FIELDS }], [])(table.sheetIndex);
  const known = options.outcomes === undefined ? undefined : new Set(options.outcomes);
  const seen = new Map<string, string>();
  for (const row of dataRows(context, table)) {
    const read = readRow(context, table, row, style, known);
    if (read === null) continue;
    const { outcome, estimate, distribution, place } = read;
    const key = JSON.stringify([outcome, estimate]);
    const first = seen.get(key);
    if (first !== undefined) {
      const whose = outcome === null ? ALL_OUTCOMES.toLowerCase() : `outcome ${JSON.stringify(outcome)}`;
      context.report(
        place,
        `${ESTIMATE_NAMES[estimate]} for ${whose} is given twice (first at ${first}); keep one row`,
      );
      continue;
    }
    seen.set(key, `${place.sheet}!${cellAddress(place.row, place.column)}`);
    if (distribution === null) continue;
    if (outcome === null) distributions[estimate] = distribution;
    else (byOutcome[outcome] ??= {})[estimate] = distribution;
  }
  const sheet = context.sheets[table.sheetIndex]?.name ?? null;
  return { ...finishReading(context, readable), found: true, readable, sheet };
}

interface RowRead {
  /** null for every outcome. */
  readonly outcome: string | null;
  readonly estimate: Estimate;
  /** null when a cell of the row has a problem. */
  readonly distribution: Distribution | null;
  readonly place: ReturnType<ReadContext['ref']>;
}

function readRow(
  context: ReadContext,
  table: FoundTable<RangeField>,
  row: number,
  style: NumberStyle,
  known: ReadonlySet<string> | undefined,
): RowRead | null {
  const before = context.problems.length;
  const ref = (field: RangeField) =>
    context.ref(table.sheetIndex, row, table.columns.get(field) ?? Math.min(...table.columns.values()));
  const cell = (field: RangeField): ReadCell => shownCell(context, table.sheetIndex, row, table.columns.get(field));
  const outcome = outcomeOf(context, cell('outcome'), ref('outcome'), known);
  const estimateCell = cell('estimate');
  const estimate = estimateCell.kind === 'blank' ? undefined : parseEstimate(estimateCell);
  if (estimate === undefined || !estimate.ok) {
    context.report(
      ref('estimate'),
      estimate?.message ?? `give the Estimate this row varies: ${Object.values(ESTIMATE_NAMES).join(', ')}`,
    );
    return null;
  }
  const distributionCell = cell('distribution');
  const type = distributionCell.kind === 'blank' ? undefined : parseDistribution(distributionCell);
  if (type === undefined || !type.ok) {
    context.report(
      ref('distribution'),
      type?.message ?? `give a Distribution: ${Object.values(DISTRIBUTION_NAMES).join(', ')}`,
    );
  }
  const path =
    outcome === undefined || outcome === null
      ? `distributions.${estimate.value}`
      : `byOutcome.${outcome}.${estimate.value}`;
  if (outcome !== undefined && outcome !== null) context.locate(`byOutcome.${outcome}`, ref('outcome'));
  context.locate(path, ref('estimate'));
  context.locate(`${path}.type`, ref('distribution'));
  const values: Record<string, number> = {};
  for (const field of VALUE_FIELDS) {
    const key = field === 'mostLikely' && type?.ok === true && type.value === 'normal' ? 'mean' : KEYS[field];
    context.locate(`${path}.${key}`, ref(field));
    const value = cell(field);
    if (value.kind === 'blank') continue;
    const parsed = parseChange(value, estimate.value, headerOf(field), style);
    if (!parsed.ok) context.report(ref(field), parsed.message);
    else values[key] = parsed.value;
  }
  if (type?.ok === true) checkValues(context, type.value, estimate.value, (field) => cell(field), ref);
  const place = ref('estimate');
  if (outcome === undefined) return null;
  if (context.problems.length > before || type?.ok !== true)
    return { outcome, estimate: estimate.value, distribution: null, place };
  return { outcome, estimate: estimate.value, distribution: { type: type.value, ...values } as Distribution, place };
}

/** The row's outcome: null for every outcome; undefined when it cannot be read. */
function outcomeOf(
  context: ReadContext,
  cell: ReadCell,
  ref: ReturnType<ReadContext['ref']>,
  known: ReadonlySet<string> | undefined,
): string | null | undefined {
  if (cell.kind === 'blank') return null;
  if (cell.kind === 'text' && ALL_OUTCOMES_WORDS.includes(normalizeHeader(cell.text) || cell.text)) return null;
  const text = parseText(cell, 'Outcome');
  if (!text.ok) {
    context.report(ref, `Outcome must be an Outcome ID or ${ALL_OUTCOMES}; got ${shown(cell)}`);
    return undefined;
  }
  if (known !== undefined && !known.has(text.value)) {
    const ids = [...known].slice(0, 20).map((id) => JSON.stringify(id));
    const more = known.size > 20 ? ` and ${known.size - 20} more` : '';
    context.report(
      ref,
      `outcome ${JSON.stringify(text.value)} is not in the impact map; its Outcome IDs are ${ids.join(', ') || 'none'}${more}, or write ${ALL_OUTCOMES}`,
    );
    return undefined;
  }
  return text.value;
}

/** A value the distribution does not take, or one it needs and lacks, at its cell. */
function checkValues(
  context: ReadContext,
  type: DistributionType,
  estimate: Estimate,
  cell: (field: RangeField) => ReadCell,
  ref: (field: RangeField) => ReturnType<ReadContext['ref']>,
): void {
  const name = DISTRIBUTION_NAMES[type];
  const { needs, may } = TAKES[type];
  const takes = [...needs, ...may].map(headerOf);
  for (const field of VALUE_FIELDS) {
    const blank = cell(field).kind === 'blank';
    if (!blank && !needs.includes(field) && !may.includes(field))
      context.report(
        ref(field),
        `${name} takes ${takes.length === 0 ? 'no values (the estimate stays at its base)' : takes.join(' and ')}, not ${headerOf(field)}; clear this cell or choose another distribution`,
      );
    if (blank && needs.includes(field))
      context.report(ref(field), `${name} needs ${needs.map(headerOf).join(' and ')}; give ${headerOf(field)}`);
  }
  if (type === 'normal' && estimate === 'duration')
    context.report(
      ref('distribution'),
      'Duration takes Fixed, Uniform, Triangular or PERT (whole years within a range), not Normal',
    );
}

function headerOf(field: RangeField): string {
  return RANGE_COLUMNS.find((column) => column.field === field)?.header ?? field;
}
