import { WHOLE_NUMBER_RULES } from '../../model/rules.js';
import { SroiValidationError, type SroiProblem } from '../../model/problems.js';
import { Checker, at } from '../check.js';
import { PROCUREMENT_RULES } from '../rules.js';
import type { PriceBase, PriceIndex } from './types.js';

/**
 * Lists every problem with a price index (each year once, every value above 0),
 * with paths under `path` (default `""`).
 */
export function findPriceIndexProblems(index: unknown, path = ''): SroiProblem[] {
  const check = new Checker();
  readIndex(check, index, path);
  return check.problems;
}

/** Lists every problem with a price base: a year and, optionally, an index. */
export function findPriceBaseProblems(priceBase: unknown, path = ''): SroiProblem[] {
  const check = new Checker();
  const record = check.object(path, priceBase, 'the price base', ['year', 'index']);
  if (record !== undefined) {
    check.whole(at(path, 'year'), record.year, WHOLE_NUMBER_RULES.priceYear);
    if (record.index !== undefined) readIndex(check, record.index, at(path, 'index'));
  }
  return check.problems;
}

function readIndex(check: Checker, index: unknown, path: string): void {
  const record = check.object(path, index, 'the price index', ['name', 'source', 'values']);
  if (record === undefined) return;
  check.text(at(path, 'name'), record.name, 'index name');
  check.optionalText(at(path, 'source'), record.source, 'index source');
  const values = check.list(at(path, 'values'), record.values, 'index values');
  if (values?.length === 0) check.add(at(path, 'values'), values, 'index values must have at least one year');
  const years = new Set<number>();
  values?.forEach((item, i) => {
    const where = at(at(path, 'values'), i);
    const entry = check.object(where, item, 'an index value', ['year', 'index']);
    if (entry === undefined) return;
    const year = check.whole(at(where, 'year'), entry.year, WHOLE_NUMBER_RULES.priceYear);
    if (year !== undefined) {
      if (years.has(year)) check.add(at(where, 'year'), year, `the index gives ${year} twice; give each year once`);
      years.add(year);
    }
    const value = check.number(at(where, 'index'), entry.index, PROCUREMENT_RULES.index);
    if (value?.isZero())
      check.add(at(where, 'index'), entry.index, `index value must be above 0; got 0 for ${String(entry.year)}`);
  });
}

/**
 * Checks a price base and returns it typed, or throws one {@link SroiValidationError}.
 *
 * @throws SroiValidationError when anything is invalid
 */
export function validatePriceBase(priceBase: unknown): PriceBase {
  const problems = findPriceBaseProblems(priceBase);
  if (problems.length > 0) throw new SroiValidationError(problems, 'price base');
  return priceBase as PriceBase;
}

/**
 * Checks a price index and returns it typed, or throws one {@link SroiValidationError}.
 *
 * @throws SroiValidationError when anything is invalid
 */
export function validatePriceIndex(index: unknown): PriceIndex {
  const problems = findPriceIndexProblems(index);
  if (problems.length > 0) throw new SroiValidationError(problems, 'price index');
  return index as PriceIndex;
}
