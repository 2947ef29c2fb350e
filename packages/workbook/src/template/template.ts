import type { WorkbookLayout } from '../layout/sheet.js';
import { toWorkbook } from '../write/to-workbook.js';
import { TEMPLATE_EXAMPLE } from './example.js';

/** Rows with formulas ready below the example row of a template. */
export const TEMPLATE_ROWS = 50;
/** Year columns of a template: enough for most outcomes' durations. */
export const TEMPLATE_YEARS = 10;

/**
 * A blank impact-map workbook to fill in: the layout of {@link TEMPLATE_EXAMPLE}
 * with {@link TEMPLATE_ROWS} prepared rows whose formulas fill in as rows are typed.
 *
 * @example
 * ```ts
 * templateWorkbook().sheets[3]?.name; //=> 'Impact Map'
 * ```
 */
export function templateWorkbook(): WorkbookLayout {
  return toWorkbook(TEMPLATE_EXAMPLE, { spareRows: TEMPLATE_ROWS, minYears: TEMPLATE_YEARS });
}
