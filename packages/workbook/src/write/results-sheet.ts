import type { Decimal } from '@sroi/core';
import { absoluteAddress, cellAddress, sheetReference } from '../cells/address.js';
import { formula, type FormulaCell } from '../cells/cell.js';
import { FORMATS, moneyFormat } from '../layout/formats.js';
import { FIRST_DATA_ROW, METHOD_SOURCE, SHEETS } from '../layout/names.js';
import type { SheetLayout } from '../layout/sheet.js';
import {
  DISCOUNTING_ROWS,
  discountingRange,
  impactColumn,
  impactRange,
  IMPACT_COLUMN,
  INPUT_PRESENT_VALUE_COLUMN,
  inputsRange,
  presentValueColumn,
  RESULT_ROWS as ROWS,
  type Plan,
} from './plan.js';
import { SheetBuilder } from './sheet-builder.js';

const NA = 'n/a';

/**
 * The results block (METHOD.md step 5) as formulas over the other sheets:
 * present value, inputs, NPV, the SROI ratio, net ratio, paybacks, then value
 * by stakeholder and by domain.
 */
export function resultsSheet(plan: Plan): SheetLayout {
  const money = moneyFormat(plan.currency);
  const result = plan.result;
  const sheet = new SheetBuilder(SHEETS.results);
  sheet.set(0, 0, `Results: ${plan.evaluation.name}`).boldRow(0).note('A1', METHOD_SOURCE);
  sheet.row(1, 0, ['Figure', 'Value', 'What it means']).boldRow(1);
  const b = (row: number) => absoluteAddress(row, 1);
  const sum = (range: string | null) => (range === null ? '0' : `SUM(${range})`);
  const orNA = (value: Decimal | null) => value?.toNumber() ?? NA;
  const figures: [number, string, FormulaCell, string, string][] = [
    [
      ROWS.presentValue,
      'Present value',
      formula(sum(impactRange(plan, presentValueColumn(plan))), result.presentValue.toNumber()),
      money,
      'Sum of the discounted values of all outcomes in all years',
    ],
    [
      ROWS.inputsPresentValue,
      'Inputs (present value)',
      formula(sum(inputsRange(plan, INPUT_PRESENT_VALUE_COLUMN)), result.inputsPresentValue.toNumber()),
      money,
      'Sum of the discounted inputs',
    ],
    [
      ROWS.netPresentValue,
      'Net present value',
      formula(`${b(ROWS.presentValue)}-${b(ROWS.inputsPresentValue)}`, result.netPresentValue.toNumber()),
      money,
      'Present value less inputs',
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
    ],
    [
      ROWS.impact,
      'Total impact',
      formula(sum(impactRange(plan, IMPACT_COLUMN)), result.impact.toNumber()),
      money,
      'Sum of the Impact column (first-year values)',
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
    ],
    [
      ROWS.discountedPaybackMonths,
      'Discounted payback (months)',
      discountedPayback(plan),
      FORMATS.months,
      'Months until the cumulative present value reaches the inputs',
    ],
  ];
  for (const [row, label, cell, format, meaning] of figures)
    sheet.set(row, 0, label).set(row, 1, cell, format).set(row, 2, meaning);

  let row = ROWS.discountedPaybackMonths + 2;
  row = stakeholderTable(plan, sheet, row, money);
  row = domainTable(plan, sheet, row + 1, money);
  sheet.set(row + 1, 0, 'Year columns').set(row + 1, 1, yearColumnsCheck(plan));
  sheet.set(row + 2, 0, 'Method').set(row + 2, 1, METHOD_SOURCE);
  return sheet.build({ frozen: { rows: 2, columns: 0 }, columnWidths: [30, 18, 14, 22] });
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

/**
 * The sheet has one column per year up to plan.years; an outcome typed in
 * later with a longer duration or a later start would lose its last years
 * without a word. This cell says so, by formula, so it updates as users type.
 */
function yearColumnsCheck(plan: Plan): FormulaCell {
  const fits = `every outcome's years fit the ${plan.years} year columns`;
  const overflowing = plan.evaluation.outcomes.filter((o) => (o.startYear ?? 1) + o.duration - 1 > plan.years).length;
  const starts = impactRange(plan, impactColumn('startYear'));
  const durations = impactRange(plan, impactColumn('duration'));
  if (starts === null || durations === null) return formula(`"${fits}"`, fits);
  // A blank start year is year 1, as in the Impact Map's formulas.
  const count = `SUMPRODUCT(--((${starts}+(${starts}=0)+${durations}-1)>${plan.years}))`;
  const warning = `some outcomes run past year ${plan.years}, the last year column: their later years are not counted here; sroi evaluate counts them all`;
  return formula(`IF(${count}=0,"${fits}","${warning}")`, overflowing === 0 ? fits : warning);
}

function stakeholderTable(plan: Plan, sheet: SheetBuilder, start: number, money: string): number {
  sheet.row(start, 0, ['Value by stakeholder', 'Present value', 'Share', 'Inputs (present value)']).boldRow(start);
  const presentValues = impactRange(plan, presentValueColumn(plan));
  const stakeholderColumn = impactRange(plan, impactColumn('stakeholder'));
  const inputStakeholders = inputsRange(plan, 0);
  const inputValues = inputsRange(plan, INPUT_PRESENT_VALUE_COLUMN);
  plan.result.stakeholders.forEach((stakeholder, index) => {
    const row = start + 1 + index;
    // Exact matches on the stakeholder's ID cell, never a criteria string built from user text.
    const id = `${sheetReference(SHEETS.stakeholders)}!$A$${FIRST_DATA_ROW + index + 1}`;
    const value =
      presentValues === null || stakeholderColumn === null
        ? '0'
        : `SUMPRODUCT(--(${stakeholderColumn}=${id}),${presentValues})`;
    const inputs =
      inputStakeholders === null || inputValues === null
        ? '0'
        : `SUMPRODUCT(--(${inputStakeholders}=${id}),${inputValues})`;
    sheet
      .set(row, 0, stakeholder.name, FORMATS.text)
      .set(row, 1, formula(value, stakeholder.presentValue.toNumber()), money)
      .set(row, 2, formula(share(row), stakeholder.share?.toNumber() ?? NA), FORMATS.share)
      .set(row, 3, formula(inputs, stakeholder.inputsPresentValue.toNumber()), money);
  });
  return start + 1 + plan.result.stakeholders.length;
}

function domainTable(plan: Plan, sheet: SheetBuilder, start: number, money: string): number {
  sheet.row(start, 0, ['Value by domain', 'Present value', 'Share']).boldRow(start);
  const presentValues = impactRange(plan, presentValueColumn(plan));
  const domains = impactRange(plan, impactColumn('domain'));
  plan.result.domains.forEach((domain, index) => {
    const row = start + 1 + index;
    let value: string;
    if (presentValues === null || domains === null) value = '0';
    else if (domain.domain === 'unassigned') {
      value = `${absoluteAddress(ROWS.presentValue, 1)}-SUMPRODUCT((${domains}="economic")+(${domains}="social")+(${domains}="environmental"),${presentValues})`;
    } else value = `SUMPRODUCT(--(${domains}="${domain.domain}"),${presentValues})`;
    sheet
      .set(row, 0, domain.domain)
      .set(row, 1, formula(value, domain.presentValue.toNumber()), money)
      .set(row, 2, formula(share(row), domain.share?.toNumber() ?? NA), FORMATS.share);
  });
  return start + 1 + plan.result.domains.length;
}

function share(row: number): string {
  const total = absoluteAddress(ROWS.presentValue, 1);
  return `IF(${total}=0,"${NA}",${cellAddress(row, 1)}/${total})`;
}
