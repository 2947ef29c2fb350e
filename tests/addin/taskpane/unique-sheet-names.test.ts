// New sheets never take a user's sheet's name; the add-in's own sheets are replaced only when agreed.
import { excelSheetName as sheetName } from '@sroi/workbook';
import { tableName, uniqueSheetNames, uniqueTableNames } from '../../../addin/src/taskpane/plan/unique-sheet-names';

describe('uniqueSheetNames', () => {
  it('keeps a free name as it is', () => {
    expect(uniqueSheetNames(['Results'], [{ name: 'Sheet1', ours: false }], false)).toEqual({
      names: new Map([['Results', 'Results']]),
      replaces: [],
    });
  });

  it('numbers a name a user’s sheet has, comparing without case as Excel does', () => {
    const existing = [
      { name: 'results', ours: false },
      { name: 'Results (2)', ours: false },
    ];
    expect(uniqueSheetNames(['Results'], existing, true).names.get('Results')).toBe('Results (3)');
  });

  it('replaces the add-in’s own sheet when agreed, and numbers around it otherwise', () => {
    const existing = [{ name: 'Results', ours: true }];
    expect(uniqueSheetNames(['Results'], existing, true)).toEqual({
      names: new Map([['Results', 'Results']]),
      replaces: ['Results'],
    });
    expect(uniqueSheetNames(['Results'], existing, false)).toEqual({
      names: new Map([['Results', 'Results (2)']]),
      replaces: [],
    });
  });

  it('replaces the add-in’s numbered sheet when a user’s sheet holds the plain name, leaving nothing behind', () => {
    const existing = [
      { name: 'Settings', ours: false },
      { name: 'Settings (2)', ours: true },
      { name: 'Settings (3)', ours: true },
    ];
    expect(uniqueSheetNames(['Settings'], existing, true)).toEqual({
      names: new Map([['Settings', 'Settings (2)']]),
      replaces: ['Settings (2)'],
    });
    expect(uniqueSheetNames(['Settings'], existing, false).names.get('Settings')).toBe('Settings (4)');
  });

  it('never replaces a user’s numbered sheet on the way to the add-in’s', () => {
    const existing = [
      { name: 'Results', ours: false },
      { name: 'Results (2)', ours: false },
      { name: 'Results (3)', ours: true },
    ];
    expect(uniqueSheetNames(['Results'], existing, true).replaces).toEqual(['Results (3)']);
  });

  it('keeps a numbered name within Excel’s 31 characters', () => {
    const long = 'A very long sheet name, 31 char';
    expect(long).toHaveLength(31);
    const name = uniqueSheetNames([long], [{ name: long, ours: false }], false).names.get(long) as string;
    expect(name).toBe('A very long sheet name, 31 (2)');
    expect(name.length).toBeLessThanOrEqual(31);
  });

  it('never gives two wanted names the same sheet, nor takes "History", which Excel keeps', () => {
    const { names } = uniqueSheetNames(['Charts', 'CHARTS', 'History'], [], false);
    expect(names.get('Charts')).toBe('Charts');
    expect(names.get('CHARTS')).toBe('CHARTS (2)');
    expect(names.get('History')).toBe('History (2)');
  });

  it('makes a name Excel accepts out of one it refuses', () => {
    expect(sheetName("'a/b:c'")).toBe('a b c');
    expect(sheetName('')).toBe('Sheet');
  });
});

describe('uniqueTableNames', () => {
  it('numbers a taken table name with _2, _3, without case', () => {
    const names = uniqueTableNames(['ImpactMap', 'Inputs'], ['impactmap', 'ImpactMap_2']);
    expect(names.get('ImpactMap')).toBe('ImpactMap_3');
    expect(names.get('Inputs')).toBe('Inputs');
  });

  it('makes a valid table name: letters, digits and underscores, never a cell address', () => {
    expect(tableName('Impact Map (2)')).toBe('Impact_Map__2_');
    expect(tableName('2024')).toBe('T_2024');
    expect(tableName('AB12')).toBe('AB12_');
  });

  it('never gives a bare R or C, which Excel reads as a row or column in R1C1 style', () => {
    expect(['R', 'C', 'r', 'c', 'RC', 'R2', 'C3'].map(tableName)).toEqual([
      'R_',
      'C_',
      'r_',
      'c_',
      'RC_',
      'R2_',
      'C3_',
    ]);
    expect(tableName('Rates')).toBe('Rates');
  });
});
