import type { Evaluation } from '@sroi/core';
import { fromWorkbook, type CellProblem, type ReadResult } from '@sroi/workbook';
import { CellError } from '../errors/cell-error.js';
import { listProblems } from './problem-list.js';

/**
 * The name the reader gives the selected range, as if it were a sheet: the
 * argument's name, so that problems say where they are.
 */
export const IMPACT_MAP = 'impactMap';

/** An impact-map range as read by `@sroi/workbook`, with where each outcome sits in the range. */
export interface ImpactMapReading {
  /** The map's evaluation: outcomes, stakeholders, and the inputs the map itself holds (often none). */
  readonly evaluation: Evaluation;
  /** Rows of the range below its header row(s): the largest `outcomeRow`. */
  readonly rows: number;
  /** Each outcome's row below the header row(s), 1 being the first, by outcome id. */
  readonly rowOf: ReadonlyMap<string, number>;
  /** The outcome in a row below the header row(s), by that row. */
  readonly outcomeAt: ReadonlyMap<number, string>;
  /** Where the map holds its inputs, for messages: `the Value £ column (F)`. */
  readonly inputsColumn: string;
  /** What was read but deserves a look (a reduction column not found…), each at its cell within the range. */
  readonly warnings: readonly CellProblem[];
}

/**
 * Reads an impact-map range exactly as the command line reads a sheet: a
 * selected range is a grid like any sheet, so `@sroi/workbook` finds its
 * header row (or the SROI Network value map's two), its columns, outcomes and
 * any inputs kept beside them, with the same numbers, hints and problems.
 * Excel desktop passes empty cells as 0, so zeros are read as the reader reads
 * empty cells where 0 is not valid.
 *
 * @param cells - the range as Excel passes it, row by row (trailing empty rows may be trimmed)
 * @param name - the evaluation's name (the function's, for the engine's messages)
 * @param rangeRows - how many rows the range has, trimmed rows included (what `rows` counts)
 * @throws CellError `value` listing the first problems, each at its cell within the range
 *
 * @example
 * ```ts
 * readImpactMap(workedCheckRange, 'SROI.RESULTS').rowOf.get('row-2'); //=> 1 (the first row under the headers)
 * ```
 */
export function readImpactMap(
  cells: readonly (readonly unknown[])[],
  name: string,
  rangeRows = cells.length,
): ImpactMapReading {
  const read = fromWorkbook([{ name: IMPACT_MAP, cells }], { defaultName: name, emptyCellsAsZero: true });
  if (read.evaluation === null) throw new CellError('value', describeProblems(read.problems));
  const evaluation = read.evaluation;
  const headerRow = lastHeaderRow(read);
  const rowOf = new Map<string, number>();
  const outcomeAt = new Map<number, string>();
  evaluation.outcomes.forEach((outcome, index) => {
    const row = rowOfAddress(read.cellOf(`outcomes[${index}]`));
    if (row === null) return;
    rowOf.set(outcome.id, row - headerRow);
    outcomeAt.set(row - headerRow, outcome.id);
  });
  return {
    evaluation,
    rows: Math.max(0, rangeRows - headerRow),
    rowOf,
    outcomeAt,
    inputsColumn: inputsColumnOf(read),
    warnings: read.warnings,
  };
}

/**
 * The problems as one `#VALUE!` message: the first few, each with its cell
 * counted within the range (A1 is the range's top-left cell), then how many
 * more there are.
 *
 * @example
 * ```ts
 * describeProblems([{ sheet: 'impactMap', cell: 'C2', message: 'quantity must be a number, 0 or more; got "x"' }]);
 * //=> 'impactMap: C2: quantity must be a number, 0 or more; got "x"'
 * ```
 */
export function describeProblems(problems: readonly CellProblem[]): string {
  const lines = problems.map((problem) =>
    problem.cell === null ? messageOf(problem) : `${problem.cell}: ${messageOf(problem)}`,
  );
  return `${IMPACT_MAP}: ${listProblems(lines)}`;
}

/** The reader's message, but for a range with no map in it, where the CLI's advice (sheets, `sroi template`) does not apply. */
function messageOf(problem: CellProblem): string {
  if (problem.code !== 'no-impact-map') return problem.message;
  return "no impact map found: select the map from its header row down; the headers need Quantity and Proxy value (or the value map's Quantity and Value £) columns";
}

/** The range's last header row, 1-based (the reader's mapping says; one header row when it does not). */
function lastHeaderRow(read: ReadResult): number {
  const headers = read.mapping.find((table) => table.table === 'impactMap')?.headers;
  const row = headers === undefined ? null : rowOfAddress(headers);
  return row ?? 1;
}

/** The row of an address such as `impactMap!B5` or `A3:S4` (its last row), or null. */
function rowOfAddress(address: string | null): number | null {
  const match = address === null ? null : /(\d+)$/.exec(address);
  return match === null ? null : Number(match[1]);
}

/** The impact map's inputs column as a message names it. */
function inputsColumnOf(read: ReadResult): string {
  const column = read.mapping
    .find((table) => table.table === 'impactMap')
    ?.columns.find((item) => item.field === 'inputAmount');
  if (column === undefined) return 'its Value £ column';
  const header = column.header.split(' / ').pop() ?? column.header;
  return `its ${header} column (${column.column})`;
}
