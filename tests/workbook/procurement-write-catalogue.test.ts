import { SroiValidationError } from '@sroi/core';
import { catalogueWorkbook, INDEX_COLUMNS, INDEX_ROWS, MEASURE_COLUMNS } from '@sroi/workbook';
import { catalogue, cellAt, deflator, formulaAt, resultAt, sheetOf } from './procurement-write-fixtures';

const priced = { ...catalogue, measures: catalogue.measures.filter((measure) => measure.code !== 'OLD-1') };

describe('catalogueWorkbook', () => {
  it('writes the catalogue\u2019s columns as given, in MEASURE_COLUMNS order, without a price base', () => {
    const layout = catalogueWorkbook(catalogue);
    expect(layout.sheets.map((sheet) => sheet.name)).toEqual(['Measures']);
    const measures = sheetOf(layout, 'Measures');
    expect(measures.cells[0]?.[0]).toBe('Measures: Anytown social value framework');
    expect(measures.cells[1]).toEqual(MEASURE_COLUMNS.map((column) => column.header));
    expect(measures.cells[2]).toEqual([
      'EMP-1',
      'economic',
      'Theme',
      'Outcome of EMP-1',
      'Local people employed on the contract',
      'person-year',
      1000,
      2020,
      'Illustrative',
      null,
      null,
      null,
    ]);
    expect(measures.table).toEqual({ range: 'A2:L7', name: 'Measures' });
  });

  it('adds the proxy in the price base as a live formula over a Price Index sheet', () => {
    const layout = catalogueWorkbook(priced, { year: 2025, index: deflator });
    expect(layout.sheets.map((sheet) => sheet.name)).toEqual(['Measures', 'Price Index']);
    const measures = sheetOf(layout, 'Measures');
    expect(measures.cells[1]?.[12]).toBe('Proxy in 2025 prices');
    expect(formulaAt(measures, 'M3')).toBe(
      "IF($H3=2025,$G3,$G3*INDEX('Price Index'!$B$5:$B$7,MATCH(2025,'Price Index'!$A$5:$A$7,0))/INDEX('Price Index'!$B$5:$B$7,MATCH($H3,'Price Index'!$A$5:$A$7,0)))",
    );
    // 1,000 in 2020 prices x 100 / 80.
    expect(resultAt(measures, 'M3')).toBe(1250);
    expect(measures.table).toEqual({ range: 'A2:M6', name: 'Measures' });
  });

  it('writes the index\u2019s labelled rows above its Year/Index table', () => {
    const index = sheetOf(catalogueWorkbook(priced, { year: 2025, index: deflator }), 'Price Index');
    expect(index.cells).toEqual([
      [INDEX_ROWS[0].label, 'GDP deflator (illustrative)'],
      [INDEX_ROWS[1].label, 'Made up for the tests'],
      [null, null],
      INDEX_COLUMNS.map((column) => column.header),
      [2020, 80],
      [2022, 90],
      [2025, 100],
    ]);
    expect(index.table).toEqual({ range: 'A4:B7', name: 'PriceIndex' });
  });

  it('uses the proxy itself in the price base year, and #N/A for another year, when there is no index', () => {
    const sameYear = { ...catalogue, measures: catalogue.measures.filter((measure) => measure.priceYear === 2025) };
    const measures = sheetOf(catalogueWorkbook(sameYear, { year: 2025 }), 'Measures');
    expect(formulaAt(measures, 'M3')).toBe('IF($H3=2025,$G3,NA())');
    expect(resultAt(measures, 'M3')).toBe(300);
  });

  it('refuses a price base the index cannot reach, naming the measure', () => {
    expect(() => catalogueWorkbook(catalogue, { year: 2025, index: deflator })).toThrow(SroiValidationError);
    expect(() => catalogueWorkbook(catalogue, { year: 2025, index: deflator })).toThrow(/measures\[4\]\.priceYear/);
  });

  it('refuses an invalid catalogue with every problem', () => {
    const bad = {
      ...catalogue,
      measures: [{ ...catalogue.measures[0]!, domain: 'cultural' as 'social', proxy: 'lots' }],
    };
    expect(() => catalogueWorkbook(bad)).toThrow(/measures\[0\]\.domain[\s\S]*measures\[0\]\.proxy/);
  });

  it('keeps the catalogue\u2019s codes and descriptions as text in the Text format', () => {
    const measures = sheetOf(catalogueWorkbook(catalogue), 'Measures');
    expect(cellAt(measures, 'A3')).toBe('EMP-1');
    expect(measures.numberFormats[2]?.slice(0, 6)).toEqual(['@', '@', '@', '@', '@', '@']);
  });
});
