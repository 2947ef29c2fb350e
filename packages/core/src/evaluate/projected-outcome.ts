import type { Decimal } from '../decimal.js';
import { yearlyValuesKeeping } from '../projection/drop-off.js';
import type { Domain } from '../model/types.js';
import type { OutcomeResult } from './result.js';

/**
 * One outcome's figures, with its yearly values built only when first read.
 *
 * Building a decimal for every year of every outcome up front was most of
 * `evaluate`'s time and memory on large maps (issue 11), while most callers
 * read only the totals. The values are a getter on the prototype (one per
 * class, not one closure per outcome), and `toJSON` lists the fields in the
 * interface's order, so `JSON.stringify` gives the same text as a plain object.
 * `toNumbers` and `toJSON` in convert.ts go through that `toJSON` too; a spread
 * (`{ ...outcome }`) would lose `values`, so copy with `outcome.toJSON()`.
 *
 * @example
 * ```ts
 * const outcome = new ProjectedOutcome(row, 1, toDecimal(54000), presentValue, new Decimal('0.5'), 3);
 * outcome.values.map(String); //=> ['54000', '27000', '13500']
 * ```
 */
export class ProjectedOutcome implements OutcomeResult {
  readonly id: string;
  readonly stakeholder: string;
  readonly description: string;
  readonly domain: Domain | null;
  readonly impact: Decimal;
  readonly startYear: number;
  readonly presentValue: Decimal;
  /** 1 - drop-off: each year is the previous one times it (the ONE instance without drop-off). */
  readonly #keep: Decimal;
  readonly #duration: number;
  #values: readonly Decimal[] | undefined;

  /**
   * @param row - the outcome's names
   * @param startYear - its first year of value
   * @param impact - its first year's value
   * @param presentValue - its discounted value over its years
   * @param keep - 1 - drop-off, the ONE instance when there is no drop-off
   * @param duration - its years
   * @param values - its yearly values when already known (quantityByYear rows)
   */
  constructor(
    row: { readonly id: string; readonly stakeholder: string; readonly description: string; readonly domain?: Domain },
    startYear: number,
    impact: Decimal,
    presentValue: Decimal,
    keep: Decimal,
    duration: number,
    values?: readonly Decimal[],
  ) {
    this.id = row.id;
    this.stakeholder = row.stakeholder;
    this.description = row.description;
    this.domain = row.domain ?? null;
    this.impact = impact;
    this.startYear = startYear;
    this.presentValue = presentValue;
    this.#keep = keep;
    this.#duration = duration;
    this.#values = values;
  }

  /** Undiscounted value of each year, `values[0]` being `startYear`; built on first read, then kept. */
  get values(): readonly Decimal[] {
    if (this.#values === undefined) this.#values = yearlyValuesKeeping(this.impact, this.#keep, this.#duration);
    return this.#values;
  }

  /** The plain form, fields in the order of {@link OutcomeResult}: what `JSON.stringify` writes. */
  toJSON(): OutcomeResult {
    return {
      id: this.id,
      stakeholder: this.stakeholder,
      description: this.description,
      domain: this.domain,
      impact: this.impact,
      startYear: this.startYear,
      values: this.values,
      presentValue: this.presentValue,
    };
  }
}
