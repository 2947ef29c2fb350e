import {
  MAX_ITERATIONS,
  monteCarloAsync,
  type Evaluation,
  type MonteCarloOptions,
  type MonteCarloResult,
} from '@sroi/core';
import { monteCarloInWorkers } from '@sroi/core/node';
import type { ReadingOptions } from './load-valid.js';
import { readNumber, type OptionProblems } from './options.js';

export const DEFAULT_ITERATIONS = 10_000;
export const DEFAULT_SEED = 1;
/**
 * Outcome draws (iterations x outcomes) under which a run without --workers
 * stays in this thread: a tenth of a second or so of work, less than starting
 * the threads would cost.
 */
const SMALL_RUN = 1_000_000;

/**
 * --iterations, --seed and --workers as typed (montecarlo, report), or their
 * defaults (no --workers: undefined, see {@link runMonteCarlo}); a number that
 * does not parse is recorded in `problems`, and core checks the rest.
 */
export function readRun(
  options: { readonly iterations?: string; readonly seed?: string; readonly workers?: string },
  problems: OptionProblems,
): { readonly iterations: number; readonly seed: number; readonly workers: number | undefined } {
  const iterations =
    readNumber('--iterations', options.iterations, `a whole number from 1 to ${MAX_ITERATIONS}`, problems) ??
    DEFAULT_ITERATIONS;
  const seed = readNumber('--seed', options.seed, 'a number, e.g. 42', problems) ?? DEFAULT_SEED;
  const workers = readNumber('--workers', options.workers, 'a whole number from 1 to 64, e.g. 2', problems);
  return { iterations, seed, workers };
}

/**
 * Core's Monte Carlo for montecarlo and report: across `workers` threads
 * (--workers; without it, as many as the cores, at most 4), or, without
 * --workers and for a small run, in this thread, yielding to the event loop
 * between chunks. The same seed gives the same numbers either way, whatever
 * the number of threads (core's test of monteCarloInWorkers).
 */
export function runMonteCarlo(
  evaluation: Evaluation,
  workers: number | undefined,
  options: MonteCarloOptions,
): Promise<MonteCarloResult> {
  const draws = (options.iterations ?? DEFAULT_ITERATIONS) * evaluation.outcomes.length;
  if (workers === undefined && draws < SMALL_RUN) return monteCarloAsync(evaluation, options);
  return monteCarloInWorkers(evaluation, workers === undefined ? options : { ...options, workers });
}

/**
 * A signal that Ctrl-C (or the caller's own `signal`, as tests pass) aborts,
 * for a long run; `release` removes the handlers, after which a second Ctrl-C
 * ends the process as usual.
 */
export function cancelOnInterrupt(signal: AbortSignal | undefined): {
  readonly signal: AbortSignal;
  readonly release: () => void;
} {
  const cancel = new AbortController();
  const interrupt = () => cancel.abort();
  process.once('SIGINT', interrupt);
  signal?.addEventListener('abort', interrupt);
  if (signal?.aborted === true) interrupt();
  return {
    signal: cancel.signal,
    release: () => {
      process.off('SIGINT', interrupt);
      signal?.removeEventListener('abort', interrupt);
    },
  };
}

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

/** What a command was given that makes a run's figures: the same seed on other ranges or proxies gives other numbers. */
export interface MonteCarloInputs {
  /** As typed. */
  readonly target?: string | undefined;
  /** The --ranges file, as typed. */
  readonly ranges?: string | undefined;
  /** How the map was read (--columns as typed) and priced (--catalogue, --index, --price-year). */
  readonly reading?: ReadingOptions | undefined;
}

/**
 * The `sroi montecarlo` command that gives a run's figures again, every name
 * quoted for a shell.
 *
 * @example
 * ```ts
 * reproduceMonteCarlo('my map.xlsx', { iterations: 10000, seed: 1 }, {});
 * //=> "sroi montecarlo 'my map.xlsx' --iterations 10000 --seed 1"
 * ```
 */
export function reproduceMonteCarlo(
  file: string,
  run: { readonly iterations: number; readonly seed: number },
  given: MonteCarloInputs,
): string {
  const quoted = (name: string) => (/^[\w./@+-]+$/.test(name) ? name : `'${name.replace(/'/g, `'\\''`)}'`);
  const pricing = given.reading?.pricing;
  const columns = given.reading?.columnsText;
  return [
    `sroi montecarlo ${quoted(file)} --iterations ${run.iterations} --seed ${run.seed}`,
    // How the file was read is part of the run: another sheet or column is another map.
    ...(columns === undefined ? [] : [`--columns ${quoted(columns)}`]),
    ...(given.target === undefined ? [] : [`--target ${quoted(given.target)}`]),
    ...(given.ranges === undefined ? [] : [`--ranges ${quoted(given.ranges)}`]),
    ...(pricing === undefined ? [] : [`--catalogue ${quoted(pricing.catalogue.file)}`]),
    ...(pricing?.index === undefined ? [] : [`--index ${quoted(pricing.index.file)}`]),
    ...(pricing?.priceBase === undefined ? [] : [`--price-year ${pricing.priceBase.year}`]),
  ].join(' ');
}
