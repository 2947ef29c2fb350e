import { toDecimal, type Domain, type WholeNumberRule } from '@sroi/core';
import type { ReadCell } from './cell-value.js';
import { POINT_STYLE, readNumberText, type NumberStyle } from './number-text.js';

/** A value read from a cell, or why it could not be. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

/** How much of a text cell a message quotes: enough to find it, never a whole huge cell. */
const QUOTED = 60;

/**
 * Shows a cell in a message: text quoted (cut short past 60 characters).
 *
 * @example
 * ```ts
 * shown({ kind: 'text', text: 'abc' }); //=> '"abc"'
 * ```
 */
export function shown(cell: ReadCell): string {
  switch (cell.kind) {
    case 'text':
      return JSON.stringify(cell.text.length > QUOTED ? `${cell.text.slice(0, QUOTED)}…` : cell.text);
    case 'number':
      return String(cell.number);
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    default:
      return 'nothing';
  }
}

/** Text as written; a number in a text column (an ID such as 7) is taken as its digits. */
export function parseText(cell: ReadCell, label: string): Parsed<string> {
  if (cell.kind === 'text') return ok(cell.text);
  if (cell.kind === 'number') return ok(String(cell.number));
  if (cell.kind === 'bad') return fail(`${label}: ${cell.why}`);
  return fail(`${label} must be text; got ${shown(cell)}`);
}

/**
 * A number as Excel shows it: at most 15 significant digits, so 0.1 + 0.2
 * worked out in a cell is 0.3, as the user sees it (and as the add-in reads
 * the same cell).
 */
export function excelNumber(value: number): number {
  // Fast path (most cells): a number with at most 6 decimals below 1e9 has at most 15 significant digits already.
  if (Math.abs(value) < 1e9 && Math.round(value * 1e6) / 1e6 === value) return value;
  return Number(value.toPrecision(15));
}

/**
 * A number from a number cell or from text such as "1,234.50", "£1,200" or,
 * in a sheet that writes decimal commas, "1.650,00" (CSV files hold text).
 * Text with more than 15 significant digits stays a decimal string, so
 * nothing is lost.
 *
 * @param style - how the sheet writes decimals in text (default: decimal point)
 */
export function parseNumber(
  cell: ReadCell,
  label: string,
  expected: string,
  style: NumberStyle = POINT_STYLE,
): Parsed<number | string> {
  if (cell.kind === 'number') return ok(excelNumber(cell.number));
  if (cell.kind === 'bad') return fail(`${label}: ${cell.why}`);
  if (cell.kind === 'text') {
    if (/%$/.test(cell.text.trim())) return fail(`${label} must be ${expected}; got ${shown(cell)}, a percentage`);
    const read = readNumberText(cell.text, style);
    if (read.ok) {
      if (Number.isFinite(Number(read.digits))) return ok(fromDigits(read.digits));
    } else if (read.why === 'ambiguous') return fail(ambiguity(cell, label, style));
  }
  return fail(`${label} must be ${expected}; got ${shown(cell)}`);
}

/**
 * The number a cell shows, from a number cell or number text ("£1,650.00";
 * "1.650,00" where the sheet writes decimal commas), or null: for the checks,
 * which compare a sheet's own figures and never read them into an evaluation.
 */
export function numberIn(cell: ReadCell, style: NumberStyle = POINT_STYLE): number | null {
  // parseNumber's answer for a number cell, without making it: the checks read every row's Impact.
  if (cell.kind === 'number') return excelNumber(cell.number);
  if (cell.kind !== 'text') return null;
  const parsed = parseNumber(cell, '', '', style);
  return parsed.ok ? Number(parsed.value) : null;
}

function fromDigits(text: string): number | string {
  const digits = text
    .replace(/^[+-]/, '')
    .replace(/[eE].*$/, '')
    .replace('.', '')
    .replace(/^0+/, '');
  return digits.length <= 15 ? Number(text) : text;
}

