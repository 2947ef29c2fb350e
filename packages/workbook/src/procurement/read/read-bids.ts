import type { Bid, Commitment } from '@sroi/core';
import type { ReadContext } from '../../read/context.js';
import type { NumberStyle } from '../../read/number-text.js';
import { parseText, shown } from '../../read/values.js';
import type { BidField, CommitmentField } from '../layout.js';
import { given, rowReader } from './cells.js';
import type { FoundTable } from './find-tables.js';
import { amount, percentage, text } from './parsers.js';

/** A bid as read: commitments are attached from the Commitments table. */
type BidDraft = { -readonly [K in keyof Bid]: Bid[K] };

const SCORE = 'a score from 0 to 100';

/** The bids read, and the row each came from. */
export interface BidsRead {
  readonly bids: BidDraft[];
  readonly rows: number[];
}

/**
 * One bid per row that holds something; a row with no bidder is said at its
 * cell, not read. The social value offer is read by {@link readOffers}, once
 * commitments are attached.
 */
export function readBids(
  context: ReadContext,
  table: FoundTable<BidField>,
  rows: readonly number[],
  style: (sheetIndex: number) => NumberStyle,
): BidsRead {
  const bids: BidDraft[] = [];
  const bidRows: number[] = [];
  const numbers = style(table.sheetIndex);
  for (const row of rows) {
    const cells = rowReader(context, table, row, `bids[${bids.length}]`, 'bidder');
    if (cells.cell('bidder').kind === 'blank' && table.columns.has('bidder')) {
      context.report(
        cells.ref('bidder') ?? null,
        'this row has no bidder, so it is not read: name the bidder, or clear the row',
      );
      continue;
    }
    bids.push({
      ...given('bidder', cells.take('bidder', text('bidder'))),
      ...given('price', cells.take('price', amount('price', 'an amount above 0, e.g. 250000', numbers))),
      ...given('quality', cells.take('quality', percentage('quality score', SCORE, numbers))),
      ...given('socialValueScore', cells.take('socialValueScore', percentage('social value score', SCORE, numbers))),
    } as BidDraft);
    bidRows.push(row);
  }
  return { bids, rows: bidRows };
}

/**
 * Reads each bid's social value offer in money. An empty offer is left out,
 * so that the engine asks for it (it is not an offer of 0). A bid with
 * commitments offers what they are worth: its offer cell (where the tender
 * workbook sums the commitments) is not read.
 */
export function readOffers(
  context: ReadContext,
  table: FoundTable<BidField>,
  read: BidsRead,
  style: (sheetIndex: number) => NumberStyle,
): void {
  const parse = amount('social value offer', 'an amount, 0 or more', style(table.sheetIndex));
  read.bids.forEach((bid, index) => {
    const cells = rowReader(context, table, read.rows[index] ?? 0, `bids[${index}]`, 'bidder');
    if (bid.commitments !== undefined) return;
    const offer = cells.take('socialValue', parse);
    if (offer !== undefined) bid.socialValue = offer;
  });
}

/** Trimmed and case-folded: "Acme Ltd " is the bidder "acme ltd". */
const fold = (name: string) => name.trim().toLowerCase();

/**
 * Attaches each Commitments row to the bid its Bidder names (in any case):
 * `bids[i].commitments[j]` is placed at the row. A bidder with no bid is a
 * problem at its cell.
 */
export function attachCommitments(
  context: ReadContext,
  table: FoundTable<CommitmentField>,
  rows: readonly number[],
  bids: BidDraft[],
  style: (sheetIndex: number) => NumberStyle,
): void {
  const byName = new Map<string, number>();
  bids.forEach((bid, index) => {
    if (typeof bid.bidder === 'string' && !byName.has(fold(bid.bidder))) byName.set(fold(bid.bidder), index);
  });
  const names = bids.map((bid) => JSON.stringify(bid.bidder)).join(', ');
  const numbers = style(table.sheetIndex);
  for (const row of rows) {
    const bidderRef = context.ref(table.sheetIndex, row, table.columns.get('bidder') ?? 0);
    const bidderCell = context.cell(table.sheetIndex, row, table.columns.get('bidder'));
    const bidder = parseText(bidderCell, 'bidder');
    if (!bidder.ok) {
      context.report(
        bidderRef,
        bidderCell.kind === 'blank'
          ? 'this commitment names no bidder: give the bidder as in the Bids table, or clear the row'
          : bidder.message,
      );
      continue;
    }
    const index = byName.get(fold(bidder.value));
    const bid = index === undefined ? undefined : bids[index];
    if (bid === undefined) {
      context.report(
        bidderRef,
        `no bid is from ${shown(bidderCell)}: a commitment's bidder must be one of the Bids table's (${names || 'none'})`,
      );
      continue;
    }
    const commitments = (bid.commitments ?? []) as Commitment[];
    const path = `bids[${index ?? 0}].commitments`;
    const cells = rowReader(context, table, row, `${path}[${commitments.length}]`, 'code');
    if (cells.cell('code').kind === 'blank') {
      context.report(
        cells.ref('code') ?? bidderRef,
        'this commitment has no measure code, so it is not read: give the code from the Measures sheet, or clear the row',
      );
      continue;
    }
    if (commitments.length === 0) context.locate(path, cells.ref('code') ?? bidderRef);
    commitments.push({
      ...given('code', cells.take('code', text('measure code'))),
      ...given('quantity', cells.take('quantity', amount('quantity', 'a number, 0 or more', numbers))),
    } as Commitment);
    bid.commitments = commitments;
  }
}
