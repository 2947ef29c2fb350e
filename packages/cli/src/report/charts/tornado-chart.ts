import { Decimal, formatMoney, formatRatio, type EvaluationResult, type OneWay, type OneWayRow } from '@sroi/core';
import type { TopLevelSpec } from 'vega-lite';
import { ESTIMATE_LABELS } from '../estimate-values.js';
import { safeText } from '../safe-text.js';
import type { Chart } from './chart.js';
import { figureAxis } from './figures.js';
import { renderChart } from './render.js';
import { domainWithRoom, GAP, roomFor, subtitleLines, textWidth } from './room.js';
import { COLOURS, CONFIG } from './style.js';

const TITLE = 'What moves the result most (tornado)';
const PLOT_WIDTH = 320;
/** Rows' labels get more room than other charts' names: "Outcome: estimate" is longer. */
const ROW_LABEL_LIMIT = 300;
const ROW_STEP = 24;
/** Rows named in the description. */
const NAMED = 3;
const DOWN = 'Estimate moved down';
const UP = 'Estimate moved up';

/**
 * The tornado: for the `top` estimates with the largest swing, a bar from the
 * ratio with the estimate moved down to the ratio with it moved up (present
 * values when there are no inputs), split at the base by colour and by the
 * legend, with both figures printed at the bar's ends and a rule at the base.
 * Rows are labelled "Outcome: estimate" ("All outcomes: deadweight" for an
 * estimate moved for every outcome together).
 *
 * @param oneWay - core's `oneWay(evaluation, { change })`, rows largest swing first
 * @param result - core's `evaluate` result of the same evaluation (outcome names, currency)
 * @param top - how many rows to draw, a whole number from 1 (default 10)
 * @throws RangeError when `top` is not a whole number of 1 or more
 */
export async function tornadoChart(oneWay: OneWay, result: EvaluationResult, top = 10): Promise<Chart> {
  if (!Number.isInteger(top) || top < 1) throw new RangeError(`top must be a whole number, 1 or more; got ${top}`);
  const currency = result.settings.currency;
  const byRatio = oneWay.ratio !== null;
  const base = byRatio ? (oneWay.ratio as Decimal) : oneWay.presentValue;
  const figure = (value: Decimal) => (byRatio ? formatRatio(value) : formatMoney(value, currency));
  const at = (point: OneWayRow['low']) => (byRatio ? (point.ratio as Decimal) : point.presentValue);
  const names = new Map(result.outcomes.map((outcome) => [outcome.id, outcome.description]));
  const outcomeOf = (row: OneWayRow) =>
    row.outcome === null ? 'All outcomes' : (names.get(row.outcome) ?? row.outcome);
  const label = (row: OneWayRow) => `${outcomeOf(row)}: ${ESTIMATE_LABELS[row.estimate]}`;
  const rows = oneWay.rows.slice(0, top);

  const segments = rows.flatMap((row, index) =>
    (
      [
        [DOWN, at(row.low)],
        [UP, at(row.high)],
      ] as const
    ).map(([direction, value]) => ({
      key: String(index),
      direction,
      base: base.toNumber(),
      value: value.toNumber(),
      text: figure(value),
      // The figure goes past the bar's outer end: left of the base for a fall, right for a rise.
      side: value.lt(base) ? 'left' : 'right',
    })),
  );
  // Both ends on one side at the same figure (an estimate that cannot move) would print twice.
  const labelled = segments.filter(
    (segment, i) =>
      !(i % 2 === 1 && segments[i - 1]?.value === segment.value && segments[i - 1]?.side === segment.side),
  );
  const x = {
    field: 'value',
    type: 'quantitative' as const,
    scale: { domain: domainOf(base.toNumber(), labelled), nice: false, zero: false },
  };
  const y = {
    field: 'key',
    type: 'nominal' as const,
    sort: null,
    title: null,
    axis: { labelExpr: 'names[datum.value]', labelLimit: ROW_LABEL_LIMIT, ticks: false, domain: false },
  };
  const text = (side: 'left' | 'right') => ({
    data: { values: labelled.filter((segment) => segment.side === side) },
    mark: {
      type: 'text' as const,
      align: side === 'left' ? ('right' as const) : ('left' as const),
      baseline: 'middle' as const,
      dx: side === 'left' ? -GAP : GAP,
    },
    encoding: { x, y, text: { field: 'text', type: 'nominal' as const } },
  });
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    config: CONFIG,
    title: { text: TITLE, subtitle: subtitleLines(subtitle(oneWay, figure(base), byRatio)) },
    width: PLOT_WIDTH,
    height: { step: ROW_STEP },
    // Names reach the axis as data, looked up by key: never part of an expression.
    params: [
      { name: 'names', value: rows.map((row) => axisLabel(safeText(outcomeOf(row)), ESTIMATE_LABELS[row.estimate])) },
    ],
    layer: [
      {
        data: { values: segments },
        mark: { type: 'bar', height: 16 },
        encoding: {
          x: {
            ...x,
            axis: figureAxis(byRatio, currency),
          },
          x2: { field: 'base' },
          y,
          color: {
            field: 'direction',
            type: 'nominal',
            scale: { domain: [DOWN, UP], range: [COLOURS.bar, COLOURS.accent] },
            // Under the value axis, from the chart's left edge: beside the plot it would widen the chart.
            legend: {
              title: null,
              orient: 'none',
              direction: 'horizontal',
              legendX: -ROW_LABEL_LIMIT,
              legendY: rows.length * ROW_STEP + 40,
            },
          },
        },
      },
      text('left'),
      text('right'),
      {
        data: { values: [{ value: base.toNumber() }] },
        mark: { type: 'rule', color: COLOURS.ink, strokeWidth: 1.5 },
        encoding: { x },
      },
    ],
  } as TopLevelSpec;
  return renderChart(spec, TITLE, describe(oneWay, rows, label, figure, at, byRatio));
}

