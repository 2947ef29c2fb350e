import {
  type Decimal,
  formatMoney,
  formatRatio,
  toDecimal,
  type Distribution,
  type Distributions,
  type EvaluationResult,
  type Estimate,
  type MonteCarloResult,
  type Spread,
} from '@sroi/core';
import type { MeanVersusBase } from '../ranges/mean-versus-base.js';
import { distributionLines, distributionWords } from './distribution-words.js';
import { drawsPercent } from './draws-percent.js';
import { ESTIMATE_LABELS } from './estimate-values.js';
import { pricingLine } from './pricing-line.js';
import { safeText } from './safe-text.js';
import { alignedTable, markdownTable, markdownText } from './table.js';

/** What `sroi montecarlo` reports, with the command that reproduces the run. */
export interface MonteCarloReport {
  /** The exact base case, for the headline (the run's own base is float64). */
  readonly base: EvaluationResult;
  readonly result: MonteCarloResult;
  /** e.g. "sroi montecarlo examples/social-prescribing.xlsx --iterations 10000 --seed 1". */
  readonly command: string;
  /** Where the ranges came from ("the Ranges sheet of map.xlsx"); undefined for core's defaults. */
  readonly source?: string;
  /** The distributions that replace `result.distributions` for some outcomes, by outcome id. */
  readonly byOutcome?: Readonly<Record<string, Distributions>>;
  /** Whether the mean differs from the base case by more than sampling noise, and why. */
  readonly mean?: MeanVersusBase;
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

/** "99.99% (9,999 of 10,000 iterations)"; never "100.00%" unless every draw is at least the target. */
function probability(report: MonteCarloReport): string {
  const { result } = report;
  if (result.probabilityAtLeastTarget === null)
    return 'Probability: n/a (the inputs total nothing, so there is no ratio)';
  const count = Math.round(result.probabilityAtLeastTarget * result.iterations);
  const percent = drawsPercent(result.probabilityAtLeastTarget, 2);
  return (
    `Probability that the ratio is at least ${formatRatio(toDecimal(result.target))}: ${percent} ` +
    `(${whole(count)} of ${whole(result.iterations)} iterations)`
  );
}

/**
 * Per outcome, the estimates whose distribution differs from every outcome's:
 * `"GP-1": financial proxy: fixed at its base value` (the terminal, Markdown and the HTML report).
 */
export function outcomeRangeLines(
  shared: MonteCarloResult['distributions'],
  byOutcome: Readonly<Record<string, Distributions>>,
): string[] {
  return Object.entries(byOutcome).flatMap(([id, own]) => {
    const differing = (Object.keys(own) as Estimate[]).filter(
      (estimate) => JSON.stringify(own[estimate]) !== JSON.stringify(shared[estimate]),
    );
    if (differing.length === 0) return [];
    const parts = differing.map(
      (estimate) => `${ESTIMATE_LABELS[estimate]}: ${distributionWords(estimate, own[estimate] as Distribution)}`,
    );
    return [`${JSON.stringify(id)}: ${parts.join('; ')}`];
  });
}

/** Where the ranges came from, then what was drawn, for all outcomes and per outcome where they differ. */
function rangesSection(report: MonteCarloReport): { readonly text: string; readonly item: boolean }[] {
  const source =
    report.source === undefined
      ? "Ranges: sroi's defaults (the map has no Ranges sheet and no --ranges file was given)."
      : `Ranges: from ${report.source}.`;
  const own = outcomeRangeLines(report.result.distributions, report.byOutcome ?? {});
  const line = (text: string) => ({ text, item: false });
  const item = (text: string) => ({ text, item: true });
  return [
    line(source),
    line("Each estimate of each outcome is drawn independently, as a change from the outcome's base value:"),
    ...distributionLines(report.result.distributions).map(item),
    ...(own.length === 0 ? [] : [line('For these outcomes, instead:'), ...own.map(item)]),
  ];
}

/** One or two sentences: the mean agrees with the base within sampling error, or why it does not. */
export function meanSentences(report: MonteCarloReport): string | null {
  const { mean } = report;
  if (mean === undefined) return null;
  const show = (value: number) =>
    mean.figure === 'ratio' ? `${value.toFixed(4)} : 1` : formatMoney(toDecimal(value), report.base.settings.currency);
  const what = mean.figure === 'ratio' ? 'mean ratio' : 'mean present value';
  const noise = `\u00b1${mean.figure === 'ratio' ? Number(mean.noise.toPrecision(2)) : show(mean.noise)}`;
  if (!mean.differs)
    return `The ${what} (${show(mean.mean)}) agrees with the base case (${show(mean.base)}) within sampling error (${noise}, three standard errors).`;
  const direction = mean.mean < mean.base ? 'below' : 'above';
  const first = `The ${what} (${show(mean.mean)}) is ${direction} the base case (${show(mean.base)}) by more than sampling error (${noise}, three standard errors).`;
  if (mean.reasons.length === 0)
    return `${first} Nothing drawn explains it (every range is centred on the base, none is held at a limit, drop-off and duration are fixed), so it may be chance: about 3 runs in 1,000 differ this much.`;
  const reasons =
    mean.reasons.length === 1
      ? mean.reasons[0]
      : `${mean.reasons.slice(0, -1).join(', ')}, and ${mean.reasons.at(-1) ?? ''}`;
  return `${first} From what was drawn: ${reasons}.`;
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

/** A paragraph after a blank line, or nothing. */
function paragraph(text: string | null, escape: (text: string) => string): string[] {
  return text === null ? [] : ['', escape(text)];
}

/** Percentiles, mean and probability for the terminal, then how to reproduce the run. */
export function monteCarloText(report: MonteCarloReport): string {
  return (
    [
      safeText(title(report)),
      ...base(report).map(safeText),
      '',
      ...alignedTable([HEADER, ...spreadRows(report)], ['left', ...PERCENTILES.map(() => 'right' as const)]),
      ...paragraph(meanSentences(report), safeText),
      '',
      probability(report),
      '',
      ...rangesSection(report).map(({ text, item }) => safeText(item ? `  ${text}` : text)),
      '',
      `Reproduce: ${safeText(report.command)}`,
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
      ...paragraph(meanSentences(report), markdownText),
      '',
      markdownText(probability(report)),
      '',
      ...rangesSection(report).flatMap(({ text, item }, i, all) =>
        // A paragraph, then its list after a blank line; a list ends with one too.
        item
          ? [`- ${markdownText(text)}`]
          : [...(i > 0 && all[i - 1]?.item === true ? [''] : []), markdownText(text), ''],
      ),
      '',
      `Reproduce: \`${safeText(report.command).replace(/`/g, "'")}\``,
    ].join('\n') + '\n'
  );
}
