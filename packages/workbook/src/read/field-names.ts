import { IMPACT_COLUMNS, MEASURE_CODE_COLUMN } from '../layout/columns.js';
import type { TableMapping } from './mapping.js';

/** Each field's name as people read it: the impact map's written headers, and the reader's own fields. */
const NAMES = new Map<string, string>([
  ...IMPACT_COLUMNS.map((column): [string, string] => [column.field, column.header]),
  [MEASURE_CODE_COLUMN.field, MEASURE_CODE_COLUMN.header],
  ['change', 'Outcome (from the changes column)'],
  ['inputDescription', 'Input description'],
  ['inputAmount', 'Input amount'],
  ['amount', 'Amount'],
  ['year', 'Year'],
  ['name', 'Name'],
]);

/**
 * A field as a person reads it, in messages and in the mapping. An Inputs
 * table's Description is the input's, not an outcome's.
 *
 * @example
 * ```ts
 * fieldName('proxyValue');             //=> 'Proxy value'
 * fieldName('description', 'inputs');  //=> 'Input description'
 * ```
 */
export function fieldName(field: string, table: TableMapping['table'] = 'impactMap'): string {
  if (table === 'inputs' && field === 'description') return 'Input description';
  if (table === 'inputs' && field === 'stakeholder') return 'Input stakeholder';
  if (table === 'stakeholders' && field === 'id') return 'Stakeholder ID';
  if (table === 'stakeholders' && field === 'name') return 'Stakeholder name';
  return NAMES.get(field) ?? field;
}
