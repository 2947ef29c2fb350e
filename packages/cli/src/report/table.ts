import { safeText } from './safe-text.js';

/** How a column lines up: text to the left, figures to the right. */
export type Align = 'left' | 'right';

/** A row of cells, or a heading line printed across the table (an outcome's name above its rows). */
export type TableRow = readonly string[] | { readonly heading: string };

const isHeading = (row: TableRow): row is { readonly heading: string } => !Array.isArray(row);

/**
 * Pads a table's columns for the terminal. Headings are printed as they are,
 * and take no part in the widths, so a long outcome name does not widen every row.
 *
 * @example
 * ```ts
 * alignedTable([['Estimate', 'Base'], ['quantity', '320']], ['left', 'right']);
 * //=> ['  Estimate   Base', '  quantity    320']
 * ```
 */
export function alignedTable(given: readonly TableRow[], align: readonly Align[], indent = '  '): string[] {
  // Names come from users' files: no control character reaches the terminal.
  const rows = given.map((row) => (isHeading(row) ? { heading: safeText(row.heading) } : row.map(safeText)));
  const widths: number[] = [];
  for (const row of rows) {
    if (isHeading(row)) continue;
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  }
  return rows.map((row) => {
    if (isHeading(row)) return indent + row.heading;
    const cells = row.map((cell, i) =>
      align[i] === 'right' ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
    );
    return (indent + cells.join('   ')).trimEnd();
  });
}

/**
 * Text from a file as Markdown shows it literally: control characters shown
 * as `\u001b`, and every character that could start markup, a link, an image
 * or raw HTML (`\ \` * _ [ ] < > | ~ ! #`) backslash-escaped, so that a
 * bidder called `<script>` or `[x](javascript:…)` is only text.
 */
const escape = (text: string) => safeText(text.replace(/\r?\n/g, ' ')).replace(/[\\`*_[\]<>|~!#]/g, (c) => `\\${c}`);

/**
 * A Markdown table; columns are right-aligned unless `align` says otherwise
 * (by default the first is left-aligned, the figures after it right-aligned).
 * Every cell is text (escaped); rows listed in `strong` are shown in bold.
 */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = header.map((_, i) => (i === 0 ? 'left' : 'right')),
  strong: readonly number[] = [],
): string[] {
  // An empty bold cell would print `****`, which Markdown shows as stars.
  const cell = (bold: boolean) => (text: string) => (bold && text !== '' ? `**${escape(text)}**` : escape(text));
  return [
    `| ${header.map(escape).join(' | ')} |`,
    `|${header.map((_, i) => (align[i] === 'right' ? ' ---: ' : ' --- ')).join('|')}|`,
    ...rows.map((row, i) => `| ${row.map(cell(strong.includes(i))).join(' | ')} |`),
  ];
}

/** Escapes text for a Markdown line outside a table. */
export const markdownText = escape;
