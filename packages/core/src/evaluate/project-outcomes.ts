import { decimalCache, ONE, ZERO, type Decimal, type DecimalLike } from '../decimal.js';
import { reductionFactor } from '../impact/impact.js';
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
 * Year totals are built from the sum of impacts per such group.
 */
export interface ProjectedOutcomes {
  readonly outcomes: OutcomeResult[];
  /** Undiscounted value of all outcomes, by year (index = year). */
  readonly yearValues: Decimal[];
}

interface Projection {
  readonly factors: Decimal[];
  readonly annuity: Decimal;
  readonly startYear: number;
  impactSum: Decimal;
}

export function projectOutcomes(
  outcomes: readonly Outcome[],
  reductions: Reductions,
  discountFactors: readonly Decimal[],
  lastYear: number,
): ProjectedOutcomes {
  const decimal = decimalCache();
  const reductionCache = new Map<string, Decimal>();
  const projections = new Map<string, Projection>();
  const yearValues: Decimal[] = Array.from({ length: lastYear + 1 }, () => ZERO);

  const reductionOf = (outcome: Outcome): Decimal => {
    const key = `${outcome.deadweight ?? 0}|${outcome.displacement ?? 0}|${outcome.attribution ?? 0}`;
    let factor = reductionCache.get(key);
    if (factor === undefined) {
      const shares = {
        deadweight: decimal(outcome.deadweight ?? 0),
        displacement: decimal(outcome.displacement ?? 0),
        attribution: decimal(outcome.attribution ?? 0),
      };
      factor = reductionFactor(shares, reductions);
      reductionCache.set(key, factor);
    }
    return factor;
  };

  const projectionOf = (dropOff: DecimalLike, startYear: number, duration: number): Projection => {
    const key = `${dropOff}|${startYear}|${duration}`;
    let projection = projections.get(key);
    if (projection === undefined) {
      const factors = dropOffFactors(decimal(dropOff), duration);
      let annuity = ZERO;
      factors.forEach((factor, k) => {
        annuity = annuity.plus(factor.times(discountFactors[startYear + k] as Decimal));
      });
      projection = { factors, annuity, startYear, impactSum: ZERO };
      projections.set(key, projection);
    }
    return projection;
  };

  const results = outcomes.map((outcome): OutcomeResult => {
    const startYear = outcome.startYear ?? 1;
    const valuePerUnit = decimal(outcome.proxy.value).times(reductionOf(outcome));
    const base = {
      id: outcome.id,
      stakeholder: outcome.stakeholder,
      description: outcome.description,
      domain: outcome.domain ?? null,
      startYear,
    };
    if (outcome.quantityByYear !== undefined) {
      const values = outcome.quantityByYear.map((quantity) => decimal(quantity).times(valuePerUnit));
      let presentValue = ZERO;
      values.forEach((value, k) => {
        const year = startYear + k;
        presentValue = presentValue.plus(value.times(discountFactors[year] as Decimal));
        yearValues[year] = (yearValues[year] as Decimal).plus(value);
      });
      return { ...base, impact: values[0] ?? ZERO, values, presentValue };
    }
    const impact = decimal(outcome.quantity ?? 0).times(valuePerUnit);
    const projection = projectionOf(outcome.dropOff ?? 0, startYear, outcome.duration);
    projection.impactSum = projection.impactSum.plus(impact);
    const values = projection.factors.map((factor, k) => (factor === ONE ? impact : impact.times(factor)));
    return { ...base, impact, values, presentValue: impact.times(projection.annuity) };
  });

  for (const projection of projections.values()) {
    projection.factors.forEach((factor, k) => {
      const year = projection.startYear + k;
      yearValues[year] = (yearValues[year] as Decimal).plus(projection.impactSum.times(factor));
    });
  }
  return { outcomes: results, yearValues };
}
