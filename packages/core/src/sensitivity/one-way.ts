import { Decimal, type DecimalLike } from '../decimal.js';
import type { Evaluation } from '../model/types.js';
import { baseCase, type BaseCase, type OutcomeFigures } from './base-case.js';
import { OptionProblems } from './errors.js';
import { ESTIMATES, unitOf, type ChangeUnit, type Estimate } from './estimates.js';
import { rulesOf, type Moved } from './estimates/rules.js';
import { TornadoMove } from './estimates/tornado-move.js';
import { fixedDivisor } from './fixed-divisor.js';
import { projectionGroups } from './groups.js';
import { positiveDecimal } from './options.js';
import { baseValue as baseValueOf } from './switching-values.js';

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
  // Where an estimate does not apply (drop-off and duration with quantityByYear), both ends stay at the
  // base: one point for every such row (results are never changed in place, so they can share it).
  // Every point's ratio divides by the inputs' present value.
  const ratioOf: RatioOf = base.inputsPresentValue.gt(0) ? fixedDivisor(base.inputsPresentValue) : null;
  const unmoved = pointOf(ratioOf, null, base.presentValue);
  const move = new TornadoMove(change);
  for (const outcome of base.outcomes) outcomeRows(base, outcome, move, ratioOf, unmoved, rows);
  const groups = projectionGroups(base);
  for (const estimate of ESTIMATES) {
    const [low, high] = rulesOf(estimate).tornadoTogether(base, groups, estimate, change);
    rows.push(rowOf(null, estimate, null, pointOf(ratioOf, null, low), pointOf(ratioOf, null, high)));
  }
  return {
    change,
    presentValue: base.presentValue,
    inputsPresentValue: base.inputsPresentValue,
    ratio: base.ratio,
    rows: largestSwingFirst(rows),
  };
}

/**
 * The seven rows of one outcome, added to `rows`; only this outcome's present
 * value moves, so each point is a few operations.
 */
function outcomeRows(
  base: BaseCase,
  outcome: OutcomeFigures,
  move: TornadoMove,
  ratioOf: RatioOf,
  unmoved: OneWayPoint,
  rows: OneWayRow[],
): void {
  const others = base.presentValue.minus(outcome.presentValue);
  let previous: { low: Moved; high: Moved; row: OneWayRow } | null = null;
  for (const estimate of ESTIMATES) {
    const moved = rulesOf(estimate).tornado(base, outcome, estimate, move);
    const baseValue = baseValueOf(outcome, estimate);
    if (moved === null) {
      rows.push(rowOf(outcome.id, estimate, baseValue, unmoved, unmoved));
      previous = null;
      continue;
    }
    const [low, high] = moved;
    // Quantity and proxy move the present value by the same multiple, so the proxy's ends have the
    // quantity's totals: the same operations on equal values give the same digits, and sharing them
    // saves two additions, two divisions and a subtraction per outcome (a seventh of the tornado's).
    const row: OneWayRow =
      previous !== null &&
      low.presentValue.eq(previous.low.presentValue) &&
      high.presentValue.eq(previous.high.presentValue)
        ? sameTotals(outcome.id, estimate, baseValue, low.value, high.value, previous.row)
        : rowOf(
            outcome.id,
            estimate,
            baseValue,
            pointOf(ratioOf, low.value, others.plus(low.presentValue)),
            pointOf(ratioOf, high.value, others.plus(high.presentValue)),
          );
    rows.push(row);
    previous = { low, high, row };
  }
}

/** A row whose ends have the totals, ratios and swing of `like`'s, at other values of the estimate. */
function sameTotals(
  outcome: string,
  estimate: Estimate,
  baseValue: Decimal,
  lowValue: Decimal,
  highValue: Decimal,
  like: OneWayRow,
): OneWayRow {
  return {
    outcome,
    estimate,
    unit: unitOf(estimate),
    base: baseValue,
    low: { value: lowValue, presentValue: like.low.presentValue, ratio: like.low.ratio },
    high: { value: highValue, presentValue: like.high.presentValue, ratio: like.high.ratio },
    swing: like.swing,
  };
}

/**
 * The rows sorted on their swings as doubles, falling back to exact comparison
 * where doubles tie, and to the impact map's order where swings are equal.
 * Indices and a typed array of keys, not an object per row; a row that shares
 * the swing before it (proxy after quantity) shares its key too.
 */
function largestSwingFirst(rows: readonly OneWayRow[]): OneWayRow[] {
  const keys = new Float64Array(rows.length);
  let last: Decimal | null = null;
  let lastKey = 0;
  rows.forEach((row, i) => {
    if (row.swing !== last) {
      last = row.swing;
      lastKey = row.swing.toNumber();
    }
    keys[i] = lastKey;
  });
  const order = Array.from(rows.keys());
  order.sort(
    (a, b) =>
      (keys[b] as number) - (keys[a] as number) ||
      (rows[b] as OneWayRow).swing.comparedTo((rows[a] as OneWayRow).swing) ||
      a - b,
  );
  return order.map((i) => rows[i] as OneWayRow);
}

/** A ratio for each present value (null without inputs): see {@link fixedDivisor}. */
type RatioOf = ((presentValue: Decimal) => Decimal) | null;

function pointOf(ratioOf: RatioOf, value: Decimal | null, presentValue: Decimal): OneWayPoint {
  return { value, presentValue, ratio: ratioOf === null ? null : ratioOf(presentValue) };
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
