import { cellAddress } from '../cells/address.js';

/** Why a workbook could not be read as a whole, for programs (the CLI's messages and exit codes). */
export type ReadProblemCode = 'no-impact-map' | 'empty-impact-map';

/** One problem with a workbook, at a sheet and cell where there is one. */
export interface CellProblem {
  /** The sheet's name (for CSV, the file's name); null for the whole workbook. */
  readonly sheet: string | null;
  /** A1 address, e.g. `F7`; null for a whole sheet or workbook. */
  readonly cell: string | null;
  /** What is wrong and what is valid, e.g. `deadweight 1.2 is over 100%; ...`. */
  readonly message: string;
  /** The evaluation path the cell feeds, e.g. `outcomes[4].deadweight`, when known. */
  readonly path?: string;
  readonly code?: ReadProblemCode;
}

/** Where a value was read: sheet position (for ordering) and address. */
export interface CellRef {
  readonly sheet: string;
  readonly sheetIndex: number;
  readonly row: number;
  readonly column: number;
}

export function problemAt(
  ref: CellRef | null,
  message: string,
  extra: { path?: string; code?: ReadProblemCode } = {},
): CellProblem & { readonly order: number[] } {
  return {
    sheet: ref?.sheet ?? null,
    cell: ref === null ? null : cellAddress(ref.row, ref.column),
    message,
    ...extra,
    order: ref === null ? [-1, 0, 0] : [ref.sheetIndex, ref.row, ref.column],
  };
}

/**
 * Problems as a reader meets them: sheet by sheet, row by row, cell by cell
 * (whole-workbook problems first), without the position they were sorted by.
 */
export function inReadingOrder(problems: readonly (CellProblem & { readonly order: number[] })[]): CellProblem[] {
  return [...problems]
    .sort((a, b) => compareOrder(a.order, b.order))
    .map((problem) => {
      const rest: CellProblem & { order?: number[] } = { ...problem };
      delete rest.order;
      return rest;
    });
}

function compareOrder(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * A problem as one line: `Impact Map!F7: deadweight 1.2 is over 100%`.
 *
 * @example
 * ```ts
 * formatCellProblem({ sheet: 'Impact Map', cell: 'F7', message: 'deadweight 1.2 is over 100%' });
 * //=> 'Impact Map!F7: deadweight 1.2 is over 100%'
 * ```
 */
export function formatCellProblem(problem: CellProblem): string {
  if (problem.sheet === null) return problem.message;
  return `${problem.sheet}${problem.cell === null ? '' : `!${problem.cell}`}: ${problem.message}`;
}
