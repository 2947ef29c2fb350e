import { toDecimal, type Decimal } from '@sroi/core';
import { parseNumber, parseShare, readCell } from '@sroi/workbook';
import { CellError } from '../errors/cell-error.js';
import { isBlank, readableError, showCell } from './cell-value.js';
import type { NumberRule } from './rules.js';

/**
 * Reads a required numeric argument as the engine's decimal, taking Excel's
 * double at 15 significant digits (so 0.1 + 0.2 is 0.3), and checks it
 * against its rule.
 *
 * @throws CellError `not-available` when the argument is blank; `value` when it
 *   is not a number or is out of range, with a message naming the argument
 *
 * @example
 * ```ts
 * readNumber(0.2, DEADWEIGHT).toString();  //=> '0.2'
 * readNumber('£1,200', PROXY).toString();  //=> '1200'
 * readNumber(20, DEADWEIGHT);              // throws 'deadweight 20 is over 100%: did you mean 20%? Enter it as 20% or 0.2'
 * readNumber(null, QUANTITY);              // throws 'quantity is missing; give a number 0 or more' (#N/A)
 * ```
 */
export function readNumber(value: unknown, rule: NumberRule): Decimal {
  if (isBlank(value)) {
    throw new CellError('not-available', `${rule.name} is missing; give ${describe(rule)}`);
  }
  return checked(value, rule);
}

/**
 * Reads an optional numeric argument: blank (Excel on the web passes null)
 * gives the default, and so does 0 where 0 is not valid, because Excel
 * desktop passes an empty cell as 0.
 *
 * @example
 * ```ts
 * readOptionalNumber(null, DEADWEIGHT, 0).toString(); //=> '0'
 * readOptionalNumber(0, START_YEAR, 1).toString();    //=> '1' (an empty cell in Excel desktop)
 * ```
 */
export function readOptionalNumber(value: unknown, rule: NumberRule, fallback: number): Decimal {
  return isBlank(value) || (value === 0 && !accepts(rule, 0)) ? toDecimal(fallback) : checked(value, rule);
}

/** A whole-number argument (years) as a JavaScript number. */
export function readWholeNumber(value: unknown, rule: NumberRule): number {
  return readNumber(value, rule).toNumber();
}

/** An optional whole-number argument (years) as a JavaScript number. */
export function readOptionalWholeNumber(value: unknown, rule: NumberRule, fallback: number): number {
  return readOptionalNumber(value, rule, fallback).toNumber();
}

/**
 * Checks a non-blank value. Numbers in text ("1,000", "£1,200", "20%" for a
 * share) are read by the workbook reader's `parseNumber` and `parseShare`, so
 * an argument means what the same text means in an impact-map cell, and a
 * bare 20 for a share gets the reader's "did you mean 20%?" hint. `where` is
 * added to the message (e.g. ` in year 3`).
 */
export function checked(value: unknown, rule: NumberRule, where = ''): Decimal {
  const cell = readCell(readableError(value));
  const parsed = rule.share === true ? parseShare(cell, rule.name) : parseNumber(cell, rule.name, describe(rule));
  if (!parsed.ok) throw new CellError('value', `${parsed.message}${where}`);
  const number = typeof parsed.value === 'number' ? parsed.value : Number(parsed.value);
  // Built only on failure: a large impact map checks thousands of valid cells.
  const got = () => `; got ${showCell(value, rule.share)}${where}`;
  // Text such as "1e400" reads as a number too large for a spreadsheet: not a value to compute with.
  if (!Number.isFinite(number)) throw new CellError('value', `${rule.name} must be ${describe(rule)}${got()}`);
  if (!accepts(rule, number)) throw new CellError('value', `${rule.name} must be ${rule.expected}${got()}`);
  return toDecimal(parsed.value);
}

/** True when a number is within the rule's bounds. */
function accepts(rule: NumberRule, number: number): boolean {
  return !(
    (rule.min !== undefined && number < rule.min) ||
    (rule.above !== undefined && !(number > rule.above)) ||
    (rule.max !== undefined && number > rule.max) ||
    (rule.whole === true && !Number.isInteger(number))
  );
}

function describe(rule: NumberRule): string {
  return rule.expected === 'a number' || rule.whole === true ? rule.expected : `a number ${rule.expected}`;
}
