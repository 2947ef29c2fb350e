import { readTarget, selectionGrid, SelectionTooBigError } from '../../../addin/src/taskpane/excel/selection-grid';

const used = { cellCount: 900 };

describe('readTarget', () => {
  it('reads the table around a single selected cell', () => {
    expect(
      readTarget({
        selection: { cellCount: 1, entireRowsOrColumns: false },
        region: { cellCount: 40 },
        intersection: null,
        used,
      }),
    ).toBe('region');
  });

  it('reads the used range around a single cell where Excel cannot find the region', () => {
    expect(
      readTarget({ selection: { cellCount: 1, entireRowsOrColumns: false }, region: null, intersection: null, used }),
    ).toBe('used');
  });

  it('reads the used part of whole columns, or nothing when they are empty', () => {
    const columns = { cellCount: 2 * 1048576, entireRowsOrColumns: true };
    expect(readTarget({ selection: columns, region: null, intersection: { cellCount: 60 }, used })).toBe(
      'intersection',
    );
    expect(readTarget({ selection: columns, region: null, intersection: null, used })).toBe('nothing');
  });

  it('reads a block as selected', () => {
    expect(
      readTarget({ selection: { cellCount: 60, entireRowsOrColumns: false }, region: null, intersection: null, used }),
    ).toBe('selection');
  });

  it('refuses more than 500,000 cells, in words', () => {
    const big = {
      selection: { cellCount: 500_001, entireRowsOrColumns: false },
      region: null,
      intersection: null,
      used,
    };
    expect(() => readTarget(big)).toThrow(SelectionTooBigError);
    expect(() => readTarget(big)).toThrow(
      'The selection holds 500,001 cells, more than the 500,000 the add-in reads at once. Select just the impact map (its headers and rows) and try again.',
    );
    expect(() => readTarget({ ...big, selection: { cellCount: 500_000, entireRowsOrColumns: false } })).not.toThrow();
  });
});

describe('selectionGrid', () => {
  it('pads the block so its first cell is A1, reads error cells as blank and names them', () => {
    const read = selectionGrid({
      sheet: 'Map',
      address: 'B2:C3',
      rowIndex: 1,
      columnIndex: 1,
      values: [
        ['Quantity', 'Proxy'],
        [100, '#N/A'],
      ],
      valueTypes: [
        ['String', 'String'],
        ['Double', 'Error'],
      ],
      merges: ['B2:B3'],
    });
    expect(read).toEqual({
      sheet: 'Map',
      address: 'B2:C3',
      grid: {
        name: 'Map',
        cells: [[], [null, 'Quantity', 'Proxy'], [null, 100, null]],
        merges: ['B2:B3'],
      },
      errorCells: [{ cell: 'C3', error: '#N/A' }],
    });
  });

  it('leaves merges out when there are none', () => {
    const read = selectionGrid({
      sheet: 'S',
      address: 'A1',
      rowIndex: 0,
      columnIndex: 0,
      values: [[1]],
      valueTypes: [['Double']],
      merges: [],
    });
    expect(read.grid).toEqual({ name: 'S', cells: [[1]] });
  });
});

describe('selectionGrid, hidden rows and size', () => {
  it('names hidden rows by their sheet row, counted from 0, so the reader can say it read them', () => {
    const read = selectionGrid({
      sheet: 'Map',
      address: 'B3:B6',
      rowIndex: 2,
      columnIndex: 1,
      values: [['Quantity'], [1], [2], [3]],
      valueTypes: [['String'], ['Double'], ['Double'], ['Double']],
      merges: [],
      hiddenRows: [1, 3],
    });
    // Rows 2 and 4 of the block are the sheet's rows 4 and 6: 0-based 3 and 5.
    expect(read.grid.hiddenRows).toEqual([3, 5]);
  });

  it('names, by sheet row, the rows Excel was not asked whether they are hidden', () => {
    const read = selectionGrid({
      sheet: 'Map',
      address: 'B3:B6',
      rowIndex: 2,
      columnIndex: 1,
      values: [['Quantity'], [1], [2], [3]],
      valueTypes: [['String'], ['Double'], ['Double'], ['Double']],
      merges: [],
      hiddenRows: [1],
      hiddenNotCheckedFrom: 2,
    });
    // The block's rows 2 and 3 (0-based) are the sheet's rows 5 and 6.
    expect(read.hiddenNotChecked).toBe('5:6');
    expect(read.grid.hiddenRows).toEqual([3]);
  });

  it('says nothing unchecked when Excel was asked about every row', () => {
    const read = selectionGrid({
      sheet: 'Map',
      address: 'B3:B4',
      rowIndex: 2,
      columnIndex: 1,
      values: [['Quantity'], [1]],
      valueTypes: [['String'], ['Double']],
      merges: [],
      hiddenRows: [1],
    });
    expect(read).not.toHaveProperty('hiddenNotChecked');
  });

  it('says how many cells the commissioner selected, not the blank columns the grid adds', () => {
    const rows = 500_000;
    const block = {
      sheet: 'Map',
      address: 'Z1:Z500000',
      rowIndex: 0,
      columnIndex: 25,
      values: Array.from({ length: rows }, () => [1]),
      valueTypes: Array.from({ length: rows }, () => ['Double']),
      merges: [],
    };
    expect(() => selectionGrid(block)).toThrow(SelectionTooBigError);
    expect(() => selectionGrid(block)).toThrow(
      'The selection holds 500,000 cells, but it starts in column Z and the add-in reads every row from column A',
    );
  });
});

describe('selectionGrid and percentages', () => {
  it('lists the numbers Excel shows as percentages, by their sheet address, so a weight of 60% reads as 60', () => {
    const read = selectionGrid({
      sheet: 'Tender',
      address: 'B2:C3',
      rowIndex: 1,
      columnIndex: 1,
      values: [
        ['Price weight (%)', 0.6],
        ['Note', 0.5],
      ],
      valueTypes: [
        ['String', 'Double'],
        ['String', 'Double'],
      ],
      numberFormats: [
        ['General', '0%'],
        ['0%', '0"%"'],
      ],
      merges: [],
    });
    expect(read.grid.percentCells).toEqual(['C2']);
  });
});
