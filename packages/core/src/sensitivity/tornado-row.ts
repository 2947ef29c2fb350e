import { ZERO, type Decimal } from '../decimal.js';
import { compare, minus, plus } from '../fast-arithmetic.js';
import type { BaseCase, OutcomeFigures } from './base-case.js';
import { unitOf, type ChangeUnit, type Estimate } from './estimates.js';
import { rulesOf } from './estimates/rules.js';
import type { TornadoMove } from './estimates/tornado-move.js';
import type { OneWayPoint, OneWayRow } from './one-way.js';

/** A ratio for each total present value (null without inputs): see fixed-divisor.ts. */
export type RatioOf = ((presentValue: Decimal) => Decimal) | null;

/** What every bar of one tornado shares. */
export interface Tornado {
  readonly base: BaseCase;
  readonly move: TornadoMove;
  readonly ratioOf: RatioOf;
}

/*
 * A tornado of 10,000 outcomes has 70,000 bars; people read the first ten or
 * twenty. So a bar keeps only what it needs to work out its figures again, and
 * works them out, exactly, when first read: the moved values and present
 * values from its estimate's rules (the same operations on the same figures,
 * so the same digits as at first), then the totals, ratios and swing. Their
 * order needs only doubles (tornado-order.ts) except where doubles cannot
 * decide. Keeping every bar's decimals from the start made the tornado five
 * times as large, and collecting them took most of its time.
 *
 * What a bar works out again comes from the base figures (decimals, made when
 * the tornado was) and from what the base case kept while the bars were
 * ordered (each move's annuity factor), never from the caller's evaluation:
 * changing that afterwards changes no bar (tests/core/sensitivity/one-way.test.ts).
 */

/**
 * The two ends of a tornado bar: the evaluation's total present value with one
 * estimate moved down and up, their ratios, and the swing between them. Only
 * one outcome's present value moves, so each end is that outcome's moved
 * present value plus the rest of the evaluation. Quantity and proxy move an
 * outcome's present value by the same multiple, so their bars share one
 * `TornadoEnds`.
 */
export class TornadoEnds {
  private lowTotal: Decimal | null;
  private highTotal: Decimal | null;
  private lowRatio: Decimal | null = null;
  private highRatio: Decimal | null = null;
  private exactSwing: Decimal | null = null;

  private constructor(
    private readonly tornado: Tornado,
    /** The outcome moved; null when the ends are totals given at the start. */
    private readonly outcome: OutcomeFigures | null,
    low: Decimal | null,
    high: Decimal | null,
  ) {
    this.lowTotal = low;
    this.highTotal = high;
  }

  /** Ends that are totals already: an estimate moved for all outcomes together, or not moved at all. */
  static ofTotals(tornado: Tornado, low: Decimal, high: Decimal): TornadoEnds {
    return new TornadoEnds(tornado, null, low, high);
  }

  /** Ends of one outcome's estimate moved, to be worked out by the first bar read ({@link settle}). */
  static ofOutcome(tornado: Tornado, outcome: OutcomeFigures): TornadoEnds {
    return new TornadoEnds(tornado, outcome, null, null);
  }

  /** Whether the totals are known; a bar settles them from its outcome's moved present values. */
  get settled(): boolean {
    return this.lowTotal !== null;
  }

  /** Sets the totals from the outcome's present value moved down and up. */
  settle(lowMoved: Decimal, highMoved: Decimal): void {
    if (this.lowTotal !== null || this.outcome === null) return;
    const others = minus(this.tornado.base.presentValue, this.outcome.presentValue);
    this.lowTotal = plus(others, lowMoved);
    this.highTotal = plus(others, highMoved);
  }

  /** The total present value at the lower end; the ends must be settled. */
  get low(): Decimal {
    return this.lowTotal as Decimal;
  }

  get high(): Decimal {
    return this.highTotal as Decimal;
  }

  /** The ratio at the lower end; null without inputs. */
  get ratioLow(): Decimal | null {
    const { ratioOf } = this.tornado;
    if (ratioOf === null) return null;
    if (this.lowRatio === null) this.lowRatio = ratioOf(this.low);
    return this.lowRatio;
  }

  get ratioHigh(): Decimal | null {
    const { ratioOf } = this.tornado;
    if (ratioOf === null) return null;
    if (this.highRatio === null) this.highRatio = ratioOf(this.high);
    return this.highRatio;
  }

  /** |high ratio - low ratio|; without inputs, |high - low| present value. */
  get swing(): Decimal {
    if (this.exactSwing === null) {
      const byRatio = this.tornado.ratioOf !== null;
      const to = byRatio ? (this.ratioHigh as Decimal) : this.high;
      const from = byRatio ? (this.ratioLow as Decimal) : this.low;
      // |to - from| as the larger minus the smaller: the digits of the difference made positive (rounding half
      // to even is symmetric), without abs() or negated(), which copy. Equal ends swing by 0, never -0.
      const order = compare(to, from);
      this.exactSwing = order < 0 ? minus(from, to) : order > 0 ? minus(to, from) : ZERO;
    }
    return this.exactSwing;
  }
}

/**
 * One bar of the tornado: {@link OneWayRow}, with its points and swing worked
 * out when first read. `JSON.stringify` and core's `toJSON` give every field
 * through {@link TornadoRow.toJSON}.
 */
export class TornadoRow implements OneWayRow {
  readonly outcome: string | null;
  readonly unit: ChangeUnit;
  private lowValue: Decimal | null = null;
  private highValue: Decimal | null = null;
  private lowPoint: OneWayPoint | null = null;
  private highPoint: OneWayPoint | null = null;

  /**
   * @param figures - the outcome whose estimate moves; null for all outcomes together or an estimate that does
   *   not apply (the ends are then totals, and the points have no value)
   * @param ends - the bar's ends, shared with bars whose ends are the same
   */
  constructor(
    private readonly tornado: Tornado,
    readonly estimate: Estimate,
    readonly base: Decimal | null,
    private readonly figures: OutcomeFigures | null,
    outcomeId: string | null,
    readonly ends: TornadoEnds,
  ) {
    this.outcome = outcomeId;
    this.unit = unitOf(estimate);
  }

  get low(): OneWayPoint {
    if (this.lowPoint === null) {
      this.work();
      this.lowPoint = { value: this.lowValue, presentValue: this.ends.low, ratio: this.ends.ratioLow };
    }
    return this.lowPoint;
  }

  get high(): OneWayPoint {
    if (this.highPoint === null) {
      this.work();
      this.highPoint = { value: this.highValue, presentValue: this.ends.high, ratio: this.ends.ratioHigh };
    }
    return this.highPoint;
  }

  get swing(): Decimal {
    if (!this.ends.settled) this.work();
    return this.ends.swing;
  }

  /** Every field, in {@link OneWayRow}'s order, as a plain object. */
  toJSON(): OneWayRow {
    const { outcome, estimate, unit, base, low, high, swing } = this;
    return { outcome, estimate, unit, base, low, high, swing };
  }

  /** The moved values, and the ends' totals if no bar has settled them yet. */
  private work(): void {
    if (this.figures === null || this.lowValue !== null) return;
    const { base, move } = this.tornado;
    const moved = rulesOf(this.estimate).tornado(base, this.figures, this.estimate, move);
    if (moved === null) return;
    const [low, high] = moved;
    this.lowValue = low.value;
    this.highValue = high.value;
    this.ends.settle(low.presentValue, high.presentValue);
  }
}
