import { MAX_ITERATIONS, type Evaluation } from '@sroi/core';
import type { Pricing } from '../procurement/pricing-options.js';

/**
 * Iterations per chunk of a Monte Carlo run (`montecarlo`, `report`): about
 * 200,000 outcome draws (a tenth of a second or so), so that Ctrl-C is quick
 * and the bar moves, but no more than a thousand chunks, since each yields to
 * the event loop.
 */
export function chunkSize(evaluation: Evaluation, iterations: number): number {
  // Iterations that core will reject (0, 2.5, 1e99) are reported as such, not as a bad chunk size.
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) return 1000;
  const byWork = Math.ceil(200_000 / Math.max(1, evaluation.outcomes.length));
  return Math.max(1, Math.min(iterations, Math.max(byWork, Math.ceil(iterations / 1000))));
}

/** What makes a Monte Carlo run's figures: the same seed on other ranges or proxies gives other numbers. */
export interface MonteCarloCommand {
  readonly file: string;
  readonly iterations: number;
  readonly seed: number;
  /** As typed. */
  readonly target: string | undefined;
  /** The --ranges file, as typed. */
  readonly ranges: string | undefined;
  readonly pricing: Pricing | undefined;
  /** --columns as typed. */
  readonly columns?: string | undefined;
}

/**
 * The `sroi montecarlo` command that gives a run's figures again, every name
 * quoted for a shell.
 *
 * @example
 * ```ts
 * reproduceMonteCarlo({ file: 'my map.xlsx', iterations: 10000, seed: 1, target: undefined, ranges: undefined, pricing: undefined });
 * //=> "sroi montecarlo 'my map.xlsx' --iterations 10000 --seed 1"
 * ```
 */
export function reproduceMonteCarlo(run: MonteCarloCommand): string {
  const quoted = (name: string) => (/^[\w./@+-]+$/.test(name) ? name : `'${name.replace(/'/g, `'\\''`)}'`);
  const { pricing } = run;
  return [
    `sroi montecarlo ${quoted(run.file)} --iterations ${run.iterations} --seed ${run.seed}`,
    // How the file was read is part of the run: another sheet or column is another map.
    ...(run.columns === undefined ? [] : [`--columns ${quoted(run.columns)}`]),
    ...(run.target === undefined ? [] : [`--target ${quoted(run.target)}`]),
    ...(run.ranges === undefined ? [] : [`--ranges ${quoted(run.ranges)}`]),
    ...(pricing === undefined ? [] : [`--catalogue ${quoted(pricing.catalogue.file)}`]),
    ...(pricing?.index === undefined ? [] : [`--index ${quoted(pricing.index.file)}`]),
    ...(pricing?.priceBase === undefined ? [] : [`--price-year ${pricing.priceBase.year}`]),
  ].join(' ');
}
