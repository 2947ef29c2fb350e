import { Decimal } from '../decimal.js';

/** A result's shape with every decimal replaced by `To` (number or string). */
export type Converted<T, To> = T extends Decimal
  ? To
  : T extends readonly (infer Item)[]
    ? Converted<Item, To>[]
    : T extends object
      ? { -readonly [Key in keyof T]: Converted<T[Key], To> }
      : T;

function convert<To>(value: unknown, to: (decimal: Decimal) => To): unknown {
  if (Decimal.isDecimal(value)) return to(value as Decimal);
  if (Array.isArray(value)) return value.map((item) => convert(item, to));
  if (typeof value === 'object' && value !== null) {
    // A result that builds some fields on reading (an outcome's yearly values, ProjectedOutcome; a tornado
    // row's ratios, TornadoRow) gives its plain form through toJSON, as JSON.stringify reads it. No other part
    // of a result has a toJSON of its own.
    const { toJSON } = value as { toJSON?: unknown };
    if (typeof toJSON === 'function') return convert((toJSON as () => unknown).call(value), to);
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, convert(item, to)]));
  }
  return value;
}

/**
 * Any result of the engine (`evaluate`, `switchingValues`, `oneWay`, ...) with
 * every decimal as a JavaScript number (nearest double), for charts and
 * arithmetic that does not need exactness. Null stays null.
 *
 * @example
 * ```ts
 * toNumbers(evaluate(evaluation)).ratio; //=> 1.7910985695977888
 * ```
 */
export function toNumbers<Result>(result: Result): Converted<Result, number> {
  return convert(result, (decimal) => decimal.toNumber()) as Converted<Result, number>;
}

/**
 * Any result of the engine as JSON-ready data: every decimal as an exact
 * decimal string, so nothing is lost in transit. `JSON.stringify(result)`
 * gives the same text.
 *
 * @example
 * ```ts
 * toJSON(evaluate(evaluation)).presentValue; //=> '89554.9333...'
 * ```
 */
export function toJSON<Result>(result: Result): Converted<Result, string> {
  return convert(result, (decimal) => decimal.toString()) as Converted<Result, string>;
}
