import { formatMoney, formatRatio, toDecimal, type Decimal, type EvaluationResult } from '@sroi/core';
import { escapeHtml } from '../escape.js';
import { headlineRows } from '../../breakdown-rows.js';
import { htmlTable } from '../html-table.js';
import { section } from './section.js';

/**
 * Section 1, the figures a board asks for first: the SROI ratio, large, in
 * words as well as figures, then present value, inputs, net present value,
 * net ratio and the two paybacks.
 */
export function headlineSection(result: EvaluationResult): string {
  const money = (value: Decimal) => formatMoney(value, result.settings.currency);
  const { header, rows, totals } = headlineRows(result);
  const figures = htmlTable({ id: 'headline-table', caption: 'Headline figures', header, rows, totals });
  return section('headline', 'Headline figures', `${ratioPanel(result, money)}\n${figures}`);
}

function ratioPanel(result: EvaluationResult, money: (value: Decimal) => string): string {
  if (result.ratio === null)
    return (
      `<p class="ratio"><span class="ratio-label">SROI ratio</span> <strong>n/a</strong></p>\n` +
      `<p>The inputs total nothing, so there is no ratio; the outcomes are worth ${escapeHtml(money(result.presentValue))} (present value).</p>`
    );
  // In money, rounded as the ratio is (two places, half up): "every £1.00 invested, £1.79 of social value".
  return (
    `<p class="ratio"><span class="ratio-label">SROI ratio</span> <strong>${escapeHtml(formatRatio(result.ratio))}</strong></p>\n` +
    `<p class="ratio-words">For every ${escapeHtml(money(toDecimal(1)))} invested, ` +
    `${escapeHtml(money(result.ratio))} of social value (present value).</p>`
  );
}
