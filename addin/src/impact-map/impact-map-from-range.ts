import type { DecimalLike, Outcome, Stakeholder } from '@sroi/core';
import { isBlank } from '../functions/arguments/cell-value.js';
import { checked } from '../functions/arguments/read-number.js';
import {
  ATTRIBUTION,
  DEADWEIGHT,
  DISPLACEMENT,
  DROP_OFF,
  DURATION,
  PROXY,
  QUANTITY,
  START_YEAR,
  type NumberRule,
} from '../functions/arguments/rules.js';
import { CellError } from '../functions/errors/cell-error.js';
import { fieldOfHeader, HEADER_ALIASES, normalHeader, type ImpactMapField } from './headers.js';

/**
 * Reading an impact map from a worksheet range. This is a stand-in for the
 * shared workbook layout (`@sroi/workbook`): one pure function over the 2-D
 * array, so it can be swapped for that package's reader without touching the
 * custom functions.
 */

/** Something wrong in the range, where a user can find it. */
export interface ImpactMapProblem {
  /** Row within the range, 1 being the header row. */
  readonly row: number;
  /** The column's header as written, when the problem is in one cell. */
  readonly column?: string;
  readonly message: string;
}

/** The outcomes and stakeholders of an impact map, or every problem found in it. */
export type ImpactMapReading =
  | { readonly ok: true; readonly outcomes: Outcome[]; readonly stakeholders: Stakeholder[] }
  | { readonly ok: false; readonly problems: ImpactMapProblem[] };

const REQUIRED: readonly ImpactMapField[] = ['quantity', 'proxy', 'duration'];

/** How each numeric column is read and checked (the same rules as the functions' arguments). */
const NUMERIC: Readonly<Partial<Record<ImpactMapField, NumberRule>>> = {
  quantity: QUANTITY,
  proxy: PROXY,
  deadweight: DEADWEIGHT,
  displacement: DISPLACEMENT,
  attribution: ATTRIBUTION,
  dropOff: DROP_OFF,
  duration: DURATION,
  startYear: START_YEAR,
};

/** Headers that name the proxy but, beside a value column, hold its description. */
function describesProxy(header: unknown): boolean {
  const normal = normalHeader(header);
  return normal === 'financial proxy' || normal === 'proxy';
}

/**
 * Reads an impact map laid out one outcome per row under a header row. Headers
 * are matched loosely (case, spaces, % signs, brackets and aliases such as
 * "DW" or "Financial proxy"); columns it does not know are ignored, and so are
 * empty rows. Quantity, financial proxy and duration are required; the shares
 * default to 0 and the start year to 1. Shares are fractions (cells formatted
 * as %).
 *
 * @param values - the range's values, as `range.values` or a custom function receives them
 * @returns the outcomes and their stakeholders, or every problem found
 *
 * @example
 * ```ts
 * impactMapFromRange([
 *   ['Stakeholder', 'Outcome', 'Quantity', 'Financial proxy', 'DW', 'Displacement', 'Attribution (%)', 'Drop off', 'Duration'],
 *   ['Patients', 'Improved wellbeing', 100, 1000, 0.2, 0.1, 0.25, 0.5, 3],
 * ]);
 * //=> { ok: true, stakeholders: [{ id: 'Patients', name: 'Patients' }], outcomes: [{ id: 'row-2', ... }] }
 * ```
 */
