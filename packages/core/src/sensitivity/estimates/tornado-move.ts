import { ONE, type Decimal } from '../../decimal.js';
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

  constructor(readonly change: Decimal) {
    this.multiples = { [-1]: ONE.minus(change), [1]: ONE.plus(change) };
  }

  /** A share (a reduction or drop-off) moved by the change, held within 0 and `max` ({@link movedShare}). */
  share(value: Decimal, direction: Direction, max: Decimal = ONE): Decimal {
    // Only the usual limit of 100% is kept: a subtractive limit is each outcome's own.
    if (max !== ONE && !max.eq(ONE)) return movedShare(value, this.change, direction, max);
    return kept(this.shares, value, direction, () => movedShare(value, this.change, direction, ONE));
  }

  /** A quantity times 1 - change or 1 + change. */
  scaled(value: Decimal, direction: Direction): Decimal {
    return kept(this.quantities, value, direction, () => value.times(this.multiples[direction]));
  }
}

function kept(
  seen: Map<Decimal, { [D in Direction]?: Decimal }>,
  value: Decimal,
  direction: Direction,
  compute: () => Decimal,
): Decimal {
  let ends = seen.get(value);
  if (ends === undefined) {
    ends = {};
    seen.set(value, ends);
  }
  let moved = ends[direction];
  if (moved === undefined) {
    moved = compute();
    ends[direction] = moved;
  }
  return moved;
}
