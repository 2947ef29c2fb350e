import { discountTable, type Decimal, type Discount, type Timing } from '@sroi/core';

/** Distinct (rate, timing) settings kept; a workbook rarely uses more than a few. */
const MAX_SETTINGS = 16;

const tables = new Map<string, readonly Decimal[]>();

/**
 * Discount factors of years 0..lastYear, shared between calls. Excel
 * recalculates one formula per impact-map row, nearly always with the same
 * rate and timing; the factors of a year do not depend on how many years are
 * computed, so one table per setting serves every row. Decimals are immutable,
 * so sharing them is safe.
 *
 * @example
 * ```ts
 * discountFactorsUpTo({ rate: '0.035' }, 'end-of-year', 3)[1].toFixed(6); //=> '0.966184'
 * ```
 */
export function discountFactorsUpTo(
  discount: Discount | undefined,
  timing: Timing,
  lastYear: number,
): readonly Decimal[] {
  const key = `${JSON.stringify(discount ?? null)}|${timing}`;
  const cached = tables.get(key);
  if (cached !== undefined && cached.length > lastYear) return cached;
  if (tables.size >= MAX_SETTINGS) tables.clear();
  const { factors } = discountTable(discount, timing, Math.max(lastYear, cached?.length ?? 0));
  tables.set(key, factors);
  return factors;
}
