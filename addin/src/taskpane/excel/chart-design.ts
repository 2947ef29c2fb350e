/**
 * How each kind of chart the pane writes is made from Excel's chart types.
 */
import type { ChartSpec } from '../plan/write-plan.js';

/** The Excel chart type, which series become lines, and the bar spacing. */
export interface ChartDesign {
  readonly type: 'ColumnClustered' | 'BarClustered';
  /** 0-based series drawn as lines over the columns. */
  readonly lines: readonly number[];
  /** Bars of the series drawn over each other (100) and the gap between categories, in % of a bar. */
  readonly overlap?: number;
  readonly gapWidth?: number;
}

/**
 * The design of a chart kind.
 *
 * - `column`: clustered columns.
 * - `payback`: present value by year as columns; the 2nd and 3rd series (cumulative present value,
 *   inputs) as lines, so the year the line crosses the inputs is the payback.
 * - `tornado`: clustered bars overlapping fully with a gap of half a bar: the plan puts each
 *   estimate's higher ratio first and its lower ratio second, and Excel draws the second series over
 *   the first, so each bar shows the lower ratio in front of the higher one.
 *
 * @example
 * ```ts
 * chartDesign('payback'); //=> { type: 'ColumnClustered', lines: [1, 2] }
 * ```
 */
export function chartDesign(kind: ChartSpec['kind']): ChartDesign {
  switch (kind) {
    case 'column':
      return { type: 'ColumnClustered', lines: [] };
    case 'payback':
      return { type: 'ColumnClustered', lines: [1, 2] };
    case 'tornado':
      return { type: 'BarClustered', lines: [], overlap: 100, gapWidth: 50 };
  }
}
