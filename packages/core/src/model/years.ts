import type { Timing } from './types.js';

/**
 * How many years of rates discounting needs to reach `lastYear`: under
 * start-of-year timing year t is discounted over t - 1 years; under end-of-year
 * over t years; mid-year over t - 0.5, which still needs year t's rate.
 */
export function lastYearToDiscount(lastYear: number, timing: Timing): number {
  return timing === 'start-of-year' ? Math.max(0, lastYear - 1) : lastYear;
}
