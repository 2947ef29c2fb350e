import { formatMoney, formatPercent, type Decimal, type DeliveryReport, type DeliveryTotals } from '@sroi/core';
import { pricingLine } from './pricing-line.js';
import { formatQuantity } from './quantity.js';
import { safeText } from './safe-text.js';
import { alignedTable, markdownTable, markdownText, type Align } from './table.js';

/** What `sroi monitor` reports: core's delivery report, and where its paths were read for the warnings. */
export interface DeliveryReportView {
  readonly report: DeliveryReport;
  /** `Deliveries!B7` for `deliveries[5].code`; the path itself for JSON. */
  readonly where: (path: string) => string;
}

interface Table {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly align: readonly Align[];
}

const VALUES = ['Value committed', 'Value delivered', 'Delivered %', 'Value short'];

function tables(report: DeliveryReport): Table[] {
  const money = (value: Decimal) => formatMoney(value, report.currency);
  const totals = (totals: DeliveryTotals) => [
    money(totals.committedValue),
    money(totals.deliveredValue),
    formatPercent(totals.delivered),
    money(totals.shortfallValue),
  ];
  return [
    {
      title: 'By measure',
      header: [
        'Code',
        'Measure',
        'Unit',
        'Committed',
        'Delivered',
        'Delivered %',
        'Short',
        'Proxy',
        'Value committed',
        'Value delivered',
        'Value short',
      ],
      rows: report.measures.map((m) => [
        safeText(m.code),
        safeText(m.measure),
        safeText(m.unit),
        formatQuantity(m.committedQuantity),
        formatQuantity(m.deliveredQuantity),
        formatPercent(m.delivered),
        formatQuantity(m.shortfallQuantity),
        money(m.proxy),
        money(m.committedValue),
        money(m.deliveredValue),
        money(m.shortfallValue),
      ]),
      align: ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    },
    {
      title: 'By domain',
      header: ['Domain', ...VALUES],
      rows: [...report.domains.map((d) => [d.domain, ...totals(d)]), ['Total', ...totals(report.totals)]],
      align: ['left', 'right', 'right', 'right', 'right'],
    },
    {
      title: 'By period',
      header: ['Period', 'Value delivered', 'Cumulative'],
      rows: report.periods.map((p) => [safeText(p.period), money(p.deliveredValue), money(p.cumulativeValue)]),
      align: ['left', 'right', 'right'],
    },
  ];
}

function title(report: DeliveryReport): string {
  return safeText(`${report.name}: social value delivered${report.supplier === null ? '' : ` by ${report.supplier}`}`);
}

function headline(report: DeliveryReport): string {
  const money = (value: Decimal) => formatMoney(value, report.currency);
  const { totals } = report;
  return (
    `Delivered ${money(totals.deliveredValue)} of ${money(totals.committedValue)} committed (${formatPercent(totals.delivered)}); ` +
    `shortfall ${money(totals.shortfallValue)} (over-delivery on one measure does not make up for another)`
  );
}

function warnings(view: DeliveryReportView): string[] {
  return view.report.warnings.map((warning) =>
    safeText(`${warning.path === undefined ? '' : `${view.where(warning.path)}: `}${warning.message}`),
  );
}

/**
 * Committed against delivered for the terminal: the headline, then by
 * measure, by domain (with the total) and by period, then warnings.
 */
export function deliveryText(view: DeliveryReportView): string {
  const { report } = view;
  const lines = [title(report), pricingLine(report.pricing, 'Values'), '', headline(report)];
  for (const table of tables(report)) {
    if (table.rows.length === 0) continue;
    lines.push('', table.title, ...alignedTable([table.header, ...table.rows], table.align));
  }
  const said = warnings(view);
  if (said.length > 0) lines.push('', `Warnings (${said.length})`, ...said.map((warning) => `  - ${warning}`));
  return lines.join('\n') + '\n';
}

/** The same report as Markdown, for contract management reports. */
export function deliveryMarkdown(view: DeliveryReportView): string {
  const { report } = view;
  const lines = [`# ${markdownText(title(report))}`, '', markdownText(pricingLine(report.pricing, 'Values')), ''];
  lines.push(markdownText(headline(report)));
  for (const table of tables(report)) {
    if (table.rows.length === 0) continue;
    lines.push('', `## ${table.title}`, '', ...markdownTable(table.header, table.rows, table.align));
  }
  const said = warnings(view);
  if (said.length > 0) lines.push('', '## Warnings', '', ...said.map((warning) => `- ${markdownText(warning)}`));
  return lines.join('\n') + '\n';
}
