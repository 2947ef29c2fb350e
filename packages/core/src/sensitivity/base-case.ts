import { decimalCache, ONE, ZERO, type Decimal } from '../decimal.js';
import { discountTable } from '../discounting/discount-factors.js';
import { minus, plus, times } from '../fast-arithmetic.js';
import { WHOLE_NUMBER_RULES } from '../model/rules.js';
import type { Discount, Evaluation, Outcome, Reductions, Timing } from '../model/types.js';
import { validateEvaluation } from '../model/validate.js';
import { inputsByYear } from '../evaluate/inputs.js';
import { annuity } from '../projection/annuity.js';
import { exactCalculator } from '../projection/calculator.js';
import { toFloat } from './to-float.js';
import { toDecimalQuickly } from '../impact/scaled-impact.js';

/**
 * One outcome's estimates and exact base figures, parsed once. Sensitivity
 * analysis changes one estimate at a time, so it keeps the parts of the
 * present value separately: `presentValue = quantity x proxy x reduction x annuity`.
 */
export interface OutcomeFigures {
  readonly index: number;
  readonly id: string;
  /** First-year quantity (the `quantity` field, or `quantityByYear[0]`). */
  readonly quantity: Decimal;
  /** The yearly quantities, or null for a row with one quantity and a drop-off. */
  readonly quantityByYear: readonly Decimal[] | null;
  readonly proxy: Decimal;
  readonly deadweight: Decimal;
  readonly displacement: Decimal;
  readonly attribution: Decimal;
  readonly dropOff: Decimal;
  readonly duration: number;
  readonly startYear: number;
  /** The share left after the three reductions (METHOD.md step 1). */
  readonly reduction: Decimal;
  /** First-year value, the Impact column. */
  readonly impact: Decimal;
  /** quantity x annuity, or the sum of quantity x discount factor by year: value per unit of proxy x reduction. */
  readonly discountedQuantity: Decimal;
  /** The annuity factor (null with `quantityByYear`). */
  readonly annuity: Decimal | null;
  readonly presentValue: Decimal;
}

/**
 * The parts of an outcome's figures that the linear estimates' lines need, on
 * either calculator: {@link OutcomeFigures} itself, or its float64 copy
 * ({@link floatFigures}) to screen out estimates that cannot reach a target.
 */
export interface LineFigures<T> {
  readonly quantity: T;
  readonly proxy: T;
  readonly deadweight: T;
  readonly displacement: T;
  readonly attribution: T;
  readonly reduction: T;
  /** null for a row with quantityByYear. */
  readonly annuity: T | null;
  readonly discountedQuantity: T;
  readonly presentValue: T;
}

export type FloatFigures = LineFigures<number>;

/**
 * The outcome's figures as float64, for screening. `floatOf` converts a
 * decimal; {@link floatConverter} gives one that remembers the estimates many
 * outcomes share.
 */
export function floatFigures(outcome: OutcomeFigures, floatOf: (value: Decimal) => number = toFloat): FloatFigures {
  return {
    quantity: floatOf(outcome.quantity),
    proxy: toFloat(outcome.proxy),
    deadweight: floatOf(outcome.deadweight),
    displacement: floatOf(outcome.displacement),
    attribution: floatOf(outcome.attribution),
    reduction: floatOf(outcome.reduction),
    annuity: outcome.annuity === null ? null : floatOf(outcome.annuity),
    discountedQuantity: toFloat(outcome.discountedQuantity),
    presentValue: toFloat(outcome.presentValue),
  };
}

/**
 * A decimal-to-float64 conversion that remembers each decimal it has seen, by
 * identity. The base figures' shares, quantities and annuity factors come from
 * caches, so a few hundred objects stand for 10,000 outcomes' values, and
 * `toNumber` (a string and a parse) is done once for each.
 *
 * @example
 * ```ts
 * const floatOf = floatConverter();
 * base.outcomes.map((outcome) => floatFigures(outcome, floatOf)); // one toNumber per distinct share
 * ```
 */
export function floatConverter(): (value: Decimal) => number {
  const seen = new Map<Decimal, number>();
  return (value) => {
    // A decimal of up to 14 digits converts faster than a look-up (see toFloat).
    const words = value.d as readonly number[] | null;
    if (words !== null && words.length <= 2) return toFloat(value);
    let float = seen.get(value);
    if (float === undefined) {
      float = toFloat(value);
      seen.set(value, float);
    }
    return float;
  };
}

/**
 * An evaluation taken apart for sensitivity analysis. Its present values,
 * inputs and ratio are `evaluate`'s to the last of their 34 digits: the same
 * operations in the same order, down to the total, summed per stakeholder
 * and then over stakeholders as `evaluate` sums it.
 */
