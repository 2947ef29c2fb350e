import { showValue } from '../../model/problems.js';
import type { OptionProblems } from '../errors.js';
import { checkEstimate, ESTIMATES, isShare, type Estimate } from '../estimates.js';
import { isRecord } from '../options.js';

/**
 * The uncertainty of an estimate, as a change from each outcome's base value,
 * written as the impact map writes values (fractions):
 * - quantity and proxy: a relative change, the value becomes base x (1 + x): -0.2 is 20% less;
 * - the four shares: a change in share units, the value becomes base + x: 0.1 is 10 percentage points;
 * - duration: whole years added (samples are rounded to the nearest year).
 *
 * Samples are held within the estimate's valid range (a quantity at 0 or
 * more, shares within 0..1, a duration of one year or more); a `normal` is
 * truncated to that range (redrawn), the others are held at its edge.
 * `mode` defaults to the middle of min and max; `mean` to 0 (the base value).
 */
export type Distribution =
  | { readonly type: 'fixed' }
  | { readonly type: 'uniform'; readonly min: number; readonly max: number }
  | { readonly type: 'triangular'; readonly min: number; readonly mode?: number; readonly max: number }
  | { readonly type: 'pert'; readonly min: number; readonly mode?: number; readonly max: number }
  | { readonly type: 'normal'; readonly mean?: number; readonly sd: number };

export type DistributionType = Distribution['type'];

/** Distributions by estimate; estimates left out take {@link DEFAULT_DISTRIBUTIONS}. */
export type Distributions = Partial<Record<Estimate, Distribution>>;

/**
 * The stated defaults: triangular +-20% on quantities and proxies, triangular
 * +-10 percentage points on the four shares, duration held fixed.
 */
export const DEFAULT_DISTRIBUTIONS: Readonly<Record<Estimate, Distribution>> = {
  quantity: { type: 'triangular', min: -0.2, mode: 0, max: 0.2 },
  proxy: { type: 'triangular', min: -0.2, mode: 0, max: 0.2 },
  deadweight: { type: 'triangular', min: -0.1, mode: 0, max: 0.1 },
  displacement: { type: 'triangular', min: -0.1, mode: 0, max: 0.1 },
  attribution: { type: 'triangular', min: -0.1, mode: 0, max: 0.1 },
  dropOff: { type: 'triangular', min: -0.1, mode: 0, max: 0.1 },
  duration: { type: 'fixed' },
};

const TYPES: readonly DistributionType[] = ['fixed', 'uniform', 'triangular', 'pert', 'normal'];

/**
 * Largest change allowed per estimate kind, so a typo like 20 for 20% is
 * caught: a quantity or proxy falls at most 100% (below that a price would
 * change sign, a benefit drawn as a cost) and rises at most tenfold (+1000%).
 */
function limitsOf(estimate: Estimate): { min: number; max: number; words: string } {
  if (estimate === 'duration') return { min: -1000, max: 1000, words: 'whole years from -1000 to 1000' };
  if (isShare(estimate))
    return { min: -1, max: 1, words: 'a change in share units from -1 to 1 (0.1 = 10 percentage points)' };
  return { min: -1, max: 10, words: 'a relative change from -1 (-100%) to 10 (+1000%), e.g. -0.2 for 20% less' };
}

/** Checks one distribution, reporting every problem with what is valid. */
export function checkDistribution(
  value: unknown,
  estimate: Estimate,
  path: string,
  problems: OptionProblems,
): value is Distribution {
  const valid = `valid types are ${TYPES.join(', ')}`;
  if (!isRecord(value) || Object.keys(value).length === 0) {
    problems.add(path, value, `an empty distribution; give { type, ... }: ${valid}`);
    return false;
  }
  const type = value['type'];
  if (!TYPES.includes(type as DistributionType)) {
    problems.add(`${path}.type`, type, `unknown distribution type ${showValue(type)}; ${valid}`);
    return false;
  }
  const limits = limitsOf(estimate);
  const before = problems.count;
  const number = (key: string, required: boolean) => {
    const item = value[key];
    if (item === undefined && !required) return undefined;
    if (typeof item !== 'number' || !Number.isFinite(item)) {
      problems.add(`${path}.${key}`, item, `${key} must be a finite number (${limits.words}); got ${showValue(item)}`);
      return undefined;
    }
    if (key !== 'sd' && (item < limits.min || item > limits.max)) {
      problems.add(`${path}.${key}`, item, `${key} of a ${estimate} distribution must be ${limits.words}; got ${item}`);
    }
    return item;
  };
  const known = new Set([
    'type',
    ...(type === 'normal'
      ? ['mean', 'sd']
      : type === 'fixed'
        ? []
        : ['min', 'max', ...(type === 'uniform' ? [] : ['mode'])]),
  ]);
  for (const key of Object.keys(value)) {
    if (!known.has(key))
      problems.add(
        `${path}.${key}`,
        value[key],
        `unknown field ${JSON.stringify(key)} for a ${String(type)} distribution; valid fields are ${[...known].join(', ')}`,
      );
  }
  if (type === 'normal') {
    number('mean', false);
    const sd = number('sd', true);
    if (sd !== undefined && sd < 0) problems.add(`${path}.sd`, sd, `sd must be 0 or more; got ${sd}`);
    if (estimate === 'duration')
      problems.add(
        `${path}.type`,
        type,
        'duration takes fixed, uniform, triangular or pert (whole years within a range)',
      );
  } else if (type !== 'fixed') {
    const min = number('min', true);
    const max = number('max', true);
    const mode = type === 'uniform' ? undefined : number('mode', false);
    if (min !== undefined && max !== undefined) {
      if (min > max) problems.add(path, value, `min (${min}) is above max (${max}); min must be at most max`);
      else if (mode !== undefined && (mode < min || mode > max))
        problems.add(`${path}.mode`, mode, `mode must be from min (${min}) to max (${max}); got ${mode}`);
    }
  }
  return problems.count === before;
}

/** Reads the distributions option: known estimate names only, every distribution checked. */
export function checkDistributions(value: unknown, path: string, problems: OptionProblems): Distributions {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    problems.add(path, value, `${path} must be an object of distributions by estimate (${ESTIMATES.join(', ')})`);
    return {};
  }
  const result: Partial<Record<Estimate, Distribution>> = {};
  for (const [name, distribution] of Object.entries(value)) {
    if (!checkEstimate(name, `${path}.${name}`, problems)) continue;
    if (checkDistribution(distribution, name, `${path}.${name}`, problems)) result[name] = distribution;
  }
  return result;
}
