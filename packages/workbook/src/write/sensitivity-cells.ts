import { ESTIMATE_LABELS, type ChangeUnit, type Decimal, type Estimate } from '@sroi/core';
import type { CellValue } from '../cells/cell.js';

/** Number formats of the Sensitivity sheet beyond the layout's own. */
export const SENSITIVITY_FORMATS = {
  /** A quantity that may be moved to a fraction (55.83). */
  quantity: '#,##0.00',
  /** Shares to two decimals of a percent, as switching values need (55.33%). */
  share: '0.00%',
  years: '[=1]0" year";0" years"',
  /** A quantity or proxy moved by a multiple of its base: "x 0.5583". */
  multiple: '"x "0.0000',
  /**
   * A share moved, held as core gives it, a fraction of one like the share (0.3533), and shown in
   * percentage points: "+35.33% points". Excel scales by 100 only with a % sign, so the sign stays.
   */
  points: '+0.00%" points";-0.00%" points";0.00%" points"',
  /** A duration moved in whole years: "-2 years". */
  yearsChange: '+0" years";-0" years";0" years"',
  /** How far the ratio moves between low and high: "0.70". */
  swing: '0.00',
} as const;

/** A cell and its number format. */
export interface FormattedCell {
  readonly value: CellValue;
  readonly format: string | null;
}

/** An estimate as a commissioner names it, capitalised: "Financial proxy", "Drop-off". */
export function estimateName(estimate: Estimate): string {
  const label = ESTIMATE_LABELS[estimate];
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** An estimate's value as a number in the impact map's terms: money for the proxy, a percent for a share, years. */
export function estimateCell(estimate: Estimate, value: Decimal, money: string): FormattedCell {
  return { value: value.toNumber(), format: estimateFormat(estimate, money) };
}

function estimateFormat(estimate: Estimate, money: string): string {
  if (estimate === 'proxy') return money;
  if (estimate === 'quantity') return SENSITIVITY_FORMATS.quantity;
  if (estimate === 'duration') return SENSITIVITY_FORMATS.years;
  return SENSITIVITY_FORMATS.share;
}

/**
 * A change in core's unit as a number: a multiple, a share change (a fraction
 * of one, shown in percentage points) or years.
 *
 * @example
 * ```ts
 * changeCell('share', toDecimal('0.3533')); //=> { value: 0.3533, format: '+0.00%" points";...' } (+35.33% points)
 * ```
 */
export function changeCell(unit: ChangeUnit, change: Decimal): FormattedCell {
  const format =
    unit === 'multiple'
      ? SENSITIVITY_FORMATS.multiple
      : unit === 'years'
        ? SENSITIVITY_FORMATS.yearsChange
        : SENSITIVITY_FORMATS.points;
  return { value: change.toNumber(), format };
}

/** Words in a cell (never a formula; the layout keeps formulas apart). */
export function textCell(text: string): FormattedCell {
  return { value: text, format: null };
}
