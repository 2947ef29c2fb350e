import type { Tender, TenderOptions } from '@sroi/core';
import type { SheetLayout, WorkbookLayout } from '../../layout/sheet.js';
import { printed } from '../../write/print.js';
import { bidsSheet } from './bids-sheet.js';
import { measuresPlace, measuresSheet } from './measures-sheet.js';
import { indexPlace, priceIndexSheet } from './price-index-sheet.js';
import { scoresSheet } from './scores-sheet.js';
import { tenderCommitmentsSheet } from './tender-commitments-sheet.js';
import { tenderPlanOf } from './tender-plan.js';
import { tenderSheet } from './tender-sheet.js';

/**
 * Lays a tender out as a workbook a commissioner can publish and change:
 * Tender (weights and methods, named cells such as `PriceWeight`), Bids, and
 * Scores, whose price, quality and social value points, total, rank and
 * social value per pound are live Excel formulas following the engine's
 * arithmetic. When a bid commits to measures, Commitments and Measures (the
 * catalogue priced in the price base, through a Price Index sheet when an
 * index moves the prices) are added, and that bid's social value offer is a
 * formula over them. Each formula carries the engine's value as its cached
 * result.
 *
 * @param tender - the tender (it is scored first)
 * @param options - the catalogue and price base that price commitments, as for `scoreTenders`
 * @returns the sheets as 2-D arrays, ready for exceljs or Office.js, each set up to print
 *   (landscape, one page wide, the name in the header: see `printed`)
 * @throws SroiValidationError listing every problem with the tender, catalogue or price base
 *
 * @example
 * ```ts
 * const layout = tenderWorkbook({
 *   weights: { price: 60, quality: 30, socialValue: 10 },
 *   bids: [
 *     { bidder: 'A', price: 10000, quality: 80, socialValue: 50000 },
 *     { bidder: 'B', price: 8000, quality: 70, socialValue: 20000 },
 *   ],
 * });
 * layout.sheets.map((sheet) => sheet.name); //=> ['Tender', 'Bids', 'Scores']
 * ```
 */
export function tenderWorkbook(tender: Tender, options: TenderOptions = {}): WorkbookLayout {
  const plan = tenderPlanOf(tender, options);
  const sheets: SheetLayout[] = [tenderSheet(tender, plan.result), bidsSheet(plan), scoresSheet(plan)];
  if (plan.pricing !== null) {
    const { catalogue, base } = plan.pricing;
    const index = base.index === null ? null : indexPlace(base.index.values.length);
    sheets.push(
      tenderCommitmentsSheet(plan, measuresPlace(catalogue), base.year),
      measuresSheet(catalogue, base, index),
    );
    if (base.index !== null) sheets.push(priceIndexSheet(base.index));
  }
  return printed({ sheets }, plan.result.name);
}
