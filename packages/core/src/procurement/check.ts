import { toDecimal, type Decimal } from '../decimal.js';
import { showValue, type SroiProblem } from '../model/problems.js';
import { numberProblem } from '../model/schema.js';
import type { DecimalRule, WholeNumberRule } from '../model/rules.js';

/**
 * Collects every problem with a procurement model (tender, catalogue, index,
 * contract) with its path, so that all are reported at once. Each reader
 * returns the value it read, or undefined after recording why it could not.
 */
export class Checker {
  readonly problems: SroiProblem[] = [];

  add(path: string, value: unknown, message: string): void {
    this.problems.push({ path, value, message });
  }

  /** An object with only the fields named; unknown fields are problems (a misspelt field is never ignored). */
  object(path: string, value: unknown, label: string, fields: readonly string[]): Record<string, unknown> | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.add(path, value, `${label} must be an object; got ${showValue(value)}`);
      return undefined;
    }
    const record = value as Record<string, unknown>;
    const unknown = Object.keys(record).filter((key) => !fields.includes(key));
    if (unknown.length > 0) {
      const keys = unknown.map((key) => JSON.stringify(key)).join(', ');
      this.add(
        path,
        value,
        `unknown field${unknown.length === 1 ? '' : 's'} ${keys}; valid fields are ${fields.map((f) => JSON.stringify(f)).join(', ')}`,
      );
    }
    return record;
  }

  list(path: string, value: unknown, label: string): readonly unknown[] | undefined {
    if (!Array.isArray(value)) {
      this.add(path, value, `${label} must be a list; got ${showValue(value)}`);
      return undefined;
    }
    return value;
  }

  text(path: string, value: unknown, label: string): string | undefined {
    if (typeof value !== 'string') {
      this.add(
        path,
        value,
        value === undefined ? `${label} is required` : `${label} must be text; got ${showValue(value)}`,
      );
      return undefined;
    }
    if (value.trim() === '') {
      this.add(path, value, `${label} must not be empty`);
      return undefined;
    }
    return value;
  }

  optionalText(path: string, value: unknown, label: string): string | undefined {
    return value === undefined ? undefined : this.text(path, value, label);
  }

  number(path: string, value: unknown, rule: DecimalRule): Decimal | undefined {
    if (value === undefined) {
      this.add(path, value, `${rule.label} is required`);
      return undefined;
    }
    const message = numberProblem(rule, value);
    if (message !== undefined) {
      this.add(path, value, message);
      return undefined;
    }
    return toDecimal(value as number | string);
  }

  whole(path: string, value: unknown, rule: WholeNumberRule): number | undefined {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < rule.min || value > rule.max) {
      this.add(
        path,
        value,
        value === undefined
          ? `${rule.label} is required`
          : `${rule.label} must be ${rule.expected}; got ${showValue(value)}`,
      );
      return undefined;
    }
    return value;
  }

  oneOf<T extends string>(path: string, value: unknown, label: string, valid: readonly T[]): T | undefined {
    if (typeof value === 'string' && (valid as readonly string[]).includes(value)) return value as T;
    this.add(
      path,
      value,
      `${label} must be one of ${valid.map((v) => JSON.stringify(v)).join(', ')}; got ${showValue(value)}`,
    );
    return undefined;
  }

  currency(path: string, value: unknown): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value === 'string' && /^[A-Z]{3}$/.test(value)) return value;
    this.add(path, value, `currency must be an ISO 4217 code such as "GBP"; got ${showValue(value)}`);
    return undefined;
  }
}

/** Joins a path and a key the way a developer writes it: `bids[2].price`. */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}
