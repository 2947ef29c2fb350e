/**
 * A selected block of cells as the one reader wants it: a grid whose first cell is A1 of the
 * sheet, so that the problems the reader names are the sheet's own cells.
 */
import { cellAddress, columnLetters, showsPercent, type SheetGrid } from '@sroi/workbook';

/** The most cells the pane reads at once: more would freeze Excel on the web. */
export const MOST_CELLS = 500_000;
/** The most cells a grid may hold with the blank columns left of the selection. */
const MOST_PADDED_CELLS = 10_000_000;

const count = (cells: number) => cells.toLocaleString('en-GB');

/** Thrown when the selection holds more cells than the pane reads. */
export class SelectionTooBigError extends Error {
  /**
   * @param cells - the cells the commissioner selected
   * @param firstColumn - where a selection within the limit starts, when so many rows that far right are too many
   */
  constructor(
    readonly cells: number,
    firstColumn?: string,
  ) {
    super(
      firstColumn === undefined
        ? `The selection holds ${count(cells)} cells, more than the ${count(MOST_CELLS)} the add-in reads at once. Select just the impact map (its headers and rows) and try again.`
        : `The selection holds ${count(cells)} cells, but it starts in column ${firstColumn} and the add-in reads every row from column A: so many rows that far right are more than it can read at once. Copy the value map nearer column A, or select fewer rows, and try again.`,
    );
    this.name = 'SelectionTooBigError';
  }
}

/** What reading a selection gives the pane. */
export interface SelectionRead {
  readonly sheet: string;
  /** The cells read, e.g. `B3:K20` (empty when nothing was there to read). */
  readonly address: string;
  readonly grid: SheetGrid;
  /** Cells holding an Excel error (`#DIV/0!`), read as blank and named here. */
  readonly errorCells: readonly { readonly cell: string; readonly error: string }[];
  /**
   * Rows whose hiding Excel was not asked about (a selection of more than 10,000 rows with some
   * hidden), e.g. `10003:20002`: read like the others, and said, since the reader cannot warn of them.
   */
  readonly hiddenNotChecked?: string;
}

/** The sizes Excel reported for the ranges the pane might read. */
export interface Candidates {
  readonly selection: { readonly cellCount: number; readonly entireRowsOrColumns: boolean };
  /** The block around a single cell, when this Excel can say. */
  readonly region: { readonly cellCount: number } | null;
  /** The selection within the used range (null when they do not meet). */
  readonly intersection: { readonly cellCount: number } | null;
  readonly used: { readonly cellCount: number };
}

export type Target = 'selection' | 'region' | 'used' | 'intersection' | 'nothing';

/**
 * Which range to read: a single cell means the table around it (or the used range when Excel
 * cannot say), whole rows or columns mean their used part, anything else the selection itself.
 *
 * @throws SelectionTooBigError when that range holds more than 500,000 cells
 * @example
 * ```ts
 * readTarget({ selection: { cellCount: 1, entireRowsOrColumns: false }, region: { cellCount: 40 }, intersection: null, used: { cellCount: 90 } });
 * //=> 'region'
 * ```
 */
export function readTarget(candidates: Candidates): Target {
  const { selection, region, intersection, used } = candidates;
  const choice: { target: Target; cellCount: number } =
    selection.cellCount === 1
      ? region === null
        ? { target: 'used', cellCount: used.cellCount }
        : { target: 'region', cellCount: region.cellCount }
      : selection.entireRowsOrColumns
        ? intersection === null
          ? { target: 'nothing', cellCount: 0 }
          : { target: 'intersection', cellCount: intersection.cellCount }
        : { target: 'selection', cellCount: selection.cellCount };
  if (choice.cellCount > MOST_CELLS) throw new SelectionTooBigError(choice.cellCount);
  return choice.target;
}

/** A block of cells as Excel loaded it. */
export interface LoadedBlock {
  readonly sheet: string;
  readonly address: string;
  /** 0-based row and column of its top-left cell. */
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
  /** Merged areas, e.g. `H2:H3`. */
  readonly merges: readonly string[];
  /** Rows of the block hidden or filtered out in Excel, counted from its first row (0 is its first). */
  readonly hiddenRows?: readonly number[];
  /** The block's first row (counted as above) from which Excel was not asked whether rows are hidden. */
  readonly hiddenNotCheckedFrom?: number;
  /** Each cell's number format, as `range.numberFormat` gives them: a weight shown as 60% is stored as 0.6. */
  readonly numberFormats?: readonly (readonly unknown[])[];
}

/**
 * The grid of a loaded block, padded so its first cell is A1 (rows above are left empty, columns
 * to the left are blank), with error cells read as blank and listed, and hidden rows named by
 * their sheet row (0-based) so the reader can say it read them.
 *
 * @example
 * ```ts
 * selectionGrid({ sheet: 'Map', address: 'B2:B2', rowIndex: 1, columnIndex: 1, values: [['#N/A']], valueTypes: [['Error']], merges: [] });
 * //=> { sheet: 'Map', address: 'B2:B2', grid: { name: 'Map', cells: [[], [null, null]] }, errorCells: [{ cell: 'B2', error: '#N/A' }] }
 * ```
 */
export function selectionGrid(block: LoadedBlock): SelectionRead {
  const width = block.values[0]?.length ?? 0;
  if ((block.columnIndex + width) * block.values.length > MOST_PADDED_CELLS) {
    // The commissioner selected `width` columns, not the blank ones the grid pads with: say their count.
    throw new SelectionTooBigError(width * block.values.length, columnLetters(block.columnIndex));
  }
  const errorCells: { cell: string; error: string }[] = [];
  const rows = block.values.map((row, r) => [
    ...new Array<null>(block.columnIndex).fill(null),
    ...row.map((value, c) => {
      if (block.valueTypes[r]?.[c] !== 'Error') return value;
      errorCells.push({ cell: cellAddress(block.rowIndex + r, block.columnIndex + c), error: String(value) });
      return null;
    }),
  ]);
  const cells = [...Array.from({ length: block.rowIndex }, (): unknown[] => []), ...rows];
  const hiddenRows = (block.hiddenRows ?? []).map((row) => block.rowIndex + row);
  const percentCells = block.values.flatMap((row, r) =>
    row.flatMap((value, c) =>
      typeof value === 'number' && showsPercent(block.numberFormats?.[r]?.[c])
        ? [cellAddress(block.rowIndex + r, block.columnIndex + c)]
        : [],
    ),
  );
  const grid = {
    name: block.sheet,
    cells,
    ...(block.merges.length > 0 ? { merges: block.merges } : {}),
    ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    ...(percentCells.length > 0 ? { percentCells } : {}),
  };
  const from = block.hiddenNotCheckedFrom;
  const hiddenNotChecked =
    from === undefined ? undefined : `${block.rowIndex + from + 1}:${block.rowIndex + block.values.length}`;
  return {
    sheet: block.sheet,
    address: block.address,
    grid,
    errorCells,
    ...(hiddenNotChecked === undefined ? {} : { hiddenNotChecked }),
  };
}
