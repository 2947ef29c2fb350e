import { fieldName, type TableMapping } from '@sroi/workbook';
import { safeText } from '../report/safe-text.js';

const TABLES: Record<TableMapping['table'], string> = {
  impactMap: 'impact map',
  inputs: 'inputs',
  stakeholders: 'stakeholders',
  quantityByYear: 'quantities by year',
};

/** Header text as printed: on one line, cut short, control characters shown, never sent to the terminal. */
export function printable(text: string, width = 40): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const cut = line.length > width ? `${line.slice(0, width - 1)}…` : line;
  return safeText(cut);
}

/**
 * How each table was read, column by column, for `--show-mapping`.
 *
 * @example
 * ```text
 * Impact Map: impact map, headers A5:S6, rows 7:12
 *   A  Stakeholders / Who do we have an effect…  → Stakeholder
 *   E  Outputs / Summary of activity in numbers  → not read: an output (activity), not an outcome
 * ```
 */
export function mappingReport(mapping: readonly TableMapping[]): string {
  const lines: string[] = [];
  for (const table of mapping) {
    lines.push(
      `${printable(table.sheet)}: ${TABLES[table.table]}, headers ${table.headers}, ${table.rows === null ? 'no rows' : `rows ${table.rows}`}`,
    );
    const width = Math.max(...table.columns.map((column) => column.column.length));
    for (const column of table.columns) {
      const field = column.field === null ? null : fieldName(column.field, table.table);
      const read =
        field === null
          ? `not read: ${column.why ?? 'not a field the calculation uses'}`
          : `${field}${column.how === 'mapping' ? ' (by --columns)' : ''}`;
      lines.push(
        `  ${column.column.padEnd(width)}  ${printable(column.header || '(no header)').padEnd(40)}  → ${read}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
