import type { EvaluationResult } from '@sroi/core';
import { domainRows, headlineRows, outcomeRows, stakeholderRows, yearRows, type Breakdown } from './breakdown-rows.js';
import { describeSettings } from './describe-settings.js';
import { pricingLine } from './pricing-line.js';
import { markdownTable, markdownText as escape } from './table.js';
import type { SummaryOptions } from './text-summary.js';

/**
 * The summary as Markdown, for reports and pull requests: the headline
 * figures, value by outcome, stakeholder and domain (and by year with
 * `years`), and warnings. Every text from the file is escaped, so a name
 * such as `<script>` or `[x](javascript:…)` shows as itself and does nothing.
 *
 * @param result - what `evaluate` returned
 * @param where - turns a warning's path (`outcomes[2].deadweight`) into where the reader finds it (a sheet and cell)
 * @param options - `years: true` adds the table by year
 * @returns the Markdown, lines ending in a newline
 */
export function markdownSummary(
  result: EvaluationResult,
  where: (path: string) => string = (path) => path,
  options: SummaryOptions = {},
): string {
  const breakdown = (title: string, table: Breakdown) => [
    '',
    `## ${title}`,
    '',
    ...markdownTable(table.header, table.rows, table.align, table.totals),
  ];
  const headline = headlineRows(result);
  const lines = [
    `# ${escape(result.name)}`,
    '',
    `${result.settings.kind === 'forecast' ? 'Forecast' : 'Evaluative'} SROI; ${escape(describeSettings(result.settings))}.`,
    '',
    ...(result.settings.pricing === undefined ? [] : [`${escape(pricingLine(result.settings.pricing))}.`, '']),
    ...markdownTable(headline.header, headline.rows, undefined, headline.totals),
    ...breakdown('Value by outcome', outcomeRows(result)),
    ...breakdown('Value by stakeholder', stakeholderRows(result)),
    ...breakdown('Value by domain', domainRows(result)),
    ...(options.years === true ? breakdown('Value by year', yearRows(result)) : []),
  ];
  if (result.warnings.length > 0) {
    lines.push('', '## Warnings', '');
    // The place is a sheet name from the file: escaped like any text, not put in a code span it could close.
    for (const warning of result.warnings)
      lines.push(`- ${warning.path === undefined ? '' : `${escape(where(warning.path))}: `}${escape(warning.message)}`);
  }
  return lines.join('\n') + '\n';
}
