import { ESTIMATES, type Estimate } from '@sroi/core';
import { CellError } from '../errors/cell-error.js';
import { isBlank, showCell } from './cell-value.js';

/**
 * The estimates as the functions show them: the engine's names, with
 * drop-off written as on the impact map. Every one is accepted back by
 * {@link readEstimate}, so a row of `SROI.TORNADO` can feed `SROI.SWITCHINGVALUE`.
 */
export const ESTIMATE_NAMES: Readonly<Record<Estimate, string>> = {
  quantity: 'quantity',
  proxy: 'proxy',
  deadweight: 'deadweight',
  displacement: 'displacement',
  attribution: 'attribution',
  dropOff: 'drop-off',
  duration: 'duration',
};

/** Names compared without case, spaces, hyphens or underscores: "Drop off" is "dropoff". */
const BY_KEY: ReadonlyMap<string, Estimate> = new Map([
  ...ESTIMATES.map((estimate): [string, Estimate] => [keyOf(estimate), estimate]),
  ['financialproxy', 'proxy'],
]);

const VALID = `one of ${ESTIMATES.join(', ')} ("drop-off" and "drop off" work too)`;

function keyOf(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, '');
}

/**
 * Reads the `estimate` argument: one of the impact map's estimates (the
 * engine's `ESTIMATES`), in any case, with or without spaces or hyphens, so
 * "dropOff", "drop-off", "Drop off" and "DROPOFF" are all drop-off;
 * "financial proxy" is the proxy.
 *
 * @throws CellError `not-available` when blank; `value` for anything else, listing the valid names
 *
 * @example
 * ```ts
 * readEstimate('Drop off');   //=> 'dropOff'
 * readEstimate('deadwieght'); // throws 'estimate must be one of quantity, proxy, ...; got "deadwieght"'
 * ```
 */
export function readEstimate(value: unknown): Estimate {
  if (isBlank(value)) throw new CellError('not-available', `estimate is missing; give ${VALID}`);
  const estimate = typeof value === 'string' ? BY_KEY.get(keyOf(value.trim())) : undefined;
  if (estimate === undefined) throw new CellError('value', `estimate must be ${VALID}; got ${showCell(value)}`);
  return estimate;
}
