import { ZERO, type Decimal } from '../decimal.js';
import type { BaseCase } from './base-case.js';

/**
 * Outcomes that share (drop-off, start year, duration) share an annuity, so
 * a change of drop-off or duration for all outcomes together needs one
 * annuity per group, not one per outcome: the group's present value is the
 * sum of its impacts x the annuity.
 */
export interface ProjectionGroup {
  readonly dropOff: Decimal;
  readonly startYear: number;
  readonly duration: number;
  readonly impactSum: Decimal;
}

export interface Groups {
  readonly groups: readonly ProjectionGroup[];
  /** Present value of the rows with quantityByYear, which drop-off and duration changes leave alone. */
  readonly fixed: Decimal;
}

export function projectionGroups(base: BaseCase): Groups {
  const byKey = new Map<string, { dropOff: Decimal; startYear: number; duration: number; impactSum: Decimal }>();
  let fixed = ZERO;
  for (const outcome of base.outcomes) {
    if (outcome.quantityByYear !== null) {
      fixed = fixed.plus(outcome.presentValue);
      continue;
    }
    const key = `${outcome.dropOff.toString()}|${outcome.startYear}|${outcome.duration}`;
    const group = byKey.get(key);
    if (group === undefined) {
      byKey.set(key, {
        dropOff: outcome.dropOff,
        startYear: outcome.startYear,
        duration: outcome.duration,
        impactSum: outcome.impact,
      });
    } else {
      group.impactSum = group.impactSum.plus(outcome.impact);
    }
  }
  return { groups: [...byKey.values()], fixed };
}
