import type { Decimal, DecimalLike } from '../decimal.js';
import type { Evaluation } from '../model/types.js';
import { baseCase, type BaseCase, type OutcomeFigures } from './base-case.js';
import { OptionProblems } from './errors.js';
import { ESTIMATES, type ChangeUnit, type Estimate } from './estimates.js';
import { rulesOf, type RoughFigures } from './estimates/rules.js';
import { TornadoMove } from './estimates/tornado-move.js';
import { fixedDivisor } from './fixed-divisor.js';
import { projectionGroups } from './groups.js';
import { positiveDecimal } from './options.js';
import { baseValue as baseValueOf } from './switching-values.js';
import { largestSwingFirst, SwingKeys } from './tornado-order.js';
import { TornadoEnds, TornadoRow, type Tornado } from './tornado-row.js';
import { roughFloat } from './to-float.js';

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
 * so each row costs a few exact operations, not a new evaluation. A row's
 * points and swing are worked out when first read (a 10,000-outcome map has
 * 70,000 rows; a chart shows the first few), exactly as if worked out at once;
 * `JSON.stringify` and `toJSON` give every field.
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
  const change = changeOption(options.change, problems);
  problems.throwIfAny();
  return tornadoOf(baseCase(evaluation), change);
}

/** The `change` option of {@link oneWay}, read; a problem is added to `problems`. */
export function changeOption(given: DecimalLike | undefined, problems: OptionProblems): Decimal {
  const change = positiveDecimal(
    given,
    '0.1',
    'change',
    'a fraction above 0 and at most 1, e.g. 0.1 for 10%',
    problems,
  );
  if (change.gt(1)) problems.add('change', given, `change must be at most 1 (100%); got ${String(given)}`);
  return change;
}

/**
 * {@link oneWay} on a base case already worked out (`sensitivity` shares one
 * with the switching values).
 */
export function tornadoOf(base: BaseCase, change: Decimal): OneWay {
  // Every point's ratio divides by the inputs' present value.
  const hasInputs = base.inputsPresentValue.gt(0);
  const tornado: Tornado = {
    base,
    move: new TornadoMove(change),
    ratioOf: hasInputs ? fixedDivisor(base.inputsPresentValue) : null,
  };
  const rows: TornadoRow[] = [];
  const swings = new SwingKeys((base.outcomes.length + 1) * ESTIMATES.length, hasInputs ? base.inputsPresentValue : 1);
  // Where an estimate does not apply (drop-off and duration with quantityByYear), both ends stay at the
  // base: one pair of ends for every such row (results are never changed in place, so they can share it).
  const unmoved = TornadoEnds.ofTotals(tornado, base.presentValue, base.presentValue);
  const total = roughFloat(base.presentValue);
  const moved = new Float64Array(2);
  for (const outcome of base.outcomes) outcomeRows(tornado, outcome, unmoved, total, rows, swings, moved);
  const groups = projectionGroups(base);
  for (const estimate of ESTIMATES) {
    const [low, high] = rulesOf(estimate).tornadoTogether(base, groups, estimate, change);
    rows.push(new TornadoRow(tornado, estimate, null, null, null, TornadoEnds.ofTotals(tornado, low, high)));
    swings.add(roughFloat(low), roughFloat(high), 0, 0);
  }
  return {
    change,
    presentValue: base.presentValue,
    inputsPresentValue: base.inputsPresentValue,
    ratio: base.ratio,
    rows: largestSwingFirst(rows, swings),
  };
}

/**
 * The seven rows of one outcome, added to `rows`, and their swings as doubles
 * to `swings`. Only this outcome's present value moves; each estimate's rules
 * give its two moved present values as doubles here (roughTornado), and
 * exactly when a row is read (tornado-row.ts).
 *
 * @param total - the total present value as a double, for the bound of the other outcomes' present value
 * @param moved - where roughTornado writes the two ends (one array for all outcomes)
 */
function outcomeRows(
  tornado: Tornado,
  outcome: OutcomeFigures,
  unmoved: TornadoEnds,
  total: number,
  rows: TornadoRow[],
  swings: SwingKeys,
  moved: Float64Array,
): void {
  const { base, move } = tornado;
  const rough: RoughFigures = {
    presentValue: roughFloat(outcome.presentValue),
    impact: roughFloat(outcome.impact),
    gross: roughFloat(outcome.proxy) * roughFloat(outcome.discountedQuantity),
  };
  // |others| <= |total| + |this outcome's|, each as a double within its bound (tornado-order.ts).
  const others = Math.abs(total) + Math.abs(rough.presentValue);
  const gross = Math.abs(rough.gross);
  let previous: TornadoEnds | null = null;
  for (const estimate of ESTIMATES) {
    const baseValue = baseValueOf(outcome, estimate);
    if (estimate === 'proxy' && previous !== null) {
      // Quantity and proxy move the present value by the same multiple (the same decimals, from
      // TornadoMove.scaledPresentValue), so the proxy row has the quantity row's ends.
      rows.push(new TornadoRow(tornado, estimate, baseValue, outcome, outcome.id, previous));
      swings.repeat();
      continue;
    }
    if (!rulesOf(estimate).roughTornado(base, outcome, rough, estimate, move, moved)) {
      rows.push(new TornadoRow(tornado, estimate, baseValue, null, outcome.id, unmoved));
      swings.add(0, 0, 0, 0);
      previous = null;
      continue;
    }
    previous = TornadoEnds.ofOutcome(tornado, outcome);
    rows.push(new TornadoRow(tornado, estimate, baseValue, outcome, outcome.id, previous));
    swings.add(moved[0] as number, moved[1] as number, gross, others);
  }
}
