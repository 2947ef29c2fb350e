import { Decimal } from '../decimal.js';
import type { DiscountSchedule } from '../model/types.js';

/**
 * HM Treasury Green Book declining discount rates (Annex A6): the rate of the
 * k-th year of discounting, by band. Standard rates start at the 3.5% social
 * time preference rate; health rates at 1.5%.
 */
const BANDS: readonly { readonly throughYear: number; readonly standard: string; readonly health: string }[] = [
  { throughYear: 30, standard: '0.035', health: '0.015' },
  { throughYear: 75, standard: '0.030', health: '0.0129' },
  { throughYear: 125, standard: '0.025', health: '0.0107' },
  { throughYear: 200, standard: '0.020', health: '0.0086' },
  { throughYear: 300, standard: '0.015', health: '0.0064' },
  { throughYear: Infinity, standard: '0.010', health: '0.0043' },
];

const STANDARD = BANDS.map((band) => new Decimal(band.standard));
const HEALTH = BANDS.map((band) => new Decimal(band.health));

/**
 * The Green Book rate for the k-th year of discounting (k >= 1).
 *
 * @example
 * ```ts
 * greenBookRate(30, 'green-book').toString(); //=> '0.035'
 * greenBookRate(31, 'green-book').toString(); //=> '0.03'
 * greenBookRate(1, 'green-book-health').toString(); //=> '0.015'
 * ```
 */
export function greenBookRate(year: number, schedule: DiscountSchedule): Decimal {
  const band = BANDS.findIndex((b) => year <= b.throughYear);
  const rates = schedule === 'green-book' ? STANDARD : HEALTH;
  return rates[band] as Decimal;
}

/** The default discount rate: the Green Book's 3.5% social time preference rate. */
export const DEFAULT_RATE = new Decimal('0.035');
