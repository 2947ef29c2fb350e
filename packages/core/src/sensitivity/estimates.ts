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
 * - `percentage-points`: (new share - base share) x 100 (the four shares): -5 is 20% -> 15%;
 * - `years`: new duration - base duration, a whole number.
 */
export type ChangeUnit = 'multiple' | 'percentage-points' | 'years';

export function unitOf(estimate: Estimate): ChangeUnit {
  if (estimate === 'quantity' || estimate === 'proxy') return 'multiple';
  if (estimate === 'duration') return 'years';
  return 'percentage-points';
}

export function isShare(estimate: Estimate): estimate is ReductionEstimate | 'dropOff' {
  return unitOf(estimate) === 'percentage-points';
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
