import { formatMoney, formatRatio, type ComparedFigure, type Decimal, type SroiComparison } from '@sroi/core';
import { safeText } from './safe-text.js';
import { alignedTable, markdownTable, markdownText, type Align } from './table.js';

const ALIGN: readonly Align[] = ['left', 'right', 'right', 'right'];

function signed(text: string, value: Decimal): string {
  return value.isNegative() || value.isZero() ? text : `+${text}`;
}

function cells(figure: ComparedFigure, show: (value: Decimal) => string): string[] {
  const either = (value: Decimal | null) => (value === null ? 'n/a' : show(value));
  return [
    either(figure.forecast),
    either(figure.evaluative),
    figure.difference === null ? 'n/a' : signed(show(figure.difference), figure.difference),
  ];
}

function parts(comparison: SroiComparison, currency: string) {
  const money = (value: Decimal) => formatMoney(value, currency);
  const ratio = (value: Decimal) => formatRatio(value).replace(/ : 1$/, '');
  return {
    title: safeText(`Forecast "${comparison.forecast}" against evaluative "${comparison.evaluative}"`),
    figures: [
      ['Present value', ...cells(comparison.presentValue, money)],
      ['Inputs (present value)', ...cells(comparison.inputsPresentValue, money)],
      ['SROI ratio (x : 1)', ...cells(comparison.ratio, ratio)],
    ],
    outcomes: comparison.outcomes.map((outcome) => [
      safeText(outcome.description === outcome.id ? outcome.id : `${outcome.description} (${outcome.id})`),
      ...cells(outcome.presentValue, money),
    ]),
    notes: comparison.notes.map(safeText),
  };
}

const HEADER = ['', 'Forecast', 'Evaluative', 'Difference'];

/**
 * A forecast SROI against the evaluative SROI of what was delivered, for the
 * terminal: the headline figures, each outcome's present value, and notes.
 *
 * @param comparison - core's `compareSroi` result
 * @param currency - the currency of the figures (the evaluative SROI's)
 */
export function comparisonText(comparison: SroiComparison, currency: string): string {
  const { title, figures, outcomes, notes } = parts(comparison, currency);
  const lines = [title, ...alignedTable([HEADER, ...figures], ALIGN)];
  if (outcomes.length > 0)
    lines.push('', 'Present value by outcome', ...alignedTable([['Outcome', ...HEADER.slice(1)], ...outcomes], ALIGN));
  if (notes.length > 0) lines.push('', 'Notes', ...notes.map((note) => `  - ${note}`));
  return lines.join('\n') + '\n';
}

/** The same comparison as Markdown. */
export function comparisonMarkdown(comparison: SroiComparison, currency: string): string {
  const { title, figures, outcomes, notes } = parts(comparison, currency);
  const lines = [`## ${markdownText(title)}`, '', ...markdownTable(['Figure', ...HEADER.slice(1)], figures, ALIGN)];
  if (outcomes.length > 0)
    lines.push(
      '',
      '### Present value by outcome',
      '',
      ...markdownTable(['Outcome', ...HEADER.slice(1)], outcomes, ALIGN),
    );
  if (notes.length > 0) lines.push('', '### Notes', '', ...notes.map((note) => `- ${markdownText(note)}`));
  return lines.join('\n') + '\n';
}
