import type { DecimalLike } from '@sroi/core';

/**
 * Numbers from the model as cell numbers. The model accepts decimal strings
 * ("1234.56"); a cell holds a double, which keeps 15 significant digits, as
 * Excel does.
 */
export function numberCell(value: DecimalLike | undefined): number | null {
  if (value === undefined) return null;
  return typeof value === 'number' ? value : Number(value.trim());
}

/**
 * User text as a text cell. The layout keeps formulas apart ({@link FormulaCell}),
 * so a name such as `=HYPERLINK(...)` is written as the text it is.
 */
export function textCell(value: string | undefined): string | null {
  return value === undefined ? null : value;
}
