import {
  scoreTenders,
  type Catalogue,
  type DecimalLike,
  type Tender,
  type TenderOptions,
  type TenderResult,
} from '@sroi/core';
import { FIRST_DATA_ROW } from '../../layout/names.js';
import { BID_COLUMNS, COMMITMENT_COLUMNS, PROCUREMENT_SHEETS, type BidField } from '../layout.js';
import { columnRange, sheetCell } from './formulas.js';
import type { PriceBaseUsed } from './pricing.js';

/** One row of the tender's Commitments sheet: a bid's commitment with the engine's price. */
export interface CommitmentRow {
  readonly bidder: string;
  readonly code: string;
  readonly quantity: DecimalLike;
  readonly proxy: number;
  readonly value: number;
}

/** The tender, the engine's scores, and what the sheets share: where the bids and commitments are. */
export interface TenderPlan {
  readonly tender: Tender;
  readonly result: TenderResult;
  /** Every bid's commitments, bid by bid, in the order given. */
  readonly commitments: readonly CommitmentRow[];
  /** The catalogue and price base that price the commitments; null when no bid commits to measures. */
  readonly pricing: { readonly catalogue: Catalogue; readonly base: PriceBaseUsed } | null;
}

/**
 * Scores the tender with the engine (which checks it and throws every
 * problem at once) and plans the sheets.
 */
export function tenderPlanOf(tender: Tender, options: TenderOptions): TenderPlan {
  const result = scoreTenders(tender, options);
  const commitments = result.bids.flatMap((bid, b) =>
    bid.commitments.map((commitment, c) => ({
      bidder: bid.bidder,
      code: commitment.code,
      // The quantity as the user gave it; the engine's read value is the same number.
      quantity: tender.bids[b]?.commitments?.[c]?.quantity ?? commitment.quantity.toNumber(),
      proxy: commitment.proxy.toNumber(),
      value: commitment.value.toNumber(),
    })),
  );
  const pricing =
    commitments.length === 0 || options.catalogue === undefined || result.pricing === null
      ? null
      : {
          catalogue: options.catalogue,
          base: { year: result.pricing.priceYear, index: options.priceBase?.index ?? null },
        };
  return { tender, result, commitments, pricing };
}

export function bidColumn(field: BidField): number {
  return BID_COLUMNS.findIndex((column) => column.field === field);
}

/** A bid's cell on the Bids sheet, absolute with its sheet. */
export function bidCell(index: number, field: BidField): string {
  return sheetCell(PROCUREMENT_SHEETS.bids, FIRST_DATA_ROW + index, bidColumn(field));
}

/** A column of every bid on the Bids sheet, absolute with its sheet. */
export function bidsRange(plan: TenderPlan, field: BidField): string {
  return columnRange(PROCUREMENT_SHEETS.bids, bidColumn(field), FIRST_DATA_ROW, plan.result.bids.length) as string;
}

// The tender's Commitments sheet: Bidder, Measure code, Quantity, then the proxy in the price base and the value.
export const COMMITMENT_PROXY_COLUMN = COMMITMENT_COLUMNS.length;
export const COMMITMENT_VALUE_COLUMN = COMMITMENT_COLUMNS.length + 1;

export function commitmentsRange(plan: TenderPlan, column: number): string | null {
  return columnRange(PROCUREMENT_SHEETS.commitments, column, FIRST_DATA_ROW, plan.commitments.length);
}
