import { evaluate, type Evaluation, type EvaluationResult } from '@sroi/core';
import { absoluteAddress, columnLetters, sheetReference } from '../cells/address.js';
import { IMPACT_COLUMNS, SETTINGS_ROWS, type ImpactField, type SettingField } from '../layout/columns.js';
import { FIRST_DATA_ROW } from '../layout/names.js';
import { sheetNamesOf, type SheetKey, type SheetNames } from './sheet-names.js';

/**
 * Where everything goes: rows and columns shared by the sheet writers, so that
 * a formula on one sheet points at the right cell of another.
 */
export interface Plan {
  readonly evaluation: Evaluation;
  readonly result: EvaluationResult;
  readonly currency: string;
  /** Year columns 1..years on the Impact Map and Discounting sheets. */
  readonly years: number;
  /** Impact Map rows with formulas: the outcomes, then prepared blank rows. */
  readonly impactRows: number;
  /** Stakeholders rows counted by the Results sheet: the stakeholders, then prepared blank rows. */
  readonly stakeholderRows: number;
  /** Inputs rows with formulas: the inputs, then prepared blank rows. */
  readonly inputRows: number;
  readonly quantityByYear: ReadonlyMap<number, number>;
  readonly quantityByYearWidth: number;
  /** Every sheet's name, used by the sheets and by every formula that points at another sheet. */
  readonly sheetNames: SheetNames;
}

export interface PlanOptions {
  /**
   * Prepared blank rows below the outcomes, the stakeholders and the inputs
   * (for templates): their formulas, formats and validation are ready, and the
   * Results sheet counts them. Default 0.
   */
  readonly spareRows?: number;
  /** At least this many year columns (for templates). Default 1. */
  readonly minYears?: number;
  /**
   * Names for the sheets in place of the defaults (`SHEETS`), e.g.
   * `{ impactMap: 'Impact Map (2)' }` when the workbook already has an Impact Map.
   * Checked against Excel's rules: a RangeError says which name is bad and why.
   */
  readonly sheetNames?: Partial<Record<SheetKey, string>>;
  /**
   * Adds a Sensitivity sheet: switching values (to 1 : 1) and the tornado (10%
   * changes) as values computed when written, not formulas. Default false, so
   * the sheets the add-in lays out stay as they are.
   */
  readonly sensitivity?: boolean;
}

export function planOf(evaluation: Evaluation, options: PlanOptions = {}): Plan {
  const sheetNames = sheetNamesOf(options.sheetNames);
  const result = evaluate(evaluation);
  const lastYear = result.years.length;
  const discount = evaluation.discount;
  const ratesLength = discount !== undefined && 'rates' in discount ? discount.rates.length : 0;
  const quantityByYear = new Map<number, number>();
  let width = 0;
  evaluation.outcomes.forEach((outcome, index) => {
    if (outcome.quantityByYear === undefined) return;
    quantityByYear.set(index, FIRST_DATA_ROW + quantityByYear.size);
    width = Math.max(width, outcome.quantityByYear.length);
  });
  const spareRows = options.spareRows ?? 0;
  return {
    evaluation,
    result,
    currency: evaluation.currency ?? 'GBP',
    years: Math.max(lastYear, ratesLength, options.minYears ?? 1),
    impactRows: evaluation.outcomes.length + spareRows,
    stakeholderRows: evaluation.stakeholders.length + spareRows,
    inputRows: evaluation.inputs.length + spareRows,
    quantityByYear,
    quantityByYearWidth: width,
    sheetNames,
  };
}

// Settings sheet: label, value, help; the value of setting i is in column B.
export const SETTINGS_FIRST_ROW = 2;
function settingRow(field: SettingField): number {
  return SETTINGS_FIRST_ROW + SETTINGS_ROWS.findIndex((row) => row.field === field);
}
export function settingCell(plan: Plan, field: SettingField): string {
  return `${sheetReference(plan.sheetNames.settings)}!${absoluteAddress(settingRow(field), 1)}`;
}

// Impact Map: the value map's columns, then Impact, Year 1..n, Present value.
export function impactColumn(field: ImpactField): number {
  return IMPACT_COLUMNS.findIndex((column) => column.field === field);
}
export const IMPACT_COLUMN = IMPACT_COLUMNS.length;
export function yearColumn(year: number): number {
  return IMPACT_COLUMN + year;
}
export function presentValueColumn(plan: Plan): number {
  return IMPACT_COLUMN + plan.years + 1;
}
export function impactTotalRow(plan: Plan): number {
  return FIRST_DATA_ROW + plan.impactRows;
}

/** A column of a table's data rows, absolute with its sheet (`Inputs!$F$3:$F$9`); null without rows. */
function tableRange(sheet: string, rows: number, column: number): string | null {
  if (rows === 0) return null;
  const first = absoluteAddress(FIRST_DATA_ROW, column);
  const last = absoluteAddress(FIRST_DATA_ROW + rows - 1, column);
  return `${sheetReference(sheet)}!${first}:${last}`;
}

/** `'Impact Map'!$T$3:$T$9`, or null when the map has no rows. */
export function impactRange(plan: Plan, column: number): string | null {
  return tableRange(plan.sheetNames.impactMap, plan.impactRows, column);
}

// Stakeholders: ID, Name, with a Total row below the prepared rows that marks where they end.
export function stakeholdersTotalRow(plan: Plan): number {
  return FIRST_DATA_ROW + plan.stakeholderRows;
}
/** The cell of a Stakeholders row (0-based index among its data rows), absolute with its sheet. */
export function stakeholderCell(plan: Plan, index: number, column: number): string {
  return `${sheetReference(plan.sheetNames.stakeholders)}!${absoluteAddress(FIRST_DATA_ROW + index, column)}`;
}

// Inputs: Stakeholder, Description, Amount, Year, Discount factor, Present value.
export const INPUT_FACTOR_COLUMN = 4;
export const INPUT_PRESENT_VALUE_COLUMN = 5;
export function inputsRange(plan: Plan, column: number): string | null {
  return tableRange(plan.sheetNames.inputs, plan.inputRows, column);
}
export function inputsTotalRow(plan: Plan): number {
  return FIRST_DATA_ROW + plan.inputRows;
}

// Discounting: one column per year, year 0 in column B.
export const DISCOUNTING_ROWS = {
  year: 1,
  rate: 2,
  endOfYearFactor: 3,
  discountFactor: 4,
  value: 5,
  presentValue: 6,
  cumulativePresentValue: 7,
  paybackCandidate: 8,
} as const;
export function discountingColumn(year: number): number {
  return 1 + year;
}
/** A whole Discounting row over years `from`..plan.years, absolute. */
export function discountingRange(plan: Plan, row: number, from: number): string {
  return `${sheetReference(plan.sheetNames.discounting)}!${absoluteAddress(row, discountingColumn(from))}:${absoluteAddress(row, discountingColumn(plan.years))}`;
}

// Results: figure rows, value in column B.
export const RESULT_ROWS = {
  presentValue: 2,
  inputsPresentValue: 3,
  netPresentValue: 4,
  ratio: 5,
  netRatio: 6,
  impact: 7,
  paybackMonths: 8,
  discountedPaybackMonths: 9,
} as const;
/** What a figure that cannot be computed shows (a ratio without inputs). */
export const NA = 'n/a';
export function resultCell(plan: Plan, row: number): string {
  return `${sheetReference(plan.sheetNames.results)}!${absoluteAddress(row, 1)}`;
}

export { columnLetters };
