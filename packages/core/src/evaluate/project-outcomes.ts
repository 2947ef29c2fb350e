import { decimalCache, ONE, ZERO, type Decimal, type DecimalLike } from '../decimal.js';
import { dropOffFactors } from '../projection/drop-off.js';
import type { Outcome, Reductions } from '../model/types.js';
import type { OutcomeResult } from './result.js';

/**
 * Projects every outcome over its years and discounts it.
 *
 * Speed matters here (impact maps of 10,000+ rows): values are parsed once
 * per distinct value, the reduction factor is shared by rows with the same
 * three shares, and an outcome's present value is its impact times an
 * "annuity" factor, the sum of drop-off factor x discount factor over its
 * years, shared by rows with the same (drop-off, start year, duration).
 * Year totals are built from the sum of impacts per such group. Caches are
 * keyed by the parsed decimals themselves (the parse cache hands out one
 * instance per distinct value), which avoids turning numbers into strings.
 * The reduction factor is the same product as `reductionFactor` in
 * impact/impact.ts, assembled from cached parts.
 */
export interface ProjectedOutcomes {
  readonly outcomes: OutcomeResult[];
  /** Undiscounted value of all outcomes, by year (index = year). */
  readonly yearValues: Decimal[];
  /** Total of the impact column. */
  readonly impact: Decimal;
}

interface Projection {
  readonly factors: Decimal[];
  /** 1 - drop-off (the ONE instance when there is no drop-off). */
  readonly keep: Decimal;
  readonly annuity: Decimal;
  readonly startYear: number;
  impactSum: Decimal;
}

/** Get-or-make on a Map, the one caching idiom of this file. */
function remember<Key, Value>(map: Map<Key, Value>, key: Key, make: () => Value): Value {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

export function projectOutcomes(
  outcomes: readonly Outcome[],
  reductions: Reductions,
  discountFactors: readonly Decimal[],
  lastYear: number,
): ProjectedOutcomes {
  const decimal = decimalCache();
  // Reductions: (1 - share) per distinct share, and the product for each
  // (deadweight, displacement) pair seen; attribution is applied per row.
  const kept = new Map<Decimal, Decimal>();
  const pairs = new Map<Decimal, Map<Decimal, Decimal>>();
  const projectionCache = new Map<Decimal, Map<number, Map<number, Projection>>>();
  const projections: Projection[] = [];
  const yearValues: Decimal[] = Array.from({ length: lastYear + 1 }, () => ZERO);

  const keptOf = (share: Decimal) => remember(kept, share, () => ONE.minus(share));
  const reductionOf = (outcome: Outcome): Decimal => {
    const deadweight = decimal(outcome.deadweight ?? 0);
    const displacement = decimal(outcome.displacement ?? 0);
    const attribution = decimal(outcome.attribution ?? 0);
    const pair = remember(
      remember(pairs, deadweight, () => new Map()),
      displacement,
      () =>
        reductions === 'subtractive'
          ? ONE.minus(deadweight).minus(displacement)
          : keptOf(deadweight).times(keptOf(displacement)),
    );
    if (attribution.isZero()) return pair;
    return reductions === 'subtractive' ? pair.minus(attribution) : pair.times(keptOf(attribution));
  };

  const projectionOf = (dropOff: DecimalLike, startYear: number, duration: number): Projection => {
    const rate = decimal(dropOff);
    const byStart = remember(projectionCache, rate, () => new Map<number, Map<number, Projection>>());
    return remember(
      remember(byStart, startYear, () => new Map<number, Projection>()),
      duration,
      () => {
        const factors = dropOffFactors(rate, duration);
        let annuity = ZERO;
        factors.forEach((factor, k) => {
          annuity = annuity.plus(factor.times(discountFactors[startYear + k] as Decimal));
        });
        const keep = rate.isZero() ? ONE : ONE.minus(rate);
        const projection = { factors, keep, annuity, startYear, impactSum: ZERO };
        projections.push(projection);
        return projection;
      },
    );
  };

  let impactOfMeasuredRows = ZERO;
  const results = outcomes.map((outcome): OutcomeResult => {
    const startYear = outcome.startYear ?? 1;
    const valuePerUnit = decimal(outcome.proxy.value).times(reductionOf(outcome));
    let impact: Decimal;
    let values: Decimal[];
    let presentValue: Decimal;
    if (outcome.quantityByYear !== undefined) {
      values = outcome.quantityByYear.map((quantity) => decimal(quantity).times(valuePerUnit));
      presentValue = ZERO;
      values.forEach((value, k) => {
        const year = startYear + k;
        presentValue = presentValue.plus(value.times(discountFactors[year] as Decimal));
        yearValues[year] = (yearValues[year] as Decimal).plus(value);
      });
      impact = values[0] ?? ZERO;
      impactOfMeasuredRows = impactOfMeasuredRows.plus(impact);
    } else {
      impact = decimal(outcome.quantity ?? 0).times(valuePerUnit);
      const projection = projectionOf(outcome.dropOff ?? 0, startYear, outcome.duration);
      projection.impactSum = projection.impactSum.plus(impact);
      // Each year is the previous year times (1 - drop-off): a short operand,
      // so much cheaper than impact x (1 - drop-off)^(k-1), and equal to it
      // within the 34th digit.
      values = new Array<Decimal>(outcome.duration);
      values[0] = impact;
      const keep = projection.keep;
      for (let k = 1; k < outcome.duration; k += 1) {
        values[k] = keep === ONE ? impact : (values[k - 1] as Decimal).times(keep);
      }
      presentValue = impact.times(projection.annuity);
    }
    return {
      id: outcome.id,
      stakeholder: outcome.stakeholder,
      description: outcome.description,
      domain: outcome.domain ?? null,
      impact,
      startYear,
      values,
      presentValue,
    };
  });

  let impactTotal = impactOfMeasuredRows;
  for (const projection of projections) {
    impactTotal = impactTotal.plus(projection.impactSum);
    projection.factors.forEach((factor, k) => {
      const year = projection.startYear + k;
      yearValues[year] = (yearValues[year] as Decimal).plus(projection.impactSum.times(factor));
    });
  }
  return { outcomes: results, yearValues, impact: impactTotal };
}
