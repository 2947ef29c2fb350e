import { Decimal, ONE } from '../decimal.js';
import { ESTIMATES, LABELS, type Estimate } from './estimates.js';

/**
 * Why an estimate has no switching value:
 * - `no-inputs`: the inputs total nothing, so there is no ratio to move;
 * - `no-effect`: the estimate does not change the present value (a zero quantity, a one-year outcome's drop-off...);
 * - `out-of-range`: no value in the estimate's valid range reaches the target;
 * - `not-applicable`: the estimate does not exist for the outcome (drop-off or duration with `quantityByYear`).
 */
export type NoSwitchingValueCode = 'no-inputs' | 'no-effect' | 'out-of-range' | 'not-applicable';

export interface NoSwitchingValue {
  readonly code: NoSwitchingValueCode;
  readonly message: string;
}

export const NO_INPUTS: NoSwitchingValue = {
  code: 'no-inputs',
  message: 'the inputs total nothing, so there is no ratio to move; add what each stakeholder invests',
};

export function notApplicable(estimate: Estimate): NoSwitchingValue {
  return {
    code: 'not-applicable',
    message: `${LABELS[estimate]} does not apply to an outcome measured with quantityByYear: the yearly quantities already say how it changes and how long it lasts`,
  };
}

export function noEffect(estimate: Estimate, why: string): NoSwitchingValue {
  return { code: 'no-effect', message: `changing the ${LABELS[estimate]} does not change the present value: ${why}` };
}

/** Each estimate's bounds 0 and 1 as {@link describeValue} writes them. */
const BOUNDS = Object.fromEntries(
  ESTIMATES.map((estimate) => {
    const at = (value: 0 | 1) => {
      if (estimate === 'quantity' || estimate === 'proxy') return `a ${estimate} of ${value}`;
      if (estimate === 'duration') return `a duration of ${value} year${value === 1 ? '' : 's'}`;
      return `${value * 100}% ${LABELS[estimate]}`;
    };
    return [estimate, [at(0), at(1)] as const];
  }),
) as unknown as Readonly<Record<Estimate, readonly [string, string]>>;

/** How a value of an estimate reads in a sentence: "100% deadweight", "a quantity of 0". */
export function describeValue(estimate: Estimate, value: Decimal | number, together = false): string {
  // The usual bounds, written once: out-of-range messages ask for them tens of thousands of times.
  if (!together && typeof value === 'number' && (value === 0 || value === 1)) return BOUNDS[estimate][value];
  const decimal = typeof value === 'number' ? ONE.times(value) : value;
  const every = together ? ' for every outcome' : '';
  switch (estimate) {
    case 'quantity':
      return together ? `${decimal.toString()} times every quantity` : `a quantity of ${decimal.toString()}`;
    case 'proxy':
      return together ? `${decimal.toString()} times every proxy` : `a proxy of ${decimal.toString()}`;
    case 'duration':
      return together
        ? `${decimal.gte(0) ? '+' : ''}${decimal.toString()} ${decimal.abs().eq(1) ? 'year' : 'years'} on every duration`
        : `a duration of ${decimal.toString()} year${decimal.eq(1) ? '' : 's'}`;
    default:
      return `${together ? (decimal.gte(0) ? '+' : '') : ''}${decimal.times(100).toDecimalPlaces(4).toString()}${together ? ' points of' : '%'} ${LABELS[estimate]}${every}`;
  }
}

/**
 * "even 100% deadweight leaves the ratio at 1.52 : 1, above the target 1 : 1; the other outcomes alone exceed it".
 *
 * @param others - the ratio of the other outcomes alone, when the bound removes this outcome's value
 */
export function outOfRange(
  estimate: Estimate,
  bound: Decimal | number,
  ratioAtBound: Decimal | number,
  target: Decimal | ShownTarget,
  options: { together?: boolean; removesOutcome?: boolean; disbenefit?: boolean } = {},
): NoSwitchingValue {
  const shown = Decimal.isDecimal(target) ? shownTarget(target as Decimal) : (target as ShownTarget);
  const side = (typeof ratioAtBound === 'number' ? ratioAtBound > shown.float : ratioAtBound.gt(shown.value))
    ? 'above'
    : 'below';
  const value = describeValue(estimate, bound, options.together);
  const shownRatio = ratio(ratioAtBound);
  const removesOutcome = options.removesOutcome === true && side === 'above';
  const disbenefit = options.disbenefit === true;
  // Most of a large map's outcomes give one of a few messages (the ratio is shown to two decimals):
  // one reason for each, shared, rather than 60,000 copies of seven texts in one result. Found by the
  // value's and the ratio's texts, then the three yes-or-no parts, without building a key string.
  const kind = (side === 'above' ? 4 : 0) + (removesOutcome ? 2 : 0) + (disbenefit ? 1 : 0);
  let byRatio = shown.reasons?.get(value);
  if (byRatio === undefined) {
    byRatio = new Map();
    shown.reasons?.set(value, byRatio);
  }
  let byKind = byRatio.get(shownRatio);
  if (byKind === undefined) {
    byKind = [];
    byRatio.set(shownRatio, byKind);
  }
  const known = byKind[kind];
  if (known !== undefined) return known;
  let message = `even ${value} leaves the ratio at ${shownRatio}, ${side} the target ${shown.text}`;
  if (removesOutcome) message += ': the other outcomes alone exceed it';
  if (disbenefit) message += '; the proxy is negative (a disbenefit), so more of this outcome lowers the ratio';
  const reason: NoSwitchingValue = { code: 'out-of-range', message };
  byKind[kind] = reason;
  return reason;
}

/** The target ratio as messages use it, worked out once per call rather than once per message. */
export interface ShownTarget {
  readonly value: Decimal;
  readonly float: number;
  /** As {@link ratio} shows it: "1.00 : 1". */
  readonly text: string;
  /**
   * The out-of-range reasons given so far against this target, by what their messages say (see outOfRange):
   * by the value's text, the ratio's text, then the side, whether the outcome is removed and whether it is a
   * disbenefit as three bits.
   */
  readonly reasons?: Map<string, Map<string, NoSwitchingValue[]>>;
}

/**
 * The target ratio ready for {@link outOfRange}'s messages: a large map has
 * tens of thousands of out-of-range estimates, each of which would otherwise
 * convert and format the same target again.
 *
 * @example
 * ```ts
 * shownTarget(toDecimal(1.5)).text; //=> '1.50 : 1'
 * ```
 */
export function shownTarget(target: Decimal): ShownTarget {
  return { value: target, float: target.toNumber(), text: ratio(target), reasons: new Map() };
}

/**
 * A ratio for a message, to two decimals. Messages about unreachable targets
 * may take the ratio as float64: it is only shown, never computed with.
 */
export function ratio(value: Decimal | number): string {
  return `${typeof value === 'number' ? value.toFixed(2) : value.toDecimalPlaces(2).toFixed(2)} : 1`;
}
