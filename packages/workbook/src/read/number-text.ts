import { isDecimalLike } from '@sroi/core';

/**
 * Numbers written as text: "1,234.50" in the UK, "1.234,50" in much of Europe
 * (Excel's CSV with semicolons). Most text says which it is; "1.450" or
 * "1,450" alone does not. A sheet's convention is decided once from the text
 * that does say, and a number that could be read two ways is never guessed
 * silently: it follows the convention the sheet shows, or, where the sheet
 * shows none, its source's (a semicolon CSV: the command line says so), or is refused where the sheet
 * mixes both.
 */

/** How a sheet writes decimals in text. */
export interface NumberStyle {
  readonly decimalMark: '.' | ',';
  /** How the mark was decided: by the sheet's own text, by its source alone, or both marks seen. */
  readonly decidedBy: 'text' | 'source' | 'mixed';
  /** A cell showing each convention, for messages: e.g. `"1.650,00"`. */
  readonly evidence?: { readonly point?: string; readonly comma?: string };
}

export const POINT_STYLE: NumberStyle = { decimalMark: '.', decidedBy: 'source' };

const DECORATION = /[£$€\s\u00a0\u202f]|GBP|EUR|USD|%/g;

/** Text that only the decimal point reads ("1,650.00", "0.5", "12.25", "1,000,000"). */
const POINT_ONLY = [
  /^[+-]?\d{1,3}(,\d{3})+\.\d*$/,
  /^[+-]?\d+\.(\d{1,2}|\d{4,})$/,
  /^[+-]?0\.\d+$/,
  /^[+-]?\.\d+$/,
  /^[+-]?\d{1,3}(,\d{3}){2,}$/,
];
/** Text that only the decimal comma reads ("1.650,00", "0,5", "12,25", "1.000.000"). */
const COMMA_ONLY = [
  /^[+-]?\d{1,3}(\.\d{3})+,\d*$/,
  /^[+-]?\d+,(\d{1,2}|\d{4,})$/,
  /^[+-]?0,\d+$/,
  /^[+-]?,\d+$/,
  /^[+-]?\d{1,3}(\.\d{3}){2,}$/,
];
/** Text either reads: one separator then exactly three digits ("1.450", "12,500"). */
const EITHER = /^[+-]?[1-9]\d{0,2}[.,]\d{3}$/;

function bare(text: string): string {
  return text.replace(DECORATION, '').replace(/^\((.*)\)$/, '-$1');
}

/** Which convention one text shows: 'point', 'comma', 'either' (ambiguous) or null (none: "12", "abc"). */
export function conventionOf(text: string): 'point' | 'comma' | 'either' | null {
  const plain = bare(text);
  if (EITHER.test(plain)) return 'either';
  if (POINT_ONLY.some((pattern) => pattern.test(plain))) return 'point';
  if (COMMA_ONLY.some((pattern) => pattern.test(plain))) return 'comma';
  return null;
}

/**
 * A sheet's convention from all its text cells.
 *
 * @param texts - every text cell of the sheet
 * @param sourceMark - what the source suggests (`,` for a semicolon CSV)
 */
export function numberStyleOf(texts: Iterable<string>, sourceMark: '.' | ',' = '.'): NumberStyle {
  let point: string | undefined;
  let comma: string | undefined;
  for (const text of texts) {
    if (text.length > 40) continue;
    const convention = conventionOf(text);
    if (convention === 'point') point ??= text;
    else if (convention === 'comma') comma ??= text;
    if (point !== undefined && comma !== undefined) break;
  }
  const evidence = { ...(point === undefined ? {} : { point }), ...(comma === undefined ? {} : { comma }) };
  if (point !== undefined && comma !== undefined) return { decimalMark: sourceMark, decidedBy: 'mixed', evidence };
  if (point !== undefined) return { decimalMark: '.', decidedBy: 'text', evidence };
  if (comma !== undefined) return { decimalMark: ',', decidedBy: 'text', evidence };
  return { decimalMark: sourceMark, decidedBy: 'source' };
}

/** The result of reading number text: digits in JavaScript form ("1234.5"), or why not. */
export type NumberText =
  | { readonly ok: true; readonly digits: string; readonly ambiguous: boolean }
  | { readonly ok: false; readonly why: 'not-a-number' | 'ambiguous' };

const GROUPED_POINT = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const GROUPED_COMMA = /^[+-]?\d{1,3}(\.\d{3})+(,\d*)?$/;
const DECIMAL_COMMA = /^[+-]?(\d+(,\d*)?|,\d+)$/;

/**
 * Number text as JavaScript digits under a sheet's style; currency signs,
 * spaces and accounting brackets are dropped (a percent sign is the caller's).
 *
 * @example
 * ```ts
 * readNumberText('£1,200.50', POINT_STYLE); //=> { ok: true, digits: '1200.50', ambiguous: false }
 * readNumberText('1.650,00', { decimalMark: ',', decidedBy: 'text' }); //=> { ok: true, digits: '1650.00', ... }
 * ```
 */
export function readNumberText(text: string, style: NumberStyle): NumberText {
  const plain = bare(text);
  const ambiguous = EITHER.test(plain);
  if (ambiguous && style.decidedBy === 'mixed') return { ok: false, why: 'ambiguous' };
  const convention = ambiguous ? null : conventionOf(plain);
  const mark = convention === 'point' ? '.' : convention === 'comma' ? ',' : style.decimalMark;
  let digits = plain;
  if (mark === '.') {
    if (GROUPED_POINT.test(digits)) digits = digits.replace(/,/g, '');
  } else if (GROUPED_COMMA.test(digits)) digits = digits.replace(/\./g, '').replace(',', '.');
  else if (DECIMAL_COMMA.test(digits)) digits = digits.replace(',', '.');
  // Spaces, signs of currency and grouping are gone: what is left must be core's plain number.
  if (!isDecimalLike(digits)) return { ok: false, why: 'not-a-number' };
  return { ok: true, digits, ambiguous: ambiguous && style.decidedBy === 'source' && mark === ',' };
}
