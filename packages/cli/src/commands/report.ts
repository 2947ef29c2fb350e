import type { ExitCode } from '../errors.js';
import type { ReadingOptions } from './load-valid.js';
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
  /** A ranges file (CSV, JSON or workbook) for the Monte Carlo run. */
  readonly ranges?: string;
  readonly reading?: ReadingOptions;
}

/** `sroi report <file> --out report.html`: STUB, being written. */
export function reportCommand(
  _file: string,
  _options: ReportCommandOptions,
  _output: Output,
  _signal?: AbortSignal,
): Promise<ExitCode> {
  throw new Error('not yet written');
}
