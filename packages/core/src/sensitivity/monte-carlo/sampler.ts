import { portableLog } from './random.js';
import type { Distribution } from './distributions.js';

/** Distribution kinds as small integers, for the float64 kernel's inner loop. */
export const FIXED = 0;
export const UNIFORM = 1;
export const TRIANGULAR = 2;
export const PERT = 3;
export const NORMAL = 4;

/**
 * A distribution prepared for sampling: the kind and four numbers whose
 * meaning depends on it, so each draw is a few arithmetic operations.
 */
export interface PreparedDistribution {
  readonly kind: number;
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
}

/**
 * - uniform: a = min, b = max - min;
 * - triangular: a = min, b = max, c = (mode - min) / (max - min), d unused: inverse CDF;
 * - pert: a = min, b = max - min, c = alpha, d = beta (both from 1 to 5, PERT's lambda = 4);
 * - normal: a = mean, b = sd.
 * A zero-width range becomes a constant change (uniform with b = 0).
 */
export function prepare(distribution: Distribution): PreparedDistribution {
  switch (distribution.type) {
    case 'fixed':
      return { kind: FIXED, a: 0, b: 0, c: 0, d: 0 };
    case 'normal':
      if (distribution.sd === 0) return { kind: UNIFORM, a: distribution.mean ?? 0, b: 0, c: 0, d: 0 };
      return { kind: NORMAL, a: distribution.mean ?? 0, b: distribution.sd, c: 0, d: 0 };
    case 'uniform':
      return { kind: UNIFORM, a: distribution.min, b: distribution.max - distribution.min, c: 0, d: 0 };
    default: {
      const { min, max } = distribution;
      const mode = distribution.mode ?? (min + max) / 2;
      if (max === min) return { kind: UNIFORM, a: min, b: 0, c: 0, d: 0 };
      if (distribution.type === 'triangular')
        return { kind: TRIANGULAR, a: min, b: max, c: (mode - min) / (max - min), d: 0 };
      const alpha = 1 + (4 * (mode - min)) / (max - min);
      const beta = 1 + (4 * (max - mode)) / (max - min);
      return { kind: PERT, a: min, b: max - min, c: alpha, d: beta };
    }
  }
}

/** The inverse CDF of a triangular distribution on [min, max] with mode at fraction `peak` of the range. */
export function triangular(u: number, min: number, max: number, peak: number): number {
  const range = max - min;
  return u < peak ? min + Math.sqrt(u * range * range * peak) : max - Math.sqrt((1 - u) * range * range * (1 - peak));
}

/**
 * A gamma(shape >= 1) sample by Marsaglia and Tsang's method, from uniform
 * and standard normal samplers; {@link portableLog} keeps it reproducible.
 */
export function gamma(shape: number, uniform: () => number, normal: () => number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = uniform();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (portableLog(u) < 0.5 * x * x + d * (1 - v + portableLog(v))) return d * v;
  }
}

/** A PERT sample: min + range x Beta(alpha, beta), the beta from two gammas. */
export function pert(
  min: number,
  range: number,
  alpha: number,
  beta: number,
  uniform: () => number,
  normal: () => number,
): number {
  const x = gamma(alpha, uniform, normal);
  const y = gamma(beta, uniform, normal);
  return min + (range * x) / (x + y);
}
