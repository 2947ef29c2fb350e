/**
 * Sensitivity results as the pane shows them: switching values as a table
 * with a sentence each, tornado bars, a histogram of Monte Carlo draws and
 * its summary (P10, P50, P90, the chance of at least 1 : 1).
 */
import {
  type Decimal,
  ESTIMATE_LABELS,
  formatMoney,
  formatPercent,
  formatRatio,
  type Estimate,
  type Evaluation,
  type MonteCarloResult,
  type OneWay,
  type OneWayRow,
  type SwitchingValue,
  type SwitchingValues,
  toDecimal,
  ROUND_HALF_UP,
} from '@sroi/core';

/** One row of the switching values table. */
export interface SwitchingRow {
  /** "deadweight", "financial proxy"... */
  readonly estimate: string;
  /** The outcome's description, or "All outcomes together". */
  readonly outcome: string;
  /** The estimate in the evaluation ("20.0%"), or "" for all outcomes together. */
  readonly base: string;
  /** The value at which the ratio reaches the target ("55.3%"), or "none". */
  readonly switchingValue: string;
  /** The move from the base ("+35.3 points", "44.2% lower", "-2 years"), or "none". */
  readonly change: string;
  /** The whole finding as a sentence, including why there is none. */
  readonly sentence: string;
}

const TOGETHER = 'All outcomes together';

/**
 * The switching values as table rows: each outcome's estimates in map order,
 * then each estimate for all outcomes together.
 *
 * @param result - what `switchingValues` returned
 * @param evaluation - the evaluation it was computed for (for outcome descriptions and the currency)
 *
 * @example
 * ```ts
 * switchingRows(switchingValues(workedCheck), workedCheck)[2].sentence;
 * //=> 'The ratio reaches 1.00 : 1 if deadweight rises from 20.0% to 55.3%.'
 * ```
 */
export function switchingRows(result: SwitchingValues, evaluation: Evaluation): SwitchingRow[] {
  const names = new Map(evaluation.outcomes.map((outcome) => [outcome.id, outcome.description]));
  const currency = evaluation.currency ?? 'GBP';
  const target = formatRatio(result.target);
  return [...result.outcomes, ...result.together].map((row) => {
    const label = ESTIMATE_LABELS[row.estimate];
    const outcome = row.outcome === null ? TOGETHER : (names.get(row.outcome) ?? row.outcome);
    const base = row.base === null ? '' : showEstimate(row.estimate, row.base, currency);
    const value = row.value === null ? null : showEstimate(row.estimate, row.value, currency);
    const change = row.change === null ? null : showChange(row);
    return {
      estimate: label,
      outcome,
      base,
      switchingValue: value ?? (row.outcome === null && change !== null ? '' : 'none'),
      change: change ?? 'none',
      sentence: sentence(row, label, target, base, value, change),
    };
  });
}

function sentence(
  row: SwitchingValue,
  label: string,
  target: string,
  base: string,
  value: string | null,
  change: string | null,
): string {
  const subject = row.outcome === null ? `every outcome's ${label}` : label;
  if (row.reason !== null || change === null) {
    const why = row.reason?.message ?? 'no value of it brings the ratio to the target';
    return `No switching value for ${subject}: ${why}.`;
  }
  const direction = (row.change as Decimal).lt(startOf(row)) ? 'falls' : 'rises';
  if (value !== null && base !== '')
    return `The ratio reaches ${target} if ${subject} ${direction} from ${base} to ${value}.`;
  return `The ratio reaches ${target} if ${subject} changes by ${change}.`;
}

/** The change that means "no move": 1 for a multiple, 0 otherwise. */
function startOf(row: SwitchingValue): number {
  return row.unit === 'multiple' ? 1 : 0;
}

/** An estimate's value: "20.0%", "£1,000.00", "3 years", "100". */
export function showEstimate(estimate: Estimate, value: Decimal, currency: string): string {
  if (estimate === 'proxy') return formatMoney(value, currency);
  if (estimate === 'duration') return `${value.toString()} year${value.eq(1) ? '' : 's'}`;
  // Half away from zero, as core's formatters round: the engine's Decimal rounds half to even.
  if (estimate === 'quantity') return value.toDecimalPlaces(2, ROUND_HALF_UP).toString();
  return formatPercent(value);
}

/** A move in the estimate's unit, as a commissioner reads it. */
function showChange(row: Pick<SwitchingValue, 'unit' | 'change'>): string {
  const change = row.change as Decimal;
  if (row.unit === 'multiple') {
    const move = change.minus(1);
    return `${formatPercent(move.abs())} ${move.isNegative() ? 'lower' : 'higher'}`;
  }
  if (row.unit === 'years')
    return `${change.gte(0) ? '+' : ''}${change.toString()} year${change.abs().eq(1) ? '' : 's'}`;
  // A share change is a fraction of one, like the share: rounded as a percentage is, then named as points.
  const points = formatPercent(change.abs()).replace(/%$/, '');
  return `${change.isNegative() ? '-' : '+'}${points} points`;
}

/** One bar of the tornado chart. */
export interface TornadoRow {
  /** "Improved wellbeing: deadweight", or "All outcomes: deadweight". */
  readonly label: string;
  /** The ratio with the estimate moved down and up; null without inputs. */
  readonly lowRatio: number | null;
  readonly highRatio: number | null;
  readonly low: string;
  readonly high: string;
  readonly swing: number;
}

