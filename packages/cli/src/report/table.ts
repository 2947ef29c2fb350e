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
export function alignedTable(rows: readonly TableRow[], align: readonly Align[], indent = '  '): string[] {
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

const escape = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/**
 * A Markdown table; columns are right-aligned unless `align` says otherwise
 * (by default the first is left-aligned, the figures after it right-aligned).
 */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = header.map((_, i) => (i === 0 ? 'left' : 'right')),
): string[] {
  return [
    `| ${header.map(escape).join(' | ')} |`,
    `|${header.map((_, i) => (align[i] === 'right' ? ' ---: ' : ' --- ')).join('|')}|`,
    ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
  ];
}

/** Escapes text for a Markdown line outside a table. */
export const markdownText = escape;
