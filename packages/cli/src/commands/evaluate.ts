import { jsonText } from '../report/safe-text.js';
import { evaluate, toJSON } from '@sroi/core';
import { toWorkbook } from '@sroi/workbook';
import { EXIT, type ExitCode } from '../errors.js';
import { checkWorkbookSize, workbookSize } from '../io/workbook-size.js';
import { writeXlsx } from '../io/write-xlsx.js';
import { Progress } from '../progress.js';
import { markdownSummary } from '../report/markdown-summary.js';
import { textSummary } from '../report/text-summary.js';
import { loadValid, readingFor, type ReadingOptions } from './load-valid.js';
import { checkOut } from './out-file.js';
import type { Output } from './output.js';

export type ReportFormat = 'text' | 'json' | 'md';

/** The most outcomes for which `--out` adds a Sensitivity sheet (about 20 seconds of work at 10,000). */
export const SENSITIVITY_SHEET_MOST_OUTCOMES = 1000;

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
    'evaluated',
    ['.xlsx'],
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
      output.out(jsonText({ ...(toJSON(result) as object), reading }));
    } else {
      const summary = options.format === 'md' ? markdownSummary : textSummary;
      output.out(summary(result, loaded.where, { years: options.years === true }));
    }
    if (options.out !== undefined) {
      // After the summary, which is printed either way; before the workbook is built, which may not fit.
      // A Sensitivity sheet for a map of thousands of outcomes is a long wait for a table no one reads whole.
      const sensitivity = loaded.evaluation.outcomes.length <= SENSITIVITY_SHEET_MOST_OUTCOMES;
      checkWorkbookSize(options.out, workbookSize(loaded.evaluation, result, { sensitivity }));
      progress.stage(`writing ${options.out}`);
      await writeXlsx(toWorkbook(loaded.evaluation, { sensitivity }), options.out);
      if (!sensitivity)
        output.err(
          `sroi: the workbook has no Sensitivity sheet: maps of more than ${SENSITIVITY_SHEET_MOST_OUTCOMES.toLocaleString('en-GB')} ` +
            'outcomes leave it out; run "sroi sensitivity" for the switching values\n',
        );
      output.err(`sroi: wrote ${options.out} (formulas recalculate in Excel or LibreOffice)\n`);
    }
    return EXIT.ok;
  } finally {
    progress.done();
  }
}
