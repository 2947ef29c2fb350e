import type { ReadCell } from '../../read/cell-value.js';
import { shown, type Parsed } from '../../read/values.js';

/** Excel's day 0 in its 1900 date system (serial 1 is 1900-01-01; serials from 61 count from here). */
const EXCEL_DAY_ZERO = Date.UTC(1899, 11, 30);
/** Excel's last date, 9999-12-31. */
const LAST_SERIAL = 2_958_465;
/** Whole numbers up to here are years (2025) or period numbers (3), never dates. */
const LAST_YEAR = 9999;
const DAY = 86_400_000;

/**
 * A reporting period as text: text as written ("2025 Q1"), a year or
 * period number as its digits, and a date (a date cell, or the serial number
 * Excel keeps for one, 45747) as `2025-03-31`, never as the serial.
 *
 * @param raw - the cell's value as it came (a date cell is a Date, which the cell reader does not take)
 * @param cell - the cell as read
 *
 * @example
 * ```ts
 * periodOf(45747, { kind: 'number', number: 45747 }); //=> ok '2025-03-31'
 * periodOf('2025 Q1', { kind: 'text', text: '2025 Q1' }); //=> ok '2025 Q1'
 * ```
 */
export function periodOf(raw: unknown, cell: ReadCell): Parsed<string> {
  const date = dateIn(raw);
  if (date !== null) return { ok: true, value: isoDate(date.getTime()) };
  if (cell.kind === 'text') return { ok: true, value: cell.text };
  if (cell.kind === 'number' && Number.isInteger(cell.number) && cell.number > 0) {
    if (cell.number <= LAST_YEAR) return { ok: true, value: String(cell.number) };
    if (cell.number <= LAST_SERIAL) return { ok: true, value: isoDate(EXCEL_DAY_ZERO + cell.number * DAY) };
  }
  if (cell.kind === 'bad') return { ok: false, message: `period: ${cell.why}` };
  return {
    ok: false,
    message: `period must be text such as 2025 Q1, a year or a date; got ${shown(cell)}`,
  };
}

function dateIn(raw: unknown): Date | null {
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : raw;
  // A formula whose result is a date (exceljs).
  if (typeof raw === 'object' && raw !== null && 'result' in raw) return dateIn((raw as { result: unknown }).result);
  return null;
}

function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
