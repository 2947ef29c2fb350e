import { ONE, ZERO, type Decimal } from '../../decimal.js';
import { divide, times } from '../../fast-arithmetic.js';
import { exactCalculator, floatCalculator, type Calculator } from '../../projection/calculator.js';
import type { BaseCase, FloatFigures, LineFigures, OutcomeFigures } from '../base-case.js';
import { found, none, type Goal, type Solution } from '../goal.js';
import { noEffect, outOfRange } from '../reasons.js';
import { solveLine, type Line } from '../solve.js';
import { roughFloat } from '../to-float.js';
import type { Direction, EstimateRules, Moved, RoughFigures } from './rules.js';
import type { TornadoMove } from './tornado-move.js';

/*
 * Quantity and financial proxy.
 * - Range: a quantity of 0 or more; a proxy of either sign (negative for a disbenefit).
 * - Present value: proportional to each (METHOD.md step 1), so a line through 0 ({@link scaleLine}).
 * - A change is a multiple, new value / base value; the tornado moves each
 *   times (1 - change) and (1 + change).
 */

export type ScaleEstimate = 'quantity' | 'proxy';

/**
 * The outcome's present value as a line in its quantity or its proxy, on a
 * calculator (exact decimals for answers, float64 to screen). For a row with
 * `quantityByYear`, "quantity" is a multiple applied to every year's quantity (base 1).
 *
 * @example
 * ```ts
 * scaleLine(exactCalculator, outcome, 'proxy').slope.times(outcome.proxy).eq(outcome.presentValue); //=> true
 * ```
 */
export function scaleLine<T>(calculator: Calculator<T>, outcome: LineFigures<T>, estimate: ScaleEstimate): Line<T> {
  const { zero, one, multiply } = calculator;
  if (estimate === 'proxy') {
    const slope = multiply(outcome.reduction, outcome.discountedQuantity);
    return { constant: zero, slope, base: outcome.proxy, min: null, max: null };
  }
  if (outcome.annuity === null) return { constant: zero, slope: outcome.presentValue, base: one, min: zero, max: null };
  const slope = multiply(multiply(outcome.proxy, outcome.reduction), outcome.annuity);
  return { constant: zero, slope, base: outcome.quantity, min: zero, max: null };
}

/**
 * The tornado's move of a quantity or proxy, or of a present value that is
 * proportional to it: times (1 - change) down, (1 + change) up.
 *
 * @example
 * ```ts
 * movedMultiple(new Decimal(100), new Decimal(0.1), -1).toString(); //=> '90'
 * ```
 */
export function movedMultiple(value: Decimal, change: Decimal, direction: Direction): Decimal {
  return value.times(direction === 1 ? ONE.plus(change) : ONE.minus(change));
}

function solveOne(goal: Goal, outcome: OutcomeFigures, estimate: ScaleEstimate, floats: FloatFigures | null): Solution {
  // A proxy's line has no limits, so the float64 screen (which looks for a value past a limit) never decides it.
  const float =
    floats === null || estimate === 'proxy'
      ? null
      : { line: scaleLine(floatCalculator, floats, estimate), presentValue: floats.presentValue };
  const root = solveLine(goal, outcome.presentValue, () => scaleLine(exactCalculator, outcome, estimate), float);
  const byYear = estimate === 'quantity' && outcome.quantityByYear !== null;
  if (root.kind === 'flat') {
    const other = estimate === 'proxy' ? 'quantity' : 'proxy';
    return none(noEffect(estimate, `the ${other} is zero or the reductions take all of the value`));
  }
  if (root.kind === 'beyond') {
    const shown = byYear ? outcome.quantity.times(root.bound) : root.bound;
    return none(
      outOfRange(estimate, shown, root.ratioAtBound, goal.shownTarget, {
        removesOutcome: root.removesOutcome,
        disbenefit: outcome.proxy.isNegative() && estimate !== 'proxy',
      }),
    );
  }
  // With quantityByYear, x is the multiple of every year's quantity; the value is the first year's.
  if (byYear) return found(outcome.quantity.times(root.x), root.x);
  const base = outcome[estimate];
  return found(root.x, base.isZero() ? null : divide(root.x, base));
}

/**
 * The multiple of every quantity (or every proxy) at which the ratio reaches
 * the target. The present value is proportional to each, so the multiple is
 * target value / present value. Multiples are 0 or more: a negative multiple
 * of every proxy would turn benefits into disbenefits.
 */
function solveTogether(goal: Goal, estimate: ScaleEstimate): Solution {
  const { presentValue } = goal.base;
  if (presentValue.isZero()) return none(noEffect(estimate, 'the present value is zero'));
  const multiple = goal.targetValue.div(presentValue);
  if (multiple.isNegative()) {
    return none(outOfRange(estimate, ZERO, ZERO, goal.shownTarget, { together: true }));
  }
  return { value: null, change: multiple, reason: null };
}

function tornado(_base: BaseCase, outcome: OutcomeFigures, estimate: ScaleEstimate, move: TornadoMove): [Moved, Moved] {
  // The value and the present value move by the same multiple: one addition per end, not two.
  // Quantities repeat across outcomes, so theirs are kept; proxies rarely do. The present value's ends are
  // the same for both estimates, so the proxy's are the quantity's own decimals (TornadoMove keeps them).
  const moved = (direction: Direction): Moved => ({
    value:
      estimate === 'quantity'
        ? move.scaled(outcome.quantity, direction)
        : times(outcome.proxy, move.multiples[direction]),
    presentValue: move.scaledPresentValue(outcome.presentValue, direction),
  });
  return [moved(-1), moved(1)];
}

/** The present value times the multiples as doubles: three roundings of about 2^-53, each far within the bound. */
function roughTornado(
  _base: BaseCase,
  _outcome: OutcomeFigures,
  rough: RoughFigures,
  _estimate: ScaleEstimate,
  move: TornadoMove,
  into: Float64Array,
): boolean {
  into[0] = rough.presentValue * roughFloat(move.multiples[-1]);
  into[1] = rough.presentValue * roughFloat(move.multiples[1]);
  return true;
}

export const quantityAndProxyRules: EstimateRules<ScaleEstimate> = {
  solveOne,
  solveTogether,
  tornado,
  roughTornado,
  tornadoTogether: (base, _groups, _estimate, change) => [
    movedMultiple(base.presentValue, change, -1),
    movedMultiple(base.presentValue, change, 1),
  ],
};
