/**
 * Reading one value as Excel passes it to a custom function: a number, text,
 * a boolean, or `null` for an empty optional argument. Excel may also pass an
 * empty string or `undefined` for an empty cell; all three count as blank.
 */

/** True for what Excel passes when there is nothing: null, undefined or an empty string. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * The number in a cell value, or undefined when it is not one. Text holding a
 * plain number (`"0.2"`) or a percentage (`"20%"`) is read as Excel reads it
 * in arithmetic; thousands separators, currency signs and words are not.
 *
 * @example
 * ```ts
 * numberIn(0.2);    //=> 0.2
 * numberIn('20%');  //=> 0.2
 * numberIn('abc');  //=> undefined
 * numberIn(true);   //=> undefined
 * ```
 */
export function numberIn(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const percent = text.endsWith('%');
  const digits = percent ? text.slice(0, -1).trim() : text;
  if (!PLAIN_NUMBER.test(digits)) return undefined;
  const number = Number(digits);
  if (!Number.isFinite(number)) return undefined;
  return percent ? Number((number / 100).toPrecision(15)) : number;
}

/**
 * A cell value as a message shows it: text quoted, booleans as Excel writes
 * them, and shares as percentages when `asPercent` is set.
 *
 * @example
 * ```ts
 * showCell(1.2, true); //=> '120%'
 * showCell('abc');     //=> '"abc"'
 * showCell(true);      //=> 'TRUE'
 * ```
 */
export function showCell(value: unknown, asPercent = false): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return String(value);
    return asPercent ? `${Number((value * 100).toPrecision(15))}%` : String(Number(value.toPrecision(15)));
  }
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (Array.isArray(value)) return 'a range';
  if (value === null || value === undefined) return 'nothing';
  return 'an unsupported value';
}
