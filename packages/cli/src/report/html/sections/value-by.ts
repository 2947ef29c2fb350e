import type { EvaluationResult } from '@sroi/core';
import { domainRows, stakeholderRows } from '../../breakdown-rows.js';
import { domainName } from '../../domain-names.js';
import type { Chart } from '../../charts/index.js';
import { chartFigure } from '../figure.js';
import { htmlTable } from '../html-table.js';
import { section } from './section.js';

/**
 * Section 3, who gains and in which of the Social Value Act's domains: a
 * table and a chart for each, the tables holding every figure the charts show.
 */
export function valueBySection(
  result: EvaluationResult,
  charts: { readonly stakeholders: Chart; readonly domains: Chart },
): string {
  const stakeholders = htmlTable({
    id: 'stakeholders-table',
    caption: 'Value by stakeholder',
    ...stakeholderRows(result),
  });
  const named = domainRows(result, domainName);
  const domains = htmlTable({ id: 'domains-table', caption: 'Value by domain', ...named });
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
