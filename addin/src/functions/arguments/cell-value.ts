import { readCell } from '@sroi/workbook';

/**
 * Reading one value as Excel passes it to a custom function: a number, text,
 * a boolean, or `null` for an empty optional argument. What counts as a
 * number, a blank or a share is decided by `@sroi/workbook`'s cell reading,
 * the same for an argument as for an impact-map cell read by the command line.
 */

/**
 * True for what Excel passes when there is nothing: null, undefined, empty
 * text, or a lone dash (as the workbook reader reads a cell).
 *
 * @example
 * ```ts
 * isBlank(null); //=> true
 * isBlank(' ');  //=> true
 * isBlank(0);    //=> false (Excel desktop's empty cell: see readOptionalNumber)
 * ```
 */
export function isBlank(value: unknown): boolean {
  return readCell(value).kind === 'blank';
}

/**
 * True for an error value as Excel's runtime passes it (a
 * `CustomFunctions.Error`, an object with a code such as "#N/A"). Excel calls
 * no function whose range holds an error cell, unless its metadata allows
 * errors; any caller may still pass one.
 */
export function isErrorValue(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { code?: unknown }).code === 'string'
  );
}

/** An error value as the workbook reader reads an error cell, so messages say "the cell shows the error #N/A". */
export function readableError(value: unknown): unknown {
  return isErrorValue(value) ? { error: (value as { code: string }).code } : value;
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
 * showCell(new CustomFunctions.Error('#N/A')); //=> '#N/A'
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
  if (isErrorValue(value)) return (value as { code: string }).code;
  if (value === null || value === undefined) return 'nothing';
  return 'an unsupported value';
}

/**
 * A keyword argument as it is compared: lower case, with spaces and
 * underscores read as hyphens, so `"Green Book"` is `"green-book"` and
 * `"Lowest price"` is `"lowest-price"`.
 */
export function keyword(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}
