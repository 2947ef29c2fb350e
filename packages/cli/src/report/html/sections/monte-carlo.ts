import {
  formatMoney,
  formatRatio,
  toDecimal,
  type EvaluationResult,
  type MonteCarloResult,
  type Spread,
} from '@sroi/core';
import type { Ranges } from '../../../ranges/load-ranges.js';
import type { MeanVersusBase } from '../../../ranges/mean-versus-base.js';
import { meanSentences } from '../../montecarlo-report.js';
import type { Chart } from '../../charts/index.js';
import { distributionLines } from '../../distribution-words.js';
import { drawsPercent } from '../../draws-percent.js';
import { outcomeRangeLines } from '../../montecarlo-report.js';
import { escapeHtml } from '../escape.js';
import { chartFigure } from '../figure.js';
import { htmlTable } from '../html-table.js';
import { paragraph, section } from './section.js';

const whole = (n: number) => n.toLocaleString('en-GB');

/**
 * Section 7, the ratio as a range: the 10th, 50th and 90th percentiles of a
 * seeded Monte Carlo run beside the base case, the probability of reaching
 * the target, the distributions drawn from, the histogram, and the command
 * that gives the same figures.
 */
export function monteCarloSection(
  result: EvaluationResult,
  run: {
    readonly monteCarlo: MonteCarloResult;
    readonly ranges: Ranges | undefined;
    readonly mean: MeanVersusBase;
    readonly reproduce: string;
  },
  histogram: Chart,
): string {
  const { monteCarlo } = run;
  const currency = result.settings.currency;
  const ratio = (x: number) => formatRatio(toDecimal(x));
  const money = (x: number) => formatMoney(toDecimal(x), currency);
  const row = (name: string, base: string, spread: Spread, show: (x: number) => string) => [
    name,
    base,
    show(spread.p10),
    show(spread.p50),
    show(spread.p90),
  ];
  const rows = [
    ...(monteCarlo.ratio === null ? [] : [row('SROI ratio', formatRatio(result.ratio), monteCarlo.ratio, ratio)]),
    row('Present value', formatMoney(result.presentValue, currency), monteCarlo.presentValue, money),
  ];
  const parts = [
    paragraph(
      `${whole(monteCarlo.iterations)} iterations, seed ${monteCarlo.seed}: each estimate of each outcome that has a ` +
        'range drawn at random within it, independently, and the impact map evaluated each time; estimates listed ' +
        'as fixed keep their base value. Inputs are taken as certain.',
    ),
    htmlTable({
      id: 'monte-carlo-table',
      caption: 'Monte Carlo percentiles: 8 in 10 iterations fall between the 10th and the 90th',
      header: ['Figure', 'Base case', '10th percentile', 'Median', '90th percentile'],
      rows,
    }),
    paragraph(probability(monteCarlo)),
    ...meanParagraph(result, run),
    chartFigure(histogram, 'histogram-chart'),
    ...distributions(run.ranges, monteCarlo),
    `<p>The same figures, from the command line:</p>\n<pre><code>${escapeHtml(run.reproduce)}</code></pre>`,
  ];
  return section('monte-carlo', 'Monte Carlo ranges', parts.join('\n'));
}

/** Whether the mean agrees with the base case, in the words `sroi montecarlo` uses. */
function meanParagraph(
  base: EvaluationResult,
  run: { readonly monteCarlo: MonteCarloResult; readonly mean: MeanVersusBase; readonly reproduce: string },
): string[] {
  const sentences = meanSentences({ base, result: run.monteCarlo, command: run.reproduce, mean: run.mean });
  return sentences === null ? [] : [paragraph(sentences)];
}

/** "99.98% (9,998 of 10,000 iterations)", and never "100.00%" unless every draw is at least the target. */
function probability(run: MonteCarloResult): string {
  if (run.probabilityAtLeastTarget === null)
    return 'The inputs total nothing, so there is no ratio: the range is of the present value.';
  const count = Math.round(run.probabilityAtLeastTarget * run.iterations);
  return (
    `Probability that the ratio is at least ${targetText(run.target)}: ${drawsPercent(run.probabilityAtLeastTarget, 2)} ` +
    `(${whole(count)} of ${whole(run.iterations)} iterations).`
  );
}

const targetText = (target: number) => formatRatio(toDecimal(target));

function distributions(ranges: Ranges | undefined, run: MonteCarloResult): string[] {
  const list = (lines: readonly string[]) =>
    `<ul>\n${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('\n')}\n</ul>`;
  const from = ranges === undefined ? 'sroi’s defaults' : ranges.source;
  const parts = [
    paragraph(`Ranges from ${from}, as a change from each outcome’s base value, for every outcome:`),
    list(distributionLines(run.distributions)),
  ];
  const own = outcomeRangeLines(run.distributions, ranges?.byOutcome ?? {});
  if (own.length > 0) parts.push(paragraph('For these outcomes, instead:'), list(own));
  return parts;
}
