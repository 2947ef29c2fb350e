import type { WorkbookLayout } from '../layout/sheet.js';
import { rangesSheet } from '../ranges/ranges-sheet.js';
import { printed } from '../write/print.js';
import { toWorkbook } from '../write/to-workbook.js';
import { TEMPLATE_EXAMPLE } from './example.js';

/** Prepared rows below the example rows of a template's Stakeholders, Inputs and Impact Map sheets. */
export const TEMPLATE_ROWS = 50;
/** Year columns of a template: enough for most outcomes' durations. */
export const TEMPLATE_YEARS = 10;

/**
 * A blank impact-map workbook to fill in: the layout of {@link TEMPLATE_EXAMPLE}
 * with {@link TEMPLATE_ROWS} prepared rows on the Stakeholders, Inputs and
 * Impact Map sheets. Their formats, validation and formulas are ready, and
 * the Results sheet counts them, so rows typed into them keep the workbook and
 * `sroi evaluate` equal; its checks flag rows typed below them. A last
 * sheet, Ranges, writes out the Monte Carlo defaults for a commissioner to
 * edit (`sroi montecarlo` reads it).
 *
 * @example
 * ```ts
 * templateWorkbook().sheets[3]?.name; //=> 'Impact Map'
 * ```
 */
export function templateWorkbook(): WorkbookLayout {
  const layout = toWorkbook(TEMPLATE_EXAMPLE, { spareRows: TEMPLATE_ROWS, minYears: TEMPLATE_YEARS });
  return printed({ ...layout, sheets: [...layout.sheets, rangesSheet()] }, TEMPLATE_EXAMPLE.name);
}
