import { STAKEHOLDER_COLUMNS } from '../layout/columns.js';
import { FORMATS } from '../layout/formats.js';
import { FIRST_DATA_ROW, HEADER_ROW, SHEETS } from '../layout/names.js';
import type { SheetLayout } from '../layout/sheet.js';
import type { Plan } from './plan.js';
import { SheetBuilder } from './sheet-builder.js';
import { headerRow } from './headers.js';

/** The stakeholders table: ID and name. */
export function stakeholdersSheet(plan: Plan): SheetLayout {
  const sheet = new SheetBuilder(SHEETS.stakeholders);
  sheet.set(0, 0, 'Stakeholders: who experiences change or invests').boldRow(0);
  headerRow(sheet, HEADER_ROW, STAKEHOLDER_COLUMNS);
  plan.evaluation.stakeholders.forEach((stakeholder, index) => {
    sheet.row(FIRST_DATA_ROW + index, 0, [stakeholder.id, stakeholder.name], FORMATS.text);
  });
  return sheet.build({ frozen: { rows: 2, columns: 0 }, columnWidths: STAKEHOLDER_COLUMNS.map((c) => c.width) });
}
