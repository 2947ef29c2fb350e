import type { Distribution, Distributions, Estimate } from '@sroi/core';
import { ESTIMATE_LABELS } from './estimate-values.js';

/**
 * A distribution in words, as a change from each outcome's base value:
 * percent for quantities and proxies, percentage points for the shares,
 * years for the duration. One wording for the terminal, Markdown and the HTML report.
 *
 * @example
 * ```ts
 * distributionWords('proxy', { type: 'triangular', min: -0.2, mode: 0, max: 0.2 });
 * //=> 'triangular -20% to +20% (mode 0%)'
 * ```
 */
export function distributionWords(estimate: Estimate, given: Distribution): string {
  if (given.type === 'fixed') return 'fixed at its base value';
  const points = estimate !== 'quantity' && estimate !== 'proxy' && estimate !== 'duration';
  const show = (value: number) => {
    if (estimate === 'duration') return `${value > 0 ? '+' : ''}${value} years`;
    const scaled = Number((value * 100).toFixed(4));
    return `${value > 0 ? '+' : ''}${scaled}${points ? ' pts' : '%'}`;
  };
  if (given.type === 'normal') return `normal, mean ${show(given.mean ?? 0)}, sd ${show(given.sd).replace('+', '')}`;
  const mode = given.type === 'uniform' || given.mode === undefined ? '' : ` (mode ${show(given.mode)})`;
  return `${given.type} ${show(given.min)} to ${show(given.max)}${mode}`;
}

/** Each estimate of a set of distributions in words: "financial proxy: triangular -20% to +20% (mode 0%)". */
export function distributionLines(distributions: Distributions): string[] {
  return (Object.keys(distributions) as Estimate[]).flatMap((estimate) => {
    const given = distributions[estimate];
    return given === undefined ? [] : [`${ESTIMATE_LABELS[estimate]}: ${distributionWords(estimate, given)}`];
  });
}
