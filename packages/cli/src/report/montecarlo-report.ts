import {
  type Decimal,
  formatMoney,
  formatRatio,
  toDecimal,
  type Distribution,
  type EvaluationResult,
  type Estimate,
  type MonteCarloResult,
  type Spread,
} from '@sroi/core';
import { ESTIMATE_LABELS } from './estimate-values.js';
import { pricingLine } from './pricing-line.js';
import { alignedTable, markdownTable, markdownText } from './table.js';

/** What `sroi montecarlo` reports, with the command that reproduces the run. */
export interface MonteCarloReport {
  /** The exact base case, for the headline (the run's own base is float64). */
  readonly base: EvaluationResult;
  readonly result: MonteCarloResult;
  /** e.g. "sroi montecarlo examples/social-prescribing.xlsx --iterations 10000 --seed 1". */
  readonly command: string;
}

const PERCENTILES = ['p5', 'p25', 'p50', 'p75', 'p95', 'mean'] as const satisfies readonly (keyof Spread)[];
const HEADER = ['', '5%', '25%', 'Median', '75%', '95%', 'Mean'];
const whole = (count: number) => count.toLocaleString('en-GB');

function spreadRows(report: MonteCarloReport): string[][] {
  const { result } = report;
  const rows: string[][] = [];
  if (result.ratio !== null) {
    const ratio = result.ratio;
    rows.push(['SROI ratio', ...PERCENTILES.map((key) => formatRatio(toDecimal(ratio[key])))]);
  }
  rows.push([
    'Present value',
    ...PERCENTILES.map((key) => formatMoney(toDecimal(result.presentValue[key]), report.base.settings.currency)),
  ]);
  return rows;
}

/** "99.99% (9,999 of 10,000 iterations)": the count shows that 100.00% is every draw, not a rounding. */
function probability(report: MonteCarloReport): string {
  const { result } = report;
  if (result.probabilityAtLeastTarget === null)
    return 'Probability: n/a (the inputs total nothing, so there is no ratio)';
  const count = Math.round(result.probabilityAtLeastTarget * result.iterations);
  const percent = `${(result.probabilityAtLeastTarget * 100).toFixed(2)}%`;
  return (
    `Probability that the ratio is at least ${formatRatio(toDecimal(result.target))}: ${percent} ` +
    `(${whole(count)} of ${whole(result.iterations)} iterations)`
  );
}

function distribution(estimate: Estimate, given: Distribution): string {
  if (given.type === 'fixed') return 'fixed';
  const points = estimate !== 'quantity' && estimate !== 'proxy' && estimate !== 'duration';
  const show = (value: number) => {
    if (estimate === 'duration') return `${value > 0 ? '+' : ''}${value} years`;
    const scaled = Number((value * 100).toFixed(4));
    return `${value > 0 ? '+' : ''}${scaled}${points ? ' pts' : '%'}`;
  };
  if (given.type === 'normal') return `normal, mean ${show(given.mean ?? 0)}, sd ${show(given.sd).replace('+', '')}`;
  const mode = 'mode' in given && given.mode !== undefined ? ` (mode ${show(given.mode)})` : '';
  return `${given.type} ${show(given.min)} to ${show(given.max)}${mode}`;
}

function distributionLines(result: MonteCarloResult): string[] {
  return (Object.keys(result.distributions) as Estimate[]).map(
    (estimate) => `${ESTIMATE_LABELS[estimate]}: ${distribution(estimate, result.distributions[estimate])}`,
  );
}

function title(report: MonteCarloReport): string {
  const { result } = report;
  return `${report.base.name}: Monte Carlo, ${whole(result.iterations)} iterations, seed ${result.seed}`;
}

/** The base case, then where its proxies came from when a catalogue priced them. */
function base(report: MonteCarloReport): string[] {
  const { base } = report;
  const money = (value: Decimal) => formatMoney(value, base.settings.currency);
  const pricing = base.settings.pricing === undefined ? [] : [pricingLine(base.settings.pricing)];
  if (base.ratio === null)
    return [`Base ratio n/a (the inputs total nothing); present value ${money(base.presentValue)}`, ...pricing];
  return [
    `Base ratio ${formatRatio(base.ratio)}: present value ${money(base.presentValue)} on inputs of ${money(base.inputsPresentValue)}`,
    ...pricing,
  ];
}

/** Percentiles, mean and probability for the terminal, then how to reproduce the run. */
export function monteCarloText(report: MonteCarloReport): string {
  return (
    [
      title(report),
      ...base(report),
      '',
      ...alignedTable([HEADER, ...spreadRows(report)], ['left', ...PERCENTILES.map(() => 'right' as const)]),
      '',
      probability(report),
      '',
      "Each estimate of each outcome is drawn independently, as a change from the outcome's base value:",
      ...distributionLines(report.result).map((line) => `  ${line}`),
      '',
      `Reproduce: ${report.command}`,
    ].join('\n') + '\n'
  );
}

/** The same as Markdown. */
export function monteCarloMarkdown(report: MonteCarloReport): string {
  return (
    [
      `# ${markdownText(title(report))}`,
      '',
      base(report).map(markdownText).join('\n\n'),
      '',
      ...markdownTable(HEADER, spreadRows(report)),
      '',
      markdownText(probability(report)),
      '',
      "Each estimate of each outcome is drawn independently, as a change from the outcome's base value:",
      '',
      ...distributionLines(report.result).map((line) => `- ${markdownText(line)}`),
      '',
      `Reproduce: \`${report.command}\``,
    ].join('\n') + '\n'
  );
}