export interface BaseCase {
  readonly evaluation: Evaluation;
  readonly reductions: Reductions;
  readonly outcomes: readonly OutcomeFigures[];
  readonly presentValue: Decimal;
  readonly inputsPresentValue: Decimal;
  /** null without inputs. */
  readonly ratio: Decimal | null;
  /** The last year that can be discounted: a `rates` list limits it; otherwise the model's limits do. */
  readonly lastDiscountableYear: number;
  /** Discount factors of years 0..lastYear (computed on first use and kept). */
  factors(lastYear: number): readonly Decimal[];
  /** The same discount factors as float64, for root-search starting points and Monte Carlo. */
  floatFactors(lastYear: number): Float64Array;
  /** The annuity factor for (drop-off, start year, duration), kept per distinct key. */
  annuityOf(dropOff: Decimal, startYear: number, duration: number): Decimal;
  /**
   * 1 - share, kept per share (by identity: the base figures' shares come from
   * one cache, so a few dozen objects stand for every outcome's): the tornado
   * asks for each outcome's three complements three times over.
   */
  complementOf(share: Decimal): Decimal;
}

const LAST_MODEL_YEAR = WHOLE_NUMBER_RULES.startYear.max + WHOLE_NUMBER_RULES.duration.max - 1;

/**
 * Validates an evaluation and computes its base figures the way `evaluate`
 * does (same operations in the same order, so the same digits).
 *
 * @throws SroiValidationError when the evaluation is invalid
 */
export function baseCase(evaluation: Evaluation): BaseCase {
  const valid = validateEvaluation(evaluation);
  const timing: Timing = valid.timing ?? 'end-of-year';
  const reductions: Reductions = valid.reductions ?? 'multiplicative';
  const decimal = decimalCache(toDecimalQuickly);

  const lastOutcomeYear = valid.outcomes.reduce((last, o) => Math.max(last, (o.startYear ?? 1) + o.duration - 1), 0);
  const lastInputYear = valid.inputs.reduce((last, input) => Math.max(last, input.year ?? 0), 0);
  const lastYearAllowed = lastDiscountableYear(valid.discount, timing);
  const table = factorTable(valid.discount, timing, Math.max(lastOutcomeYear, lastInputYear), lastYearAllowed);
  const baseFactors = table.factors(0);

  const { presentValue: inputsPresentValue } = inputsByYear(valid.inputs, baseFactors, decimal);

  const annuities = new Map<string, Decimal>();
  const annuityByValue = (dropOff: Decimal, startYear: number, duration: number): Decimal => {
    const key = `${dropOff.toString()}|${startYear}|${duration}`;
    let factor = annuities.get(key);
    if (factor === undefined) {
      factor = annuity(exactCalculator, dropOff, table.factors(startYear + duration - 1), startYear, duration);
      annuities.set(key, factor);
    }
    return factor;
  };

  // The base figures' estimates come from one decimal cache, so equal values are the same object, and so are
  // the tornado's moved drop-offs (TornadoMove): keys by identity spare a string per outcome (toString of a
  // decimal, or of three numbers) on large maps. A new object with a known value still finds its annuity.
  const reductionCache = new IdentityCache();
  const complementOf = complements();
  const annuitiesByIdentity = new Map<Decimal, Map<number, Decimal>>();
  const annuityOf = (dropOff: Decimal, startYear: number, duration: number): Decimal => {
    // Start year and duration as one number: durations are at most WHOLE_NUMBER_RULES.duration.max (1000).
    const years = startYear * 1024 + duration;
    let byYears = annuitiesByIdentity.get(dropOff);
    if (byYears === undefined) {
      byYears = new Map();
      annuitiesByIdentity.set(dropOff, byYears);
    }
    let factor = byYears.get(years);
    if (factor === undefined) {
      factor = annuityByValue(dropOff, startYear, duration);
      byYears.set(years, factor);
    }
    return factor;
  };
  const outcomes = valid.outcomes.map((outcome, index) =>
    figuresOf(outcome, index, reductions, decimal, reductionCache, complementOf, annuityOf, baseFactors),
  );
  const presentValue = totalPresentValue(valid, outcomes);

  return {
    evaluation: valid,
    reductions,
    outcomes,
    presentValue,
    inputsPresentValue,
    ratio: inputsPresentValue.gt(0) ? presentValue.div(inputsPresentValue) : null,
    lastDiscountableYear: lastYearAllowed,
    factors: table.factors,
    floatFactors: table.floatFactors,
    annuityOf,
    complementOf,
  };
}

function complements(): (share: Decimal) => Decimal {
  const seen = new Map<Decimal, Decimal>();
  return (share) => {
    let complement = seen.get(share);
    if (complement === undefined) {
      complement = minus(ONE, share);
      seen.set(share, complement);
    }
    return complement;
  };
}

