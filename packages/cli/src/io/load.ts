import { basename, extname } from 'node:path';
import { findProblems, type Evaluation } from '@sroi/core';
import {
  fromWorkbook,
  formatCellProblem,
  type CellProblem,
  type ColumnMapping,
  type SheetGrid,
  type TableMapping,
} from '@sroi/workbook';
import { CliError, EXIT } from '../errors.js';
import { readBytes } from './read-bytes.js';
import { readCsv } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';

/** An evaluation loaded from a file, or its problems, each as one line with its location. */
export interface Loaded {
  readonly evaluation: Evaluation | null;
  readonly problems: readonly string[];
  /** Whether the file had no impact map, or an empty one. */
  readonly code?: CellProblem['code'];
  /** Where an evaluation path was read (`Impact Map!F7`), for warnings. */
  readonly where: (path: string) => string;
  readonly format: 'xlsx' | 'csv' | 'json';
  /**
   * What was read but deserves a look, each as one line with its place: how a
   * CSV was decoded, a reduction column not found, the sheet's own figures
   * disagreeing with the engine, a setting written twice.
   */
  readonly warnings: readonly string[];
  /** Which column was read as which field (empty for JSON). */
  readonly mapping: readonly TableMapping[];
}

/** How to read a workbook or CSV file. */
export interface LoadOptions {
  /** An explicit column mapping (`--columns`). */
  readonly columns?: ColumnMapping;
}

export type Stage = (message: string) => void;

/**
 * Loads `.xlsx`, `.csv` or `.json`. Missing and unreadable files are
 * {@link CliError}s; an invalid evaluation is a list of problems.
 */
export async function loadEvaluation(
  file: string,
  stage: Stage = () => undefined,
  options: LoadOptions = {},
): Promise<Loaded> {
  const extension = extname(file).toLowerCase();
  if (!['.xlsx', '.xlsm', '.csv', '.json'].includes(extension)) {
    throw new CliError(
      `${file}: sroi reads .xlsx, .csv and .json files; got "${extension || 'no extension'}"`,
      EXIT.usage,
    );
  }
  const bytes = await readBytes(file);
  const name = basename(file, extension);
  if (extension === '.json') {
    if (options.columns !== undefined)
      throw new CliError(`--columns is for .xlsx and .csv files; ${file} is JSON, whose fields are named`, EXIT.usage);
    return fromJson(bytes, file);
  }
  stage(`reading ${file}`);
  const csv = extension === '.csv' ? readCsv(bytes, file) : null;
  const sheets: SheetGrid[] = csv === null ? await readXlsx(bytes, file) : [csv.sheet];
  stage(
    `reading the impact map (${sheets.reduce((rows, sheet) => rows + sheet.cells.length, 0).toLocaleString('en-GB')} rows)`,
  );
  const read = fromWorkbook(sheets, {
    defaultName: name,
    ...(options.columns === undefined ? {} : { columns: options.columns }),
  });
  const code = read.problems.find((problem) => problem.code !== undefined)?.code;
  return {
    evaluation: read.evaluation,
    problems: read.problems.map(formatCellProblem),
    ...(code === undefined ? {} : { code }),
    where: (path) => read.cellOf(path) ?? path,
    format: extension === '.csv' ? 'csv' : 'xlsx',
    warnings: [...(csv?.notes ?? []), ...read.warnings.map(formatCellProblem)],
    mapping: read.mapping,
  };
}

function fromJson(bytes: Uint8Array, file: string): Loaded {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new CliError(`${file} is not valid JSON: ${(error as Error).message}`, EXIT.unreadable);
  }
  const problems = findProblems(data).map(
    (problem) => `${problem.path === '' ? '(evaluation)' : problem.path}: ${problem.message}`,
  );
  const outcomes = (data as { outcomes?: unknown }).outcomes;
  const empty = problems.length === 0 && Array.isArray(outcomes) && outcomes.length === 0;
  if (empty) problems.push('outcomes: the impact map has no outcomes: add at least one');
  return {
    evaluation: problems.length === 0 ? (data as Evaluation) : null,
    problems,
    ...(empty ? { code: 'empty-impact-map' as const } : {}),
    where: (path) => path,
    format: 'json',
    warnings: [],
    mapping: [],
  };
}
