import { FORMATS } from '../layout/formats.js';
import { HEADER_ROW } from '../layout/names.js';
import type { SheetLayout } from '../layout/sheet.js';
import type { Plan } from './plan.js';
import { SheetBuilder } from './sheet-builder.js';
import { numberCell } from './text.js';

/**
 * Outcomes measured each year (`quantityByYear`): one row per such outcome,
 * the k-th column being the k-th year of the outcome. Written only when an
 * outcome has yearly quantities.
 */
export function quantityByYearSheet(plan: Plan): SheetLayout {
  const sheet = new SheetBuilder(plan.sheetNames.quantityByYear);
  sheet.set(0, 0, 'Quantity by year: outcomes measured each year (no drop-off)').boldRow(0);
  sheet.set(HEADER_ROW, 0, 'Outcome ID').boldRow(HEADER_ROW);
  for (let k = 1; k <= plan.quantityByYearWidth; k += 1) sheet.set(HEADER_ROW, k, `Year ${k} of outcome`);
  for (const [index, row] of plan.quantityByYear) {
    const outcome = plan.evaluation.outcomes[index];
    if (outcome?.quantityByYear === undefined) continue;
    sheet.set(row, 0, outcome.id, FORMATS.text);
    outcome.quantityByYear.forEach((quantity, k) => sheet.set(row, 1 + k, numberCell(quantity), FORMATS.quantity));
  }
  return sheet.build({
    frozen: { rows: 2, columns: 1 },
    columnWidths: [14, ...Array.from({ length: plan.quantityByYearWidth }, () => 16)],
  });
}
