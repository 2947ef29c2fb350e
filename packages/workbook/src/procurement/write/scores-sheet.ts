import type { SheetLayout } from '../../layout/sheet.js';
import { absoluteAddress, cellAddress } from '../../cells/address.js';
import { formula } from '../../cells/cell.js';
import { FORMATS, moneyFormat } from '../../layout/formats.js';
import { FIRST_DATA_ROW, HEADER_ROW } from '../../layout/names.js';
import { NA } from '../../write/plan.js';
import { SheetBuilder } from '../../write/sheet-builder.js';
import { withTable } from '../../write/table.js';
import { BID_COLUMNS, COMMITMENT_COLUMNS, PROCUREMENT_SHEETS } from '../layout.js';
import { rowsBelowCheck, type CountedBlock } from './rows-below.js';
import { POINTS_FORMAT, writeScoredAgainst } from './scored-against.js';
import { bidCell, type TenderPlan } from './tender-plan.js';
import { tenderCell } from './tender-sheet.js';

/** Totals that agree to this many decimal places tie, as the engine ranks them. */
const TIE_PLACES = 10;

const SCORE_HEADERS = ['Bidder', 'Price points', 'Quality points', 'Social value points', 'Total', 'Rank'] as const;

/**
 * The Scores sheet: one row per bid with live formulas that follow the
 * engine's arithmetic (core's tenders/points.ts) and the Tender sheet's
 * weights and methods, so changing a weight, a method or a bid rescores at
 * once; then the figures every bid is scored against, with names.
 *
 * - Price: lowest price / price x weight; linear: (highest - price) /
 *   (highest - lowest) x weight, the full weight when every price is the same.
 * - Quality: score / 100 x weight.
 * - Social value: offer / highest offer x the weight on money offers (none
 *   when no bid offers money), plus panel score / 100 x the weight on scores.
 * - Rank: 1 + the number of totals above, totals rounded to 10 places, so
 *   ties share a rank (1, 1, 3) as the engine ranks them.
 */
export function scoresSheet(plan: TenderPlan): SheetLayout {
  const { result } = plan;
  const money = moneyFormat(result.currency);
  const sheet = new SheetBuilder(PROCUREMENT_SHEETS.scores);
  const bids = result.bids.length;
  sheet.set(0, 0, `Scores: ${result.name}`).boldRow(0);
  const perPound = result.currency === 'GBP' ? 'Social value per \u00a3' : `Social value per ${result.currency}`;
  sheet.row(HEADER_ROW, 0, [...SCORE_HEADERS, perPound]).boldRow(HEADER_ROW);
  sheet.note(cellAddress(HEADER_ROW, 6), 'The social value offered in money for each unit of the bid price.');

  // The figures every bid is scored against, below the bids.
  const against = writeScoredAgainst(plan, sheet, FIRST_DATA_ROW + bids + 1, money);
  const { lowestPrice: lowest, highestPrice: highest, highestOffer, moneyWeight, scoreWeight } = against;

  const totals = `${absoluteAddress(FIRST_DATA_ROW, 4)}:${absoluteAddress(FIRST_DATA_ROW + bids - 1, 4)}`;
  result.bids.forEach((scored, index) => {
    const row = FIRST_DATA_ROW + index;
    const price = bidCell(index, 'price');
    const offer = bidCell(index, 'socialValue');
    const weight = tenderCell('priceWeight');
    const pricePoints =
      `IF(${tenderCell('priceMethod')}="linear",IF(${highest}=${lowest},${weight},(${highest}-${price})/(${highest}-${lowest})*${weight}),` +
      `${lowest}/${price}*${weight})`;
    const socialValuePoints =
      `IF(${highestOffer}=0,0,${offer}/${highestOffer}*${moneyWeight})` +
      `+${bidCell(index, 'socialValueScore')}/100*${scoreWeight}`;
    const total = cellAddress(row, 4);
    sheet
      .set(row, 0, formula(`${bidCell(index, 'bidder')}&""`, scored.bidder))
      .set(row, 1, formula(pricePoints, scored.points.price.toNumber()), POINTS_FORMAT)
      .set(
        row,
        2,
        formula(`${bidCell(index, 'quality')}/100*${tenderCell('qualityWeight')}`, scored.points.quality.toNumber()),
        POINTS_FORMAT,
      )
      .set(row, 3, formula(socialValuePoints, scored.points.socialValue.toNumber()), POINTS_FORMAT)
      .set(
        row,
        4,
        formula(`SUM(${cellAddress(row, 1)}:${cellAddress(row, 3)})`, scored.points.total.toNumber()),
        POINTS_FORMAT,
      )
      .set(
        row,
        5,
        formula(`1+SUMPRODUCT(--(ROUND(${totals},${TIE_PLACES})>ROUND(${total},${TIE_PLACES})))`, scored.rank),
        FORMATS.whole,
      )
      .set(
        row,
        6,
        formula(`IF(${offer}="","${NA}",${offer}/${price})`, scored.socialValuePerPound?.toNumber() ?? NA),
        '0.00',
      );
  });

  const checkRow = against.nextRow + 1;
  const blocks: CountedBlock[] = [
    { sheet: PROCUREMENT_SHEETS.bids, rowBelow: FIRST_DATA_ROW + bids, columns: BID_COLUMNS.length },
  ];
  if (plan.pricing !== null)
    blocks.push({
      sheet: PROCUREMENT_SHEETS.commitments,
      rowBelow: FIRST_DATA_ROW + plan.commitments.length,
      columns: COMMITMENT_COLUMNS.length,
    });
  const counted = plan.pricing === null ? 'Every bid is scored' : 'Every bid and commitment is scored';
  sheet
    .set(checkRow, 0, 'Check')
    .set(checkRow, 1, rowsBelowCheck(blocks, counted, plan.pricing === null ? 'bids' : 'bids or commitments'));
  return withTable(
    sheet.build({
      frozen: { rows: FIRST_DATA_ROW, columns: 1 },
      columnWidths: [34, 14, 14, 18, 12, 8, 18],
      namedCells: against.namedCells,
    }),
    'Scores',
    bids,
  );
}
