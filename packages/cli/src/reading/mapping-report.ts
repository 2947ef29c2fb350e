import type { TableMapping } from '@sroi/workbook';

const TABLES: Record<TableMapping['table'], string> = {
  impactMap: 'impact map',
  inputs: 'inputs',
  stakeholders: 'stakeholders',
  quantityByYear: 'quantities by year',
};

const FIELDS: Record<string, string> = {
  stakeholder: 'Stakeholder',
  id: 'Outcome ID',
  description: 'Outcome',
  change: 'Outcome (from the changes column)',
  indicator: 'Indicator',
  source: 'Source',
  domain: 'Domain',
  quantity: 'Quantity',
  duration: 'Duration',
  startYear: 'Start year',
  proxyValue: 'Proxy value',
  proxyDescription: 'Proxy description',
  proxySource: 'Proxy source',
  proxyUnit: 'Proxy unit',
  priceYear: 'Price year',
  deadweight: 'Deadweight',
  displacement: 'Displacement',
  attribution: 'Attribution',
  dropOff: 'Drop-off',
  inputDescription: 'Input description',
  inputAmount: 'Input amount',
  amount: 'Amount',
  year: 'Year',
  name: 'Name',
};

/** A field as a person reads it; an Inputs table's Description is the input's, not an outcome's. */
function fieldName(table: TableMapping['table'], field: string): string {
  if (table === 'inputs' && field === 'description') return 'Input description';
  if (table === 'inputs' && field === 'stakeholder') return 'Input stakeholder';
  if (table === 'stakeholders' && field === 'id') return 'Stakeholder ID';
  if (table === 'stakeholders' && field === 'name') return 'Stakeholder name';
  return FIELDS[field] ?? field;
}

/** Header text as printed: on one line, cut short, control characters shown, never sent to the terminal. */
export function printable(text: string, width = 40): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const cut = line.length > width ? `${line.slice(0, width - 1)}…` : line;
  // eslint-disable-next-line no-control-regex
  return cut.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
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
      const field = column.field === null ? null : fieldName(table.table, column.field);
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
