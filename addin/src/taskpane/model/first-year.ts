/**
 * What the commissioner calls the first year ("2024", "2024/25",
 * "2024-2025"): one pattern, so the wizard accepts exactly what the results
 * can name years after.
 */

/** A first year read: the calendar year it starts in, and how its end is written, if it is a span. */
export interface FirstYear {
  readonly start: number;
  /** "/" or "-" and the digits of the end year (2 or 4) for a span such as 2024/25; absent for 2024. */
  readonly span?: { readonly separator: string; readonly digits: 2 | 4 };
}

const FIRST_YEAR = /^(\d{4})(?:\s*([/-])\s*(\d{2}|\d{4}))?$/;

/**
 * Reads a first year, or null when the text is not one.
 *
 * @example
 * ```ts
 * readFirstYear('2024/25'); //=> { start: 2024, span: { separator: '/', digits: 2 } }
 * readFirstYear('2024');    //=> { start: 2024 }
 * readFirstYear('soon');    //=> null
 * ```
 */
export function readFirstYear(text: string): FirstYear | null {
  const match = FIRST_YEAR.exec(text.trim());
  if (match === null) return null;
  const start = Number(match[1]);
  const [separator, end] = [match[2], match[3]];
  if (separator === undefined || end === undefined) return { start };
  return { start, span: { separator, digits: end.length === 2 ? 2 : 4 } };
}
