import type { PriceMethod } from '@sroi/core';
import { CellError } from '../errors/cell-error.js';
import { isBlank, keyword, showCell } from './cell-value.js';

const METHODS: readonly PriceMethod[] = ['lowest-price', 'linear'];

/**
 * Reads a price method argument: `"lowest-price"` (default: lowest price /
 * bid price x weight) or `"linear"` (full weight at the lowest price, none at
 * the highest), in any case, with spaces or hyphens. Blank, or 0 (Excel
 * desktop's empty cell), is the default.
 *
 * @param name - the argument's name in messages: `method` or `priceMethod`
 * @throws CellError `value` for anything else
 *
 * @example
 * ```ts
 * readPriceMethod('Lowest price', 'method'); //=> 'lowest-price'
 * readPriceMethod(0, 'method');              //=> 'lowest-price'
 * ```
 */
export function readPriceMethod(value: unknown, name: string): PriceMethod {
  if (isBlank(value) || value === 0) return 'lowest-price';
  const method = typeof value === 'string' ? METHODS.find((item) => item === keyword(value)) : undefined;
  if (method === undefined)
    throw new CellError('value', `${name} must be "lowest-price" or "linear"; got ${showCell(value)}`);
  return method;
}
