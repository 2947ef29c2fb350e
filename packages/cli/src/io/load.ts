import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { findProblems, type Evaluation } from '@sroi/core';
import { fromWorkbook, formatCellProblem, type CellProblem, type SheetGrid } from '@sroi/workbook';
import { CliError, EXIT } from '../errors.js';
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
}

export type Stage = (message: string) => void;

/**
 * Loads `.xlsx`, `.csv` or `.json`. Missing and unreadable files are
 * {@link CliError}s; an invalid evaluation is a list of problems.
 */
export async function loadEvaluation(file: string, stage: Stage = () => undefined): Promise<Loaded> {
  const extension = extname(file).toLowerCase();
  if (!['.xlsx', '.xlsm', '.csv', '.json'].includes(extension)) {
    throw new CliError(
      `${file}: sroi reads .xlsx, .csv and .json files; got "${extension || 'no extension'}"`,
      EXIT.usage,
    );
  }
  const bytes = await readBytes(file);
  const name = basename(file, extension);
  if (extension === '.json') return fromJson(bytes, file);
  stage(`reading ${file}`);
  const sheets: SheetGrid[] =
    extension === '.csv' ? [readCsv(new TextDecoder().decode(bytes), file)] : await readXlsx(bytes, file);
  stage(
    `reading the impact map (${sheets.reduce((rows, sheet) => rows + sheet.cells.length, 0).toLocaleString('en-GB')} rows)`,
  );
  const read = fromWorkbook(sheets, { defaultName: name });
  const code = read.problems.find((problem) => problem.code !== undefined)?.code;
  return {
    evaluation: read.evaluation,
    problems: read.problems.map(formatCellProblem),
    ...(code === undefined ? {} : { code }),
    where: (path) => read.cellOf(path) ?? path,
    format: extension === '.csv' ? 'csv' : 'xlsx',
  };
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new CliError(`${file} is a folder, not a file`, EXIT.unreadable);
    return await readFile(file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${file}: no such file`, EXIT.missing);
    if (code === 'EACCES' || code === 'EPERM') throw new CliError(`${file}: permission denied`, EXIT.unreadable);
    throw new CliError(`${file} could not be read: ${(error as Error).message}`, EXIT.unreadable);
  }
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
  };
}
