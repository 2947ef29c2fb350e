import { jsonText } from '../report/safe-text.js';
import { toJSON } from '@sroi/core';
import { EXIT, type ExitCode } from '../errors.js';
import { Progress } from '../progress.js';
import { sensitivityMarkdown, sensitivityText } from '../report/sensitivity-report.js';
import type { ReportFormat } from './evaluate.js';
import { invalidOptions, readTop, type OptionProblems } from './options.js';
import { sensitivityOf } from './sensitivity-of.js';
import { loadValid, readingFor, type ReadingOptions } from './load-valid.js';
import type { Output } from './output.js';

export interface SensitivityOptions {
  readonly format: ReportFormat;
  /** The ratio to reach, as typed (default 1); core checks it. */
  readonly target?: string;
  /** How far the tornado moves each estimate, as typed: 0.1 or 10% (default 0.1); core checks it. */
  readonly change?: string;
  /** How many estimates to list, as typed (default 10). */
  readonly top?: string;
  /** How the file is read: an explicit column mapping, and whether to print the mapping used. */
  readonly reading?: ReadingOptions;
}

/** The options in the order their problems are listed. */
const FLAGS = ['--target', '--change', '--top'];

/**
 * `sroi sensitivity <file>`: the estimates closest to tipping the ratio to the
 * target (from core's `switchingValues`), those that cannot in one line, and
 * the largest swings of the tornado (`oneWay`); docs/sensitivity.md. JSON
 * output is core's full results, in core's units: a share's change is a
 * fraction of one (`"unit": "share"`, 0.3533 for +35.33 points).
 */
export async function sensitivityCommand(file: string, options: SensitivityOptions, output: Output): Promise<ExitCode> {
  const problems: OptionProblems = [];
  const top = readTop(options.top, problems);
  const progress = new Progress(output.err);
  try {
    const loaded = await loadValid(file, output, (message) => progress.stage(message), readingFor(options));
    if (loaded === null) return EXIT.problems;
    const evaluation = loaded.evaluation;
    progress.stage(
      `finding switching values and the tornado for ${evaluation.outcomes.length.toLocaleString('en-GB')} outcomes`,
    );
    // Run before reporting, so that a bad --target, --change and --top are reported together.
    const both = sensitivityOf(evaluation, options, problems);
    if (both === null || problems.length > 0) throw invalidOptions('sensitivity', problems, FLAGS);
    const { switchingValues: values, oneWay: tornado } = both;

    if (options.format === 'json') {
      output.out(jsonText(toJSON({ switchingValues: values, oneWay: tornado })));
    } else {
      const report = { evaluation, switchingValues: values, oneWay: tornado, top };
      output.out(options.format === 'md' ? sensitivityMarkdown(report) : sensitivityText(report));
    }
    return EXIT.ok;
  } finally {
    progress.done();
  }
}
