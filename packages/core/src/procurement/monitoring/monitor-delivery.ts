import { ZERO, type Decimal } from '../../decimal.js';
import type { Domain } from '../../model/types.js';
import { SroiValidationError } from '../../model/problems.js';
import type { Catalogue } from '../catalogue/types.js';
import { findCatalogueProblems } from '../catalogue/read-catalogue.js';
import { Checker, at } from '../check.js';
import { findPriceBaseProblems } from '../price-base/read-index.js';
import { measurePricer, type PricedMeasure } from '../price-base/price-measures.js';
import type { PriceBase } from '../price-base/types.js';
import { PROCUREMENT_RULES } from '../rules.js';
import type { Contract, DeliveryReport, DeliveryTotals, DeliveryWarning, MeasureDelivery } from './types.js';

/** What `monitorDelivery` needs besides the contract. */
export interface MonitorOptions {
  /** The measures framework the commitments were made against. */
  readonly catalogue: Catalogue;
  /** The prices to state values in; default the catalogue's latest price year. */
  readonly priceBase?: PriceBase;
}

const DOMAINS: readonly Domain[] = ['economic', 'social', 'environmental'];

/**
 * Compares what a supplier committed to with what it reported delivered:
 * delivered value, the share of the commitment met, and the shortfall, by
 * measure, by domain, by period and in total, all priced from the catalogue
 * in the price base.
 *
 * @throws SroiValidationError listing every problem with its path (`deliveries[4].code`)
 *
 * @example
 * ```ts
 * const report = monitorDelivery(
 *   { name: 'Falls service', commitments: [{ code: 'EMP-1', quantity: 4 }],
 *     deliveries: [{ period: '2025 Q1', code: 'EMP-1', quantity: 1 }] },
 *   { catalogue },
 * );
 * report.measures[0].delivered?.toString(); //=> '0.25'
 * ```
 */
