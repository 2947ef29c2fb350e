import { ONE, type Decimal } from '../../decimal.js';
import { compare, times } from '../../fast-arithmetic.js';
import type { OutcomeFigures } from '../base-case.js';
import { durationStep } from './duration.js';
import type { Direction } from './rules.js';
import { movedShare } from './shares.js';

/**
 * The tornado's change, with the moved values it gives kept by the value
 * moved. Every outcome's estimates move by the same change, and the base
 * figures' shares and quantities come from one cache (a few dozen or hundred
 * objects stand for 10,000 outcomes'), so most outcomes' moved shares and
 * quantities have been worked out for an earlier outcome: the same decimal is
 * returned, not a new one made by the same operation (results are never
 * changed in place, so they may share it).
 *
 * @example
 * ```ts
 * const move = new TornadoMove(toDecimal(0.1));
 * move.share(toDecimal(0.2), -1).toString(); //=> '0.1'
 * move.scaled(toDecimal(100), 1).toString(); //=> '110'
 * ```
 */
export class TornadoMove {
  /** 1 - change and 1 + change: the multiples of quantity and proxy. */
  readonly multiples: { readonly [D in Direction]: Decimal };
  private readonly shares = new Map<Decimal, { [D in Direction]?: Decimal }>();
  private readonly quantities = new Map<Decimal, { [D in Direction]?: Decimal }>();
  private readonly durationSteps: number[] = [];
  /** The last present value scaled, and its two ends: quantity and then proxy ask for the same ones. */
  private scaledFrom: Decimal | null = null;
  private scaledEnds: { [D in Direction]?: Decimal } = {};
  /** The last outcome whose gross value was asked for, and that value: its three reductions ask in turn. */
  private grossFrom: OutcomeFigures | null = null;
  private grossValue: Decimal | null = null;

  constructor(readonly change: Decimal) {
    this.multiples = { [-1]: ONE.minus(change), [1]: ONE.plus(change) };
  }

  /** A share (a reduction or drop-off) moved by the change, held within 0 and `max` ({@link movedShare}). */
  share(value: Decimal, direction: Direction, max: Decimal = ONE): Decimal {
    // Only the usual limit of 100% is kept: a subtractive limit is each outcome's own.
    if (max !== ONE && compare(max, ONE) !== 0) return movedShare(value, this.change, direction, max);
    const ends = endsOf(this.shares, value);
    return (ends[direction] ??= movedShare(value, this.change, direction, ONE));
  }

  /** A quantity times 1 - change or 1 + change. */
  scaled(value: Decimal, direction: Direction): Decimal {
    const ends = endsOf(this.quantities, value);
    return (ends[direction] ??= times(value, this.multiples[direction]));
  }

  /**
   * An outcome's present value times 1 - change or 1 + change. Moving the
   * quantity or the proxy moves the present value by the same multiple, so the
   * proxy's ends are the quantity's: the same decimals, worked out once.
   */
  scaledPresentValue(presentValue: Decimal, direction: Direction): Decimal {
    if (presentValue !== this.scaledFrom) {
      this.scaledFrom = presentValue;
      this.scaledEnds = {};
    }
    let moved = this.scaledEnds[direction];
    if (moved === undefined) {
      moved = times(presentValue, this.multiples[direction]);
      this.scaledEnds[direction] = moved;
    }
    return moved;
  }

  /** Proxy x discounted quantity, the value before reductions: each of an outcome's three reductions needs it. */
  gross(outcome: OutcomeFigures): Decimal {
    if (outcome !== this.grossFrom || this.grossValue === null) {
      this.grossFrom = outcome;
      this.grossValue = times(outcome.proxy, outcome.discountedQuantity);
    }
    return this.grossValue;
  }

  /** {@link durationStep} for this change, kept per duration. */
  durationStep(duration: number): number {
    let step = this.durationSteps[duration];
    if (step === undefined) {
      step = durationStep(duration, this.change);
      this.durationSteps[duration] = step;
    }
    return step;
  }
}

/**
 * The moved ends kept for a value, made on first asking. Callers fill in an end
 * with `??=` rather than passing a function that works it out: a closure for
 * each of 60,000 calls was most of what the tornado's moves allocated.
 */
function endsOf(seen: Map<Decimal, { [D in Direction]?: Decimal }>, value: Decimal): { [D in Direction]?: Decimal } {
  let ends = seen.get(value);
  if (ends === undefined) {
    ends = {};
    seen.set(value, ends);
  }
  return ends;
}
