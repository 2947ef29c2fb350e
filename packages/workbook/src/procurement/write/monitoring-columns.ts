import { absoluteAddress } from '../../cells/address.js';
import { FIRST_DATA_ROW } from '../../layout/names.js';
import { pricedHeader } from './measures-sheet.js';

/** The Monitoring sheet's columns, one row per measure. */
export const COLUMNS = {
  code: 0,
  domain: 1,
  measure: 2,
  unit: 3,
  committedQuantity: 4,
  deliveredQuantity: 5,
  proxy: 6,
  committedValue: 7,
  deliveredValue: 8,
  delivered: 9,
  shortfallQuantity: 10,
  shortfallValue: 11,
} as const;

/** The Monitoring sheet's headers, naming the price base year. */
export const monitoringHeaders = (year: number) => [
  'Measure code',
  'Domain',
  'Measure',
  'Unit',
  // Not "Committed quantity" or "Delivered quantity": readers take those for the Commitments and Deliveries columns.
  'Quantity committed',
  'Quantity delivered',
  pricedHeader(year),
  'Committed value',
  'Delivered value',
  'Delivered (%)',
  'Shortfall quantity',
  'Shortfall value',
];

/** A column of the Monitoring sheet's `rows` measure rows, absolute (`$H$3:$H$5`); null without rows. */
export function measureColumn(rows: number, column: number): string | null {
  return rows === 0
    ? null
    : `${absoluteAddress(FIRST_DATA_ROW, column)}:${absoluteAddress(FIRST_DATA_ROW + rows - 1, column)}`;
}
