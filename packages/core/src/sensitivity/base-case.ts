import { decimalCache, ZERO, type Decimal } from '../decimal.js';
import { discountTable } from '../discounting/discount-factors.js';
import { reductionFactor } from '../impact/impact.js';
import { WHOLE_NUMBER_RULES } from '../model/rules.js';
import type { Discount, Evaluation, Outcome, Reductions, Timing } from '../model/types.js';
import { validateEvaluation } from '../model/validate.js';
import { inputsByYear } from '../evaluate/inputs.js';
import { annuity } from '../projection/annuity.js';
import { exactCalculator } from '../projection/calculator.js';

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

/** The outcome's figures as float64, for screening. */
export function floatFigures(outcome: OutcomeFigures): FloatFigures {
  return {
    quantity: outcome.quantity.toNumber(),
    proxy: outcome.proxy.toNumber(),
    deadweight: outcome.deadweight.toNumber(),
    displacement: outcome.displacement.toNumber(),
    attribution: outcome.attribution.toNumber(),
    reduction: outcome.reduction.toNumber(),
    annuity: outcome.annuity === null ? null : outcome.annuity.toNumber(),
    discountedQuantity: outcome.discountedQuantity.toNumber(),
    presentValue: outcome.presentValue.toNumber(),
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
  const decimal = decimalCache();

  const lastOutcomeYear = valid.outcomes.reduce((last, o) => Math.max(last, (o.startYear ?? 1) + o.duration - 1), 0);
  const lastInputYear = valid.inputs.reduce((last, input) => Math.max(last, input.year ?? 0), 0);
  const lastYearAllowed = lastDiscountableYear(valid.discount, timing);
  const table = factorTable(valid.discount, timing, Math.max(lastOutcomeYear, lastInputYear), lastYearAllowed);
  const baseFactors = table.factors(0);

  const { presentValue: inputsPresentValue } = inputsByYear(valid.inputs, baseFactors, decimal);

  const annuities = new Map<string, Decimal>();
  const annuityOf = (dropOff: Decimal, startYear: number, duration: number): Decimal => {
    const key = `${dropOff.toString()}|${startYear}|${duration}`;
    let factor = annuities.get(key);
    if (factor === undefined) {
      factor = annuity(exactCalculator, dropOff, table.factors(startYear + duration - 1), startYear, duration);
      annuities.set(key, factor);
    }
    return factor;
  };

  const reductionCache = new Map<string, Decimal>();
  const outcomes = valid.outcomes.map((outcome, index) =>
    figuresOf(outcome, index, reductions, decimal, reductionCache, annuityOf, baseFactors),
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
  };
}

function figuresOf(
  outcome: Outcome,
  index: number,
  reductions: Reductions,
  decimal: (value: number | string) => Decimal,
  reductionCache: Map<string, Decimal>,
  annuityOf: BaseCase['annuityOf'],
  factors: readonly Decimal[],
): OutcomeFigures {
  const deadweight = decimal(outcome.deadweight ?? 0);
  const displacement = decimal(outcome.displacement ?? 0);
  const attribution = decimal(outcome.attribution ?? 0);
  const key = `${outcome.deadweight ?? 0}|${outcome.displacement ?? 0}|${outcome.attribution ?? 0}`;
  let reduction = reductionCache.get(key);
  if (reduction === undefined) {
    reduction = reductionFactor({ deadweight, displacement, attribution }, reductions);
    reductionCache.set(key, reduction);
  }
  const proxy = decimal(outcome.proxy.value);
  const valuePerUnit = proxy.times(reduction);
  const startYear = outcome.startYear ?? 1;
  const common = {
    index,
    id: outcome.id,
    proxy,
    deadweight,
    displacement,
    attribution,
    duration: outcome.duration,
    startYear,
    reduction,
  };
  if (outcome.quantityByYear !== undefined) {
    const quantityByYear = outcome.quantityByYear.map(decimal);
    let presentValue = ZERO;
    let discountedQuantity = ZERO;
    quantityByYear.forEach((quantity, k) => {
      const factor = factors[startYear + k] as Decimal;
      presentValue = presentValue.plus(quantity.times(valuePerUnit).times(factor));
      discountedQuantity = discountedQuantity.plus(quantity.times(factor));
    });
    const quantity = quantityByYear[0] ?? ZERO;
    const impact = quantity.times(valuePerUnit);
    return {
      ...common,
      quantity,
      quantityByYear,
      dropOff: ZERO,
      impact,
      discountedQuantity,
      annuity: null,
      presentValue,
    };
  }
  const quantity = decimal(outcome.quantity ?? 0);
  const dropOff = decimal(outcome.dropOff ?? 0);
  const factor = annuityOf(dropOff, startYear, outcome.duration);
  const impact = quantity.times(valuePerUnit);
  const discountedQuantity = quantity.times(factor);
  return {
    ...common,
    quantity,
    quantityByYear: null,
    dropOff,
    impact,
    discountedQuantity,
    annuity: factor,
    presentValue: impact.times(factor),
  };
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
    byStakeholder.set(stakeholder, (byStakeholder.get(stakeholder) ?? ZERO).plus(outcome.presentValue));
  });
  let total = ZERO;
  for (const value of byStakeholder.values()) total = total.plus(value);
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
