import { formatMoney, formatPoints, toDecimal, type BidScore, type TenderResult } from '@sroi/core';
import { pricingLine } from './pricing-line.js';
import { safeText } from './safe-text.js';
import { alignedTable, markdownTable, markdownText, type Align } from './table.js';

/** What `sroi score` reports: core's result, and where its paths were read for the warnings. */
export interface TenderReport {
  readonly result: TenderResult;
  /** `Bids!C4` for `bids[2].price`; the path itself for JSON. */
  readonly where: (path: string) => string;
}

const ALIGN: readonly Align[] = ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right'];

function header(result: TenderResult): string[] {
  // "per £1": the figure is social value offered for each pound of the contract price.
  const unit = formatMoney(toDecimal(1), result.currency).replace(/\.00$/, '');
  return [
    'Rank',
    'Bidder',
    'Price',
    'Price points',
    'Quality points',
    'Social value points',
    'Total',
    `Social value per ${unit}`,
  ];
}

/** Bids best first (tied bids in the order given), as core ranks them. */
function ranked(result: TenderResult): BidScore[] {
  return result.ranking.map((bidder) => result.bids.find((bid) => bid.bidder === bidder) as BidScore);
}

function row(result: TenderResult, bid: BidScore): string[] {
  const money = (value: Parameters<typeof formatMoney>[0]) => formatMoney(value, result.currency);
  return [
    `${bid.rank}${bid.tiedWith.length > 0 ? '=' : ''}`,
    safeText(bid.bidder),
    money(bid.price),
    formatPoints(bid.points.price),
    formatPoints(bid.points.quality),
    formatPoints(bid.points.socialValue),
    formatPoints(bid.points.total),
    bid.socialValuePerPound === null ? 'n/a' : money(bid.socialValuePerPound),
  ];
}

/** Every tie stated, with its rank and points, and who decides it. */
function ties(result: TenderResult): string[] {
  const lines: string[] = [];
  const seen = new Set<number>();
  for (const bid of ranked(result)) {
    if (bid.tiedWith.length === 0 || seen.has(bid.rank)) continue;
    seen.add(bid.rank);
    const names = [bid.bidder, ...bid.tiedWith];
    const who = `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
    const decides = bid.rank === 1 ? ": the tender documents' tie-break rule decides" : '';
    lines.push(safeText(`${who} tie at rank ${bid.rank} with ${formatPoints(bid.points.total)} points${decides}.`));
  }
  return lines;
}

function title(result: TenderResult): string {
  const count = result.bids.length === 1 ? '1 bid' : `${result.bids.length} bids`;
  return safeText(`${result.name}: tender scores (${count})`);
}

function headLines(result: TenderResult): string[] {
  return result.pricing === null ? [] : [pricingLine(result.pricing, 'Commitments priced')];
}

/** Core's warnings, placed by `where`; a tie for first is said with the table instead. */
function warnings(report: TenderReport): string[] {
  return report.result.warnings
    .filter((warning) => warning.code !== 'tie-for-first')
    .map((warning) =>
      safeText(`${warning.path === undefined ? '' : `${report.where(warning.path)}: `}${warning.message}`),
    );
}

/**
 * The tender for the terminal: the ranked table, any ties, how the points
 * were worked out (for the tender, then each bid best first), then warnings.
 *
 * @example
 * ```text
 * Worked example: tender scores (2 bids)
 *
 *   Rank   Bidder   Price        Price points   Quality points   Social value points   Total   Social value per £1
 *   1      B        £8,000.00           60.00            21.00                  4.00   85.00                 £2.50
 * ```
 */
export function tenderText(report: TenderReport): string {
  const { result } = report;
  const lines = [title(result), ...headLines(result), ''];
  lines.push(...alignedTable([header(result), ...ranked(result).map((bid) => row(result, bid))], ALIGN));
  const tied = ties(result);
  if (tied.length > 0) lines.push('', ...tied);
  lines.push('', 'How the points were worked out', ...result.working.map((line) => `  ${safeText(line)}`));
  for (const bid of ranked(result)) {
    lines.push(
      '',
      `  ${safeText(bid.bidder)} (rank ${bid.rank})`,
      ...bid.working.map((line) => `    ${safeText(line)}`),
    );
  }
  const said = warnings(report);
  if (said.length > 0) lines.push('', `Warnings (${said.length})`, ...said.map((warning) => `  - ${warning}`));
  return lines.join('\n') + '\n';
}

/** The same report as Markdown, for award reports. */
export function tenderMarkdown(report: TenderReport): string {
  const { result } = report;
  const lines = [`# ${markdownText(title(result))}`, ''];
  for (const line of headLines(result)) lines.push(markdownText(line), '');
  lines.push(
    ...markdownTable(
      header(result),
      ranked(result).map((bid) => row(result, bid)),
      ALIGN,
    ),
  );
  const tied = ties(result);
  if (tied.length > 0) lines.push('', ...tied.map(markdownText));
  lines.push('', '## How the points were worked out', '');
  lines.push(...result.working.map((line) => `- ${markdownText(safeText(line))}`));
  for (const bid of ranked(result)) {
    lines.push('', `### ${markdownText(safeText(bid.bidder))} (rank ${bid.rank})`, '');
    lines.push(...bid.working.map((line) => `- ${markdownText(safeText(line))}`));
  }
  const said = warnings(report);
  if (said.length > 0) lines.push('', '## Warnings', '', ...said.map((warning) => `- ${markdownText(warning)}`));
  return lines.join('\n') + '\n';
}