export function monitorDelivery(contract: Contract, options: MonitorOptions): DeliveryReport {
  const check = new Checker();
  check.problems.push(
    ...findCatalogueProblems(options.catalogue).map((p) => ({
      ...p,
      path: p.path === '' ? 'catalogue' : `catalogue.${p.path}`,
    })),
    ...(options.priceBase === undefined ? [] : findPriceBaseProblems(options.priceBase, 'priceBase')),
  );
  if (check.problems.length > 0) throw new SroiValidationError(check.problems, 'contract');
  const pricer = measurePricer(options.catalogue, options.priceBase);

  const record = check.object('', contract, 'the contract', ['name', 'supplier', 'commitments', 'deliveries']);
  if (record === undefined) throw new SroiValidationError(check.problems, 'contract');
  const name = check.text('name', record.name, 'contract name');
  const supplier = check.optionalText('supplier', record.supplier, 'supplier') ?? null;

  const rows = new Map<
    string,
    {
      priced: PricedMeasure;
      committed: Decimal;
      delivered: Decimal;
      committedAt: string | null;
      deliveredAt: string | null;
    }
  >();
  const row = (code: string, path: string) => {
    const priced = pricer.price(code, path, check);
    if (priced === undefined) return undefined;
    let entry = rows.get(code);
    if (entry === undefined) {
      entry = { priced, committed: ZERO, delivered: ZERO, committedAt: null, deliveredAt: null };
      rows.set(code, entry);
    }
    return entry;
  };

  check.list('commitments', record.commitments, 'commitments')?.forEach((item, i) => {
    const where = at('commitments', i);
    const commitment = check.object(where, item, 'a commitment', ['code', 'quantity']);
    if (commitment === undefined) return;
    const code = check.text(at(where, 'code'), commitment.code, 'measure code');
    const entry = code === undefined ? undefined : row(code, at(where, 'code'));
    const quantity = check.number(at(where, 'quantity'), commitment.quantity, PROCUREMENT_RULES.quantity);
    if (entry === undefined || quantity === undefined) return;
    entry.committed = entry.committed.plus(quantity);
    entry.committedAt ??= where;
  });

  const periods = new Map<string, Decimal>();
  check.list('deliveries', record.deliveries, 'deliveries')?.forEach((item, i) => {
    const where = at('deliveries', i);
    const delivery = check.object(where, item, 'a delivery', ['period', 'code', 'quantity']);
    if (delivery === undefined) return;
    const period = check.text(at(where, 'period'), delivery.period, 'period');
    const code = check.text(at(where, 'code'), delivery.code, 'measure code');
    const entry = code === undefined ? undefined : row(code, at(where, 'code'));
    const quantity = check.number(at(where, 'quantity'), delivery.quantity, PROCUREMENT_RULES.quantity);
    if (entry === undefined || quantity === undefined || period === undefined) return;
    entry.delivered = entry.delivered.plus(quantity);
    entry.deliveredAt ??= where;
    periods.set(period, (periods.get(period) ?? ZERO).plus(quantity.times(entry.priced.proxy)));
  });
  if (check.problems.length > 0 || name === undefined) throw new SroiValidationError(check.problems, 'contract');

  // Committed measures first, in the order committed, then those only delivered.
  const ordered = [...rows.values()].sort((a, b) => Number(a.committedAt === null) - Number(b.committedAt === null));
  const warnings: DeliveryWarning[] = [];
  const measures: MeasureDelivery[] = ordered.map((entry) => {
    const { measure } = entry.priced;
    const proxy = entry.priced.proxy;
    const shortfallQuantity = entry.committed.gt(entry.delivered) ? entry.committed.minus(entry.delivered) : ZERO;
    if (entry.committedAt === null) {
      warnings.push({
        code: 'not-committed',
        path: entry.deliveredAt ?? undefined,
        message: `${measure.code} (${measure.measure}) was delivered but not committed to; its value is counted as delivered`,
      });
    } else if (entry.delivered.isZero() && !entry.committed.isZero()) {
      warnings.push({
        code: 'nothing-delivered',
        path: entry.committedAt,
        message: `nothing has been reported delivered for ${measure.code} (${measure.measure})`,
      });
    } else if (entry.delivered.gt(entry.committed)) {
      warnings.push({
        code: 'over-delivered',
        path: entry.committedAt,
        message: `${measure.code} (${measure.measure}) delivered ${entry.delivered.toString()} against ${entry.committed.toString()} committed; over-delivery does not make up for shortfalls elsewhere`,
      });
    }
    return {
      code: measure.code,
      domain: measure.domain,
      theme: measure.theme,
      measure: measure.measure,
      unit: measure.unit,
      proxy,
      committedQuantity: entry.committed,
      deliveredQuantity: entry.delivered,
      committedValue: entry.committed.times(proxy),
      deliveredValue: entry.delivered.times(proxy),
      delivered: entry.committed.isZero() ? null : entry.delivered.div(entry.committed),
      shortfallQuantity,
      shortfallValue: shortfallQuantity.times(proxy),
    };
  });

  let cumulative = ZERO;
  const periodRows = [...periods].map(([period, deliveredValue]) => {
    cumulative = cumulative.plus(deliveredValue);
    return { period, deliveredValue, cumulativeValue: cumulative };
  });
  return {
    name,
    supplier,
    currency: pricer.currency,
    pricing: pricer.pricing,
    measures,
    domains: DOMAINS.filter((domain) => measures.some((m) => m.domain === domain)).map((domain) => ({
      domain,
      ...totalsOf(measures.filter((m) => m.domain === domain)),
    })),
    periods: periodRows,
    totals: totalsOf(measures),
    warnings,
  };
}

function totalsOf(measures: readonly MeasureDelivery[]): DeliveryTotals {
  const sum = (pick: (m: MeasureDelivery) => Decimal) => measures.reduce((total, m) => total.plus(pick(m)), ZERO);
  const committedValue = sum((m) => m.committedValue);
  const deliveredValue = sum((m) => m.deliveredValue);
  return {
    committedValue,
    deliveredValue,
    delivered: committedValue.isZero() ? null : deliveredValue.div(committedValue),
    shortfallValue: sum((m) => m.shortfallValue),
  };
}
