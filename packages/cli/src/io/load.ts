import { basename, extname } from 'node:path';
import { findProblems, type Evaluation } from '@sroi/core';
import {
  fromWorkbook,
  formatCellProblem,
  type CellProblem,
  type ColumnMapping,
  type TableMapping,
} from '@sroi/workbook';
import { CliError, EXIT } from '../errors.js';
import { priceMap } from '../procurement/price-map.js';
import type { Pricing } from '../procurement/pricing-options.js';
import { readBytes } from './read-bytes.js';
import { readJson } from './read-json.js';
import { readSheets } from './read-sheets.js';

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
  /** The catalogue (and price base) of `--catalogue`, for outcomes that name a measure. */
  readonly pricing?: Pricing;
  /** Whether the map need not use the catalogue (monitor's maps): else a catalogue no outcome uses is said. */
  readonly pricingOptional?: boolean;
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
    return fromJson(readJson(bytes, file), options);
  }
  stage(`reading ${file}`);
  const { sheets, notes } = await readSheets(bytes, file, extension);
  stage(
    `reading the impact map (${sheets.reduce((rows, sheet) => rows + sheet.cells.length, 0).toLocaleString('en-GB')} rows)`,
  );
  const read = fromWorkbook(sheets, {
    defaultName: name,
    ...(options.columns === undefined ? {} : { columns: options.columns }),
  });
  const code = read.problems.find((problem) => problem.code !== undefined)?.code;
  const where = (path: string) => read.cellOf(path) ?? path;
  const priced = read.evaluation === null ? null : priceMap(read.evaluation, options, where);
  const problems = [...read.problems.map(formatCellProblem), ...(priced?.problems ?? [])];
  return {
    evaluation: priced === null || problems.length > 0 ? null : (priced.evaluation as Evaluation),
    problems,
    ...(code === undefined ? {} : { code }),
    where,
    format: extension === '.csv' ? 'csv' : 'xlsx',
    warnings: [...notes, ...read.warnings.map(formatCellProblem), ...(priced?.warnings ?? [])],
    mapping: read.mapping,
  };
}

function fromJson(data: unknown, options: LoadOptions): Loaded {
  // Proxies named by measure are filled in first, so that the engine checks the evaluation as it will compute it.
  const priced = priceMap(data, options, (path) => path);
  const problems = [
    ...priced.problems,
    ...findProblems(priced.evaluation)
      .filter((problem) => !priced.covered.has(problem.path))
      .map((problem) => `${problem.path === '' ? '(evaluation)' : problem.path}: ${problem.message}`),
  ];
  const outcomes = (data as { outcomes?: unknown } | null)?.outcomes;
  const empty = problems.length === 0 && Array.isArray(outcomes) && outcomes.length === 0;
  if (empty) problems.push('outcomes: the impact map has no outcomes: add at least one');
  return {
    evaluation: problems.length === 0 ? (priced.evaluation as Evaluation) : null,
    problems,
    ...(empty ? { code: 'empty-impact-map' as const } : {}),
    where: (path) => path,
    format: 'json',
    warnings: [...priced.warnings],
    mapping: [],
  };
}
