import { absoluteAddress } from '../cells/address.js';
import { formula } from '../cells/cell.js';
import { STAKEHOLDER_COLUMNS } from '../layout/columns.js';
import { FORMATS } from '../layout/formats.js';
import { FIRST_DATA_ROW, HEADER_ROW } from '../layout/names.js';
import type { SheetLayout } from '../layout/sheet.js';
import { headerRow } from './headers.js';
import { stakeholdersTotalRow, type Plan } from './plan.js';
import { SheetBuilder } from './sheet-builder.js';
import { withTable } from './table.js';
import { textCell } from './text.js';

/**
 * The stakeholders table: ID and name, then the prepared blank rows (Text
 * format, so an ID such as `=x` or `007` stays as typed) and a Total row that
 * counts the stakeholders and shows where the rows the Results sheet counts end.
 */
export function stakeholdersSheet(plan: Plan): SheetLayout {
  const sheet = new SheetBuilder(plan.sheetNames.stakeholders);
  sheet.set(0, 0, 'Stakeholders: who experiences change or invests').boldRow(0);
  headerRow(sheet, HEADER_ROW, STAKEHOLDER_COLUMNS);
  for (let index = 0; index < plan.stakeholderRows; index += 1) {
    const stakeholder = plan.evaluation.stakeholders[index];
    sheet.row(FIRST_DATA_ROW + index, 0, [textCell(stakeholder?.id), textCell(stakeholder?.name)], FORMATS.text);
  }
  const total = stakeholdersTotalRow(plan);
  const count =
    plan.stakeholderRows === 0 ? '0' : `COUNTA(${absoluteAddress(FIRST_DATA_ROW, 0)}:${absoluteAddress(total - 1, 0)})`;
  sheet
    .set(total, 0, 'Total')
    .set(total, 1, formula(count, plan.evaluation.stakeholders.length), FORMATS.stakeholders)
    .boldRow(total);
  const layout = sheet.build({
    frozen: { rows: 2, columns: 0 },
    columnWidths: STAKEHOLDER_COLUMNS.map((c) => c.width),
  });
  return withTable(layout, 'Stakeholders', plan.stakeholderRows);
}
