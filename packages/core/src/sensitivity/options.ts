import { DECIMAL_STRING, toDecimal, type Decimal, type DecimalLike } from '../decimal.js';
import { showValue } from '../model/problems.js';
import type { OptionProblems } from './errors.js';

/** Reads a positive number or decimal string option, reporting anything else. */
export function positiveDecimal(
  value: DecimalLike | undefined,
  fallback: DecimalLike,
  path: string,
  expected: string,
  problems: OptionProblems,
): Decimal {
  const given = value ?? fallback;
  const usable =
    (typeof given === 'number' && Number.isFinite(given)) || (typeof given === 'string' && DECIMAL_STRING.test(given));
  if (!usable || !toDecimal(given).gt(0)) {
    problems.add(path, value, `${path} must be ${expected}; got ${showValue(value)}`);
    return toDecimal(fallback);
  }
  return toDecimal(given);
}

/** True for a plain object (options are plain data). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
