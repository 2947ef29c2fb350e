import { safeText } from '../report/safe-text.js';
import type { Evaluation } from '@sroi/core';
import { loadEvaluation, type Loaded, type LoadOptions, type Stage } from '../io/load.js';
import { mappingReport } from '../reading/mapping-report.js';
import { reportProblems, type Output } from './output.js';

/** A loaded file whose evaluation is valid. */
export type LoadedValid = Loaded & { readonly evaluation: Evaluation };

/**
 * Loads a file for a command that needs a valid evaluation (evaluate,
 * sensitivity, montecarlo). If it has problems they are listed on stderr and
 * the result is null: the command then exits with EXIT.problems.
 */
export async function loadValid(
  file: string,
  output: Output,
  stage: Stage,
  reading: ReadingOptions = {},
): Promise<LoadedValid | null> {
  const loaded = await loadEvaluation(file, stage, reading);
  if (reading.showMapping === true && loaded.mapping.length > 0) output.out(`${mappingReport(loaded.mapping)}\n`);
  if (loaded.evaluation === null) reportProblems(output, file, loaded.problems);
  reportReadWarnings(output, file, loaded.warnings);
  return loaded.evaluation === null ? null : (loaded as LoadedValid);
}

/** A command's reading options, with the printed mapping left out of JSON output (the JSON carries it). */
export function readingFor(options: { readonly format: string; readonly reading?: ReadingOptions }): ReadingOptions {
  const reading = options.reading ?? {};
  return options.format === 'json' ? { ...reading, showMapping: false } : reading;
}

/** How a command reads its file: an explicit mapping, and whether to print the mapping used. */
export interface ReadingOptions extends LoadOptions {
  readonly showMapping?: boolean;
  /** --columns as typed, so that a printed command (montecarlo's "Reproduce") reads the file the same way. */
  readonly columnsText?: string;
}

/** What was read but deserves a look, on stderr so that a JSON or Markdown result stays clean. */
export function reportReadWarnings(output: Output, file: string, warnings: readonly string[]): void {
  if (warnings.length === 0) return;
  const count = warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`;
  // Warnings quote cells and sheet names from the file: no control character reaches the terminal.
  const lines = warnings.map((warning) => `  ${safeText(warning)}`).join('\n');
  output.err(`sroi: reading ${safeText(file)}, ${count}:\n${lines}\n`);
}
