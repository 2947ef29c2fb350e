import type { Discount } from '@sroi/core';
import { cellAddress } from '../cells/address.js';
import { SETTINGS_ROWS, type SettingField } from '../layout/columns.js';
import { FORMATS } from '../layout/formats.js';
import { METHOD_SOURCE } from '../layout/names.js';
import type { SheetLayout } from '../layout/sheet.js';
import { SETTINGS_FIRST_ROW, type Plan } from './plan.js';
import { SheetBuilder } from './sheet-builder.js';
import { numberCell, textCell } from './text.js';

/** The name of each setting's cell: valid Excel names that never read as a cell. */
const SETTING_NAMES: Record<SettingField, string> = {
  name: 'EvaluationName',
  currency: 'Currency',
  kind: 'Kind',
  timing: 'Timing',
  discount: 'Discount',
  rate: 'DiscountRate',
  reductions: 'Reductions',
};

/** The settings block: one setting per row; a blank value means the default. */
export function settingsSheet(plan: Plan): SheetLayout {
  const { evaluation } = plan;
  const sheet = new SheetBuilder(plan.sheetNames.settings);
  sheet.set(0, 0, 'SROI evaluation settings').boldRow(0).note('A1', METHOD_SOURCE);
  sheet.row(1, 0, ['Setting', 'Value', 'What it means']).boldRow(1);
  const values: Record<SettingField, string | number | null> = {
    name: textCell(evaluation.name),
    currency: textCell(evaluation.currency),
    kind: textCell(evaluation.kind),
    timing: textCell(evaluation.timing),
    discount: discountForm(evaluation.discount),
    rate:
      evaluation.discount !== undefined && 'rate' in evaluation.discount ? numberCell(evaluation.discount.rate) : null,
    reductions: textCell(evaluation.reductions),
  };
  SETTINGS_ROWS.forEach((setting, index) => {
    const row = SETTINGS_FIRST_ROW + index;
    const format = setting.field === 'rate' ? FORMATS.rate : FORMATS.text;
    sheet.set(row, 0, setting.label).set(row, 1, values[setting.field], format).set(row, 2, setting.help);
    if (setting.choices !== undefined) {
      sheet.validate({
        range: cellAddress(row, 1),
        type: 'list',
        values: setting.choices,
        message: `${setting.label}: ${setting.choices.join(', ')}, or blank for the default`,
      });
    }
  });
  sheet.validate({
    range: cellAddress(SETTINGS_FIRST_ROW + SETTINGS_ROWS.findIndex((s) => s.field === 'rate'), 1),
    type: 'decimal',
    min: 0,
    max: 1,
    message: 'Discount rate: a percentage from 0% to 100%, e.g. 3.5%',
  });
  const methodRow = SETTINGS_FIRST_ROW + SETTINGS_ROWS.length + 1;
  sheet.set(methodRow, 0, 'Method').set(methodRow, 1, METHOD_SOURCE).boldRow(methodRow);
  const namedCells = SETTINGS_ROWS.map((setting, index) => ({
    name: SETTING_NAMES[setting.field],
    cell: cellAddress(SETTINGS_FIRST_ROW + index, 1),
    comment: `${setting.label}: ${setting.help}`,
  }));
  return sheet.build({ frozen: { rows: 2, columns: 0 }, columnWidths: [16, 40, 90], namedCells });
}

function discountForm(discount: Discount | undefined): string | null {
  if (discount === undefined) return null;
  if ('rate' in discount) return 'constant';
  if ('schedule' in discount) return discount.schedule;
  return 'rates';
}
