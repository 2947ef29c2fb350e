import { toDecimal, type DistributionType, type Estimate } from '@sroi/core';
import { normalizeHeader, IMPACT_COLUMNS, type ImpactField } from '../layout/columns.js';
import type { ReadCell } from '../read/cell-value.js';
import type { NumberStyle } from '../read/number-text.js';
import { parseChoice, parseNumber, shown, type Parsed } from '../read/values.js';
import { DISTRIBUTION_NAMES, ESTIMATE_NAMES } from './layout.js';

/**
 * The Ranges sheet's cell parsers. A change is read as the cell shows it:
 * "-20%" (typed, or -0.2 in a cell formatted as %) is -0.2 for a quantity,
 * a proxy or a share; a bare number is never rescaled, since -20 could mean
 * -20% or a 20-fold fall. Duration changes are whole years, without %.
 */

const fail = (message: string): Parsed<never> => ({ ok: false, message });

/** The impact map's columns whose headers also name an estimate here ("Proxy value", "Drop-off rate", "DW"). */
const IMPACT_FIELDS: Readonly<Record<Estimate, ImpactField>> = {
  quantity: 'quantity',
  proxy: 'proxyValue',
  deadweight: 'deadweight',
  displacement: 'displacement',
  attribution: 'attribution',
  dropOff: 'dropOff',
  duration: 'duration',
};

const ESTIMATE_WORDS: ReadonlyMap<string, Estimate> = new Map(
  (Object.keys(ESTIMATE_NAMES) as Estimate[]).flatMap((estimate) => {
    const impact = IMPACT_COLUMNS.find((column) => column.field === IMPACT_FIELDS[estimate]);
    const names = [ESTIMATE_NAMES[estimate], estimate, impact?.header ?? '', ...(impact?.aliases ?? [])];
    if (estimate === 'proxy') names.push('financial proxy', 'proxy');
    return names.filter((name) => name !== '').map((name) => [normalizeHeader(name), estimate] as const);
  }),
);

const ESTIMATE_LIST = Object.values(ESTIMATE_NAMES).join(', ');

/** An estimate named as the sheet names it, or as the impact map's headers do ("Proxy value", "DW"). */
export function parseEstimate(cell: ReadCell): Parsed<Estimate> {
  if (cell.kind !== 'text') return fail(`Estimate must be one of ${ESTIMATE_LIST}; got ${shown(cell)}`);
  const estimate = ESTIMATE_WORDS.get(normalizeHeader(cell.text));
  return estimate === undefined
    ? fail(`Estimate must be one of ${ESTIMATE_LIST}; got ${shown(cell)}`)
    : { ok: true, value: estimate };
}

const DISTRIBUTION_WORDS: Readonly<Record<string, DistributionType>> = {
  triangular: 'triangular',
  triangle: 'triangular',
  uniform: 'uniform',
  flat: 'uniform',
  pert: 'pert',
  'beta-pert': 'pert',
  normal: 'normal',
  gaussian: 'normal',
  fixed: 'fixed',
  none: 'fixed',
  'no-change': 'fixed',
};

/** A distribution by name, in any case: Triangular, Uniform, PERT, Normal or Fixed. */
export function parseDistribution(cell: ReadCell): Parsed<DistributionType> {
  const parsed = parseChoice(cell, 'Distribution', DISTRIBUTION_WORDS);
  if (parsed.ok) return parsed;
  return fail(`Distribution must be one of ${Object.values(DISTRIBUTION_NAMES).join(', ')}; got ${shown(cell)}`);
}

/** How an estimate's change is written on the sheet, for messages. */
export function unitWords(estimate: Estimate): string {
  if (estimate === 'duration') return 'whole years, e.g. -1 or 2';
  if (estimate === 'quantity' || estimate === 'proxy') return 'a change in %, e.g. -20% for 20% less';
  return 'a change in percentage points written as %, e.g. -10% for 10 points down';
}

const hasPercent = (cell: ReadCell): cell is { kind: 'text'; text: string } =>
  cell.kind === 'text' && /%\s*$/.test(cell.text);

/**
 * A change from the base as the cell shows it, in core's units: a fraction
 * for quantity, proxy and the shares ("-20%" is -0.2), whole years for
 * duration.
 *
 * @param cell - the cell as shown (a % cell's number as "-20%")
 * @param header - the column's header, for messages ("Low")
 * @example
 * ```ts
 * parseChange({ kind: 'text', text: '-20%' }, 'quantity', 'Low', POINT_STYLE); //=> ok -0.2
 * parseChange({ kind: 'number', number: -20 }, 'quantity', 'Low', POINT_STYLE);
 * //=> fails: 'Low -20 for Quantity has no %: did you mean -20%? ...'
 * ```
 */
export function parseChange(cell: ReadCell, estimate: Estimate, header: string, style: NumberStyle): Parsed<number> {
  const label = `${header} for ${ESTIMATE_NAMES[estimate]}`;
  const expected = unitWords(estimate);
  if (estimate === 'duration') {
    if (hasPercent(cell)) return fail(`${label} must be ${expected}, without %; got ${shown(cell)}`);
    const parsed = parseNumber(cell, label, expected, style);
    if (!parsed.ok) return parsed;
    const years = Number(parsed.value);
    return Number.isInteger(years)
      ? { ok: true, value: years }
      : fail(`${label} must be ${expected}; got ${shown(cell)}`);
  }
  if (hasPercent(cell)) {
    const parsed = parseNumber({ kind: 'text', text: cell.text.replace(/%\s*$/, '') }, label, expected, style);
    if (!parsed.ok) return fail(`${label} must be ${expected}; got ${shown(cell)}`);
    return { ok: true, value: toDecimal(parsed.value).div(100).toNumber() };
  }
  const parsed = parseNumber(cell, label, expected, style);
  if (!parsed.ok) return parsed;
  const value = toDecimal(parsed.value);
  if (value.isZero()) return { ok: true, value: 0 };
  // A bare number is a question, never a guess: -20 may mean -20%, and -0.2 may mean -20% or -0.2%.
  const asPercent = `${value.toString()}%`;
  const asFraction = `${value.times(100).toString()}%`;
  const meant = value.abs().lessThan(1) ? `${asFraction} or ${asPercent}` : asPercent;
  return fail(
    `${label} is ${value.toString()} with no %: did you mean ${meant}? Write it with %, or format the cell as %; ${expected}`,
  );
}