/**
 * "Outcome: estimate" within the axis's room, the outcome's name cut short
 * (with an ellipsis) rather than the estimate, which says which bar is which.
 */
function axisLabel(outcome: string, estimate: string): string {
  const full = `${outcome}: ${estimate}`;
  if (textWidth(full) < ROW_LABEL_LIMIT) return full;
  let kept = outcome;
  while (kept.length > 1 && textWidth(`${kept}…: ${estimate}`) >= ROW_LABEL_LIMIT) kept = kept.slice(0, -1);
  return `${kept.trimEnd()}…: ${estimate}`;
}

function changeText(change: Decimal): string {
  const percent = change.times(100).toDecimalPlaces(1).toString();
  return `quantities and proxies ${percent}% down and up, shares ${percent} points, durations ${percent}% (at least one year)`;
}

function subtitle(oneWay: OneWay, base: string, byRatio: boolean): string {
  return `${byRatio ? 'Base ratio' : 'No inputs, so present values; base'} ${base}; ${changeText(oneWay.change)}`;
}

function describe(
  oneWay: OneWay,
  rows: readonly OneWayRow[],
  label: (row: OneWayRow) => string,
  figure: (value: Decimal) => string,
  at: (point: OneWayRow['low']) => Decimal,
  byRatio: boolean,
): string {
  const base = byRatio ? (oneWay.ratio as Decimal) : oneWay.presentValue;
  const what = byRatio ? 'ratio' : 'present value (there are no inputs, so no ratio)';
  const opening = `One-way changes: the base ${what} is ${figure(base)}, with ${changeText(oneWay.change)}.`;
  if (rows.length === 0) return `${opening} There are no estimates to move.`;
  const named = rows
    .slice(0, NAMED)
    .map((row) => `${safeText(label(row))}: ${figure(at(row.low))} moved down, ${figure(at(row.high))} moved up`);
  return `${opening} Largest swings first: ${named.join('; ')}.`;
}

/** From the base and the bars' ends, with room for the figures printed beyond them on each side. */
function domainOf(base: number, segments: readonly { value: number; text: string; side: string }[]): [number, number] {
  const texts = (side: string) => segments.filter((segment) => segment.side === side).map((segment) => segment.text);
  const values = segments.map((segment) => segment.value);
  const [low, high] = [Math.min(base, ...values), Math.max(base, ...values)];
  return domainWithRoom(low, high, roomFor(texts('left')), roomFor(texts('right')), PLOT_WIDTH);
}
