import { toDecimal } from '@sroi/core';
import type { ReadCell } from './cell-value.js';

/** A value read from a cell, or why it could not be. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

/** Shows a cell in a message: text quoted. */
export function shown(cell: ReadCell): string {
  switch (cell.kind) {
    case 'text':
      return JSON.stringify(cell.text);
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

const MONEY_DECORATION = /[£$€\s]|GBP|EUR|USD/g;
const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * A number from a number cell or from text such as "1,234.50" or "£1,200"
 * (CSV files hold text). Text with more than 15 significant digits stays a
 * decimal string, so nothing is lost.
 */
export function parseNumber(cell: ReadCell, label: string, expected: string): Parsed<number | string> {
  if (cell.kind === 'number') return ok(cell.number);
  if (cell.kind === 'bad') return fail(`${label}: ${cell.why}`);
  if (cell.kind === 'text') {
    let text = cell.text.replace(MONEY_DECORATION, '');
    const negative = /^\(.*\)$/.test(text);
    if (negative) text = `-${text.slice(1, -1)}`;
    if (GROUPED.test(text)) text = text.replace(/,/g, '');
    if (PLAIN.test(text)) {
      const digits = text
        .replace(/^[+-]/, '')
        .replace(/[eE].*$/, '')
        .replace('.', '')
        .replace(/^0+/, '');
      return ok(digits.length <= 15 ? Number(text) : text);
    }
    if (/%$/.test(text)) return fail(`${label} must be ${expected}; got ${shown(cell)}, a percentage`);
  }
  return fail(`${label} must be ${expected}; got ${shown(cell)}`);
}

/**
 * A share (deadweight, attribution, a rate...) stored as a fraction: 0.2, or
 * text "20%". A bare number over 1 is a question, not a guess: 20 may mean 20%.
 */
export function parseShare(cell: ReadCell, label: string): Parsed<number | string> {
  if (cell.kind === 'text') {
    const percent = /^([+-]?(\d+(\.\d*)?|\.\d+))\s*%$/.exec(cell.text.replace(/\s+/g, ''));
    if (percent !== null) {
      const fraction = toDecimal(percent[1] as string).div(100);
      return checkShare(fraction.toNumber(), `${percent[1]}%`, label);
    }
  }
  const parsed = parseNumber(cell, label, 'a share from 0% to 100%, such as 20% or 0.2');
  if (!parsed.ok) return parsed;
  const value = typeof parsed.value === 'number' ? parsed.value : toDecimal(parsed.value).toNumber();
  return checkShare(value, String(value), label, parsed.value);
}

function checkShare(
  value: number,
  written: string,
  label: string,
  original: number | string = value,
): Parsed<number | string> {
  if (value >= 0 && value <= 1) return ok(original);
  if (value > 1 && value <= 100 && !written.endsWith('%')) {
    const fraction = toDecimal(value).div(100).toString();
    return fail(`${label} ${written} is over 100%: did you mean ${written}%? Enter it as ${written}% or ${fraction}`);
  }
  if (value > 1) return fail(`${label} ${written} is over 100%; enter a share from 0% to 100%, such as 20% or 0.2`);
  return fail(`${label} ${written} is below 0%; enter a share from 0% to 100%, such as 20% or 0.2`);
}

/** A whole number within bounds (years, durations). */
export function parseWhole(cell: ReadCell, label: string, min: number, max: number, expected: string): Parsed<number> {
  const parsed = parseNumber(cell, label, expected);
  if (!parsed.ok) return parsed;
  const value = Number(parsed.value);
  if (!Number.isInteger(value) || value < min || value > max)
    return fail(`${label} must be ${expected}; got ${shown(cell)}`);
  return ok(value);
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
  const choice = choices[key];
  if (choice !== undefined) return ok(choice);
  const valid = [...new Set(Object.values(choices))].join(', ');
  return fail(`${label} must be one of ${valid}; got ${shown(cell)}`);
}
