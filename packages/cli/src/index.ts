/**
 * `@sroi/cli`: the `sroi` command line, and the file readers and writers it
 * uses (exceljs and csv-parse), for tests and scripts.
 *
 * @packageDocumentation
 */
export { main, HELP, VERSION, type Context } from './main.js';
export { EXIT, CliError, type ExitCode } from './errors.js';
export type { Output } from './commands/output.js';
export { loadEvaluation, type Loaded } from './io/load.js';
export { readXlsx } from './io/read-xlsx.js';
export { readCsv } from './io/read-csv.js';
export { toExcelJs, writeXlsx, xlsxBytes, type XlsxOptions } from './io/write-xlsx.js';
export { textSummary } from './report/text-summary.js';
export { markdownSummary } from './report/markdown-summary.js';
export { describeSettings } from './report/describe-settings.js';
