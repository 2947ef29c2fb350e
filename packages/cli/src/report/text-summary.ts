import { formatMoney, formatMonths, formatPercent, formatRatio, type EvaluationResult } from '@sroi/core';
import { describeSettings } from './describe-settings.js';
import { pricingLine } from './pricing-line.js';

/** Pads a table's columns: the first left-aligned, the others right-aligned. */
export function table(rows: readonly (readonly string[])[], indent = '  '): string[] {
  const widths = rows.reduce<number[]>((max, row) => row.map((cell, i) => Math.max(max[i] ?? 0, cell.length)), []);
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('   ')
        .trimEnd(),
  );
}

/**
 * A readable summary for the terminal: the headline figures, value by
 * stakeholder and by domain, and warnings (placed on cells by `where`).
 */
export function textSummary(result: EvaluationResult, where: (path: string) => string = (path) => path): string {
  const money = (value: Parameters<typeof formatMoney>[0]) => formatMoney(value, result.settings.currency);
  const lines = [
    `${result.name} (${result.settings.kind})`,
    describeSettings(result.settings),
    ...(result.settings.pricing === undefined ? [] : [pricingLine(result.settings.pricing)]),
    '',
    ...table([
      ['Present value', money(result.presentValue)],
      ['Inputs (present value)', money(result.inputsPresentValue)],
      ['Net present value', money(result.netPresentValue)],
      ['SROI ratio', formatRatio(result.ratio)],
      ['Net ratio', formatRatio(result.netRatio)],
      ['Payback', formatMonths(result.paybackMonths)],
      ['Discounted payback', formatMonths(result.discountedPaybackMonths)],
    ]),
    '',
    'Value by stakeholder',
    ...table([
      ['Stakeholder', 'Present value', 'Share', 'Inputs (present value)'],
      ...result.stakeholders.map((s) => [
        s.name,
        money(s.presentValue),
        formatPercent(s.share),
        money(s.inputsPresentValue),
      ]),
    ]),
    '',
    'Value by domain',
    ...table([
      ['Domain', 'Present value', 'Share'],
      ...result.domains.map((d) => [d.domain, money(d.presentValue), formatPercent(d.share)]),
    ]),
  ];
  if (result.warnings.length > 0) {
    lines.push('', `Warnings (${result.warnings.length})`);
    for (const warning of result.warnings)
      lines.push(`  - ${warning.path === undefined ? '' : `${where(warning.path)}: `}${warning.message}`);
  }
  return lines.join('\n') + '\n';
}