function figuresOf(
  outcome: Outcome,
  index: number,
  reductions: Reductions,
  decimal: (value: number | string) => Decimal,
  reductionCache: IdentityCache,
  complementOf: (share: Decimal) => Decimal,
  annuityOf: (dropOff: Decimal, startYear: number, duration: number) => Decimal,
  factors: readonly Decimal[],
): OutcomeFigures {
  const deadweight = decimal(outcome.deadweight ?? 0);
  const displacement = decimal(outcome.displacement ?? 0);
  const attribution = decimal(outcome.attribution ?? 0);
  // impact/impact.ts reductionFactor's operations in its order, on the kept complements (1 - share is the same
  // decimal however often it is worked out) and the fast arithmetic (the same digits as decimal.js's).
  const reduction = reductionCache.of(deadweight, displacement, attribution, () =>
    reductions === 'subtractive'
      ? minus(minus(minus(ONE, deadweight), displacement), attribution)
      : times(times(complementOf(deadweight), complementOf(displacement)), complementOf(attribution)),
  );
  const proxy = decimal(outcome.proxy.value);
  const valuePerUnit = times(proxy, reduction);
  const startYear = outcome.startYear ?? 1;
  // One literal with every field in the same order for both kinds of row, not a spread of shared fields:
  // a spread built each outcome's object on V8's slow path (a third of baseCase's time on 10,000
  // outcomes), and one shape keeps every reader of the figures monomorphic.
  const figures = (
    quantity: Decimal,
    quantityByYear: readonly Decimal[] | null,
    dropOff: Decimal,
    impact: Decimal,
    discountedQuantity: Decimal,
    annuity: Decimal | null,
    presentValue: Decimal,
  ): OutcomeFigures => ({
    index,
    id: outcome.id,
    quantity,
    quantityByYear,
    proxy,
    deadweight,
    displacement,
    attribution,
    dropOff,
    duration: outcome.duration,
    startYear,
    reduction,
    impact,
    discountedQuantity,
    annuity,
    presentValue,
  });
  if (outcome.quantityByYear !== undefined) {
    const quantityByYear = outcome.quantityByYear.map(decimal);
    let presentValue = ZERO;
    let discountedQuantity = ZERO;
    quantityByYear.forEach((quantity, k) => {
      const factor = factors[startYear + k] as Decimal;
      presentValue = plus(presentValue, times(times(quantity, valuePerUnit), factor));
      discountedQuantity = plus(discountedQuantity, times(quantity, factor));
    });
    const quantity = quantityByYear[0] ?? ZERO;
    const impact = times(quantity, valuePerUnit);
    return figures(quantity, quantityByYear, ZERO, impact, discountedQuantity, null, presentValue);
  }
  const quantity = decimal(outcome.quantity ?? 0);
  const dropOff = decimal(outcome.dropOff ?? 0);
  const factor = annuityOf(dropOff, startYear, outcome.duration);
  const impact = times(quantity, valuePerUnit);
  const discountedQuantity = times(quantity, factor);
  return figures(quantity, null, dropOff, impact, discountedQuantity, factor, times(impact, factor));
}

/**
 * The total present value in `evaluate`'s order (evaluate/evaluate.ts): each
 * stakeholder's outcomes in map order, then the stakeholders in theirs. A
 * plain sum over outcomes differs in the 34th digit in about a quarter of maps.
 */
function totalPresentValue(evaluation: Evaluation, outcomes: readonly OutcomeFigures[]): Decimal {
  const byStakeholder = new Map<string, Decimal>(evaluation.stakeholders.map((stakeholder) => [stakeholder.id, ZERO]));
  outcomes.forEach((outcome, index) => {
    const stakeholder = (evaluation.outcomes[index] as Outcome).stakeholder;
    byStakeholder.set(stakeholder, plus(byStakeholder.get(stakeholder) ?? ZERO, outcome.presentValue));
  });
  let total = ZERO;
  for (const value of byStakeholder.values()) total = plus(total, value);
  return total;
}

/** Discount factors that grow on demand: changing a duration may need years beyond the evaluation's last. */
function factorTable(discount: Discount | undefined, timing: Timing, lastYear: number, limit: number) {
  let factors = discountTable(discount, timing, lastYear).factors;
  let floats = new Float64Array(0);
  const grow = (year: number): readonly Decimal[] => {
    if (year >= factors.length) {
      factors = discountTable(discount, timing, Math.min(limit, Math.max(year, factors.length * 2))).factors;
    }
    return factors;
  };
  return {
    factors: grow,
    floatFactors(year: number): Float64Array {
      if (year >= floats.length) floats = Float64Array.from(grow(year), (factor) => factor.toNumber());
      return floats;
    },
  };
}

function lastDiscountableYear(discount: Discount | undefined, timing: Timing): number {
  if (discount === undefined || !('rates' in discount)) return LAST_MODEL_YEAR;
  // Start-of-year timing discounts year t over t - 1 years, so it reaches one year further (model/years.ts).
  return Math.min(LAST_MODEL_YEAR, discount.rates.length + (timing === 'start-of-year' ? 1 : 0));
}

/**
 * Decimals kept by three keys: decimals told apart by identity (the same
 * object for the same value from one cache), or whole numbers.
 */
class IdentityCache {
  private readonly entries = new Map<Decimal | number, Map<Decimal | number, Map<Decimal | number, Decimal>>>();

  of(a: Decimal | number, b: Decimal | number, c: Decimal | number, compute: () => Decimal): Decimal {
    let byB = this.entries.get(a);
    if (byB === undefined) {
      byB = new Map();
      this.entries.set(a, byB);
    }
    let byC = byB.get(b);
    if (byC === undefined) {
      byC = new Map();
      byB.set(b, byC);
    }
    let value = byC.get(c);
    if (value === undefined) {
      value = compute();
      byC.set(c, value);
    }
    return value;
  }
}