export function impactMapFromRange(values: unknown[][]): ImpactMapReading {
  const [headers = [], ...rows] = values;
  const columns = new Map<ImpactMapField, number>();
  const problems: ImpactMapProblem[] = [];
  headers.forEach((header, index) => {
    const field = fieldOfHeader(header);
    if (field === undefined) return;
    const taken = columns.get(field);
    if (taken === undefined) {
      columns.set(field, index);
    } else if (field === 'proxy' && describesProxy(headers[taken]) !== describesProxy(header)) {
      // The SROI Network value map has "Financial proxy" (its description) beside "Value £" (the number).
      if (describesProxy(headers[taken])) columns.set(field, index);
    } else {
      problems.push({ row: 1, column: String(header), message: `two columns are ${label(field)}: keep one` });
    }
  });
  const missing = REQUIRED.filter((field) => !columns.has(field));
  if (missing.length > 0) {
    const found = headers.filter((header) => !isBlank(header)).map((header) => JSON.stringify(String(header)));
    problems.push({
      row: 1,
      message: `the impact map needs ${missing.map(label).join(', ')} columns in its first row; found ${found.length > 0 ? found.join(', ') : 'no headers'}`,
    });
  }
  if (problems.length > 0) return { ok: false, problems };

  const outcomes: Outcome[] = [];
  const stakeholders = new Map<string, Stakeholder>();
  rows.forEach((cells, index) => {
    const row = index + 2;
    const cell = (field: ImpactMapField) => {
      const column = columns.get(field);
      return column === undefined ? undefined : cells[column];
    };
    // Rows with no figures (blank, or headings between groups) and total rows are not outcomes.
    const hasFigures = Object.keys(NUMERIC).some((field) => !isBlank(cell(field as ImpactMapField)));
    const isTotal = [cell('stakeholder'), cell('outcome')].some((value) =>
      /^\s*(grand\s+)?totals?\b/i.test(String(value ?? '')),
    );
    if (!hasFigures || isTotal) return;

    const read: Partial<Record<ImpactMapField, DecimalLike>> = {};
    for (const [field, rule] of Object.entries(NUMERIC) as [ImpactMapField, NumberRule][]) {
      const value = cell(field);
      if (isBlank(value)) {
        if (REQUIRED.includes(field))
          problems.push({
            row,
            column: header(headers, columns, field),
            message: `${rule.name} is missing in row ${row}`,
          });
        continue;
      }
      try {
        read[field] = checked(value, rule, ` in row ${row}`).toString();
      } catch (error) {
        if (!(error instanceof CellError)) throw error;
        problems.push({ row, column: header(headers, columns, field), message: error.message });
      }
    }

    const stakeholderName = text(cell('stakeholder')) ?? 'Stakeholders';
    if (!stakeholders.has(stakeholderName))
      stakeholders.set(stakeholderName, { id: stakeholderName, name: stakeholderName });
    outcomes.push({
      id: outcomeIdOfRow(row),
      stakeholder: stakeholderName,
      description: text(cell('outcome')) ?? `Outcome in row ${row}`,
      quantity: read.quantity ?? 0,
      proxy: { value: read.proxy ?? 0 },
      deadweight: read.deadweight ?? 0,
      displacement: read.displacement ?? 0,
      attribution: read.attribution ?? 0,
      dropOff: read.dropOff ?? 0,
      duration: Number(read.duration ?? 1),
      startYear: Number(read.startYear ?? 1),
    });
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, outcomes, stakeholders: [...stakeholders.values()] };
}

/**
 * The id the reader gives the outcome in a row of the range (1 being the
 * header row), so that a function can name an outcome by its row.
 *
 * @example
 * ```ts
 * outcomeIdOfRow(2); //=> 'row-2' (the first row under the headers)
 * ```
 */
export function outcomeIdOfRow(row: number): string {
  return `row-${row}`;
}

/**
 * The row of the range (1 being the header row) an outcome was read from: the
 * inverse of {@link outcomeIdOfRow}.
 *
 * @example
 * ```ts
 * rowOfOutcomeId('row-2'); //=> 2
 * ```
 */
export function rowOfOutcomeId(id: string): number {
  return Number(id.slice('row-'.length));
}

function label(field: ImpactMapField): string {
  const name = HEADER_ALIASES[field][0] as string;
  return `"${name.charAt(0).toUpperCase()}${name.slice(1)}"`;
}

function header(headers: unknown[], columns: Map<ImpactMapField, number>, field: ImpactMapField): string {
  return String(headers[columns.get(field) as number]);
}

function text(value: unknown): string | undefined {
  if (isBlank(value)) return undefined;
  return String(value).trim();
}
