/**
 * The evaluation model: an SROI impact map as plain, JSON-compatible data.
 *
 * Field names are the public contract (see docs/METHOD.md). Amounts and shares
 * may be numbers or decimal strings (`"0.2"`, `"1234.56"`); shares are
 * fractions from 0 to 1, so 20% is written `0.2`.
 *
 * @example
 * ```ts
 * const evaluation: Evaluation = {
 *   name: 'Social prescribing pilot',
 *   kind: 'forecast',
 *   stakeholders: [{ id: 'patients', name: 'Patients' }],
 *   inputs: [{ description: 'ICB grant', amount: 50000 }],
 *   outcomes: [{
 *     id: 'wellbeing', stakeholder: 'patients', description: 'Improved wellbeing',
 *     quantity: 100, proxy: { value: 1000 },
 *     deadweight: 0.2, displacement: 0.1, attribution: 0.25, dropOff: 0.5, duration: 3,
 *   }],
 * };
 * ```
 */

import type { DecimalLike } from '../decimal.js';
import type { Pricing } from '../procurement/price-base/types.js';

/** When in each year values arise, which sets the discounting exponent (METHOD.md step 3). */
export type Timing = 'end-of-year' | 'start-of-year' | 'mid-year';

/** Which published discount schedule to use. */
export type DiscountSchedule = 'green-book' | 'green-book-health';

/**
 * How values are discounted:
 * - `{ rate }`: one constant rate, for example `{ rate: 0.035 }` (the default, HM Treasury Green Book);
 * - `{ schedule }`: the Green Book's declining schedule, standard or health (rates fall after year 30);
 * - `{ rates }`: one rate per year of discounting, year 1 first.
 */
export type Discount = { rate: DecimalLike } | { schedule: DiscountSchedule } | { rates: readonly DecimalLike[] };

/** How deadweight, displacement and attribution combine (METHOD.md step 1). */
export type Reductions = 'multiplicative' | 'subtractive';

/** Forecast (before the activity) or evaluative (after it, on measured outcomes). */
export type EvaluationKind = 'forecast' | 'evaluative';

/** The Social Value Act's three domains. */
export type Domain = 'economic' | 'social' | 'environmental';

/** Someone who experiences change or invests in the activity. */
export interface Stakeholder {
  /** Short, unique key used by inputs and outcomes, e.g. `"patients"`. */
  readonly id: string;
  /** The name shown in reports, e.g. `"Patients referred by GPs"`. */
  readonly name: string;
}

/** What a stakeholder invests, valued in money (in-kind contributions too). */
export interface Input {
  /** The stakeholder who invests it, by id (optional). */
  readonly stakeholder?: string;
  readonly description: string;
  /** The amount in the evaluation's currency, 0 or more. */
  readonly amount: DecimalLike;
  /** Year of the spend: 0 (default) is undiscounted; year t is discounted like outcome values of year t. */
  readonly year?: number;
}

/** The money value of one unit of change. */
export interface FinancialProxy {
  /** Value of one unit; negative for a disbenefit. */
  readonly value: DecimalLike;
  readonly description?: string;
  /** Where the value comes from (report, value bank, calculation). */
  readonly source?: string;
  /** The unit valued, e.g. `"per person per year"`. */
  readonly unit?: string;
  /** Price year of the value, e.g. 2024. */
  readonly year?: number;
  /** The catalogue measure the value was taken from, by code (see `applyCatalogue`). */
  readonly measure?: string;
}

/** One row of the impact map: a change experienced by a stakeholder. */
export interface Outcome {
  /** Short, unique key, e.g. `"wellbeing"`. */
  readonly id: string;
  /** The stakeholder who experiences the change, by id. */
  readonly stakeholder: string;
  /** The change, as the stakeholder would describe it. */
  readonly description: string;
  /** How the change is measured. */
  readonly indicator?: string;
  /** Where the evidence for the quantity comes from. */
  readonly source?: string;
  readonly domain?: Domain;
  /**
   * Units of change (people, tonnes, hours), 0 or more. May be left out when
   * `quantityByYear` is given; if both are given they must agree on the first year.
   */
  readonly quantity?: DecimalLike;
  /**
   * One quantity per year of the outcome (length = `duration`), for outcomes
   * measured each year. Drop-off must not also be given.
   */
  readonly quantityByYear?: readonly DecimalLike[];
  readonly proxy: FinancialProxy;
  /** Share that would have happened anyway, 0..1 (default 0). */
  readonly deadweight?: DecimalLike;
  /** Share that displaced other outcomes, 0..1 (default 0). */
  readonly displacement?: DecimalLike;
  /** Share due to others' contribution, 0..1 (default 0): deducted. */
  readonly attribution?: DecimalLike;
  /** Share of the outcome lost each year after the first, 0..1 (default 0). */
  readonly dropOff?: DecimalLike;
  /** Years the outcome lasts: a whole number, at least 1. */
  readonly duration: number;
  /** 1 (default) = starts in the year of the activity, 2 = the year after, and so on. */
  readonly startYear?: number;
}

/**
 * A whole SROI evaluation. Only `name`, `stakeholders`, `inputs` and
 * `outcomes` are required; the settings default to GBP, a forecast,
 * end-of-year timing, 3.5% discounting and multiplicative reductions.
 */
export interface Evaluation {
  readonly name: string;
  /** ISO 4217 code, default `"GBP"`. */
  readonly currency?: string;
  /** Default `"forecast"`. */
  readonly kind?: EvaluationKind;
  /** Default `"end-of-year"`. */
  readonly timing?: Timing;
  /** Default `{ rate: 0.035 }`. */
  readonly discount?: Discount;
  /** Default `"multiplicative"`. */
  readonly reductions?: Reductions;
  /** Set by `applyCatalogue`: the catalogue and price base the proxies were taken from. */
  readonly pricing?: Pricing;
  readonly stakeholders: readonly Stakeholder[];
  readonly inputs: readonly Input[];
  readonly outcomes: readonly Outcome[];
}
