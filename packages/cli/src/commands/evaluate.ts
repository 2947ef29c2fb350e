import { evaluate, toJSON } from '@sroi/core';
import { toWorkbook } from '@sroi/workbook';
import { EXIT, type ExitCode } from '../errors.js';
import { writeXlsx } from '../io/write-xlsx.js';
import { Progress } from '../progress.js';
import { markdownSummary } from '../report/markdown-summary.js';
import { textSummary } from '../report/text-summary.js';
import { loadValid, readingFor, type ReadingOptions } from './load-valid.js';
import { checkOut } from './out-file.js';
import type { Output } from './output.js';

export type ReportFormat = 'text' | 'json' | 'md';

export interface EvaluateOptions {
  readonly format: ReportFormat;
  /** Writes the evaluation as a workbook with formulas and a Results sheet. */
  readonly out?: string;
  /** Replaces an existing --out file (otherwise it is kept and the command stops). */
  readonly force?: boolean;
  /** How the file is read: an explicit column mapping, and whether to print the mapping used. */
  readonly reading?: ReadingOptions;
  /** Also print the per-year table (text and Markdown). */
  readonly years?: boolean;
}

/**
 * `sroi evaluate <file>`: prints the summary (text, JSON or Markdown) and
 * optionally writes the evaluation as a workbook.
 */
export async function evaluateCommand(file: string, options: EvaluateOptions, output: Output): Promise<ExitCode> {
  await checkOut(
    options.out,
    [file, options.reading?.pricing?.catalogue.file, options.reading?.pricing?.index?.file],
    options.force === true,
  );
  const progress = new Progress(output.err);
  try {
    const loaded = await loadValid(file, output, (message) => progress.stage(message), readingFor(options));
    if (loaded === null) return EXIT.problems;
    progress.stage(`evaluating ${loaded.evaluation.outcomes.length.toLocaleString('en-GB')} outcomes`);
    const result = evaluate(loaded.evaluation);
    if (options.format === 'json') {
      // How the file was read goes with the figures: which column was which field, and what to look at.
      const reading = { file, mapping: loaded.mapping, warnings: loaded.warnings };
      output.out(JSON.stringify({ ...(toJSON(result) as object), reading }, null, 2) + '\n');
    } else if (options.format === 'md') output.out(markdownSummary(result, loaded.where));
    else output.out(textSummary(result, loaded.where));
    if (options.out !== undefined) {
      progress.stage(`writing ${options.out}`);
      await writeXlsx(toWorkbook(loaded.evaluation), options.out);
      output.err(`sroi: wrote ${options.out} (formulas recalculate in Excel or LibreOffice)\n`);
    }
    return EXIT.ok;
  } finally {
    progress.done();
  }
}
