import { cellAddress } from '../../cells/address.js';
import { formula, type Cell } from '../../cells/cell.js';
import { FORMATS, moneyFormat } from '../../layout/formats.js';
import { FIRST_DATA_ROW, HEADER_ROW, SPARE_ROWS } from '../../layout/names.js';
import type { SheetLayout, Validation } from '../../layout/sheet.js';
import { headerRow } from '../../write/headers.js';
import { SheetBuilder } from '../../write/sheet-builder.js';
import { withTable } from '../../write/table.js';
import { numberCell, textCell } from '../../write/text.js';
import { BID_COLUMNS, PROCUREMENT_SHEETS, type BidField } from '../layout.js';
import { sumWhereExact } from './formulas.js';
import { bidColumn, COMMITMENT_VALUE_COLUMN, commitmentsRange, type TenderPlan } from './tender-plan.js';

/**
 * The Bids sheet: one row per bid with the user's values (BID_COLUMNS). A
 * bid that commits to measures has its social value offer as a live formula:
 * the sum of its commitments' values on the Commitments sheet.
 */
export function bidsSheet(plan: TenderPlan): SheetLayout {
  const money = moneyFormat(plan.result.currency);
  const sheet = new SheetBuilder(PROCUREMENT_SHEETS.bids);
  sheet.set(0, 0, `Bids: ${plan.result.name}`).boldRow(0);
  headerRow(sheet, HEADER_ROW, BID_COLUMNS);
  const formats: Record<BidField, string | null> = {
    bidder: FORMATS.text,
    price: money,
    quality: null,
    socialValue: money,
    socialValueScore: null,
  };
  const bidders = commitmentsRange(plan, 0);
  const values = commitmentsRange(plan, COMMITMENT_VALUE_COLUMN);
  plan.tender.bids.forEach((bid, index) => {
    const row = FIRST_DATA_ROW + index;
    const cells: Record<BidField, Cell> = {
      bidder: textCell(bid.bidder),
      price: numberCell(bid.price),
      quality: numberCell(bid.quality),
      socialValue: offerCell(plan, index, sumWhereExact(bidders, `$${cellAddress(row, bidColumn('bidder'))}`, values)),
      socialValueScore: numberCell(bid.socialValueScore),
    };
    BID_COLUMNS.forEach((column, c) => sheet.set(row, c, cells[column.field], formats[column.field]));
  });
  const last = FIRST_DATA_ROW + plan.tender.bids.length + SPARE_ROWS;
  const range = (field: BidField) =>
    `${cellAddress(FIRST_DATA_ROW, bidColumn(field))}:${cellAddress(last - 1, bidColumn(field))}`;
  const validations: Validation[] = [
    { range: range('price'), type: 'decimal', min: 0, max: 1e15, message: 'Price: the bid price, above 0' },
    { range: range('quality'), type: 'decimal', min: 0, max: 100, message: 'Quality score: 0 to 100' },
    {
      range: range('socialValue'),
      type: 'decimal',
      min: 0,
      max: 1e15,
      message: 'Social value offer: an amount, 0 or more',
    },
    {
      range: range('socialValueScore'),
      type: 'decimal',
      min: 0,
      max: 100,
      message: 'Social value score: the panel\u2019s score, 0 to 100',
    },
  ];
  validations.forEach((validation) => sheet.validate(validation));
  return withTable(
    sheet.build({ frozen: { rows: FIRST_DATA_ROW, columns: 1 }, columnWidths: BID_COLUMNS.map((c) => c.width) }),
    'Bids',
    plan.tender.bids.length,
  );
}

/**
 * A bid's social value offer: the money offered as given, or, for a bid that
 * commits to measures, the sum of its commitments' values (`committed`). A bid
 * whose commitments are an empty list offers 0, as the engine counts it.
 */
function offerCell(plan: TenderPlan, index: number, committed: string): Cell {
  const bid = plan.tender.bids[index];
  if (bid?.commitments === undefined) return numberCell(bid?.socialValue);
  const offered = plan.result.bids[index]?.socialValue?.toNumber() ?? 0;
  return plan.pricing === null ? offered : formula(committed, offered);
}
