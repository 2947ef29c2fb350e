import type { Decimal } from '../decimal.js';
import type { Discount, Domain, EvaluationKind, Reductions, Timing } from '../model/types.js';
import type { Pricing } from '../procurement/price-base/types.js';

/** Something valid but unusual, or a figure that could not be given, and why. */
export interface SroiWarning {
  /** Stable code for programs, e.g. `"high-deadweight"`. */
  readonly code: WarningCode;
  /** Where it arises, e.g. `outcomes[2].deadweight` (absent for the whole result). */
  readonly path?: string;
  readonly message: string;
}

export type WarningCode =
  | 'no-inputs'
  | 'no-outcomes'
  | 'impact-not-positive'
  | 'never-paid-back'
  | 'high-deadweight'
  | 'high-displacement'
  | 'high-attribution'
  | 'no-drop-off-long-duration'
  | 'long-duration'
  | 'high-ratio'
  | 'high-discount-rate';

/** One year of the projection, across all outcomes and inputs. */
export interface YearResult {
  /** 1 = the year of the activity. */
  readonly year: number;
  /** Undiscounted value of all outcomes in this year. */
  readonly value: Decimal;
  readonly discountFactor: Decimal;
  /** value x discountFactor. */
  readonly presentValue: Decimal;
  /** Undiscounted inputs spent in this year. */
  readonly inputs: Decimal;
  /** Present value of all outcomes up to and including this year. */
  readonly cumulativePresentValue: Decimal;
}

/** One outcome's figures: the impact column, its projection and present value. */
export interface OutcomeResult {
  readonly id: string;
  readonly stakeholder: string;
  readonly description: string;
  readonly domain: Domain | null;
  /** Value of the outcome's first year (the value map's Impact column). */
  readonly impact: Decimal;
  /** First year of value (1 = the year of the activity). */
  readonly startYear: number;
  /** Undiscounted value of each year of the outcome, `values[0]` being `startYear`. */
  readonly values: readonly Decimal[];
  readonly presentValue: Decimal;
}

/** Present value by stakeholder, with the inputs they made. */
export interface StakeholderResult {
  readonly id: string;
  readonly name: string;
  readonly presentValue: Decimal;
  /** Share of the total present value (null when the total is zero). */
  readonly share: Decimal | null;
  readonly inputsPresentValue: Decimal;
}

/** Present value by the Act's domains; `unassigned` collects outcomes with no domain. */
export interface DomainResult {
  readonly domain: Domain | 'unassigned';
  readonly presentValue: Decimal;
  readonly share: Decimal | null;
}

/** The settings the evaluation was computed with, defaults filled in. */
export interface EvaluationSettings {
  readonly currency: string;
  readonly kind: EvaluationKind;
  readonly timing: Timing;
  readonly discount: Discount;
  readonly reductions: Reductions;
  /** The catalogue and price base proxies were taken from, when they were (see `applyCatalogue`). */
  readonly pricing?: Pricing;
}

/**
 * Everything `evaluate` computes, as exact decimals (decimal.js values).
 * Use `toNumbers(result)` for plain numbers or `toJSON(result)` for strings.
 */
export interface EvaluationResult {
  readonly name: string;
  readonly settings: EvaluationSettings;
  /** Sum of the discounted values of all outcomes in all years. */
  readonly presentValue: Decimal;
  /** Sum of the discounted inputs. */
  readonly inputsPresentValue: Decimal;
  /** presentValue - inputsPresentValue. */
  readonly netPresentValue: Decimal;
  /** The SROI ratio, presentValue / inputsPresentValue ("x : 1"); null without inputs. */
  readonly ratio: Decimal | null;
  /** netPresentValue / inputsPresentValue; never call it "the SROI ratio". */
  readonly netRatio: Decimal | null;
  /** inputsPresentValue / (impact / 12): the guide's payback in months. */
  readonly paybackMonths: Decimal | null;
  /** Months until cumulative present value reaches inputsPresentValue, interpolated within the year. */
  readonly discountedPaybackMonths: Decimal | null;
  /** Total of the impact column (first-year values). */
  readonly impact: Decimal;
  readonly years: readonly YearResult[];
  readonly outcomes: readonly OutcomeResult[];
  readonly stakeholders: readonly StakeholderResult[];
  readonly domains: readonly DomainResult[];
  readonly warnings: readonly SroiWarning[];
}