function ambiguity(cell: ReadCell, label: string, style: NumberStyle): string {
  const text = cell.kind === 'text' ? cell.text.replace(/[^\d.,]/g, '') : '';
  const asThousands = text.replace(/[.,]/, '');
  const asDecimal = text.replace(',', '.');
  const seen = [style.evidence?.comma, style.evidence?.point]
    .filter((x) => x !== undefined)
    .map((x) => JSON.stringify(x));
  return (
    `${label} ${shown(cell)} could be ${asThousands} or ${asDecimal}, and this sheet writes numbers both ways ` +
    `(${seen.join(' and ')}); write it without a thousands separator (${asThousands} or ${asDecimal})`
  );
}

/**
 * The hint for a bare number typed for a share: 20 usually means 20%. One
 * place, so the command line, the add-in's map reading and its function
 * arguments all ask the same question.
 *
 * @example
 * ```ts
 * percentHint('deadweight', 20); //=> 'deadweight 20 is over 100%: did you mean 20%? Enter it as 20% or 0.2'
 * percentHint('deadweight', 120); //=> null
 * ```
 */
export function percentHint(label: string, value: number): string | null {
  if (!(value > 1 && value <= 100)) return null;
  const fraction = toDecimal(value).div(100).toString();
  return `${label} ${value} is over 100%: did you mean ${value}%? Enter it as ${value}% or ${fraction}`;
}

/**
 * A share (deadweight, attribution, a rate...) stored as a fraction: 0.2, or
 * text "20%". A bare number over 1 is a question, not a guess: 20 may mean 20%.
 */
export function parseShare(cell: ReadCell, label: string, style: NumberStyle = POINT_STYLE): Parsed<number | string> {
  if (cell.kind === 'text' && /%\s*$/.test(cell.text)) {
    const read = readNumberText(cell.text.replace(/%\s*$/, ''), style);
    if (!read.ok && read.why === 'ambiguous') return fail(ambiguity(cell, label, style));
    if (!read.ok) return fail(`${label} must be a share from 0% to 100%, such as 20% or 0.2; got ${shown(cell)}`);
    const fraction = toDecimal(read.digits).div(100);
    const value = fraction.toNumber();
    if (value >= 0 && value <= 1) return ok(fromDigits(fraction.toString()));
    return checkShare(value, `${toDecimal(read.digits).toString()}%`, label);
  }
  const parsed = parseNumber(cell, label, 'a share from 0% to 100%, such as 20% or 0.2', style);
  if (!parsed.ok) return parsed;
  const value = typeof parsed.value === 'number' ? parsed.value : toDecimal(parsed.value).toNumber();
  // Most shares are valid: their number is not written out for a message that is never given.
  if (value >= 0 && value <= 1) return parsed;
  return checkShare(value, String(value), label, parsed.value);
}

/**
 * {@link parseShare}'s value for a number cell holding a valid share, or
 * undefined (then parseShare says why). Most cells of a map are valid
 * numbers: a reader reads them without making a parser's answer for each.
 *
 * @example
 * ```ts
 * plainShare(0.2); //=> 0.2
 * plainShare(20);  //=> undefined (parseShare asks "did you mean 20%?")
 * ```
 */
export function plainShare(value: number): number | undefined {
  const shown = excelNumber(value);
  return shown >= 0 && shown <= 1 ? shown : undefined;
}

/**
 * A rate a year (the discount rate) read as a share, with one more question:
 * a bare 1, typed or in a number cell, is 100% as a share, but no one
 * discounts at 100% a year, so it asks "did you mean 1%?" as a bare 3.5 does.
 * "100%" written with its sign is taken as written. One place, so the
 * workbook reader and the task pane's wizard read a rate the same way.
 *
 * @example
 * ```ts
 * parseRate({ kind: 'text', text: '3.5%' }, 'discount rate'); //=> ok 0.035
 * parseRate({ kind: 'text', text: '1' }, 'discount rate');
 * //=> fails: 'discount rate 1 is 100% a year: did you mean 1%? Enter it as 1% or 0.01'
 * ```
 */
export function parseRate(cell: ReadCell, label: string, style: NumberStyle = POINT_STYLE): Parsed<number | string> {
  const parsed = parseShare(cell, label, style);
  const percentSign = cell.kind === 'text' && /%\s*$/.test(cell.text);
  if (parsed.ok && !percentSign && Number(parsed.value) === 1)
    return fail(`${label} 1 is 100% a year: did you mean 1%? Enter it as 1% or 0.01`);
  return parsed;
}

