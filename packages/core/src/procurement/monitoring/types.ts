import type { Decimal, DecimalLike } from '../../decimal.js';
import type { Domain } from '../../model/types.js';
import type { Pricing } from '../price-base/types.js';
import type { Commitment } from '../tenders/types.js';

/** A quantity of a measure delivered in one reporting period. */
export interface Delivery {
  /** The reporting period as the contract names it, e.g. `"2025 Q1"`; periods are listed in first-seen order. */
  readonly period: string;
  readonly code: string;
  /** Units delivered, 0 or more. */
  readonly quantity: DecimalLike;
}

/** A contract's social value commitments and what was reported delivered. */
export interface Contract {
  readonly name: string;
  readonly supplier?: string;
  /** Measures committed to at award (quantities for the whole contract). */
  readonly commitments: readonly Commitment[];
  readonly deliveries: readonly Delivery[];
}

/** Committed against delivered, for one measure, in the price base. */
export interface MeasureDelivery {
  readonly code: string;
  readonly domain: Domain;
  readonly theme: string;
  readonly measure: string;
  readonly unit: string;
  readonly proxy: Decimal;
  readonly committedQuantity: Decimal;
  readonly deliveredQuantity: Decimal;
  readonly committedValue: Decimal;
  readonly deliveredValue: Decimal;
  /** Delivered / committed quantity, a fraction (1 = in full); null when nothing was committed. */
  readonly delivered: Decimal | null;
  /** Committed less delivered, never below 0. */
  readonly shortfallQuantity: Decimal;
  readonly shortfallValue: Decimal;
}

/** Totals over a group of measures (a domain, or the whole contract). */
export interface DeliveryTotals {
  readonly committedValue: Decimal;
  readonly deliveredValue: Decimal;
  /** Delivered / committed value, a fraction; null when nothing was committed. */
  readonly delivered: Decimal | null;
  /** Sum of each measure's shortfall: over-delivery on one measure does not make up for another. */
  readonly shortfallValue: Decimal;
}

export interface DomainDelivery extends DeliveryTotals {
  readonly domain: Domain;
}

export interface PeriodDelivery {
  readonly period: string;
  readonly deliveredValue: Decimal;
  /** Delivered value up to and including this period. */
  readonly cumulativeValue: Decimal;
}

export interface DeliveryWarning {
  readonly code: 'not-committed' | 'nothing-delivered' | 'over-delivered';
  readonly path?: string;
  readonly message: string;
}

/** What `monitorDelivery` works out. */
export interface DeliveryReport {
  readonly name: string;
  readonly supplier: string | null;
  readonly currency: string;
  readonly pricing: Pricing;
  /** Committed measures in the order committed, then measures only delivered. */
  readonly measures: readonly MeasureDelivery[];
  /** The domains that have measures, economic, social, environmental. */
  readonly domains: readonly DomainDelivery[];
  readonly periods: readonly PeriodDelivery[];
  readonly totals: DeliveryTotals;
  readonly warnings: readonly DeliveryWarning[];
}
