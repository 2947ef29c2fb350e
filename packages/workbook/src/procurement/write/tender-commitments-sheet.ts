import { cellAddress } from '../../cells/address.js';
import { formula } from '../../cells/cell.js';
import { FORMATS, moneyFormat } from '../../layout/formats.js';
import { FIRST_DATA_ROW, HEADER_ROW, SPARE_ROWS } from '../../layout/names.js';
import type { SheetLayout } from '../../layout/sheet.js';
import { headerRow } from '../../write/headers.js';
import { SheetBuilder } from '../../write/sheet-builder.js';
import { withTable } from '../../write/table.js';
import { numberCell, textCell } from '../../write/text.js';
import { COMMITMENT_COLUMNS, PROCUREMENT_SHEETS } from '../layout.js';
import { lookupExact } from './formulas.js';
import { pricedHeader, type MeasuresPlace } from './measures-sheet.js';
import { COMMITMENT_PROXY_COLUMN, COMMITMENT_VALUE_COLUMN, type TenderPlan } from './tender-plan.js';

/**
 * The tender's Commitments sheet: one row per measure a bid commits to
 * (Bidder, Measure code, Quantity), then the measure's proxy in the price base
 * looked up on the Measures sheet and the commitment's value, quantity x
 * proxy, which the Bids sheet adds up for each bidder.
 */
export function tenderCommitmentsSheet(plan: TenderPlan, measures: MeasuresPlace, year: number): SheetLayout {
  const money = moneyFormat(plan.result.currency);
  const sheet = new SheetBuilder(PROCUREMENT_SHEETS.commitments);
  sheet.set(0, 0, `Commitments: the measures each bid commits to, valued in ${year} prices`).boldRow(0);
  headerRow(sheet, HEADER_ROW, COMMITMENT_COLUMNS);
  sheet
    .set(HEADER_ROW, COMMITMENT_PROXY_COLUMN, pricedHeader(year))
    .set(HEADER_ROW, COMMITMENT_VALUE_COLUMN, `Value in ${year} prices`)
    .note(
      cellAddress(HEADER_ROW, COMMITMENT_PROXY_COLUMN),
      `From the ${PROCUREMENT_SHEETS.measures} sheet; #N/A when the code is not there exactly once (codes match exactly, capitals too).`,
    );
  plan.commitments.forEach((commitment, offset) => {
    const row = FIRST_DATA_ROW + offset;
    const code = `$${cellAddress(row, 1)}`;
    sheet
      .set(row, 0, textCell(commitment.bidder), FORMATS.text)
      .set(row, 1, textCell(commitment.code), FORMATS.text)
      .set(row, 2, numberCell(commitment.quantity), FORMATS.quantity)
      .set(
        row,
        COMMITMENT_PROXY_COLUMN,
        formula(lookupExact(measures.codes, measures.proxies, code, measures.firstRow), commitment.proxy),
        money,
      )
      .set(
        row,
        COMMITMENT_VALUE_COLUMN,
        formula(`$${cellAddress(row, 2)}*$${cellAddress(row, COMMITMENT_PROXY_COLUMN)}`, commitment.value),
        money,
      );
  });
  const last = FIRST_DATA_ROW + plan.commitments.length + SPARE_ROWS;
  sheet.validate({
    range: `C${FIRST_DATA_ROW + 1}:C${last}`,
    type: 'decimal',
    min: 0,
    max: 1e15,
    message: 'Quantity: units of the measure, 0 or more',
  });
  const widths = [...COMMITMENT_COLUMNS.map((column) => column.width), 16, 16];
  return withTable(
    sheet.build({ frozen: { rows: FIRST_DATA_ROW, columns: 0 }, columnWidths: widths }),
    'Commitments',
    plan.commitments.length,
  );
}
