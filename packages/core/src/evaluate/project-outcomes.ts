import { decimalCache, ONE, ZERO, type Decimal, type DecimalLike } from '../decimal.js';
import { scaledImpact, toDecimalQuickly } from '../impact/scaled-impact.js';
import { annuities } from '../projection/annuity.js';
import { exactCalculator } from '../projection/calculator.js';
import { plus, RunningTotal, times } from '../fast-arithmetic.js';
import { dropOffFactors } from '../projection/drop-off.js';
import type { Outcome, Reductions } from '../model/types.js';
import { ProjectedOutcome } from './projected-outcome.js';
import type { OutcomeResult } from './result.js';

/**
 * Projects every outcome over its years and discounts it.
 *
 * Speed matters here (impact maps of 10,000+ rows, issue 11): an outcome's
 * impact is computed in whole numbers when its digits allow (impact/scaled-impact.ts),
 * its present value is its impact times an "annuity" factor (projection/annuity.ts),
 * the sum of drop-off factor x discount factor over its years, read from
 * partial sums shared by rows with the same drop-off and start year, and its yearly values are
 * built only when read (projected-outcome.ts). Year totals are built from the
 * sum of impacts per such group. Otherwise values are parsed once per distinct
 * value, and the reduction factor, the same product as `reductionFactor` in
 * impact/impact.ts, is assembled from parts cached by the parsed decimals.
 */
export interface ProjectedOutcomes {
  readonly outcomes: OutcomeResult[];
  /** Undiscounted value of all outcomes, by year (index = year). */
  readonly yearValues: Decimal[];
  /** Total of the impact column. */
  readonly impact: Decimal;
}

interface Projection {
  /** The drop-off factors of the longest rows with this drop-off; the first `duration` are this projection's. */
  readonly factors: readonly Decimal[];
  readonly duration: number;
  /** 1 - drop-off (the ONE instance when there is no drop-off). */
  readonly keep: Decimal;
  readonly annuity: Decimal;
  readonly startYear: number;
  readonly impactSum: RunningTotal;
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
  const decimal = decimalCache(toDecimalQuickly);
  // Reductions: (1 - share) per distinct share, and the product for each
  // (deadweight, displacement) pair seen; attribution is applied per row.
  const kept = new Map<Decimal, Decimal>();
  const pairs = new Map<Decimal, Map<Decimal, Decimal>>();
  const projectionCache = new Map<DecimalLike, Map<number, Projection>>();
  const projections: Projection[] = [];
  const yearTotals: RunningTotal[] = Array.from({ length: lastYear + 1 }, () => new RunningTotal());

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
  // The decimal product, proxy x reduction first; scaledImpact gives the same
  // decimal in whole numbers when its digits fit a double.
  const impactOf = (outcome: Outcome, quantity: DecimalLike): Decimal =>
    scaledImpact(
      quantity,
      outcome.proxy.value,
      outcome.deadweight ?? 0,
      outcome.displacement ?? 0,
      outcome.attribution ?? 0,
      reductions,
    ) ?? times(decimal(quantity), times(decimal(outcome.proxy.value), reductionOf(outcome)));

  // The annuity factors of each drop-off (as written, the parse cache's key)
  // and start year, for every duration up to the longest such rows have: one
  // pass of partial sums (projection/annuity.ts) instead of one sum per duration.
  const longest = new Map<DecimalLike, Map<number, number>>();
  for (let index = 0; index < outcomes.length; index += 1) {
    const outcome = outcomes[index] as Outcome;
    if (outcome.quantityByYear !== undefined) continue;
    const dropOff = outcome.dropOff ?? 0;
    let byStart = longest.get(dropOff);
    if (byStart === undefined) {
      byStart = new Map<number, number>();
      longest.set(dropOff, byStart);
    }
    const startYear = outcome.startYear ?? 1;
    byStart.set(startYear, Math.max(byStart.get(startYear) ?? 0, outcome.duration));
  }
  const ladders = new Map<DecimalLike, Map<number, Decimal[]>>();
  const annuityOf = (dropOff: DecimalLike, startYear: number, duration: number): Decimal => {
    let byStart = ladders.get(dropOff);
    if (byStart === undefined) {
      byStart = new Map<number, Decimal[]>();
      ladders.set(dropOff, byStart);
    }
    let sums = byStart.get(startYear);
    if (sums === undefined) {
      const years = longest.get(dropOff)?.get(startYear) ?? duration;
      sums = annuities(exactCalculator, decimal(dropOff), discountFactors, startYear, years);
      byStart.set(startYear, sums);
    }
    return sums[duration] as Decimal;
  };

