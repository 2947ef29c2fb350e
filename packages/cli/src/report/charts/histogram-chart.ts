import { formatMoney, formatRatio, type EvaluationResult, type MonteCarloResult, toDecimal } from '@sroi/core';
import type { TopLevelSpec } from 'vega-lite';
import { binValues } from './bins.js';
import type { Chart } from './chart.js';
import { drawsPercent } from '../draws-percent.js';
import { count, figureAxis } from './figures.js';
import { renderChart } from './render.js';
import { plotWidthBeside, subtitleLines } from './room.js';
import { COLOURS, CONFIG, FONT_SIZE, haloed } from './style.js';

const BINS = 40;
const PLOT_HEIGHT = 240;
/** Height of one line of the marks' labels at the top of the chart. */
const LINE = FONT_SIZE + 4;

/** One marked figure: P10, P50, P90 or the target, as a rule with its label. */
interface Marker {
  readonly value: number;
  readonly text: string;
  readonly dashed: boolean;
  readonly colour: string;
}

/**
 * The Monte Carlo histogram: the draws of the SROI ratio (of the present value
 * when there are no inputs) counted into about 40 bins, with P10, P50 and P90
 * and the target ratio marked as labelled rules, and the probability of a
 * ratio at least the target in the subtitle. The draws are binned here, so
 * the chart costs the same for a thousand draws as for ten million.
 *
 * @param run - core's `monteCarlo(evaluation, { keepDraws: true, … })`
 * @param result - core's `evaluate` result of the same evaluation (its currency)
 * @throws Error when the run was made without `keepDraws`
 */
export async function histogramChart(run: MonteCarloResult, result: EvaluationResult): Promise<Chart> {
  if (run.draws === undefined)
    throw new Error('histogramChart needs the Monte Carlo draws: run monteCarlo with keepDraws: true');
  const currency = result.settings.currency;
  const byRatio = run.ratio !== null && run.draws.ratio !== null;
  const spread = run.ratio ?? run.presentValue;
  // Draws are doubles: read every digit (not toDecimal's 15), so rounding to 2 places never rounds twice.
  const figure = (value: number) =>
    byRatio ? formatRatio(toDecimal(String(value))) : formatMoney(toDecimal(String(value)), currency);
  const bins = binValues(byRatio ? (run.draws.ratio as Float64Array) : run.draws.presentValue, BINS);

  const markers: Marker[] = [
    { value: spread.p10, text: `P10 ${figure(spread.p10)}`, dashed: true, colour: COLOURS.ink },
    { value: spread.p50, text: `P50 ${figure(spread.p50)}`, dashed: false, colour: COLOURS.ink },
    { value: spread.p90, text: `P90 ${figure(spread.p90)}`, dashed: true, colour: COLOURS.ink },
  ];
  if (byRatio)
    markers.push({ value: run.target, text: `Target ${figure(run.target)}`, dashed: false, colour: COLOURS.accent });
  const values = [...bins.flatMap((bin) => [bin.start, bin.end]), ...markers.map((marker) => marker.value)];
  const domain = [Math.min(...values), Math.max(...values)];
  const middle = ((domain[0] as number) + (domain[1] as number)) / 2;
  // Labels stack one line each, from the top, smallest figure first, so close figures do not overprint.
  const rows = [...markers]
    .sort((a, b) => a.value - b.value)
    .map((marker, line) => ({
      ...marker,
      offset: LINE * (line + 0.5),
      side: marker.value <= middle ? 'left' : 'right',
    }));
  const highest = Math.max(1, ...bins.map((bin) => bin.count));
  // The counts' scale reaches above the tallest bar by the labels' lines, so bars never run under them.
  const top = highest / (1 - (LINE * rows.length + 4) / PLOT_HEIGHT);

  const x = { type: 'quantitative' as const, scale: { domain, nice: false, zero: false } };
  const label = (side: 'left' | 'right') => ({
    data: { values: rows.filter((row) => row.side === side) },
    mark: {
      type: 'text' as const,
      align: side,
      baseline: 'middle' as const,
      dx: side === 'left' ? 4 : -4,
    },
    encoding: {
      x: { ...x, field: 'value' },
      y: { field: 'offset', type: 'quantitative' as const, scale: null },
      text: { field: 'text', type: 'nominal' as const },
    },
  });
  const rule = (dashed: boolean) => ({
    data: { values: rows.filter((row) => row.dashed === dashed) },
    mark: { type: 'rule' as const, strokeWidth: 1.5, ...(dashed ? { strokeDash: [5, 3] } : {}) },
    encoding: {
      x: { ...x, field: 'value' },
      color: { field: 'colour', type: 'nominal' as const, scale: null },
    },
  });
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    config: CONFIG,
    title: { text: `Monte Carlo: ${count(run.iterations)} draws`, subtitle: subtitleLines(subtitle(run, figure)) },
    width: plotWidthBeside([top]),
    height: PLOT_HEIGHT,
    layer: [
      {
        data: { values: bins },
        mark: { type: 'bar', color: COLOURS.bar, stroke: 'white', strokeWidth: 0.5 },
        encoding: {
          x: {
            ...x,
            field: 'start',
            bin: 'binned',
            axis: figureAxis(byRatio, currency),
          },
          x2: { field: 'end' },
          y: {
            field: 'count',
            type: 'quantitative',
            scale: { domain: [0, top], nice: false },
            axis: { title: 'Draws', format: ',d', tickMinStep: 1 },
          },
        },
      },
      rule(true),
      rule(false),
      ...haloed(label('left')),
      ...haloed(label('right')),
    ],
  } as TopLevelSpec;
  return renderChart(spec, 'Monte Carlo histogram', describe(run, figure, byRatio));
}

/** How many draws reached the target, from the probability core gives (atLeast / iterations, so exact). */
const reached = (run: MonteCarloResult) => Math.round((run.probabilityAtLeastTarget as number) * run.iterations);

function subtitle(run: MonteCarloResult, figure: (value: number) => string): string {
  if (run.probabilityAtLeastTarget === null) return 'No inputs, so no ratio: the present value of each draw';
  return (
    `Ratio at least ${figure(run.target)} in ${drawsPercent(run.probabilityAtLeastTarget)} of draws ` +
    `(${count(reached(run))} of ${count(run.iterations)})`
  );
}

function describe(run: MonteCarloResult, figure: (value: number) => string, byRatio: boolean): string {
  const spread = run.ratio ?? run.presentValue;
  const what = byRatio ? 'SROI ratio' : 'present value (there are no inputs, so no ratio)';
  const opening =
    `Monte Carlo, ${count(run.iterations)} draws (seed ${run.seed}) of the ${what}: ` +
    `P10 ${figure(spread.p10)}, P50 ${figure(spread.p50)}, P90 ${figure(spread.p90)}.`;
  if (run.probabilityAtLeastTarget === null) return opening;
  return (
    `${opening} The ratio is at least ${figure(run.target)} in ${drawsPercent(run.probabilityAtLeastTarget)} ` +
    `of draws (${count(reached(run))} of ${count(run.iterations)}).`
  );
}
