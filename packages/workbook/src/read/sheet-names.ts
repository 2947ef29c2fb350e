import type { TableKind } from './find-tables.js';

/** Sheet names that say where a table is; tables elsewhere count too. */
export const PREFERRED_SHEETS: Record<TableKind, readonly string[]> = {
  impactMap: ['impact map', 'value map', 'impact', 'map', 'sroi'],
  inputs: ['inputs', 'input', 'investment', 'costs', 'cost', 'budget'],
  stakeholders: ['stakeholders', 'stakeholder'],
  quantityByYear: ['quantity by year'],
};
