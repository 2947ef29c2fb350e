import { ZERO, type Decimal } from '../decimal.js';
import { plus } from '../fast-arithmetic.js';
import { annuities } from '../projection/annuity.js';
import { exactCalculator } from '../projection/calculator.js';
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
  type Group = { dropOff: Decimal; startYear: number; duration: number; impactSum: Decimal };
  const byKey = new Map<string, Group>();
  // The base figures' drop-offs come from one decimal cache, so each value is one object or a few: the group is
  // found by the drop-off's identity first, and by its text (one toString per object, not per outcome) after.
  const byIdentity = new Map<Decimal, Map<number, Group>>();
  let fixed = ZERO;
  for (const outcome of base.outcomes) {
    if (outcome.quantityByYear !== null) {
      fixed = plus(fixed, outcome.presentValue);
      continue;
    }
    let byYears = byIdentity.get(outcome.dropOff);
    if (byYears === undefined) {
      byYears = new Map();
      byIdentity.set(outcome.dropOff, byYears);
    }
    // Start year and duration as one number: durations are at most WHOLE_NUMBER_RULES.duration.max (1000).
    const years = outcome.startYear * 1024 + outcome.duration;
    let group = byYears.get(years);
    if (group === undefined) {
      const key = `${outcome.dropOff.toString()}|${outcome.startYear}|${outcome.duration}`;
      group = byKey.get(key);
      if (group === undefined) {
        group = {
          dropOff: outcome.dropOff,
          startYear: outcome.startYear,
          duration: outcome.duration,
          impactSum: outcome.impact,
        };
        byKey.set(key, group);
        byYears.set(years, group);
        continue;
      }
      byYears.set(years, group);
    }
    group.impactSum = plus(group.impactSum, outcome.impact);
  }
  return { groups: [...byKey.values()], fixed };
}

/**
 * Each group's annuity factor with its drop-off replaced by `dropOffOf(its
 * drop-off)` (all moved alike: the drop-off changed for all outcomes
 * together). One pass of partial sums (projection/annuity.ts `annuities`) per
 * drop-off and start year gives the factor of every duration, with the digits
 * `annuity` gives for each (the same sums in the same order), instead of one
 * sum per group: 1,000 groups of the bench map come from about 100 passes.
 *
 * @example
 * ```ts
 * groupAnnuities(base, groups, (dropOff) => dropOff)[0]; // the first group's own annuity factor
 * ```
 */
export function groupAnnuities(
  base: BaseCase,
  groups: readonly ProjectionGroup[],
  dropOffOf: (dropOff: Decimal) => Decimal,
): Decimal[] {
  type Pass = { longest: number; sums: Decimal[] | null };
  const passes = new Map<Decimal, Map<number, Pass>>();
  const passOf = (group: ProjectionGroup): Pass => {
    let byStart = passes.get(group.dropOff);
    if (byStart === undefined) {
      byStart = new Map();
      passes.set(group.dropOff, byStart);
    }
    let pass = byStart.get(group.startYear);
    if (pass === undefined) {
      pass = { longest: 0, sums: null };
      byStart.set(group.startYear, pass);
    }
    return pass;
  };
  for (const group of groups) {
    const pass = passOf(group);
    pass.longest = Math.max(pass.longest, group.duration);
  }
  return groups.map((group) => {
    const pass = passOf(group);
    if (pass.sums === null) {
      const { startYear } = group;
      const factors = base.factors(startYear + pass.longest - 1);
      pass.sums = annuities(exactCalculator, dropOffOf(group.dropOff), factors, startYear, pass.longest);
    }
    return pass.sums[group.duration] as Decimal;
  });
}
