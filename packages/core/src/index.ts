/**
 * `@sroi/core`: an exact Social Return on Investment engine.
 *
 * ```ts
 * import { evaluate, toNumbers, formatRatio } from '@sroi/core';
 * const result = evaluate(evaluation);
 * console.log(formatRatio(result.ratio)); // '1.79 : 1'
 * ```
 *
 * @packageDocumentation
 */

// The Decimal type only, never its constructor: the engine's precision and rounding are not the caller's to set.
export { toDecimal, ROUND_HALF_UP, ROUND_HALF_EVEN, type Decimal, type DecimalLike } from './decimal.js';
export { isDecimalLike } from './decimal.js';

export type {
  Discount,
  DiscountSchedule,
  Domain,
  Evaluation,
  EvaluationKind,
  FinancialProxy,
  Input,
  Outcome,
  Reductions,
  Stakeholder,
  Timing,
} from './model/types.js';
export { SroiError, SroiEvaluationError, type SroiErrorCode } from './errors.js';
export { SroiValidationError, type SroiProblem } from './model/problems.js';
export { validateEvaluation, findProblems } from './model/validate.js';
export { evaluationJsonSchema } from './model/json-schema.js';
export { WHOLE_NUMBER_RULES, type WholeNumberRule } from './model/rules.js';

export { evaluate } from './evaluate/evaluate.js';
export type {
  DomainResult,
  EvaluationResult,
  EvaluationSettings,
  OutcomeResult,
  SroiWarning,
  StakeholderResult,
  WarningCode,
  YearResult,
} from './evaluate/result.js';
export { toNumbers, toJSON, type Converted } from './evaluate/convert.js';
export { toFloat } from './sensitivity/to-float.js';
export { paybackMonths, discountedPaybackMonths } from './evaluate/payback.js';

export { impactOf, reductionFactor, type ReductionShares } from './impact/impact.js';
export { dropOffFactors, yearlyValues } from './projection/drop-off.js';
export { outcomePresentValue, type OutcomeEstimates } from './projection/outcome-present-value.js';
export { discountFactor, discountTable, rateOfYear, type DiscountTable } from './discounting/discount-factors.js';
export { greenBookRate } from './discounting/rates.js';

export { formatMoney, formatRatio, formatPercent, formatMonths, formatPoints } from './format/format.js';

// Sensitivity and uncertainty (METHOD.md step 6): switching values, one-way (tornado), scenarios, Monte Carlo.
export {
  changesSign,
  switchingValues,
  type SwitchingValue,
  type SwitchingValues,
  type SwitchingValueOptions,
} from './sensitivity/switching-values.js';
export { oneWay, type OneWay, type OneWayOptions, type OneWayPoint, type OneWayRow } from './sensitivity/one-way.js';
export { sensitivity, type Sensitivity, type SensitivityOptions } from './sensitivity/sensitivity.js';
export { durationStep } from './sensitivity/estimates/duration.js';
export { scenarios, type Scenario, type ScenarioChange, type ScenarioResult } from './sensitivity/scenarios.js';
export {
  monteCarlo,
  monteCarloAsync,
  MAX_ITERATIONS,
  type MonteCarloDraws,
  type MonteCarloOptions,
  type MonteCarloResult,
  type Spread,
} from './sensitivity/monte-carlo/monte-carlo.js';
export {
  DEFAULT_DISTRIBUTIONS,
  type Distribution,
  type DistributionType,
  type Distributions,
} from './sensitivity/monte-carlo/distributions.js';
export { ESTIMATES, LABELS as ESTIMATE_LABELS, type Estimate, type ChangeUnit } from './sensitivity/estimates.js';
export type { NoSwitchingValue, NoSwitchingValueCode } from './sensitivity/reasons.js';
export { SroiOptionsError, SroiCancelledError } from './sensitivity/errors.js';

// Procurement (docs/procurement.md): a measures framework, price base, tender scoring and delivery monitoring.
export type { Catalogue, Measure } from './procurement/catalogue/types.js';
export { findCatalogueProblems, validateCatalogue } from './procurement/catalogue/read-catalogue.js';
export {
  applyCatalogue,
  type EvaluationWithMeasures,
  type OutcomeWithMeasure,
  type ProxyFromCatalogue,
} from './procurement/catalogue/apply-catalogue.js';
export type { PriceBase, PriceIndex, Pricing, Uplift } from './procurement/price-base/types.js';
export {
  findPriceBaseProblems,
  findPriceIndexProblems,
  validatePriceBase,
  validatePriceIndex,
} from './procurement/price-base/read-index.js';
export { upliftValue } from './procurement/price-base/uplift.js';
export { moveToPriceYear } from './procurement/price-base/move-to-price-year.js';
export { priceCatalogue, type PricedMeasure } from './procurement/price-base/price-measures.js';
export type {
  Bid,
  BidPoints,
  BidScore,
  Commitment,
  PricedCommitment,
  PriceMethod,
  SocialValueMethod,
  Tender,
  TenderResult,
  TenderWarning,
  TenderWeights,
} from './procurement/tenders/types.js';
export { scoreTenders } from './procurement/tenders/score-tenders.js';
export { findTenderProblems } from './procurement/tenders/find-tender-problems.js';
export type { TenderOptions } from './procurement/tenders/read-tender.js';
export { pricePoints, scorePoints, offerPoints, rankTotals, TIE_PLACES } from './procurement/tenders/points.js';
export type {
  Contract,
  Delivery,
  DeliveryReport,
  DeliveryTotals,
  DeliveryWarning,
  DomainDelivery,
  MeasureDelivery,
  PeriodDelivery,
} from './procurement/monitoring/types.js';
export { monitorDelivery, type MonitorOptions } from './procurement/monitoring/monitor-delivery.js';
export {
  compareSroi,
  type ComparedFigure,
  type ComparedOutcome,
  type SroiComparison,
} from './procurement/monitoring/compare-sroi.js';
