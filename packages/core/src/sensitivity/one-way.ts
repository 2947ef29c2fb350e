import { Decimal, type DecimalLike } from '../decimal.js';
import type { Evaluation } from '../model/types.js';
import { baseCase, type BaseCase, type OutcomeFigures } from './base-case.js';
import { OptionProblems } from './errors.js';
import { ESTIMATES, unitOf, type ChangeUnit, type Estimate } from './estimates.js';
import { rulesOf, type Moved } from './estimates/rules.js';
import { projectionGroups } from './groups.js';
import { positiveDecimal } from './options.js';
import { baseValue } from './switching-values.js';

/** Options of {@link oneWay}. */
export interface OneWayOptions {
  /**
   * How far each estimate moves, a fraction of one, default 0.1: quantity and
   * proxy by 10% of their value (times 0.9 and 1.1); the four shares by a
   * share change of 0.1, in the shares' own unit (`unit: 'share'`, as in
   * a switching value's `change`), ten percentage points: 20% to 10% and 30%,
   * held within 0..100%; duration by 10% of its years rounded, at least one
   * year. From above 0 up to 1.
   */
  readonly change?: DecimalLike;
}

/** The evaluation with one estimate moved. */
export interface OneWayPoint {
  /** The estimate's moved value (null for all outcomes together, and where the estimate does not apply). */
  readonly value: Decimal | null;
  readonly presentValue: Decimal;
  /** null without inputs. */
  readonly ratio: Decimal | null;
}

/** One bar of a tornado chart. */
export interface OneWayRow {
  /** The outcome's id; null for the estimate moved for all outcomes together. */
  readonly outcome: string | null;
  readonly estimate: Estimate;
  readonly unit: ChangeUnit;
  readonly base: Decimal | null;
  /** The estimate moved down (times 1 - change, or minus the change). */
  readonly low: OneWayPoint;
  /** The estimate moved up. */
  readonly high: OneWayPoint;
  /** |high ratio - low ratio|; without inputs, |high - low| present value. */
  readonly swing: Decimal;
}

export interface OneWay {
  readonly change: Decimal;
  readonly presentValue: Decimal;
  readonly inputsPresentValue: Decimal;
  readonly ratio: Decimal | null;
  /** Every estimate of every outcome, and of all outcomes together, largest swing first. */
  readonly rows: readonly OneWayRow[];
}

/**
 * One-way sensitivity, the data of a tornado chart (METHOD.md step 6): each
 * estimate of each outcome, and each estimate of all outcomes together, moved
 * down and up by the change with everything else held at its base, with the
 * resulting present value and ratio, sorted by swing (ties keep map order).
 *
 * Moving one outcome's estimate changes only that outcome's present value,
 * so each row costs a few exact operations, not a new evaluation.
 *
 * @param evaluation - the impact map (validated)
 * @param options - `change`: a fraction, default 0.1 (10% of quantity and proxy; a share change of 0.1, ten
 *   percentage points, for the shares)
 * @throws SroiValidationError when the evaluation is invalid
 * @throws SroiOptionsError when the change is not above 0 and at most 1
 *
 * @example
 * ```ts
 * const tornado = oneWay(workedCheck); // METHOD.md's worked check
 * const top = tornado.rows[0];
 * [top.outcome, top.estimate, top.low.ratio?.toFixed(4), top.high.ratio?.toFixed(4)];
 * //=> ['wellbeing', 'attribution', '2.0299', '1.5523'] (attribution 15% and 35%)
 * ```
 */
export function oneWay(evaluation: Evaluation, options: OneWayOptions = {}): OneWay {
  const problems = new OptionProblems();
  const change = positiveDecimal(
    options.change,
    '0.1',
    'change',
    'a fraction above 0 and at most 1, e.g. 0.1 for 10%',
    problems,
  );
  if (change.gt(1))
    problems.add('change', options.change, `change must be at most 1 (100%); got ${String(options.change)}`);
  problems.throwIfAny();

  const base = baseCase(evaluation);
  const rows: OneWayRow[] = [];
  for (const outcome of base.outcomes) rows.push(...outcomeRows(base, outcome, change));
  const groups = projectionGroups(base);
  for (const estimate of ESTIMATES) {
    const rules = rulesOf(estimate);
    const point = (direction: -1 | 1) =>
      pointOf(base, null, rules.tornadoTogether(base, groups, estimate, change, direction));
    rows.push(rowOf(null, estimate, null, point(-1), point(1)));
  }
  // Sort on the swings as doubles, falling back to exact comparison where doubles tie;
  // Array.prototype.sort is stable, so equal swings keep the impact map's order.
  const keyed = rows.map((row) => ({ row, key: row.swing.toNumber() }));
  keyed.sort((a, b) => b.key - a.key || b.row.swing.comparedTo(a.row.swing));
  return {
    change,
    presentValue: base.presentValue,
    inputsPresentValue: base.inputsPresentValue,
    ratio: base.ratio,
    rows: keyed.map((item) => item.row),
  };
}

/** The seven rows of one outcome; only this outcome's present value moves, so each point is a few operations. */
function outcomeRows(base: BaseCase, outcome: OutcomeFigures, change: Decimal): OneWayRow[] {
  const others = base.presentValue.minus(outcome.presentValue);
  // Where an estimate does not apply (drop-off and duration with quantityByYear), both ends stay at the base.
  const unmoved = pointOf(base, null, base.presentValue);
  const point = (moved: Moved) => pointOf(base, moved.value, others.plus(moved.presentValue));
  return ESTIMATES.map((estimate) => {
    const moved = rulesOf(estimate).tornado(base, outcome, estimate, change);
    const [low, high] = moved === null ? [unmoved, unmoved] : [point(moved[0]), point(moved[1])];
    return rowOf(outcome.id, estimate, baseValue(outcome, estimate), low, high);
  });
}

function pointOf(base: BaseCase, value: Decimal | null, presentValue: Decimal): OneWayPoint {
  const ratio = base.inputsPresentValue.gt(0) ? presentValue.div(base.inputsPresentValue) : null;
  return { value, presentValue, ratio };
}

function rowOf(
  outcome: string | null,
  estimate: Estimate,
  baseValue: Decimal | null,
  low: OneWayPoint,
  high: OneWayPoint,
): OneWayRow {
  const difference =
    low.ratio !== null && high.ratio !== null ? high.ratio.minus(low.ratio) : high.presentValue.minus(low.presentValue);
  // Not abs(), which copies a positive value too: 70,000 rows for 10,000 outcomes.
  const swing = difference.isNegative() ? difference.negated() : difference;
  return { outcome, estimate, unit: unitOf(estimate), base: baseValue, low, high, swing };
}
