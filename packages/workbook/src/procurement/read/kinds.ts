import {
  BID_COLUMNS,
  COMMITMENT_COLUMNS,
  DELIVERY_COLUMNS,
  INDEX_COLUMNS,
  MEASURE_COLUMNS,
  type BidField,
  type CommitmentField,
  type DeliveryField,
  type IndexField,
  type MeasureField,
} from '../layout.js';
import type { TableKind } from './find-tables.js';

/** The tables the procurement readers look for, and how each is told from the others. */

export const MEASURES: TableKind<MeasureField> = {
  name: 'measures table',
  columns: MEASURE_COLUMNS,
  sheets: ['measures', 'catalogue', 'framework', 'measures framework', 'toms'],
  identifying: ['code'],
  minimum: 3,
  required: ['code', 'domain', 'theme', 'outcome', 'measure', 'unit', 'proxy', 'priceYear', 'source'],
};

export const PRICE_INDEX: TableKind<IndexField> = {
  name: 'price index table',
  columns: INDEX_COLUMNS,
  sheets: ['price index', 'index', 'deflator', 'gdp deflator'],
  identifying: ['year', 'index'],
  minimum: 2,
  required: ['year', 'index'],
};

export const BIDS: TableKind<BidField> = {
  name: 'bids table',
  columns: BID_COLUMNS,
  sheets: ['bids', 'bid', 'tenders'],
  identifying: ['bidder', 'price'],
  minimum: 3,
  required: ['bidder', 'price', 'quality'],
};

/** A tender's commitments: each row names its bidder. */
export const BID_COMMITMENTS: TableKind<CommitmentField> = {
  name: 'commitments table',
  columns: COMMITMENT_COLUMNS,
  sheets: ['commitments'],
  identifying: ['bidder', 'code', 'quantity'],
  minimum: 3,
  required: ['bidder', 'code', 'quantity'],
};

/** A contract's commitments: its supplier's, so no Bidder column is needed. */
export const CONTRACT_COMMITMENTS: TableKind<CommitmentField> = {
  ...BID_COMMITMENTS,
  identifying: ['code', 'quantity'],
  minimum: 2,
  required: ['code', 'quantity'],
};

export const DELIVERIES: TableKind<DeliveryField> = {
  name: 'deliveries table',
  columns: DELIVERY_COLUMNS,
  sheets: ['deliveries', 'delivery', 'monitoring returns', 'returns'],
  identifying: ['period', 'code', 'quantity'],
  minimum: 3,
  required: ['period', 'code', 'quantity'],
};
