import { toDecimal, type Decimal } from '../decimal.js';
import type { Evaluation } from '../model/types.js';
import type { SroiWarning } from './result.js';

/**
 * Thresholds for values that are valid but unusual against published
 * practice. The medians come from a meta-analysis of 383 SROI reports
 * (deadweight 20%, attribution 25.5%, drop-off 21.5%, ratio 3.56): values far
 * beyond them deserve a second look, not a refusal.
 */
export const UNUSUAL = {
  share: 0.5,
  durationWithoutDropOff: 5,
  duration: 10,
  ratio: 20,
  discountRate: 0.1,
} as const;

const SHARES = [
  ['deadweight', 'high-deadweight'],
  ['displacement', 'high-displacement'],
  ['attribution', 'high-attribution'],
] as const;

/** Warnings about the inputs themselves (the result adds its own). */
export function unusualValueWarnings(evaluation: Evaluation): SroiWarning[] {
  const warnings: SroiWarning[] = [];
  const outcomes = evaluation.outcomes;
  for (let index = 0; index < outcomes.length; index += 1) {
    const outcome = outcomes[index] as (typeof outcomes)[number];
    // Paths are written only for a warning: most rows have none.
    for (let s = 0; s < SHARES.length; s += 1) {
      // By index, not destructured: destructuring a tuple makes an iterator, 30,000 of them for 10,000 outcomes.
      const share = SHARES[s] as (typeof SHARES)[number];
      const field = share[0];
      const code = share[1];
      const value = outcome[field];
      if (value !== undefined && exceeds(value, UNUSUAL.share)) {
        warnings.push({
          code,
          path: `outcomes[${index}].${field}`,
          message: `${field} of ${percent(toDecimal(value))} for "${outcome.description}" is over 50%; published SROIs rarely go beyond this (median deadweight 20%, attribution 25.5%): check the evidence`,
        });
      }
    }
    if (
      outcome.duration > UNUSUAL.durationWithoutDropOff &&
      outcome.quantityByYear === undefined &&
      isZero(outcome.dropOff ?? 0)
    ) {
      warnings.push({
        code: 'no-drop-off-long-duration',
        path: `outcomes[${index}].dropOff`,
        message: `"${outcome.description}" lasts ${outcome.duration} years with no drop-off; outcomes usually fade (median drop-off 21.5% a year)`,
      });
    }
    if (outcome.duration > UNUSUAL.duration) {
      warnings.push({
        code: 'long-duration',
        path: `outcomes[${index}].duration`,
        message: `"${outcome.description}" lasts ${outcome.duration} years; durations over ${UNUSUAL.duration} years need strong evidence`,
      });
    }
  }
  const discount = evaluation.discount;
  if (discount !== undefined && 'rate' in discount && toDecimal(discount.rate).gt(UNUSUAL.discountRate)) {
    warnings.push({
      code: 'high-discount-rate',
      path: 'discount.rate',
      message: `a discount rate of ${percent(toDecimal(discount.rate))} is unusual; the Green Book rate is 3.5%`,
    });
  }
  return warnings;
}

/** value = 0, without parsing plain numbers (this runs once per row). */
function isZero(value: number | string): boolean {
  return typeof value === 'number' ? value === 0 : toDecimal(value).isZero();
}

/** value > limit, without parsing plain numbers (this runs once per row). */
function exceeds(value: number | string, limit: number): boolean {
  return typeof value === 'number' ? value > limit : toDecimal(value).gt(limit);
}

export function percent(share: Decimal): string {
  return `${share.times(100).toDecimalPlaces(2).toString()}%`;
}
