import { formula, type FormulaCell } from '../../cells/cell.js';
import { FIRST_DATA_ROW } from '../../layout/names.js';
import type { SheetBuilder } from '../../write/sheet-builder.js';
import { DELIVERY_COLUMNS, PROCUREMENT_SHEETS } from '../layout.js';
import { CONTRACT_COMMITMENT_COLUMNS, type ContractPlace } from './contract-tables.js';
import { COLUMNS, measureColumn } from './monitoring-columns.js';
import { rowsBelowCheck } from './rows-below.js';

/**
 * Writes two checks at `start`, each saying in words what the totals leave
 * out: a commitment or delivery naming a measure with no row (typed in
 * later), and rows typed below the Commitments or Deliveries written.
 */
export function writeMonitoringChecks(
  sheet: SheetBuilder,
  start: number,
  contract: ContractPlace,
  measureRows: number,
  blocks: { readonly commitments: number; readonly deliveries: number },
): void {
  const below = rowsBelowCheck(
    [
      {
        sheet: PROCUREMENT_SHEETS.commitments,
        rowBelow: FIRST_DATA_ROW + blocks.commitments,
        columns: CONTRACT_COMMITMENT_COLUMNS.length,
      },
      {
        sheet: PROCUREMENT_SHEETS.deliveries,
        rowBelow: FIRST_DATA_ROW + blocks.deliveries,
        columns: DELIVERY_COLUMNS.length,
      },
    ],
    'Every row of Commitments and Deliveries is counted',
    'commitments or deliveries',
  );
  sheet
    .set(start, 0, 'Check')
    .set(start, 1, everyCodeCounted(contract, measureRows))
    .set(start + 1, 0, 'Check')
    .set(start + 1, 1, below);
}

/**
 * Every commitment and delivery is in a row: the quantities on the
 * Commitments and Deliveries sheets add up to the table's, unless one names a
 * measure the table has no row for.
 */
function everyCodeCounted(contract: ContractPlace, measureRows: number): FormulaCell {
  const sum = (range: string | null) => (range === null ? '0' : `SUM(${range})`);
  const table = (column: number) => sum(measureColumn(measureRows, column));
  // Relative tolerance: the two sums add the same quantities in a different order.
  const agree = (a: string, b: string) => `ABS(${a}-${b})<=1E-9*MAX(1,ABS(${a}))`;
  const counted = 'Every commitment and delivery is counted above';
  return formula(
    `IF(AND(${agree(sum(contract.committedQuantities), table(COLUMNS.committedQuantity))},` +
      `${agree(sum(contract.deliveredQuantities), table(COLUMNS.deliveredQuantity))}),` +
      `"${counted}","Some commitments or deliveries name a measure that has no row above: write the workbook again to count them")`,
    counted,
  );
}
