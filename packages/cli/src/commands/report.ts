import { basename } from 'node:path';
import { evaluate, SroiCancelledError, SroiOptionsError, type Evaluation, type MonteCarloResult } from '@sroi/core';
import { CliError, EXIT, type ExitCode } from '../errors.js';
import { VERSION } from '../help.js';
import { writeWhole } from '../io/write-whole.js';
import { Progress } from '../progress.js';
import { loadRanges, type Ranges } from '../ranges/load-ranges.js';
import { meanVersusBase } from '../ranges/mean-versus-base.js';
import { reportCharts } from '../report/html/report-charts.js';
import { reportPage } from '../report/html/report-page.js';
import { safeText } from '../report/safe-text.js';
import { loadValid, type ReadingOptions } from './load-valid.js';
import { invalidOptions, optionProblemsOf, readTop, type OptionProblems } from './options.js';
import { sensitivityOf } from './sensitivity-of.js';
import { cancelOnInterrupt, chunkSize, readRun, reproduceMonteCarlo, runMonteCarlo } from './montecarlo-run.js';
import { checkOut } from './out-file.js';
import type { Output } from './output.js';

/** Options of `sroi report`, as typed on the command line (core checks the numbers). */
export interface ReportCommandOptions {
  /** The HTML file to write (required). */
  readonly out?: string;
  readonly force?: boolean;
  readonly target?: string;
  readonly change?: string;
  readonly top?: string;
  readonly iterations?: string;
  readonly seed?: string;
  /** Worker threads for the Monte Carlo run, as typed. */
  readonly workers?: string;
  /** A ranges file (CSV, JSON or workbook) for the Monte Carlo run. */
  readonly ranges?: string;
  readonly reading?: ReadingOptions;
}

const FLAGS = ['--target', '--change', '--top', '--iterations', '--seed', '--workers'];

/**
 * `sroi report <file> --out report.html`: evaluates the impact map, finds its
 * switching values and tornado, runs a seeded Monte Carlo (keeping the draws
 * for the histogram), renders the charts and writes one self-contained HTML
 * page, whole or not at all. Bad --target, --change, --top, --iterations and
 * --seed are reported together; Ctrl-C (or `signal`) cancels with exit code
 * 130 and writes nothing.
 */
export async function reportCommand(
  file: string,
  options: ReportCommandOptions,
  output: Output,
  signal?: AbortSignal,
): Promise<ExitCode> {
  const out = options.out;
  if (out === undefined)
    throw new CliError('report needs the page to write: --out report.html. Run "sroi report --help".', EXIT.usage);
  const pricing = options.reading?.pricing;
  await checkOut(
    out,
    [file, options.ranges, pricing?.catalogue.file, pricing?.index?.file],
    options.force === true,
    'reported',
    ['.html', '.htm'],
  );
  const problems: OptionProblems = [];
  const { iterations, seed, workers } = readRun(options, problems);
  const top = readTop(options.top, problems);

  const progress = new Progress(output.err, undefined, output.errIsTTY === true);
  const cancel = cancelOnInterrupt(signal);
  let wrote = false;
  try {
    const loaded = await loadValid(file, output, (message) => progress.stage(message), options.reading ?? {});
    if (loaded === null) return EXIT.problems;
    const evaluation = loaded.evaluation;
    const ranges = await loadRanges(file, options.ranges, evaluation);
    progress.stage(`evaluating ${evaluation.outcomes.length.toLocaleString('en-GB')} outcomes`);
    const result = evaluate(evaluation);
    progress.stage('finding switching values and the tornado');
    const both = sensitivityOf(evaluation, options, problems);
    const run = await monteCarlo(evaluation, { iterations, seed, workers, target: options.target, ranges }, problems, {
      progress,
      signal: cancel.signal,
    });
    if (both === null || run === null) throw invalidOptions('report', unique(problems), FLAGS);
    const { switchingValues: values, oneWay: tornado } = both;
    progress.stage('drawing the charts');
    const charts = await reportCharts(result, tornado, run, top);
    if (cancel.signal.aborted) return cancelled(output, progress, 'while drawing the charts');
    const html = reportPage({
      file: basename(file),
      evaluation,
      result,
      where: loaded.where,
      readingWarnings: loaded.warnings,
      switchingValues: values,
      oneWay: tornado,
      top,
      monteCarlo: run,
      ranges,
      mean: meanVersusBase(evaluation, run, ranges?.byOutcome ?? {}),
      reproduce: reproduceMonteCarlo(file, run, options),
      charts,
      written: new Date(),
      version: VERSION,
    });
    progress.stage(`writing ${out}`);
    await writeWhole(out, html);
    wrote = true;
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof SroiCancelledError)) throw error;
    return cancelled(
      output,
      progress,
      `after ${error.done.toLocaleString('en-GB')} of ${error.total.toLocaleString('en-GB')} Monte Carlo iterations`,
    );
  } finally {
    cancel.release();
    progress.done();
    // Last, after any progress line, so that a script can read the page's name from the last line.
    if (wrote) output.err(`sroi: wrote ${safeText(out)}\n`);
  }
}

/** A problem found twice (a bad --target by switching values and by Monte Carlo) is listed once. */
const unique = (problems: OptionProblems): OptionProblems => [...new Set(problems)];

interface MonteCarloRun {
  readonly iterations: number;
  readonly seed: number;
  readonly workers: number | undefined;
  readonly target: string | undefined;
  readonly ranges: Ranges | undefined;
}

/**
 * The seeded run with its draws kept for the histogram, or null when an
 * option has a problem (recorded with core's own): then core only checks its
 * options and draws nothing, so that every problem is reported at once.
 */
async function monteCarlo(
  evaluation: Evaluation,
  run: MonteCarloRun,
  problems: OptionProblems,
  context: { readonly progress: Progress; readonly signal: AbortSignal },
): Promise<MonteCarloResult | null> {
  const nothingToRun = problems.length > 0;
  try {
    return await runMonteCarlo(evaluation, run.workers, {
      iterations: run.iterations,
      seed: run.seed,
      ...(run.target === undefined ? {} : { target: run.target }),
      ...(run.ranges === undefined ? {} : { distributions: run.ranges.distributions, byOutcome: run.ranges.byOutcome }),
      keepDraws: true,
      progressEvery: chunkSize(evaluation, run.iterations),
      onProgress: ({ done, total }) => context.progress.count('Monte Carlo', done, total),
      signal: nothingToRun ? { aborted: true } : context.signal,
    });
  } catch (error) {
    if (error instanceof SroiOptionsError) {
      problems.push(...optionProblemsOf(error));
      return null;
    }
    if (error instanceof SroiCancelledError && nothingToRun) return null;
    throw error;
  }
}

function cancelled(output: Output, progress: Progress, when: string): ExitCode {
  progress.cancel();
  output.err(
    `sroi: report cancelled ${when}; nothing was written, because a page with an unfinished run would look finished\n`,
  );
  return EXIT.cancelled;
}
