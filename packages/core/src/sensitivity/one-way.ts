import { Decimal, type DecimalLike } from '../decimal.js';
import type { Evaluation } from '../model/types.js';
import { baseCase, type BaseCase, type OutcomeFigures } from './base-case.js';
import { OptionProblems } from './errors.js';
import { ESTIMATES, isReduction, unitOf, type ChangeUnit, type Estimate } from './estimates.js';
import { projectionGroups, type Groups } from './groups.js';
import { linearTerms, valueOnLine, type LinearTerms } from './linear-terms.js';
import { movedDuration, movedMultiple, movedShare, years, type Direction } from './moves.js';
import { positiveDecimal } from './options.js';
import { shareGroups } from './together-linear.js';
import { baseValue } from './switching-values.js';

/** Options of {@link oneWay}. */
export interface OneWayOptions {
  /**
   * How far each estimate moves, default 0.1: quantity and proxy by 10% of their
   * value, shares by 10 percentage points (held within 0..100%), duration by
   * 10% of its years rounded, at least one year. From above 0 up to 1.
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
 * @param options - `change`: default 0.1 (10%, or 10 percentage points for shares)
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
  for (const estimate of ESTIMATES) rows.push(togetherRow(base, groups, estimate, change));
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
  const point = (value: Decimal | null, presentValue: Decimal | null) =>
    presentValue === null ? pointOf(base, null, base.presentValue) : pointOf(base, value, others.plus(presentValue));
  // Quantity and proxy scale the outcome's value alike: the same two totals serve both rows.
  const scaled = ([-1, 1] as const).map((direction) =>
    point(null, movedMultiple(outcome.presentValue, change, direction)),
  );
  return ESTIMATES.map((estimate) => {
    const terms = isReduction(estimate) ? linearTerms(outcome, estimate, base.reductions) : null;
    const [low, high] = ([-1, 1] as const).map((direction, side): OneWayPoint => {
      if (estimate === 'quantity' || estimate === 'proxy') {
        const shared = scaled[side] as OneWayPoint;
        return { ...shared, value: movedMultiple(outcome[estimate], change, direction) };
      }
      const moved = movedOutcome(base, outcome, estimate, change, direction, terms);
      return moved === null ? point(null, null) : point(moved.value, moved.presentValue);
    }) as [OneWayPoint, OneWayPoint];
    return rowOf(outcome.id, estimate, baseValue(outcome, estimate), low, high);
  });
}

/** The moved value of a share, drop-off or duration of one outcome and the outcome's new present value; null where it does not apply. */
function movedOutcome(
  base: BaseCase,
  outcome: OutcomeFigures,
  estimate: Exclude<Estimate, 'quantity' | 'proxy'>,
  change: Decimal,
  direction: Direction,
  terms: LinearTerms | null,
): { value: Decimal; presentValue: Decimal } | null {
  if (isReduction(estimate)) {
    const line = terms ?? linearTerms(outcome, estimate, base.reductions);
    const value = movedShare(outcome[estimate], change, direction, line.max ?? undefined);
    return { value, presentValue: valueOnLine(line, value) };
  }
  if (outcome.quantityByYear !== null) return null;
  if (estimate === 'dropOff') {
    const value = movedShare(outcome.dropOff, change, direction);
    return { value, presentValue: outcome.impact.times(base.annuityOf(value, outcome.startYear, outcome.duration)) };
  }
  const duration = movedDuration(base, outcome, change, direction);
  return {
    value: years(duration),
    presentValue: outcome.impact.times(base.annuityOf(outcome.dropOff, outcome.startYear, duration)),
  };
}

function togetherRow(base: BaseCase, groups: Groups, estimate: Estimate, change: Decimal): OneWayRow {
  const point = (direction: Direction) => pointOf(base, null, togetherValue(base, groups, estimate, change, direction));
  return rowOf(null, estimate, null, point(-1), point(1));
}

/** The total present value with one estimate moved for every outcome. */
function togetherValue(
  base: BaseCase,
  groups: Groups,
  estimate: Estimate,
  change: Decimal,
  direction: Direction,
): Decimal {
  if (estimate === 'quantity' || estimate === 'proxy') return movedMultiple(base.presentValue, change, direction);
  if (isReduction(estimate)) {
    // Outcomes with the same share move alike: one line per group of equal shares.
    return shareGroups(base, estimate).reduce((total, group) => {
      const value = movedShare(group.share, change, direction, group.limit);
      return total.plus(group.slope.times(value.minus(group.share)));
    }, base.presentValue);
  }
  return groups.groups.reduce((total, group) => {
    const factor =
      estimate === 'dropOff'
        ? base.annuityOf(movedShare(group.dropOff, change, direction), group.startYear, group.duration)
        : base.annuityOf(group.dropOff, group.startYear, movedDuration(base, group, change, direction));
    return total.plus(group.impactSum.times(factor));
  }, groups.fixed);
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
  const swing =
    low.ratio !== null && high.ratio !== null
      ? high.ratio.minus(low.ratio).abs()
      : high.presentValue.minus(low.presentValue).abs();
  return { outcome, estimate, unit: unitOf(estimate), base: baseValue, low, high, swing };
}
