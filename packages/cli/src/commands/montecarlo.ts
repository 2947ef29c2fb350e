import { jsonText } from '../report/safe-text.js';
import { evaluate, SroiCancelledError, SroiOptionsError, type MonteCarloResult } from '@sroi/core';
import { EXIT, type ExitCode } from '../errors.js';
import { Progress } from '../progress.js';
import { loadRanges, type Ranges } from '../ranges/load-ranges.js';
import { meanVersusBase } from '../ranges/mean-versus-base.js';
import { monteCarloMarkdown, monteCarloText } from '../report/montecarlo-report.js';
import type { ReportFormat } from './evaluate.js';
import { invalidOptions, optionProblemsOf, type OptionProblems } from './options.js';
import { cancelOnInterrupt, chunkSize, readRun, reproduceMonteCarlo, runMonteCarlo } from './montecarlo-run.js';
import { loadValid, readingFor, type ReadingOptions } from './load-valid.js';
import type { Output } from './output.js';

const FLAGS = ['--iterations', '--seed', '--target', '--workers'];

export interface MonteCarloCommandOptions {
  readonly format: ReportFormat;
  /** How the file is read: an explicit column mapping, and whether to print the mapping used. */
  readonly reading?: ReadingOptions;
  /** As typed; default 10,000 (DEFAULT_ITERATIONS in montecarlo-run.ts). */
  readonly iterations?: string;
  /** As typed; default 1 (DEFAULT_SEED in montecarlo-run.ts). */
  readonly seed?: string;
  /** The ratio whose probability is reported, as typed; default 1. */
  readonly target?: string;
  /** Worker threads, as typed; see runMonteCarlo in montecarlo-run.ts for the default. */
  readonly workers?: string;
  /** A ranges file (CSV, JSON or workbook); otherwise the map workbook's Ranges sheet, if any. */
  readonly ranges?: string;
}

/**
 * `sroi montecarlo <file>`: core's seeded Monte Carlo, with the ranges of
 * `--ranges FILE` or the map workbook's own Ranges sheet (else core's
 * defaults), and a progress bar on stderr for long runs. Ctrl-C (or `signal`) cancels
 * between chunks of iterations: exit code 130 and no partial results.
 */
export async function montecarloCommand(
  file: string,
  options: MonteCarloCommandOptions,
  output: Output,
  signal?: AbortSignal,
): Promise<ExitCode> {
  const problems: OptionProblems = [];
  const { iterations, seed, workers } = readRun(options, problems);

  const progress = new Progress(output.err, undefined, output.errIsTTY === true);
  const cancel = cancelOnInterrupt(signal);
  try {
    const loaded = await loadValid(file, output, (message) => progress.stage(message), readingFor(options));
    if (loaded === null) return EXIT.problems;
    const evaluation = loaded.evaluation;
    const ranges = await loadRanges(file, options.ranges, evaluation);
    const run = runMonteCarlo(evaluation, workers, {
      iterations,
      seed,
      ...(ranges === undefined ? {} : { distributions: ranges.distributions, byOutcome: ranges.byOutcome }),
      ...(options.target === undefined ? {} : { target: options.target }),
      progressEvery: chunkSize(evaluation, iterations),
      onProgress: ({ done, total }) => progress.count('Monte Carlo', done, total),
      // Options that did not parse leave nothing to run: core only checks the others, then stops.
      signal: problems.length > 0 ? { aborted: true } : cancel.signal,
    });
    const result = await run.catch((error: unknown) => {
      if (error instanceof SroiOptionsError)
        throw invalidOptions('montecarlo', [...problems, ...optionProblemsOf(error)], FLAGS);
      if (problems.length > 0) throw invalidOptions('montecarlo', problems, FLAGS);
      throw error;
    });

    if (options.format === 'json') {
      output.out(jsonText({ ...result, ranges: rangesUsed(ranges, result.distributions) }));
    } else {
      const byOutcome = ranges?.byOutcome ?? {};
      const report = {
        base: evaluate(evaluation),
        result,
        command: reproduceMonteCarlo(file, result, options),
        ...(ranges === undefined ? {} : { source: ranges.source }),
        byOutcome,
        mean: meanVersusBase(evaluation, result, byOutcome),
      };
      output.out(options.format === 'md' ? monteCarloMarkdown(report) : monteCarloText(report));
    }
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof SroiCancelledError)) throw error;
    progress.cancel();
    output.err(
      `sroi: montecarlo cancelled after ${error.done.toLocaleString('en-GB')} of ` +
        `${error.total.toLocaleString('en-GB')} iterations; nothing was printed, because the percentiles ` +
        'of an unfinished run would look like a finished one\n',
    );
    return EXIT.cancelled;
  } finally {
    cancel.release();
    progress.done();
  }
}

/**
 * The ranges drawn from, for the JSON: their source (null for core's
 * defaults), every outcome's distributions (defaults filled in, as core
 * reports them) and those replaced per outcome.
 */
function rangesUsed(ranges: Ranges | undefined, distributions: MonteCarloResult['distributions']) {
  return { source: ranges?.source ?? null, distributions, byOutcome: ranges?.byOutcome ?? {} };
}
