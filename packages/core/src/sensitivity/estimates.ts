import type { OptionProblems } from './errors.js';

/**
 * The estimates of an outcome that sensitivity analysis varies, named as on
 * the impact map (METHOD.md, "The impact map").
 */
export const ESTIMATES = [
  'quantity',
  'proxy',
  'deadweight',
  'displacement',
  'attribution',
  'dropOff',
  'duration',
] as const;

/** One of {@link ESTIMATES}. */
export type Estimate = (typeof ESTIMATES)[number];

/** The three reductions: shares of the value taken off the impact. */
export const REDUCTIONS = ['deadweight', 'displacement', 'attribution'] as const;
export type ReductionEstimate = (typeof REDUCTIONS)[number];

/**
 * How a change of an estimate is stated:
 * - `multiple`: new value / base value (quantity, proxy): 0.8 is 20% less;
 * - `share`: a change in a share, as a fraction of one: 0.05 is five percentage points (20% to 25%);
 *   new share - base share, for the four shares (deadweight, displacement, attribution, drop-off),
 *   in the model's own unit for shares (what a spreadsheet cell formatted as % holds: 5% is 0.05);
 * - `years`: new duration - base duration, a whole number.
 *
 * @example
 * ```ts
 * unitOf('deadweight'); //=> 'share' (a change of 0.3533 takes 20% to 55.33%)
 * unitOf('proxy');      //=> 'multiple'
 * ```
 */
export type ChangeUnit = 'multiple' | 'share' | 'years';

export function unitOf(estimate: Estimate): ChangeUnit {
  if (estimate === 'quantity' || estimate === 'proxy') return 'multiple';
  if (estimate === 'duration') return 'years';
  return 'share';
}

export function isShare(estimate: Estimate): estimate is ReductionEstimate | 'dropOff' {
  return unitOf(estimate) === 'share';
}

export function isReduction(estimate: Estimate): estimate is ReductionEstimate {
  return (REDUCTIONS as readonly string[]).includes(estimate);
}

/** Words for messages: "drop-off", not "dropOff". */
export const LABELS: Readonly<Record<Estimate, string>> = {
  quantity: 'quantity',
  proxy: 'financial proxy',
  deadweight: 'deadweight',
  displacement: 'displacement',
  attribution: 'attribution',
  dropOff: 'drop-off',
  duration: 'duration',
};

/** True for a known estimate name; otherwise reports it with the valid names. */
export function checkEstimate(name: unknown, path: string, problems: OptionProblems): name is Estimate {
  if (typeof name === 'string' && (ESTIMATES as readonly string[]).includes(name)) return true;
  problems.add(path, name, `unknown estimate ${JSON.stringify(name)}; valid estimates are ${ESTIMATES.join(', ')}`);
  return false;
}
