import type { DecimalLike } from '../../decimal.js';
import type { Domain } from '../../model/types.js';

/**
 * One measure of a measures framework (National TOMs style): what a supplier
 * commits to and reports, and the money value of one unit of it.
 *
 * @example
 * ```ts
 * const measure: Measure = {
 *   code: 'EMP-1', domain: 'economic', theme: 'Jobs', outcome: 'More local people in work',
 *   measure: 'Local people employed on the contract', unit: 'person-year',
 *   proxy: 14500, priceYear: 2024, source: 'Illustrative',
 * };
 * ```
 */
export interface Measure {
  /** Short unique code that bids and contracts use, e.g. `"EMP-1"` (compared exactly, case and all). */
  readonly code: string;
  /** The Social Value Act domain the measure serves. */
  readonly domain: Domain;
  readonly theme: string;
  /** The change the measure stands for, e.g. `"More local people in work"`. */
  readonly outcome: string;
  /** What is counted, e.g. `"Local people employed on the contract"`. */
  readonly measure: string;
  /** One unit of the measure, e.g. `"person-year"` or `"tonne CO2e"`. */
  readonly unit: string;
  /** Money value of one unit, in `priceYear` prices; negative for a disbenefit. */
  readonly proxy: DecimalLike;
  /** The year whose prices `proxy` is in, e.g. 2024. */
  readonly priceYear: number;
  /** Where the value comes from: a public source, or `"Illustrative"`. */
  readonly source: string;
  /** Licence terms of the value, when they restrict use. */
  readonly licence?: string;
  /** A commissioner's own objective the measure serves (a local framework). */
  readonly objective?: string;
  /** A commissioner's target quantity for the measure, 0 or more. */
  readonly target?: DecimalLike;
}

/**
 * A measures framework: the measures a commissioner lets bidders commit to and
 * suppliers report against. Users import their own (National TOMs and HACT
 * values are licensed); the project ships only an example.
 */
export interface Catalogue {
  /** Shown in every result priced from it, e.g. `"Anytown Council social value framework 2025"`. */
  readonly name: string;
  /** ISO 4217 code of the proxies, default `"GBP"`. */
  readonly currency?: string;
  /** Licence terms of the catalogue as a whole. */
  readonly licence?: string;
  readonly measures: readonly Measure[];
}
