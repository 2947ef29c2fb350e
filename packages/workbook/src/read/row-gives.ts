import type { ReadCell } from './cell-value.js';

/**
 * What an impact map's row is, from the fields it gives: an outcome, a
 * funder's inputs, a stakeholder's group row, or a note.
 */

/** Fields that make a row an outcome (a row with only a stakeholder and inputs is a funder's). */
const OUTCOME_FIELDS: ReadonlySet<string> = new Set([
  'description',
  'change',
  'quantity',
  'proxyValue',
  'duration',
  'deadweight',
  'displacement',
  'attribution',
  'dropOff',
  'indicator',
  'id',
  'startYear',
  'proxyDescription',
  'domain',
  'proxyMeasure',
]);
/** Fields holding an outcome's figures: a row with none of them is a note. */
const FIGURES = new Set([
  'quantity',
  'proxyValue',
  'duration',
  'startYear',
  'deadweight',
  'displacement',
  'attribution',
  'dropOff',
  'priceYear',
]);

/** A field of the map's rows, with what it says of a row that gives it. */
export interface RowField {
  readonly field: string;
  readonly column: number;
  readonly kind: {
    readonly outcome: boolean;
    readonly figure: boolean;
    readonly input: boolean;
  };
}

/** What a field given says of its row. */
export function kindOf(field: string): RowField['kind'] {
  return {
    outcome: OUTCOME_FIELDS.has(field),
    figure: FIGURES.has(field),
    input: field === 'inputDescription' || field === 'inputAmount',
  };
}

/** What a row gives, or null when it gives nothing. */
export interface RowGives {
  /** Only a stakeholder: a group row, whose name is carried down. */
  readonly onlyStakeholder: boolean;
  /** An input's description or amount. */
  readonly inputs: boolean;
  /** A field that makes the row an outcome. */
  readonly outcomeField: boolean;
  /** Of the outcome fields, only the changes column (a funder's row may say what it hopes will change). */
  readonly onlyChange: boolean;
  /** One of an outcome's figures. */
  readonly figures: boolean;
  /** The leftmost column given. */
  readonly firstColumn: number;
}

/**
 * What a row gives, field by field, without a list per row: a map may have
 * 10,000 rows. Where empty cells arrive as 0, a 0 says nothing of what the
 * row is (an outcome, a funder's inputs).
 */
export function whatRowGives<F extends RowField>(
  row: number,
  fields: readonly F[],
  /** A field's cell in a row (given the field itself, so a reader may keep how to read its column with it). */
  cellOf: (row: number, field: F) => ReadCell,
  isBlank: (cell: ReadCell) => boolean,
): RowGives | null {
  let given = false;
  let onlyStakeholder = true;
  let inputs = false;
  let outcomeField = false;
  let onlyChange = true;
  let figures = false;
  let firstColumn = Infinity;
  for (let index = 0; index < fields.length; index += 1) {
    const rowField = fields[index] as F;
    if (isBlank(cellOf(row, rowField))) continue;
    const { field, column, kind } = rowField;
    given = true;
    if (field !== 'stakeholder') onlyStakeholder = false;
    if (kind.input) inputs = true;
    if (kind.outcome) {
      outcomeField = true;
      if (field !== 'change') onlyChange = false;
    }
    if (kind.figure) figures = true;
    if (column < firstColumn) firstColumn = column;
  }
  return given ? { onlyStakeholder, inputs, outcomeField, onlyChange, figures, firstColumn } : null;
}
