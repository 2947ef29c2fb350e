import { formatMoney, formatMonths, formatPercent, formatRatio, type EvaluationResult } from '@sroi/core';
import { describeSettings } from './describe-settings.js';
import { pricingLine } from './pricing-line.js';
import { markdownTable, markdownText as escape } from './table.js';

/** The summary as Markdown, for reports and pull requests. */
export function markdownSummary(result: EvaluationResult, where: (path: string) => string = (path) => path): string {
  const money = (value: Parameters<typeof formatMoney>[0]) => formatMoney(value, result.settings.currency);
  const lines = [
    `# ${escape(result.name)}`,
    '',
    `${result.settings.kind === 'forecast' ? 'Forecast' : 'Evaluative'} SROI; ${describeSettings(result.settings)}.`,
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
  ];
  if (result.warnings.length > 0) {
    lines.push('', '## Warnings', '');
    for (const warning of result.warnings)
      lines.push(`- ${warning.path === undefined ? '' : `\`${where(warning.path)}\`: `}${escape(warning.message)}`);
  }
  return lines.join('\n') + '\n';
}
