import { type Decimal, toDecimal, WHOLE_NUMBER_RULES } from '@sroi/core';
import { absoluteAddress, cellAddress } from '../cells/address.js';
import { formula } from '../cells/cell.js';
import { INPUT_COLUMNS } from '../layout/columns.js';
import { FORMATS, moneyFormat } from '../layout/formats.js';
import { FIRST_DATA_ROW, HEADER_ROW, SPARE_ROWS } from '../layout/names.js';
import type { SheetLayout } from '../layout/sheet.js';
import { headerRow } from './headers.js';
import {
  DISCOUNTING_ROWS,
  discountingRange,
  INPUT_FACTOR_COLUMN,
  INPUT_PRESENT_VALUE_COLUMN,
  inputsTotalRow,
  type Plan,
} from './plan.js';
import { discountFactors } from './discount-factors.js';
import { SheetBuilder } from './sheet-builder.js';
import { withTable } from './table.js';
import { numberCell, textCell } from './text.js';

/**
 * The inputs table, each input discounted by the factor of its year (METHOD.md
 * step 4), then the prepared blank rows with the same formulas, formats and
 * validation, and a Total row over all of them.
 */
export function inputsSheet(plan: Plan): SheetLayout {
  const money = moneyFormat(plan.currency);
  const sheet = new SheetBuilder(plan.sheetNames.inputs);
  sheet.set(0, 0, 'Inputs: what each stakeholder invests, valued in money').boldRow(0);
  headerRow(sheet, HEADER_ROW, INPUT_COLUMNS);
  sheet
    .set(HEADER_ROW, INPUT_FACTOR_COLUMN, 'Discount factor')
    .set(HEADER_ROW, INPUT_PRESENT_VALUE_COLUMN, 'Present value');

  const factors = discountFactors(plan).discountFactors;
  const factorRow = discountingRange(plan, DISCOUNTING_ROWS.discountFactor, 0);
  const inputs = plan.evaluation.inputs;
  for (let index = 0; index < plan.inputRows; index += 1) {
    const row = FIRST_DATA_ROW + index;
    const input = inputs[index];
    const factor = input === undefined ? null : (factors[input.year ?? 0] as Decimal);
    const amount = cellAddress(row, 2);
    // A row without an amount is blank (a prepared row): its formulas give "" until one is typed.
    const guard = (expression: string) => `IF(${amount}="","",${expression})`;
    sheet
      .set(row, 0, textCell(input?.stakeholder), FORMATS.text)
      .set(row, 1, textCell(input?.description), FORMATS.text)
      .set(row, 2, numberCell(input?.amount), money)
      .set(row, 3, input?.year ?? null, FORMATS.whole)
      // A blank year is 0: 1 + blank = 1, the first (year 0) factor.
      .set(
        row,
        INPUT_FACTOR_COLUMN,
        formula(guard(`INDEX(${factorRow},1+${cellAddress(row, 3)})`), factor?.toNumber() ?? ''),
        FORMATS.factor,
      )
      .set(
        row,
        INPUT_PRESENT_VALUE_COLUMN,
        formula(
          guard(`${amount}*${cellAddress(row, INPUT_FACTOR_COLUMN)}`),
          input === undefined || factor === null ? '' : toDecimal(input.amount).times(factor).toNumber(),
        ),
        money,
      );
  }

  const total = inputsTotalRow(plan);
  const sum = (column: number, value: number) =>
    formula(
      plan.inputRows === 0
        ? '0'
        : `SUM(${absoluteAddress(FIRST_DATA_ROW, column)}:${absoluteAddress(total - 1, column)})`,
      value,
    );
  const amounts = inputs.reduce((sum, input) => sum.plus(toDecimal(input.amount)), toDecimal(0));
  sheet
    .set(total, 0, 'Total')
    .set(total, 2, sum(2, amounts.toNumber()), money)
    .set(
      total,
      INPUT_PRESENT_VALUE_COLUMN,
      sum(INPUT_PRESENT_VALUE_COLUMN, plan.result.inputsPresentValue.toNumber()),
      money,
    )
    .boldRow(total);

  const last = total + SPARE_ROWS;
  sheet.validate({
    range: `C${FIRST_DATA_ROW + 1}:C${last}`,
    type: 'decimal',
    min: 0,
    max: 1e15,
    message: 'Amount: 0 or more',
  });
  sheet.validate({
    range: `D${FIRST_DATA_ROW + 1}:D${last}`,
    type: 'whole',
    min: WHOLE_NUMBER_RULES.inputYear.min,
    max: WHOLE_NUMBER_RULES.inputYear.max,
    message: `Year: 0 (blank, undiscounted) to ${WHOLE_NUMBER_RULES.inputYear.max}`,
  });
  const widths = [...INPUT_COLUMNS.map((c) => c.width), 14, 16];
  return withTable(sheet.build({ frozen: { rows: 2, columns: 0 }, columnWidths: widths }), 'Inputs', plan.inputRows);
}
