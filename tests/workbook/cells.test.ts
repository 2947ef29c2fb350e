import {
  cellAddress,
  cellPosition,
  columnIndex,
  columnLetters,
  rangePosition,
  fromWorkbook,
  normalizeHeader,
  readCell,
  sheetReference,
  toWorkbook,
} from '@sroi/workbook';
import { SCENARIOS } from './fixtures';

describe('cell addresses', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
    expect(cellAddress(6, 5)).toBe('F7');
  });

  it('reads addresses back: letters to columns, A1 cells and ranges, and nothing else', () => {
    expect(['A', 'Z', 'aa', 'AB', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD'].map(columnIndex)).toEqual([
      0, 25, 26, 27, 51, 52, 701, 702, 16383,
    ]);
    expect(['', '7', 'ABCD', 'A1'].map(columnIndex)).toEqual([null, null, null, null]);
    expect(cellPosition('F7')).toEqual({ row: 6, column: 5 });
    expect(cellPosition('$F$7')).toEqual({ row: 6, column: 5 });
    expect(['F0', 'F', '7', 'F7:G8'].map(cellPosition)).toEqual([null, null, null, null]);
    expect(rangePosition('A1:C2')).toEqual({ from: { row: 0, column: 0 }, to: { row: 1, column: 2 } });
    expect(rangePosition('B3')).toEqual({ from: { row: 2, column: 1 }, to: { row: 2, column: 1 } });
    expect(rangePosition('A1:?')).toBeNull();
  });

  it('quotes sheet names that need it in formulas', () => {
    expect(sheetReference('Inputs')).toBe('Inputs');
    expect(sheetReference('Impact Map')).toBe("'Impact Map'");
    expect(sheetReference("Tom's map")).toBe("'Tom''s map'");
  });
});

describe('normalizeHeader', () => {
  it.each([
    ['Attribution (%)', 'attribution'],
    ['  Drop-off % ', 'drop off'],
    ['Deadweight %', 'deadweight'],
    ['Value £', 'value'],
    ['Duration (years)', 'duration'],
    ['DW', 'dw'],
  ])('reads %j as %j', (header, normalized) => expect(normalizeHeader(header)).toBe(normalized));
});

describe('readCell', () => {
  it('takes what exceljs and Office.js give', () => {
    expect(readCell('  20% ')).toEqual({ kind: 'text', text: '20%' });
    expect(readCell({ formula: 'A1*2', result: 4 })).toEqual({ kind: 'number', number: 4 });
    expect(readCell({ sharedFormula: 'A1', result: 'x' })).toEqual({ kind: 'text', text: 'x' });
    expect(readCell({ richText: [{ text: 'Dead' }, { text: 'weight' }] })).toEqual({
      kind: 'text',
      text: 'Deadweight',
    });
    expect(readCell({ text: 'link', hyperlink: 'https://example.com' })).toEqual({ kind: 'text', text: 'link' });
    expect(readCell({ error: '#DIV/0!' })).toEqual({ kind: 'bad', why: 'the cell shows the error #DIV/0!' });
    expect(readCell(Number.NaN).kind).toBe('bad');
    expect(readCell('   ')).toEqual({ kind: 'blank' });
    expect(readCell(' - ')).toEqual({ kind: 'blank' });
  });
});

describe('fromWorkbook', () => {
  it('leaves the sheets it reads unchanged', () => {
    const sheets = toWorkbook(SCENARIOS['end-of-year']!).sheets.map((sheet) => ({
      name: sheet.name,
      cells: sheet.cells,
    }));
    const before = JSON.stringify(sheets);
    fromWorkbook(sheets);
    expect(JSON.stringify(sheets)).toBe(before);
  });
});
