import { formatMoney, formatPercent, type Decimal, type EvaluationResult } from '@sroi/core';
import type { Chart } from '../../charts/index.js';
import { chartFigure } from '../figure.js';
import { htmlTable } from '../html-table.js';
import { section } from './section.js';

const DOMAIN_NAMES: Readonly<Record<string, string>> = {
  economic: 'Economic',
  social: 'Social',
  environmental: 'Environmental',
  unassigned: 'No domain given',
};

/**
 * Section 3, who gains and in which of the Social Value Act's domains: a
 * table and a chart for each, the tables holding every figure the charts show.
 */
export function valueBySection(
  result: EvaluationResult,
  charts: { readonly stakeholders: Chart; readonly domains: Chart },
): string {
  const money = (value: Decimal) => formatMoney(value, result.settings.currency);
  const stakeholders = htmlTable({
    id: 'stakeholders-table',
    caption: 'Value by stakeholder',
    header: ['Stakeholder', 'Present value', 'Share', 'Inputs (present value)'],
    rows: result.stakeholders.map((s) => [
      s.name,
      money(s.presentValue),
      formatPercent(s.share),
      money(s.inputsPresentValue),
    ]),
  });
  const domains = htmlTable({
    id: 'domains-table',
    caption: 'Value by domain',
    header: ['Domain', 'Present value', 'Share'],
    rows: result.domains.map((d) => [
      DOMAIN_NAMES[d.domain] ?? d.domain,
      money(d.presentValue),
      formatPercent(d.share),
    ]),
  });
  return section(
    'value-by',
    'Value by stakeholder and by domain',
    [
      stakeholders,
      chartFigure(charts.stakeholders, 'stakeholders-chart'),
      domains,
      chartFigure(charts.domains, 'domains-chart'),
    ].join('\n'),
  );
}
