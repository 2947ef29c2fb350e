import type { Align } from '../table.js';
import { escapeHtml } from './escape.js';

/** A table for the page: a caption that names it, a header row, and rows of formatted cells. */
export interface HtmlTable {
  /** The id of the caption, unique in the page (the scrolling box is labelled by it). */
  readonly id: string;
  readonly caption: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** How each column lines up: text to the left, figures to the right (default: the first left, the rest right). */
  readonly align?: readonly Align[];
  /** Indexes of rows that are totals, shown in bold (and marked as totals for screen readers by their words). */
  readonly totals?: readonly number[];
}

/**
 * A table in its own scrolling box, so that on a narrow screen the table
 * scrolls and the page does not. The first cell of each row heads it (`<th
 * scope="row">`), so a screen reader names the row as it reads the figures.
 * Every cell is escaped.
 */
export function htmlTable(table: HtmlTable): string {
  const align = table.align ?? table.header.map((_, i) => (i === 0 ? 'left' : 'right'));
  const cls = (i: number) => (align[i] === 'right' ? ' class="figure"' : '');
  const head = table.header.map((cell, i) => `<th scope="col"${cls(i)}>${escapeHtml(cell)}</th>`).join('');
  const body = table.rows
    .map((row, r) => {
      const total = table.totals?.includes(r) === true ? ' class="total"' : '';
      const cells = row
        .map((cell, i) =>
          i === 0 ? `<th scope="row"${cls(i)}>${escapeHtml(cell)}</th>` : `<td${cls(i)}>${escapeHtml(cell)}</td>`,
        )
        .join('');
      return `<tr${total}>${cells}</tr>`;
    })
    .join('\n');
  // A focusable, labelled region: keyboard users can scroll it, and axe asks for both.
  return (
    `<div class="scroll" role="region" aria-labelledby="${table.id}" tabindex="0">\n` +
    `<table>\n<caption id="${table.id}">${escapeHtml(table.caption)}</caption>\n` +
    `<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>\n</div>`
  );
}
