import { formatMoney, formatMonths, type EvaluationResult } from '@sroi/core';
import type { TopLevelSpec } from 'vega-lite';
import type { Chart } from './chart.js';
import { count } from './figures.js';
import { renderChart } from './render.js';
import { plotWidthBeside, subtitleLines } from './room.js';
import { COLOURS, CONFIG, haloed } from './style.js';

const TITLE = 'Present value by year and the payback';
const PLOT_HEIGHT = 260;
/** A sliver of a year between bars, so that neighbouring years read as separate. */
const GAP = 0.08;
/** Beyond this many years the dots on the cumulative line would run together. */
const DOTTED_YEARS = 40;

/**
 * The payback picture: each year's present value as a bar spanning that year,
 * the cumulative present value as a line from 0 at the start to the end of each
 * year, and the inputs' present value as a rule labelled "Inputs".
 *
 * The x axis counts years from the start of the activity, so year 1 spans 0 to
 * 1. Between year ends the line is straight, as core interpolates the
 * discounted payback linearly within the year: the line meets the rule exactly
 * at the discounted payback, which is marked and named. Without inputs there
 * is no rule and no payback, and the chart says so.
 *
 * @param result - core's `evaluate` result
 * @returns the SVG and a description such as "… reaches the inputs' present value of £210,500.00 after 6.7 months, in year 1 …"
 */
export async function paybackChart(result: EvaluationResult): Promise<Chart> {
  const currency = result.settings.currency;
  const inputs = result.inputsPresentValue;
  const hasInputs = inputs.gt(0);
  const months = result.discountedPaybackMonths;
  const lastYear = result.years.at(-1)?.year ?? 1;

  const bars = result.years.map((year) => ({
    start: year.year - 1 + GAP,
    end: year.year - GAP,
    presentValue: year.presentValue.toNumber(),
  }));
  const line = [
    { year: 0, cumulative: 0 },
    ...result.years.map((year) => ({ year: year.year, cumulative: year.cumulativePresentValue.toNumber() })),
  ];
  const inputsLabel = `Inputs ${formatMoney(inputs, currency)}`;
  const numbers = [0, inputs.toNumber(), ...bars.map((bar) => bar.presentValue), ...line.map((p) => p.cumulative)];

  const x = (field: string) => ({
    field,
    type: 'quantitative' as const,
    scale: { domain: [0, lastYear], nice: false },
  });
  const y = (field: string) => ({
    field,
    type: 'quantitative' as const,
    scale: { domain: [Math.min(...numbers), Math.max(...numbers)], nice: true },
  });
  // Typed loosely: vega-lite warns of anything it cannot use, and the tests fail on any warning.
  const layers: object[] = [
    {
      data: { values: bars },
      mark: { type: 'bar', color: COLOURS.bar },
      encoding: {
        x: {
          ...x('start'),
          bin: 'binned',
          axis: {
            title: 'Years from the start (year 1 is 0 to 1)',
            values: yearTicks(lastYear),
            format: 'd',
            grid: false,
          },
        },
        x2: { field: 'end' },
        y: { ...y('presentValue'), axis: { title: `Present value (${currency})`, format: ',.0f' } },
      },
    },
    {
      data: { values: line },
      mark: {
        type: 'line',
        color: COLOURS.accent,
        strokeWidth: 2.5,
        // A dot at each year's end while the dots stay apart; over long horizons the line alone.
        point: result.years.length <= DOTTED_YEARS ? { color: COLOURS.accent, size: 30 } : false,
      },
      encoding: { x: x('year'), y: y('cumulative') },
    },
    ...haloed({
      data: { values: [line.at(-1)] },
      mark: { type: 'text', align: 'right', baseline: 'bottom', dx: -4, dy: -6, fontWeight: 'bold' },
      encoding: { x: x('year'), y: y('cumulative'), text: { value: 'Cumulative present value' } },
    }),
  ];
  if (hasInputs) {
    const level = { value: inputs.toNumber() };
    layers.push(
      {
        data: { values: [level] },
        mark: { type: 'rule', color: COLOURS.ink, strokeDash: [6, 4], strokeWidth: 1.5 },
        encoding: { y: y('value') },
      },
      ...haloed({
        data: { values: [level] },
        mark: { type: 'text', align: 'left', baseline: 'bottom', dx: 4, dy: -4, x: 0 },
        encoding: { y: y('value'), text: { value: inputsLabel } },
      }),
    );
  }
  if (months !== null) {
    const crossing = { year: months.div(12).toNumber(), value: inputs.toNumber() };
    // The label reads away from the nearer edge, so it stays inside the chart.
    const early = crossing.year <= lastYear / 2;
    layers.push(
      {
        data: { values: [crossing] },
        mark: { type: 'point', shape: 'diamond', size: 140, filled: true, color: COLOURS.ink },
        encoding: { x: x('year'), y: y('value') },
      },
      ...haloed({
        data: { values: [crossing] },
        mark: { type: 'text', align: early ? 'left' : 'right', baseline: 'top', dx: early ? 8 : -8, dy: 6 },
        encoding: { x: x('year'), y: y('value'), text: { value: `Paid back after ${formatMonths(months)}` } },
      }),
    );
  }
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    config: CONFIG,
    title: { text: TITLE, subtitle: subtitleLines(subtitle(result)) },
    width: plotWidthBeside(numbers),
    height: PLOT_HEIGHT,
    layer: layers,
  } as TopLevelSpec;
  return renderChart(spec, TITLE, describe(result));
}

/** Whole years for the axis, every 1, 2 or 5 x 10^k years, about ten of them. */
function yearTicks(lastYear: number): number[] {
  const rough = Math.max(1, lastYear / 10);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough) ?? power * 10;
  return Array.from({ length: Math.floor(lastYear / step) + 1 }, (_, i) => i * step);
}

/** The year in which a payback of so many months falls: months 0 to 12 are year 1. */
const yearOf = (months: number) => Math.max(1, Math.ceil(months / 12));

function subtitle(result: EvaluationResult): string {
  const months = result.discountedPaybackMonths;
  if (!result.inputsPresentValue.gt(0)) return 'No inputs, so no line for them and no payback';
  if (months === null) return 'Not paid back: the cumulative present value stays below the inputs';
  return `Discounted payback: ${formatMonths(months)}, in year ${count(yearOf(months.toNumber()))}`;
}

function describe(result: EvaluationResult): string {
  const currency = result.settings.currency;
  const money = (value: Parameters<typeof formatMoney>[0]) => formatMoney(value, currency);
  const years = result.years;
  const last = years.at(-1);
  if (last === undefined) return 'Present value by year: the evaluation has no years of value.';
  const largest = years.reduce((best, year) => (year.presentValue.gt(best.presentValue) ? year : best));
  const span = years.length === 1 ? 'in year 1' : `over ${count(years.length)} years`;
  const opening =
    `Present value by year ${span}, ${money(last.cumulativePresentValue)} in all; ` +
    `the largest year is year ${count(largest.year)}, ${money(largest.presentValue)}.`;
  const inputs = result.inputsPresentValue;
  const months = result.discountedPaybackMonths;
  if (!inputs.gt(0)) return `${opening} There are no inputs, so no line for them and no payback.`;
  if (months === null)
    return (
      `${opening} The cumulative present value never reaches the inputs' present value of ${money(inputs)}: ` +
      'the evaluation is not paid back.'
    );
  return (
    `${opening} The cumulative present value reaches the inputs' present value of ${money(inputs)} ` +
    `after ${formatMonths(months)}, in year ${count(yearOf(months.toNumber()))}: the discounted payback.`
  );
}
