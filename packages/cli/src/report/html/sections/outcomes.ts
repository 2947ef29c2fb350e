import type { EvaluationResult } from '@sroi/core';
import { outcomeRows } from '../../breakdown-rows.js';
import { domainName } from '../../domain-names.js';
import { htmlTable } from '../html-table.js';
import { paragraph, section } from './section.js';

/** Section 4, every outcome's figures: the rows the text and Markdown reports show (outcomeRows). */
export function outcomesSection(result: EvaluationResult): string {
  const rows = outcomeRows(result, domainName);
  return section(
    'outcomes',
    'By outcome',
    [
      paragraph(
        'Impact is the value in the outcome’s first year, after deadweight, displacement and attribution; ' +
          'present value is the value of all its years, discounted.',
      ),
      htmlTable({ id: 'outcomes-table', caption: 'Value by outcome', ...rows }),
    ].join('\n'),
  );
}
