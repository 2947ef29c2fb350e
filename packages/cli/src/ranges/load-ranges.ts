import { basename, extname } from 'node:path';
import { monteCarlo, SroiOptionsError, type Distributions, type Evaluation, type SroiProblem } from '@sroi/core';
import { formatCellProblem, rangesFromSheets, type RangesRead } from '@sroi/workbook';
import { CliError, EXIT } from '../errors.js';
import { readBytes } from '../io/read-bytes.js';
import { readJson } from '../io/read-json.js';
import { readSheets } from '../io/read-sheets.js';
import { rangesFromJson } from './ranges-json.js';

/** Monte Carlo ranges read from a file: for every outcome, and per outcome id. */
export interface Ranges {
  readonly distributions: Distributions;
  readonly byOutcome: Readonly<Record<string, Distributions>>;
  /** Where they were read from, for the report: "the Ranges sheet of map.xlsx", "ranges.csv". */
  readonly source: string;
}

const EXTENSIONS = ['.csv', '.json', '.xlsx', '.xlsm'];

/**
 * The ranges for a Monte Carlo run: from `rangesFile` when given (CSV, JSON or
 * a workbook's Ranges sheet), otherwise from the map workbook's own Ranges
 * sheet when it has one; undefined when there are none (core's defaults).
 * Files are read through the same byte limits and decoders as an impact map.
 * With the evaluation, core checks the ranges first (min above max, limits,
 * outcome ids), so every problem is said at once, each at its cell (or its
 * JSON path).
 *
 * @param mapFile - the impact map as the user named it
 * @param rangesFile - `--ranges`, when given
 * @param evaluation - the map's evaluation, to check the ranges against
 * @throws CliError (exit 1, problems with sheet and cell; 2 an extension not read; 3 missing; 4 unreadable)
 */
export async function loadRanges(
  mapFile: string,
  rangesFile: string | undefined,
  evaluation?: Evaluation,
): Promise<Ranges | undefined> {
  const outcomes = evaluation?.outcomes.map((outcome) => outcome.id);
  if (rangesFile === undefined) {
    const extension = extname(mapFile).toLowerCase();
    if (extension !== '.xlsx' && extension !== '.xlsm') return undefined;
    const { sheets } = await readSheets(await readBytes(mapFile), mapFile, extension);
    const read = rangesFromSheets(sheets, outcomes === undefined ? {} : { outcomes });
    if (!read.found) return undefined;
    return checked(mapFile, read, `the ${sheetOf(read)} sheet of ${basename(mapFile)}`, evaluation);
  }
  const extension = extname(rangesFile).toLowerCase();
  if (!EXTENSIONS.includes(extension))
    throw new CliError(
      `--ranges ${rangesFile}: ranges are read from .csv, .json or .xlsx files; got "${extension || 'no extension'}"`,
      EXIT.usage,
    );
  const bytes = await readBytes(rangesFile);
  if (extension === '.json') {
    const read = rangesFromJson(readJson(bytes, rangesFile), outcomes);
    return checked(rangesFile, read, basename(rangesFile), evaluation);
  }
  const { sheets, format } = await readSheets(bytes, rangesFile, extension);
  const read = rangesFromSheets(sheets, outcomes === undefined ? {} : { outcomes });
  if (!read.found) {
    const where =
      format === 'csv' ? 'its first row' : `no sheet (${sheets.map((sheet) => JSON.stringify(sheet.name)).join(', ')})`;
    throw new CliError(
      `${rangesFile} has no ranges: ${where} has a header row with Estimate and Distribution columns ` +
        '(Outcome, Estimate, Distribution, Low, Most likely, High, Standard deviation)',
      EXIT.problems,
    );
  }
  const source = format === 'csv' ? basename(rangesFile) : `the ${sheetOf(read)} sheet of ${basename(rangesFile)}`;
  return checked(rangesFile, read, source, evaluation);
}

/** The ranges, once the reader's and core's problems are none; otherwise all of them, at their cells. */
function checked(file: string, read: RangesRead, source: string, evaluation: Evaluation | undefined): Ranges {
  const problems = read.problems.map(formatCellProblem);
  const reported = new Set(problems.map((line) => line.slice(0, line.indexOf(': '))));
  for (const problem of evaluation === undefined ? [] : coreProblems(evaluation, read)) {
    const place = read.where(problem.path);
    if (reported.has(place)) continue;
    problems.push(`${place === '' ? '(the whole file)' : place}: ${problem.message}`);
  }
  if (problems.length > 0) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    throw new CliError(
      `${file} has ${count} in its ranges:\n${problems.map((line) => `  ${line}`).join('\n')}`,
      EXIT.problems,
    );
  }
  return { ...read.readable, source };
}

/** Core's own checks of the ranges (one iteration, to run them): the same rules whatever the file. */
function coreProblems(evaluation: Evaluation, read: RangesRead): readonly SroiProblem[] {
  try {
    monteCarlo(evaluation, { iterations: 1, ...read.readable });
    return [];
  } catch (error) {
    if (error instanceof SroiOptionsError) return error.problems;
    throw error;
  }
}

function sheetOf(read: RangesRead): string {
  return read.sheet ?? 'Ranges';
}