function checkShare(
  value: number,
  written: string,
  label: string,
  original: number | string = value,
): Parsed<number | string> {
  if (value >= 0 && value <= 1) return ok(original);
  const hint = written.endsWith('%') ? null : percentHint(label, value);
  if (hint !== null) return fail(hint);
  if (value > 1) return fail(`${label} ${written} is over 100%; enter a share from 0% to 100%, such as 20% or 0.2`);
  return fail(`${label} ${written} is below 0%; enter a share from 0% to 100%, such as 20% or 0.2`);
}

/** A whole number within bounds (years, durations). */
export function parseWhole(
  cell: ReadCell,
  label: string,
  min: number,
  max: number,
  expected: string,
  style: NumberStyle = POINT_STYLE,
): Parsed<number> {
  const parsed = parseNumber(cell, label, expected, style);
  if (!parsed.ok) return parsed;
  const value = Number(parsed.value);
  if (!Number.isInteger(value) || value < min || value > max)
    return fail(`${label} must be ${expected}; got ${shown(cell)}`);
  return ok(value);
}

/**
 * A whole-number field within core's limits for it (`WHOLE_NUMBER_RULES`), so
 * that a sheet is refused for the years `evaluate` refuses, in its words.
 *
 * @param expected - what is valid, in words, where the sheet accepts more than the rule says (e.g. "During")
 *
 * @example
 * ```ts
 * parseWholeField({ kind: 'number', number: 1001 }, WHOLE_NUMBER_RULES.duration);
 * //=> { ok: false, message: 'duration must be a whole number of years from 1 to 1000; got 1001' }
 * ```
 */
export function parseWholeField(
  cell: ReadCell,
  rule: WholeNumberRule,
  style: NumberStyle = POINT_STYLE,
  expected = rule.expected,
): Parsed<number> {
  return parseWhole(cell, rule.label, rule.min, rule.max, expected, style);
}

/**
 * {@link parseWholeField}'s value for a number cell holding a valid whole
 * number under a rule, or undefined (then parseWholeField says why); as
 * {@link plainShare}, for reading a map's many valid cells quickly.
 *
 * @example
 * ```ts
 * plainWhole(WHOLE_NUMBER_RULES.duration)(3);   //=> 3
 * plainWhole(WHOLE_NUMBER_RULES.duration)(1.5); //=> undefined
 * ```
 */
export function plainWhole(rule: WholeNumberRule): (value: number) => number | undefined {
  return (value) => {
    const shown = excelNumber(value);
    return Number.isInteger(shown) && shown >= rule.min && shown <= rule.max ? shown : undefined;
  };
}

/**
 * One of a few words, forgiving case, spaces and hyphens.
 *
 * @example
 * ```ts
 * parseChoice({ kind: 'text', text: 'End of year' }, 'timing', { 'end-of-year': 'end-of-year' }); //=> ok 'end-of-year'
 * ```
 */
export function parseChoice<T extends string>(
  cell: ReadCell,
  label: string,
  choices: Readonly<Record<string, T>>,
): Parsed<T> {
  const text = parseText(cell, label);
  if (!text.ok) return text;
  const key = text.value
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-');
  // Own keys only: "constructor" or "__proto__" in a cell is not a choice.
  const choice = Object.prototype.hasOwnProperty.call(choices, key) ? choices[key] : undefined;
  if (choice !== undefined) return ok(choice);
  const valid = [...new Set(Object.values(choices))].join(', ');
  return fail(`${label} must be one of ${valid}; got ${shown(cell)}`);
}

const DOMAINS: Readonly<Record<string, Domain>> = {
  economic: 'economic',
  economy: 'economic',
  'economic-wellbeing': 'economic',
  social: 'social',
  'social-wellbeing': 'social',
  environmental: 'environmental',
  environment: 'environmental',
  'environmental-wellbeing': 'environmental',
};

/**
 * The Social Value Act's domain, in any case and in the words templates use
 * ("Economy", "Social wellbeing"); the impact map's and the catalogue's readers share it.
 *
 * @example
 * ```ts
 * parseDomain({ kind: 'text', text: 'Environment' }); //=> ok 'environmental'
 * ```
 */
export function parseDomain(cell: ReadCell): Parsed<Domain> {
  return parseChoice(cell, 'domain', DOMAINS);
}
