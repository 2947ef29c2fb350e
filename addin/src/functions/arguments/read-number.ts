import { toDecimal, type Decimal } from '@sroi/core';
import { CellError } from '../errors/cell-error.js';
import { isBlank, numberIn, showCell } from './cell-value.js';
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
 * readNumber(0.2, DEADWEIGHT).toString(); //=> '0.2'
 * readNumber(1.2, DEADWEIGHT);            // throws 'deadweight must be between 0% and 100%; got 120%'
 * readNumber(null, QUANTITY);             // throws 'quantity is missing; give a number 0 or more' (#N/A)
 * ```
 */
export function readNumber(value: unknown, rule: NumberRule): Decimal {
  if (isBlank(value)) {
    throw new CellError('not-available', `${rule.name} is missing; give ${describe(rule)}`);
  }
  return checked(value, rule);
}

/**
 * Reads an optional numeric argument: blank (Excel passes null) gives the default.
 *
 * @example
 * ```ts
 * readOptionalNumber(null, DEADWEIGHT, 0).toString(); //=> '0'
 * ```
 */
export function readOptionalNumber(value: unknown, rule: NumberRule, fallback: number): Decimal {
  return isBlank(value) ? toDecimal(fallback) : checked(value, rule);
}

/** A whole-number argument (years) as a JavaScript number. */
export function readWholeNumber(value: unknown, rule: NumberRule): number {
  return readNumber(value, rule).toNumber();
}

/** An optional whole-number argument (years) as a JavaScript number. */
export function readOptionalWholeNumber(value: unknown, rule: NumberRule, fallback: number): number {
  return readOptionalNumber(value, rule, fallback).toNumber();
}

/** Checks a non-blank value; `where` is added to the message (e.g. `in year 3`). */
export function checked(value: unknown, rule: NumberRule, where = ''): Decimal {
  const number = numberIn(value);
  // Built only on failure: a large impact map checks thousands of valid cells.
  const got = () => `; got ${showCell(value, rule.share)}${where}`;
  if (number === undefined) throw new CellError('value', `${rule.name} must be ${describe(rule)}${got()}`);
  const outside =
    (rule.min !== undefined && number < rule.min) ||
    (rule.above !== undefined && !(number > rule.above)) ||
    (rule.max !== undefined && number > rule.max) ||
    (rule.whole === true && !Number.isInteger(number));
  if (outside)
    throw new CellError('value', `${rule.name} must be ${rule.expected}${got()}${percentHint(rule, number)}`);
  return toDecimal(number);
}

/**
 * A bare 20 typed for a share usually means 20%: say so (the cell holds 20,
 * that is 2000%). 1.2 is ambiguous (120% or 1.2%?), so the hint starts at 2.
 */
function percentHint(rule: NumberRule, number: number): string {
  return rule.share === true && number >= 2 && number <= 100
    ? `. Did you mean ${number}%? Type ${number}% or ${number / 100}`
    : '';
}

function describe(rule: NumberRule): string {
  return rule.expected === 'a number' || rule.whole === true ? rule.expected : `a number ${rule.expected}`;
}
