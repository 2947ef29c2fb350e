import { isDecimalLike, toDecimal } from '../decimal.js';
import { showValue } from './problems.js';
import type { DecimalRule } from './rules.js';

/** Why a number-or-string value is not a usable number, in the user's words. */
export function notANumber(rule: DecimalRule, input: unknown): string {
  const valid = `${rule.label} must be ${rule.expected}`;
  if (typeof input === 'number') {
    if (Number.isNaN(input)) return `${valid}; got NaN (not a number)`;
    return `${valid}; got ${input}, which is infinite`;
  }
  if (typeof input === 'string') {
    const text = input.trim();
    if (text === '') return `${valid}; got an empty string`;
    if (/^[+-]?[\d.]+\s*%$/.test(text) && rule.fraction) {
      const percent = Number.parseFloat(text);
      return `${valid}; got ${showValue(input)}: write percentages as fractions (${percent / 100} for ${percent}%)`;
    }
    if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) {
      return `${valid}; got ${showValue(input)}: leave out thousands separators (${text.replace(/,/g, '')})`;
    }
  }
  return `${valid}; got ${showValue(input)}`;
}

/**
 * The largest amount the engine takes: beyond it a value is not money, and a
 * decimal string such as "1e400" would become Infinity as a number.
 */
export const LARGEST = 1e15;

/** Range check on a value already known to be a finite number or decimal string. */
export function outOfRange(rule: DecimalRule, input: number | string): string | undefined {
  if (typeof input === 'number' ? Math.abs(input) > LARGEST : toDecimal(input).abs().gt(LARGEST)) {
    return `${rule.label} must be at most 1,000,000,000,000,000 either side of zero; got ${showValue(input)}`;
  }
  const value = typeof input === 'number' ? input : toDecimal(input).toNumber();
  const below =
    rule.min !== undefined && (typeof input === 'number' ? input < rule.min : toDecimal(input).lt(rule.min));
  const above =
    rule.max !== undefined && (typeof input === 'number' ? input > rule.max : toDecimal(input).gt(rule.max));
  if (!below && !above) return undefined;
  let message = `${rule.label} must be ${rule.expected}; got ${showValue(input)}`;
  if (rule.fraction && above && value <= 100) {
    message += `. Did you mean ${value}%? Write ${toDecimal(value).div(100).toString()}`;
  }
  return message;
}

/**
 * Why a value is not valid for a numeric rule, in the user's words; undefined
 * when it is valid. One message for every model: evaluations (`field-checks.ts`,
 * and the zod schema behind the JSON Schema), tenders and catalogues.
 *
 * @example
 * ```ts
 * numberProblem(RULES.deadweight, 0.2);   //=> undefined
 * numberProblem(RULES.deadweight, '20%'); //=> 'deadweight must be a fraction ...; got "20%": write percentages as fractions (0.2 for 20%)'
 * ```
 */
export function numberProblem(rule: DecimalRule, input: unknown): string | undefined {
  if (!isDecimalLike(input)) return notANumber(rule, input);
  return outOfRange(rule, input);
}
