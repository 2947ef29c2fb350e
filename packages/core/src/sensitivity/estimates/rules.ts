import type { Decimal } from '../../decimal.js';
import type { BaseCase, FloatFigures, OutcomeFigures } from '../base-case.js';
import type { Estimate } from '../estimates.js';
import type { Goal, Solution } from '../goal.js';
import type { Groups } from '../groups.js';
import { dropOffRules } from './drop-off.js';
import { durationRules } from './duration.js';
import { quantityAndProxyRules } from './quantity-and-proxy.js';
import { shareRules } from './shares.js';
import type { TornadoMove } from './tornado-move.js';

/** Down (-1) or up (1): the two ends of a tornado bar. */
export type Direction = -1 | 1;

/**
 * An outcome's figures as doubles, each within ROUGH_FLOAT_ERROR of its
 * decimal (roughFloat, to-float.ts), for the tornado's order (tornado-order.ts).
 */
export interface RoughFigures {
  readonly presentValue: number;
  /** First-year value. */
  readonly impact: number;
  /** proxy x discounted quantity: the value before the reductions. */
  readonly gross: number;
}

/** An estimate moved, and the outcome's present value with it. */
export interface Moved {
  readonly value: Decimal;
  readonly presentValue: Decimal;
}

/**
 * What sensitivity analysis knows about one estimate, in the estimate's own
 * module: its switching value (for one outcome, and for all outcomes
 * together) and its tornado move. Each module also states the estimate's
 * range and its present value at a given value, which these use.
 */
export interface EstimateRules<E extends Estimate> {
  /** The value of the estimate of one outcome at which the ratio reaches the goal's target. */
  solveOne(goal: Goal, outcome: OutcomeFigures, estimate: E, floats: FloatFigures | null): Solution;
  /** The change of the estimate for every outcome at which the ratio reaches the target. */
  solveTogether(goal: Goal, estimate: E): Solution;
  /** One outcome's estimate moved down and up by the tornado's change; null where it does not apply. */
  tornado(base: BaseCase, outcome: OutcomeFigures, estimate: E, move: TornadoMove): readonly [Moved, Moved] | null;
  /**
   * {@link tornado}'s two moved present values as doubles, to order the bars without working them out exactly,
   * written to `into` as [low, high]: each within 8 x ROUGH_FLOAT_ERROR x (|low| + |high| + |gross|) of the
   * exact one (tornado-order.ts), from the same moved values; false where {@link tornado} gives null.
   */
  roughTornado(
    base: BaseCase,
    outcome: OutcomeFigures,
    rough: RoughFigures,
    estimate: E,
    move: TornadoMove,
    into: Float64Array,
  ): boolean;
  /** The total present value with the estimate of every outcome moved down, and moved up. */
  tornadoTogether(base: BaseCase, groups: Groups, estimate: E, change: Decimal): readonly [Decimal, Decimal];
}

const RULES: { readonly [E in Estimate]: EstimateRules<E> } = {
  quantity: quantityAndProxyRules,
  proxy: quantityAndProxyRules,
  deadweight: shareRules,
  displacement: shareRules,
  attribution: shareRules,
  dropOff: dropOffRules,
  duration: durationRules,
};

/**
 * Where sensitivity analysis finds an estimate's rules: quantity and proxy in
 * quantity-and-proxy.ts, the three reductions in shares.ts, drop-off and
 * duration in their own files.
 *
 * @example
 * ```ts
 * rulesOf('deadweight').solveOne(goal, outcome, 'deadweight', null).value?.toFixed(4); //=> '0.5533' (worked check)
 * ```
 */
export function rulesOf(estimate: Estimate): EstimateRules<Estimate> {
  return RULES[estimate] as EstimateRules<Estimate>;
}
