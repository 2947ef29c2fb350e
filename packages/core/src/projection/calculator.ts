import { Decimal } from '../decimal.js';
import { minus, plus, times } from '../fast-arithmetic.js';

/**
 * The arithmetic the projection needs, so that one formula runs on exact
 * decimals (reported figures) and on float64 (root-search starting points,
 * Monte Carlo), as dinero.js passes its arithmetic in as a "calculator".
 */
export interface Calculator<T> {
  readonly zero: T;
  readonly one: T;
  add(a: T, b: T): T;
  subtract(a: T, b: T): T;
  multiply(a: T, b: T): T;
  divide(a: T, b: T): T;
  /** Negative, zero or positive as a < b, a = b, a > b. */
  compare(a: T, b: T): number;
  fromNumber(value: number): T;
  toNumber(value: T): number;
}

/** Exact decimal arithmetic with the engine's private decimal (34 digits). */
export const exactCalculator: Calculator<Decimal> = {
  zero: new Decimal(0),
  one: new Decimal(1),
  add: plus,
  subtract: minus,
  multiply: times,
  divide: (a, b) => a.div(b),
  compare: (a, b) => a.comparedTo(b),
  fromNumber: (value) => new Decimal(value),
  toNumber: (value) => value.toNumber(),
};

/** Plain float64 arithmetic. */
export const floatCalculator: Calculator<number> = {
  zero: 0,
  one: 1,
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b) => a * b,
  divide: (a, b) => a / b,
  compare: (a, b) => a - b,
  fromNumber: (value) => value,
  toNumber: (value) => value,
};
