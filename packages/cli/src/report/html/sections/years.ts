import type { EvaluationResult } from '@sroi/core';
import type { Chart } from '../../charts/index.js';
import { yearRows } from '../../breakdown-rows.js';
import { chartFigure } from '../figure.js';
import { htmlTable } from '../html-table.js';
import { paragraph, section } from './section.js';

/** Section 5, year by year: the rows the text and Markdown reports show (yearRows), and the payback chart. */
export function yearsSection(result: EvaluationResult, chart: Chart): string {
  const rows = yearRows(result);
  return section(
    'years',
    'By year',
    [
      paragraph(
        'Year 1 is the year of the activity. The inputs are paid back, in present value, in the year the ' +
          'cumulative present value passes them.',
      ),
      htmlTable({ id: 'years-table', caption: 'Value by year', ...rows }),
      chartFigure(chart, 'payback-chart'),
    ].join('\n'),
  );
}
