import { formatMoney, formatMonths, formatPercent, formatRatio, type EvaluationResult } from '@sroi/core';
import { outcomeRows, yearRows, type Breakdown } from './breakdown-rows.js';
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
  const money = (value: Parameters<typeof formatMoney>[0]) => formatMoney(value, result.settings.currency);
  const breakdown = (title: string, table: Breakdown) => [
    '',
    `## ${title}`,
    '',
    ...markdownTable(table.header, table.rows, table.align, table.totals),
  ];
  const lines = [
    `# ${escape(result.name)}`,
    '',
    `${result.settings.kind === 'forecast' ? 'Forecast' : 'Evaluative'} SROI; ${escape(describeSettings(result.settings))}.`,
    '',
    ...(result.settings.pricing === undefined ? [] : [`${escape(pricingLine(result.settings.pricing))}.`, '']),
    ...markdownTable(
      ['Figure', 'Value'],
      [
        ['Present value', money(result.presentValue)],
        ['Inputs (present value)', money(result.inputsPresentValue)],
        ['Net present value', money(result.netPresentValue)],
        ['SROI ratio', formatRatio(result.ratio)],
        ['Net ratio', formatRatio(result.netRatio)],
        ['Payback', formatMonths(result.paybackMonths)],
        ['Discounted payback', formatMonths(result.discountedPaybackMonths)],
      ],
      undefined,
      [3],
    ),
    ...breakdown('Value by outcome', outcomeRows(result)),
    '',
    '## Value by stakeholder',
    '',
    ...markdownTable(
      ['Stakeholder', 'Present value', 'Share', 'Inputs (present value)'],
      result.stakeholders.map((s) => [
        s.name,
        money(s.presentValue),
        formatPercent(s.share),
        money(s.inputsPresentValue),
      ]),
    ),
    '',
    '## Value by domain',
    '',
    ...markdownTable(
      ['Domain', 'Present value', 'Share'],
      result.domains.map((d) => [d.domain, money(d.presentValue), formatPercent(d.share)]),
    ),
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
