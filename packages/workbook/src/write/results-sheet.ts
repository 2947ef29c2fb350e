import type { Decimal } from '@sroi/core';
import { absoluteAddress, cellAddress } from '../cells/address.js';
import { formula, type FormulaCell } from '../cells/cell.js';
import { FORMATS, moneyFormat } from '../layout/formats.js';
import { FIGURE_NAMES, METHOD_SOURCE } from '../layout/names.js';
import type { SheetLayout } from '../layout/sheet.js';
import {
  DISCOUNTING_ROWS,
  discountingRange,
  impactRange,
  IMPACT_COLUMN,
  INPUT_PRESENT_VALUE_COLUMN,
  inputsRange,
  presentValueColumn,
  NA,
  RESULT_ROWS as ROWS,
  type Plan,
} from './plan.js';
import { domainTable, stakeholderTable, stakeholderValues } from './results-breakdowns.js';
import { checks, CHECKS } from './results-checks.js';
import { SheetBuilder } from './sheet-builder.js';

/**
 * The results block (METHOD.md step 5) as formulas over the other sheets:
 * present value, inputs, NPV, the SROI ratio, net ratio, paybacks, the checks
 * that say what the sheet cannot count, then value by stakeholder (a row per
 * Stakeholders row, prepared rows too) and by domain (all four).
 */
export function resultsSheet(plan: Plan): SheetLayout {
  const money = moneyFormat(plan.currency);
  const result = plan.result;
  const sheet = new SheetBuilder(plan.sheetNames.results);
  sheet.set(0, 0, `Results: ${plan.evaluation.name}`).boldRow(0).note('A1', METHOD_SOURCE);
  sheet.row(1, 0, ['Figure', 'Value', 'What it means']).boldRow(1);
  const b = (row: number) => absoluteAddress(row, 1);
  const sum = (range: string | null) => (range === null ? '0' : `SUM(${range})`);
  const orNA = (value: Decimal | null) => value?.toNumber() ?? NA;
  const figures: [number, string, FormulaCell, string, string, string][] = [
    [
      ROWS.presentValue,
      'Present value',
      formula(sum(impactRange(plan, presentValueColumn(plan))), result.presentValue.toNumber()),
      money,
      'Sum of the discounted values of all outcomes in all years',
      FIGURE_NAMES.presentValue,
    ],
    [
      ROWS.inputsPresentValue,
      'Inputs (present value)',
      formula(sum(inputsRange(plan, INPUT_PRESENT_VALUE_COLUMN)), result.inputsPresentValue.toNumber()),
      money,
      'Sum of the discounted inputs',
      FIGURE_NAMES.inputsPresentValue,
    ],
    [
      ROWS.netPresentValue,
      'Net present value',
      formula(`${b(ROWS.presentValue)}-${b(ROWS.inputsPresentValue)}`, result.netPresentValue.toNumber()),
      money,
      'Present value less inputs',
      FIGURE_NAMES.netPresentValue,
    ],
    [
      ROWS.ratio,
      'SROI ratio',
      formula(
        `IF(${b(ROWS.inputsPresentValue)}>0,${b(ROWS.presentValue)}/${b(ROWS.inputsPresentValue)},"${NA}")`,
        orNA(result.ratio),
      ),
      FORMATS.ratio,
      'Present value per unit of input ("x : 1")',
      FIGURE_NAMES.ratio,
    ],
    [
      ROWS.netRatio,
      'Net ratio',
      formula(
        `IF(${b(ROWS.inputsPresentValue)}>0,${b(ROWS.netPresentValue)}/${b(ROWS.inputsPresentValue)},"${NA}")`,
        orNA(result.netRatio),
      ),
      FORMATS.ratio,
      'Net present value per unit of input (not the SROI ratio)',
      FIGURE_NAMES.netRatio,
    ],
    [
      ROWS.impact,
      'Total impact',
      formula(sum(impactRange(plan, IMPACT_COLUMN)), result.impact.toNumber()),
      money,
      'Sum of the Impact column (first-year values)',
      FIGURE_NAMES.impact,
    ],
    [
      ROWS.paybackMonths,
      'Payback (months)',
      formula(
        `IF(AND(${b(ROWS.inputsPresentValue)}>0,${b(ROWS.impact)}>0),${b(ROWS.inputsPresentValue)}/(${b(ROWS.impact)}/12),"${NA}")`,
        orNA(result.paybackMonths),
      ),
      FORMATS.months,
      "Inputs / (total impact / 12), the guide's convention",
      FIGURE_NAMES.paybackMonths,
    ],
    [
      ROWS.discountedPaybackMonths,
      'Discounted payback (months)',
      discountedPayback(plan),
      FORMATS.months,
      'Months until the cumulative present value reaches the inputs',
      FIGURE_NAMES.discountedPaybackMonths,
    ],
  ];
  for (const [row, label, cell, format, meaning] of figures)
    sheet.set(row, 0, label).set(row, 1, cell, format).set(row, 2, meaning);
  const namedCells = figures.map(([row, label, , , meaning, name]) => ({
    name,
    cell: cellAddress(row, 1),
    comment: `${label}: ${meaning}`,
  }));

  // The checks come first, where they are seen; the stakeholder table below them has a row per prepared row.
  const checksRow = ROWS.discountedPaybackMonths + 2;
  const stakeholdersRow = checksRow + CHECKS + 2;
  checks(plan, sheet, checksRow, stakeholderValues(plan, stakeholdersRow));
  let row = stakeholderTable(plan, sheet, stakeholdersRow, money);
  row = domainTable(plan, sheet, row + 1, money);
  sheet.set(row + 1, 0, 'Method').set(row + 1, 1, METHOD_SOURCE);
  return sheet.build({ frozen: { rows: 2, columns: 0 }, columnWidths: [30, 18, 14, 22], namedCells });
}

function discountedPayback(plan: Plan): FormulaCell {
  const candidates = discountingRange(plan, DISCOUNTING_ROWS.paybackCandidate, 1);
  const inputs = absoluteAddress(ROWS.inputsPresentValue, 1);
  // The first year that reaches the inputs gives the smallest candidate.
  return formula(
    `IF(${inputs}>0,IF(COUNT(${candidates})=0,"${NA}",MIN(${candidates})),"${NA}")`,
    plan.result.discountedPaybackMonths?.toNumber() ?? NA,
  );
}
