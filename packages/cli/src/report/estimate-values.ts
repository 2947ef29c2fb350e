import {
  type Decimal,
  durationStep,
  ESTIMATE_LABELS,
  formatMoney,
  formatPercent,
  toDecimal,
  type ChangeUnit,
  type Estimate,
  ROUND_HALF_UP,
} from '@sroi/core';

// Rounded half away from zero, as core's formatters (and Excel's ROUND) do.
const fixed = (value: Decimal, places: number) => value.toFixed(places, ROUND_HALF_UP);

/** Estimates as the impact map names them: "drop-off", not "dropOff" (core's words). */
export { ESTIMATE_LABELS };

/** Thousands separators; whole numbers without decimals, others to two places. */
function plainNumber(value: Decimal): string {
  const text = fixed(value, value.isInteger() ? 0 : 2);
  const [whole = '', fraction] = text.split('.');
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction === undefined ? '' : `.${fraction}`);
}

const yearsText = (count: number) => `${count} year${Math.abs(count) === 1 ? '' : 's'}`;

/**
 * An estimate's value as the impact map shows it: money for the proxy, a
 * percentage for the shares, years for the duration.
 *
 * @example
 * ```ts
 * formatEstimate('deadweight', toDecimal('0.5533'), 'GBP'); //=> '55.3%'
 * formatEstimate('proxy', toDecimal('558.32'), 'GBP');      //=> '£558.32'
 * formatEstimate('duration', toDecimal(2), 'GBP');          //=> '2 years'
 * ```
 */
export function formatEstimate(estimate: Estimate, value: Decimal, currency: string): string {
  if (estimate === 'proxy') return formatMoney(value, currency);
  if (estimate === 'quantity') return plainNumber(value);
  if (estimate === 'duration') return yearsText(value.toNumber());
  return formatPercent(value);
}

const signed = (text: string, negative: boolean) => (negative ? text : `+${text}`);

/**
 * A change in core's unit, as people read it: a multiple of the base
 * ("x0.56"), a share change (a fraction of one, as core gives it) shown in
 * percentage points ("+35.3 pts" for 0.3533) or whole years ("+2 years").
 *
 * @example
 * ```ts
 * formatChange('multiple', toDecimal('0.5583')); //=> 'x0.56'
 * formatChange('share', toDecimal('0.3533'));    //=> '+35.3 pts'
 * formatChange('years', toDecimal(-1));          //=> '-1 year'
 * ```
 */
export function formatChange(unit: ChangeUnit, change: Decimal): string {
  if (unit === 'multiple') return `x${fixed(change, 2)}`;
  if (unit === 'years') return signed(yearsText(change.toNumber()), change.isNegative());
  // x 100 is exact in decimal, so the points round as the fraction would.
  return signed(`${fixed(change.times(100), 1)} pts`, change.isNegative());
}

/**
 * How the tornado moves an estimate of every outcome together, down (-1) or
 * up (1) by `change`: "x0.90", "-10.0 pts", "-1 year". Each duration moves by
 * its own whole years (core's `durationStep`), so when the outcomes' steps
 * differ the move is "shorter" or "longer".
 */
export function formatTogetherMove(
  estimate: Estimate,
  change: Decimal,
  direction: -1 | 1,
  durations: readonly number[],
): string {
  if (estimate === 'quantity' || estimate === 'proxy')
    return formatChange('multiple', toDecimal(1).plus(change.times(direction)));
  if (estimate !== 'duration') return formatChange('share', change.times(direction));
  const steps = new Set(durations.map((years) => durationStep(years, change)));
  const [step] = [...steps];
  if (steps.size !== 1 || step === undefined) return direction === 1 ? 'longer' : 'shorter';
  return formatChange('years', toDecimal(step * direction));
}