  // Each drop-off's factors, (1 - drop-off)^k, once for the longest rows that have it: a factor is the
  // same decimal whatever the duration (each is the previous one times 1 - drop-off).
  const factorsByDropOff = new Map<DecimalLike, { readonly factors: Decimal[]; readonly keep: Decimal }>();
  const dropOffFactorsOf = (dropOff: DecimalLike) =>
    remember(factorsByDropOff, dropOff, () => {
      const rate = decimal(dropOff);
      return {
        // The longest over the drop-off's start years (a handful).
        factors: dropOffFactors(rate, Math.max(0, ...(longest.get(dropOff)?.values() ?? []))),
        keep: rate.isZero() ? ONE : ONE.minus(rate),
      };
    });

  // Rows share a projection when they have the same drop-off as written and
  // the same years; created in the order first met, which is the order the
  // year totals add them in.
  const projectionOf = (dropOff: DecimalLike, startYear: number, duration: number): Projection => {
    let byYears = projectionCache.get(dropOff);
    if (byYears === undefined) {
      byYears = new Map<number, Projection>();
      projectionCache.set(dropOff, byYears);
    }
    // Start year and duration are whole numbers up to 1000 (validated).
    const years = startYear * 1001 + duration;
    let projection = byYears.get(years);
    if (projection === undefined) {
      const { factors, keep } = dropOffFactorsOf(dropOff);
      projection = {
        factors,
        duration,
        keep,
        annuity: annuityOf(dropOff, startYear, duration),
        startYear,
        impactSum: new RunningTotal(),
      };
      byYears.set(years, projection);
      projections.push(projection);
    }
    return projection;
  };

  let impactOfMeasuredRows = ZERO;
  const results = outcomes.map((outcome): OutcomeResult => {
    const startYear = outcome.startYear ?? 1;
    if (outcome.quantityByYear !== undefined) {
      const valuePerUnit = times(decimal(outcome.proxy.value), reductionOf(outcome));
      const values = outcome.quantityByYear.map((quantity) => times(decimal(quantity), valuePerUnit));
      let presentValue = ZERO;
      values.forEach((value, k) => {
        const year = startYear + k;
        presentValue = plus(presentValue, times(value, discountFactors[year] as Decimal));
        (yearTotals[year] as RunningTotal).add(value);
      });
      const impact = values[0] ?? ZERO;
      impactOfMeasuredRows = plus(impactOfMeasuredRows, impact);
      return new ProjectedOutcome(outcome, startYear, impact, presentValue, ONE, values.length, values);
    }
    const impact = impactOf(outcome, outcome.quantity ?? 0);
    const projection = projectionOf(outcome.dropOff ?? 0, startYear, outcome.duration);
    projection.impactSum.add(impact);
    const presentValue = times(impact, projection.annuity);
    return new ProjectedOutcome(outcome, startYear, impact, presentValue, projection.keep, outcome.duration);
  });

  let impactTotal = impactOfMeasuredRows;
  for (const projection of projections) {
    const impactSum = projection.impactSum.value;
    impactTotal = plus(impactTotal, impactSum);
    for (let k = 0; k < projection.duration; k += 1) {
      const year = projection.startYear + k;
      (yearTotals[year] as RunningTotal).addProduct(impactSum, projection.factors[k] as Decimal);
    }
  }
  return { outcomes: results, yearValues: yearTotals.map((total) => total.value), impact: impactTotal };
}
