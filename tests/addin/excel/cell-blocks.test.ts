import { toWorkbook } from '@sroi/workbook';
import { chunkRows, payloadBytes, rowBytes, sheetCells } from '../../../addin/src/taskpane/excel/cell-blocks';
import { workedCheck } from '../../core/fixtures';

describe('sheetCells', () => {
  it('pads ragged rows to a rectangle of blanks in the General format', () => {
    const [settings] = toWorkbook(workedCheck).sheets;
    const cells = sheetCells({
      ...settings!,
      cells: [['a'], ['b', { formula: 'A1', result: 'a' }]],
      numberFormats: [['@'], []],
    });
    expect(cells).toEqual({
      formulas: [
        ['a', ''],
        ['b', '=A1'],
      ],
      numberFormats: [
        ['@', 'General'],
        ['General', 'General'],
      ],
      columns: 2,
    });
  });
});

describe('payloadBytes', () => {
  it('counts the JSON in UTF-8, where £ takes two bytes', () => {
    expect(payloadBytes(['£1'])).toBe(7);
    expect(rowBytes({ formulas: [['a']], numberFormats: [['@']], columns: 1 })).toEqual([10]);
  });
});

describe('chunkRows', () => {
  it('puts everything in one sync when it fits', () => {
    expect(chunkRows([[3, 3], [3]], 100)).toEqual([
      [
        { sheet: 0, from: 0, to: 2 },
        { sheet: 1, from: 0, to: 1 },
      ],
    ]);
  });

  it('starts a new sync where the next row would pass the budget', () => {
    expect(chunkRows([[3, 3, 3], [3]], 7)).toEqual([
      [{ sheet: 0, from: 0, to: 2 }],
      [
        { sheet: 0, from: 2, to: 3 },
        { sheet: 1, from: 0, to: 1 },
      ],
    ]);
  });

  it('sends a row bigger than the budget alone', () => {
    expect(chunkRows([[2, 9, 2]], 5)).toEqual([
      [{ sheet: 0, from: 0, to: 1 }],
      [{ sheet: 0, from: 1, to: 2 }],
      [{ sheet: 0, from: 2, to: 3 }],
    ]);
  });

  it('keeps one empty sync for a plan without cells', () => {
    expect(chunkRows([[]], 5)).toEqual([[]]);
  });
});
