/**
 * What reading the selection found, decided once for the page: Excel passes an error value
 * (`#DIV/0!`) as nothing, so an error in a column the reader used would be read as empty (a
 * deadweight as 0%) and must stop the evaluation; an error in a column it did not use (notes)
 * is only said.
 */
import type { ReadResult, TableMapping } from '@sroi/workbook';
import { MOST_ROWS_CHECKED, type SelectionRead } from '../../excel/read-selection.js';
import type { CellMessage } from '../common/cell-link-list.js';

/** The findings the page shows, and whether Evaluate may be pressed. */
export interface SheetFindings {
  /** The reader's problems, then each error cell in a column it used (in place of the reader's words for it). */
  readonly problems: readonly CellMessage[];
  /** Error cells in columns the reader did not use: said, but not in the way. */
  readonly errorCells: readonly CellMessage[];
  /** The reader's warnings, then what the selection could not tell it (rows not checked for hiding). */
  readonly warnings: readonly CellMessage[];
  readonly canEvaluate: boolean;
}

/**
 * Splits the selection's error cells by whether the reader used their column within a table's
 * rows, and decides whether the value map can be evaluated.
 *
 * @example
 * ```ts
 * sheetFindings(selection, read).problems;
 * //=> [{ sheet: 'My map', cell: 'G5', message: 'this cell holds #DIV/0!; fix the formula or clear the cell' }]
 * ```
 */
export function sheetFindings(selection: SelectionRead, read: ReadResult): SheetFindings {
  const used = selection.errorCells.filter(({ cell }) =>
    read.mapping.some((table) => table.sheet === selection.sheet && readsCell(table, cell)),
  );
  const at = (cell: { cell: string; error: string }, message: string): CellMessage => ({
    sheet: selection.sheet,
    cell: cell.cell,
    message,
  });
  // The reader saw an empty cell where the error is ("quantity is missing"); the error is the real cause,
  // so it replaces the reader's words for that cell rather than sitting beside them.
  const atError = (problem: CellMessage) =>
    problem.sheet === selection.sheet && used.some(({ cell }) => cell === problem.cell);
  const problems = [
    ...read.problems.filter((problem) => !atError(problem)),
    ...used.map((cell) => at(cell, `this cell holds ${cell.error}; fix the formula or clear the cell`)),
  ];
  const errorCells = selection.errorCells
    .filter((cell) => !used.includes(cell))
    .map((cell) =>
      at(
        cell,
        `this cell holds ${cell.error}; Excel will not pass it to the add-in, so it is read as empty. Correct the formula or type a value.`,
      ),
    );
  const warnings: CellMessage[] = [...read.warnings];
  if (selection.hiddenNotChecked !== undefined) {
    const [first] = selection.hiddenNotChecked.split(':');
    const column = /^[A-Z]+/.exec(selection.address)?.[0] ?? 'A';
    warnings.push({
      sheet: selection.sheet,
      cell: `${column}${first}`,
      message: `rows ${selection.hiddenNotChecked} were read without asking Excel whether they are hidden or filtered out (it is asked row by row, for the first ${MOST_ROWS_CHECKED.toLocaleString('en-GB')} rows only): check that no hidden row there should be left out`,
    });
  }
  return { problems, errorCells, warnings, canEvaluate: read.evaluation !== null && used.length === 0 };
}

/** Whether a cell such as `G5` lies in a column the table read as a field, within its data rows. */
function readsCell(table: TableMapping, cell: string): boolean {
  const where = /^([A-Z]+)(\d+)$/.exec(cell);
  const rows = /^(\d+):(\d+)$/.exec(table.rows ?? '');
  if (where === null || rows === null) return false;
  const row = Number(where[2]);
  if (row < Number(rows[1]) || row > Number(rows[2])) return false;
  return table.columns.some((column) => column.column === where[1] && column.field !== null);
}
