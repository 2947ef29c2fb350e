import { cellAddress, sheetReference } from '../../cells/address.js';
import { formula, type FormulaCell } from '../../cells/cell.js';
import { SPARE_ROWS } from '../../layout/names.js';

/** A block of rows that formulas count: rows typed below it are not. */
export interface CountedBlock {
  readonly sheet: string;
  /** The 0-based row below the block's last row. */
  readonly rowBelow: number;
  /** The block's columns that a user fills in, 0-based, from A. */
  readonly columns: number;
}

/**
 * A check that says in words when rows were typed below the rows the
 * formulas count (their ranges are fixed when the workbook is written), so a
 * row added later is never silently left out of a total.
 *
 * @param counted - what the cell says while nothing is below, e.g. "Every bid is scored"
 * @param what - what such rows hold, e.g. "bids or commitments"
 */
export function rowsBelowCheck(blocks: readonly CountedBlock[], counted: string, what: string): FormulaCell {
  const below = blocks.map(
    (block) =>
      `COUNTA(${sheetReference(block.sheet)}!${cellAddress(block.rowBelow, 0)}:${cellAddress(block.rowBelow + SPARE_ROWS - 1, block.columns - 1)})`,
  );
  const where = blocks.map((block) => `${block.sheet} below row ${block.rowBelow}`).join(' or ');
  const warning = `There are ${what} on ${where} that these formulas do not count: write the workbook again to count them`;
  return formula(`IF(${below.join('+')}=0,"${counted}","${warning.replace(/"/g, '""')}")`, counted);
}
