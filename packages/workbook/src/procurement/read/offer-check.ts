import { formatMoney, scoreTenders, toDecimal, type Tender, type TenderOptions } from '@sroi/core';
import type { ReadContext } from '../../read/context.js';
import { numberIn } from '../../read/values.js';
import type { BidField } from '../layout.js';
import type { FoundTable } from './find-tables.js';

/**
 * A bid with commitments offers what they are worth, so its offer cell is
 * not read; where it holds a figure that is not what the commitments are
 * worth in the catalogue given (typed over the workbook's formula, or priced
 * from another catalogue), that is said at the cell, with both figures.
 */
export function warnOffersBesideCommitments(
  context: ReadContext,
  tender: Tender,
  options: TenderOptions,
  table: FoundTable<BidField>,
  rows: readonly number[],
): void {
  const column = table.columns.get('socialValue');
  if (options.catalogue === undefined || column === undefined || context.problems.length > 0) return;
  const scored = scoreTenders(tender, options);
  tender.bids.forEach((bid, index) => {
    const worth = scored.bids[index]?.socialValue;
    const ref = context.ref(table.sheetIndex, rows[index] ?? 0, column);
    const shown = numberIn(context.cell(ref.sheetIndex, ref.row, ref.column));
    if (bid.commitments === undefined || worth == null || shown === null) return;
    // Money to the penny: the sheet's formula works in floating point.
    if (toDecimal(shown).toDecimalPlaces(2).eq(worth.toDecimalPlaces(2))) return;
    context.warn(
      ref,
      `this offer (${formatMoney(toDecimal(shown), scored.currency)}) is not what the bid's commitments are worth (${formatMoney(worth, scored.currency)}, priced from ${JSON.stringify(options.catalogue?.name ?? '')}): the commitments are scored, and this cell is not read`,
    );
  });
}