/**
 * The bars of a tornado chart, widest swing first (ties keep the map's order).
 *
 * @param result - what `oneWay` returned, or its rows
 * @param evaluation - for the outcomes' descriptions
 * @param limit - at most this many bars (default all)
 */
export function tornadoRows(
  result: OneWay | readonly OneWayRow[],
  evaluation: Evaluation,
  limit = Infinity,
): TornadoRow[] {
  const names = new Map(evaluation.outcomes.map((outcome) => [outcome.id, outcome.description]));
  const rows = 'rows' in result ? result.rows : result;
  return rows
    .map((row, order) => ({ row, order, swing: row.swing.toNumber() }))
    .sort((a, b) => b.swing - a.swing || a.order - b.order)
    .slice(0, limit)
    .map(({ row, swing }) => ({
      label: `${row.outcome === null ? 'All outcomes' : (names.get(row.outcome) ?? row.outcome)}: ${ESTIMATE_LABELS[row.estimate]}`,
      lowRatio: row.low.ratio?.toNumber() ?? null,
      highRatio: row.high.ratio?.toNumber() ?? null,
      low: formatRatio(row.low.ratio),
      high: formatRatio(row.high.ratio),
      swing,
    }));
}

/** One bar of a histogram: draws from `from` up to (not including) `to`; the last bar includes `to`. */
export interface HistogramBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

/**
 * Counts draws into equal-width bins from the smallest to the largest draw.
 * Draws that are not finite are left out; no draws give no bins; draws that
 * are all equal give one bin holding them all.
 *
 * @example
 * ```ts
 * histogram(new Float64Array([1, 2, 2, 3]), 2); //=> [{ from: 1, to: 2, count: 1 }, { from: 2, to: 3, count: 3 }]
 * ```
 */
export function histogram(draws: Float64Array, bins = 30): HistogramBin[] {
  let min = Infinity;
  let max = -Infinity;
  let finite = 0;
  for (const draw of draws) {
    if (!Number.isFinite(draw)) continue;
    finite += 1;
    if (draw < min) min = draw;
    if (draw > max) max = draw;
  }
  if (finite === 0) return [];
  if (min === max) return [{ from: min, to: max, count: finite }];
  const count = Math.max(1, Math.floor(bins));
  const width = (max - min) / count;
  const counts = new Array<number>(count).fill(0);
  for (const draw of draws) {
    if (!Number.isFinite(draw)) continue;
    const bin = Math.min(count - 1, Math.floor((draw - min) / width));
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return counts.map((n, index) => ({
    from: min + index * width,
    to: index === count - 1 ? max : min + (index + 1) * width,
    count: n,
  }));
}

/** A Monte Carlo run in a few figures. */
export interface MonteCarloSummary {
  /** Ratios ("1.52 : 1"), or "n/a" without inputs. */
  readonly p10: string;
  readonly p50: string;
  readonly p90: string;
  /** "99.8%", or "n/a" without inputs. */
  readonly probabilityAtLeastTarget: string;
  /** "In 99.8% of 10,000 draws the SROI ratio is at least 1.00 : 1." */
  readonly sentence: string;
  /** The present value's P10, P50, P90 in money. */
  readonly presentValue: { readonly p10: string; readonly p50: string; readonly p90: string };
  readonly numbers: {
    readonly p10: number | null;
    readonly p50: number | null;
    readonly p90: number | null;
    readonly probabilityAtLeastTarget: number | null;
  };
}

/**
 * P10, P50 and P90 of the ratio and of the present value, and the chance that
 * the ratio is at least the target, formatted.
 *
 * @param result - what `monteCarlo` or `monteCarloAsync` returned
 * @param currency - for the present value, default GBP
 */
export function monteCarloSummary(result: MonteCarloResult, currency = 'GBP'): MonteCarloSummary {
  const { ratio, presentValue } = result;
  const share = result.probabilityAtLeastTarget;
  // Draws are doubles: read every digit (not toDecimal's 15), so rounding to 2 places never rounds twice.
  const ratioText = (value: number | undefined) =>
    value === undefined ? 'n/a' : formatRatio(toDecimal(String(value)));
  const moneyText = (value: number) => formatMoney(toDecimal(String(value)), currency);
  const probability = share === null ? 'n/a' : percentText(share);
  const draws = `${result.iterations.toLocaleString('en-GB')} draw${result.iterations === 1 ? '' : 's'}`;
  return {
    p10: ratioText(ratio?.p10),
    p50: ratioText(ratio?.p50),
    p90: ratioText(ratio?.p90),
    probabilityAtLeastTarget: probability,
    sentence:
      share === null
        ? 'The inputs total nothing, so there is no ratio to give a range for.'
        : `In ${probability} of ${draws} the SROI ratio is at least ${formatRatio(toDecimal(result.target))}.`,
    presentValue: {
      p10: moneyText(presentValue.p10),
      p50: moneyText(presentValue.p50),
      p90: moneyText(presentValue.p90),
    },
    numbers: {
      p10: ratio?.p10 ?? null,
      p50: ratio?.p50 ?? null,
      p90: ratio?.p90 ?? null,
      probabilityAtLeastTarget: share,
    },
  };
}

/** A probability as a percentage to one decimal, never rounding a near-certainty to 100% or a chance to 0%. */
function percentText(share: number): string {
  const text = formatPercent(toDecimal(share));
  if (text === '100.0%' && share < 1) return 'over 99.9%';
  if (text === '0.0%' && share > 0) return 'under 0.1%';
  return text;
}
