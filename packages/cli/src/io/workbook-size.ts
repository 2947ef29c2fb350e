import type { Evaluation, EvaluationResult } from '@sroi/core';
import {
  IMPACT_COLUMNS,
  INPUT_COLUMNS,
  SENSITIVITY_SHEET,
  SETTINGS_ROWS,
  SHEETS,
  STAKEHOLDER_COLUMNS,
} from '@sroi/workbook';
import { CliError, EXIT } from '../errors.js';
import { LIMITS } from './limits.js';

/** What Excel holds in one sheet. */
export const EXCEL = { rows: 1_048_576, columns: 16_384 } as const;

/**
 * The most cells sroi builds into one workbook. The layout and exceljs hold
 * every cell in memory at once: with Node's default heap (4 GB on a 64-bit
 * machine with 16 GB or more), 1,040,000 cells took 83 s and 3.4 GB, 1,450,000
 * took 310 s and 4.0 GB, at the edge of the heap, and 4,000,000 ran out of
 * memory. The limit is the cells sroi reads from a workbook, so that every
 * workbook sroi writes reads back.
 */
export const MOST_CELLS = LIMITS.cells;

/** One sheet's rows and columns as `toWorkbook` lays it out. */
export interface SheetSize {
  readonly sheet: string;
  readonly rows: number;
  readonly columns: number;
}

/**
 * The sheets `toWorkbook` would lay out for an evaluation, counted without
 * building them: the Impact Map has a row per outcome and a column per year,
 * so a long evaluation of many outcomes is millions of formula cells. The
 * small sheets are counted to within a few rows.
 *
 * @param evaluation - a valid evaluation
 * @param result - its result, whose years give the workbook's year columns
 * @param options - `sensitivity`: whether the workbook has a Sensitivity sheet (`toWorkbook`'s option)
 */
export function workbookSize(
  evaluation: Evaluation,
  result: EvaluationResult,
  options: { readonly sensitivity?: boolean } = {},
): SheetSize[] {
  const discount = evaluation.discount;
  const rates = discount !== undefined && 'rates' in discount ? discount.rates.length : 0;
  const years = Math.max(result.years.length, rates, 1);
  const outcomes = evaluation.outcomes.length;
  const stakeholders = evaluation.stakeholders.length;
  const measured = evaluation.outcomes.filter((outcome) => outcome.quantityByYear !== undefined);
  const measuredYears = Math.max(0, ...measured.map((outcome) => outcome.quantityByYear?.length ?? 0));
  // Title, headers, the rows, a total: the layout's sheets (packages/workbook/src/write).
  const sizes: SheetSize[] = [
    { sheet: SHEETS.settings, rows: SETTINGS_ROWS.length + 4, columns: 3 },
    { sheet: SHEETS.stakeholders, rows: stakeholders + 3, columns: STAKEHOLDER_COLUMNS.length },
    { sheet: SHEETS.inputs, rows: evaluation.inputs.length + 3, columns: INPUT_COLUMNS.length + 2 },
    { sheet: SHEETS.impactMap, rows: outcomes + 3, columns: IMPACT_COLUMNS.length + years + 2 },
  ];
  if (measured.length > 0)
    sizes.push({ sheet: SHEETS.quantityByYear, rows: measured.length + 2, columns: measuredYears + 1 });
  sizes.push(
    { sheet: SHEETS.discounting, rows: 9, columns: years + 2 },
    // The figures and checks, then a row per stakeholder and per domain.
    { sheet: SHEETS.results, rows: stakeholders + 27, columns: 4 },
  );
  // Seven estimates per outcome and for all together, then the tornado's largest 100 swings.
  const estimates = 7 * (outcomes + 1);
  if (options.sensitivity === true)
    sizes.push({ sheet: SENSITIVITY_SHEET, rows: 12 + estimates + Math.min(100, estimates), columns: 8 });
  return sizes;
}

/**
 * Refuses, before it is built, a workbook that Excel cannot hold (more than
 * 1,048,576 rows or 16,384 columns on a sheet) or that is more cells than sroi
 * builds ({@link MOST_CELLS}), saying how many and what to do.
 *
 * @param file - the --out file, as the user named it
 * @param sizes - the workbook's sheets ({@link workbookSize})
 * @throws CliError (exit 1) with the numbers
 */
export function checkWorkbookSize(file: string, sizes: readonly SheetSize[]): void {
  const count = (n: number) => n.toLocaleString('en-GB');
  const problems: string[] = [];
  for (const { sheet, rows, columns } of sizes) {
    if (rows > EXCEL.rows) problems.push(`${count(rows)} rows on the ${sheet} sheet`);
    if (columns > EXCEL.columns) problems.push(`${count(columns)} columns on the ${sheet} sheet`);
  }
  const cells = sizes.reduce((total, { rows, columns }) => total + rows * columns, 0);
  const largest = sizes.reduce((most, size) => (size.rows * size.columns > most.rows * most.columns ? size : most));
  if (cells > MOST_CELLS)
    problems.push(
      `${count(cells)} cells, ${count(largest.rows * largest.columns)} of them on the ${largest.sheet} sheet ` +
        `(${count(largest.rows)} rows by ${count(largest.columns)} columns)`,
    );
  if (problems.length === 0) return;
  throw new CliError(
    `${file} was not written: the workbook would hold ${problems.join(', and ')}. ` +
      `Excel holds at most ${count(EXCEL.columns)} columns and ${count(EXCEL.rows)} rows per sheet, and sroi writes at most ` +
      `${count(MOST_CELLS)} cells, as many as it reads. The Impact Map has a row for each outcome and a column for each year: ` +
      'fewer outcomes (grouping similar ones) or fewer years (shorter durations, earlier starts) make it smaller. ' +
      'The printed figures are complete without it',
    EXIT.problems,
  );
}
