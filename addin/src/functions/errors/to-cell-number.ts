import type { Decimal } from '@sroi/core';
import { CellError } from './cell-error.js';

/**
 * An exact result as the number a cell holds (the nearest double). A result
 * beyond the largest double (about 1.8e308) is `#NUM!`, as in Excel, never
 * Infinity.
 *
 * @throws CellError `number` when the result is too large
 *
 * @example
 * ```ts
 * toCellNumber(toDecimal('89554.9333')); //=> 89554.9333
 * toCellNumber(toDecimal('1e400'));      // throws (#NUM!)
 * ```
 */
export function toCellNumber(value: Decimal): number {
  const number = value.toNumber();
  if (!Number.isFinite(number))
    throw new CellError('number', `the result ${value.toExponential(3)} is too large for Excel`);
  return number;
}
