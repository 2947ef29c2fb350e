import type { Decimal, DecimalLike } from '../decimal.js';
import type { Evaluation } from '../model/types.js';
import { baseCase, floatConverter, floatFigures, type BaseCase, type OutcomeFigures } from './base-case.js';
import { OptionProblems } from './errors.js';
import { ESTIMATES, unitOf, type ChangeUnit, type Estimate } from './estimates.js';
import { years } from './estimates/duration.js';
import { rulesOf } from './estimates/rules.js';
import { goalOf, none, type Solution } from './goal.js';
import { positiveDecimal } from './options.js';
import { NO_INPUTS, type NoSwitchingValue } from './reasons.js';

/** Options of {@link switchingValues}. */
export interface SwitchingValueOptions {
  /** The ratio to reach, default 1 (1 : 1, the point where value equals investment). */
  readonly target?: DecimalLike;
}

/**
 * How far one estimate must move for the ratio to reach the target.
 *
 * - `value`: the estimate's new value (null for all outcomes together, and when there is none);
 * - `change`: the move, in `unit`: a `multiple` (new / base; quantity and proxy), a `share` change
 *   (new - base as a fraction of one, the shares: 0.3533 takes 20% to 55.33%, +35.33 percentage
 *   points) or `years` (new - base; duration). For all outcomes together
 *   it is the multiple of every quantity or proxy, or the shift of every share or duration;
 * - `reason`: why there is none, when `change` is null (a base of 0 also leaves a multiple null).
 */
export interface SwitchingValue {
  /** The outcome's id; null for the estimate changed across all outcomes together. */
  readonly outcome: string | null;
  readonly estimate: Estimate;
  readonly unit: ChangeUnit;
  /** The estimate's value in the evaluation (null for all outcomes together). */
  readonly base: Decimal | null;
  readonly value: Decimal | null;
  readonly change: Decimal | null;
  readonly reason: NoSwitchingValue | null;
}

/** Everything {@link switchingValues} finds. */
export interface SwitchingValues {
  readonly target: Decimal;
  readonly presentValue: Decimal;
  readonly inputsPresentValue: Decimal;
  /** The base ratio; null without inputs. */
  readonly ratio: Decimal | null;
  /** Every estimate of every outcome, outcome by outcome, in the order of {@link ESTIMATES}. */
  readonly outcomes: readonly SwitchingValue[];
  /** Each estimate changed across all outcomes together. */
  readonly together: readonly SwitchingValue[];
}

/**
 * Switching values (METHOD.md step 6): for every estimate of every outcome,
 * and for each estimate of all outcomes together, the value at which the SROI
 * ratio reaches the target (1 : 1 unless told), or null with the reason no
 * valid value reaches it.
 *
 * Quantity, proxy and the three reductions are solved in closed form (they
 * enter the value linearly); drop-off by a bracketed root search to the cent;
 * duration as a whole number of years (the nearest at which the ratio reaches
 * or passes the target). Changing one outcome only moves that outcome's share
 * of the total, so the work per outcome is small.
 *
 * @param evaluation - the impact map (validated; see {@link Evaluation})
 * @param options - `target`: the ratio to reach, default 1
 * @throws SroiValidationError when the evaluation is invalid
 * @throws SroiOptionsError when the target is not a positive number
 *
 * @example
 * ```ts
 * const result = switchingValues(workedCheck); // METHOD.md's worked check, ratio 1.7911
 * const deadweight = result.outcomes.find((s) => s.estimate === 'deadweight');
 * deadweight?.value?.toFixed(4);   //=> '0.5533'   (from 20%: 1 : 1 at 55.33% deadweight)
 * deadweight?.change?.toFixed(4);  //=> '0.3533'   (a share change: +35.33 percentage points)
 * result.outcomes.find((s) => s.estimate === 'quantity')?.change?.toFixed(4); //=> '0.5583' (x base)
 * ```
 */
export function switchingValues(evaluation: Evaluation, options: SwitchingValueOptions = {}): SwitchingValues {
  const problems = new OptionProblems();
  const target = targetOption(options.target, problems);
  problems.throwIfAny();
  return switchingValuesOf(baseCase(evaluation), target);
}

/** The `target` option of {@link switchingValues}, read; a problem is added to `problems`. */
export function targetOption(target: DecimalLike | undefined, problems: OptionProblems): Decimal {
  return positiveDecimal(target, 1, 'target', 'a ratio above 0, e.g. 1 for 1 : 1', problems);
}

/**
 * {@link switchingValues} on a base case already worked out (`sensitivity`
 * shares one with the tornado).
 */
export function switchingValuesOf(base: BaseCase, target: Decimal): SwitchingValues {
  const goal = goalOf(base, target);
  const noInputs = !base.inputsPresentValue.gt(0);

  const outcomes: SwitchingValue[] = [];
  const floatOf = floatConverter();
  for (const outcome of base.outcomes) {
    // Float64 figures screen out the linear estimates that cannot reach the target (solve.ts).
    const floats = noInputs ? null : floatFigures(outcome, floatOf);
    for (const estimate of ESTIMATES) {
      const solution = noInputs ? none(NO_INPUTS) : rulesOf(estimate).solveOne(goal, outcome, estimate, floats);
      outcomes.push(record(outcome.id, estimate, baseValue(outcome, estimate), solution));
    }
  }
  const together = ESTIMATES.map((estimate) =>
    record(null, estimate, null, noInputs ? none(NO_INPUTS) : rulesOf(estimate).solveTogether(goal, estimate)),
  );
  return {
    target,
    presentValue: base.presentValue,
    inputsPresentValue: base.inputsPresentValue,
    ratio: base.ratio,
    outcomes,
    together,
  };
}

/** The estimate's value as given (drop-off 0 and duration for a quantityByYear row are reported as they stand). */
export function baseValue(outcome: OutcomeFigures, estimate: Estimate): Decimal {
  if (estimate === 'duration') return years(outcome.duration);
  return outcome[estimate];
}

function record(outcome: string | null, estimate: Estimate, base: Decimal | null, solution: Solution): SwitchingValue {
  return {
    outcome,
    estimate,
    unit: unitOf(estimate),
    base,
    value: outcome === null ? null : solution.value,
    change: solution.change,
    reason: solution.reason,
  };
}

/**
 * Whether a switching value lies beyond what its estimate can be, as a
 * quantity below 0 or a financial proxy that changes sign (a benefit's price
 * turned into a cost's, or the reverse; from £0, a price turned into a cost):
 * then no real value of the estimate tips the ratio, and reports say so in
 * words instead of showing the figure. Shares, drop-off and duration are kept
 * within their range by the solver itself (with a reason when none is found).
 *
 * @example
 * ```ts
 * const proxy = switchingValues(map).outcomes.find((s) => s.estimate === 'proxy');
 * changesSign(proxy); //=> true when the ratio stays above the target even at a proxy of £0
 * ```
 */
export function changesSign(value: SwitchingValue): boolean {
  if (value.estimate !== 'quantity' && value.estimate !== 'proxy') return false;
  // All outcomes together move by a multiple of each one's own value: below 0, every one changes sign.
  if (value.value === null || value.base === null) return value.change?.isNegative() === true;
  if (value.value.isZero()) return false;
  // From a base of 0 (not negative), only a negative value changes sign.
  return value.value.isNegative() !== value.base.isNegative();
}
