import { evaluate, findProblems, toJSON } from '@sroi/core';
import { fromWorkbook, toWorkbook, type WorkbookLayout } from '@sroi/workbook';
import { readXlsx, xlsxBytes } from '@sroi/cli';
import { SCENARIOS } from './fixtures';

/** The sheets as a reader receives them from Office.js: values, formulas with their results. */
const grids = (layout: WorkbookLayout) => layout.sheets.map((sheet) => ({ name: sheet.name, cells: sheet.cells }));

describe('evaluation -> workbook -> evaluation', () => {
  it.each(Object.keys(SCENARIOS))('the %s fixture is a valid evaluation', (name) => {
    expect(findProblems(SCENARIOS[name])).toEqual([]);
  });

  it.each(Object.entries(SCENARIOS))('gives back the identical %s evaluation from the cell arrays', (_, evaluation) => {
    const read = fromWorkbook(grids(toWorkbook(evaluation)));
    expect(read.problems).toEqual([]);
    expect(read.evaluation).toStrictEqual(evaluation);
  });

  it.each(Object.entries(SCENARIOS))(
    'gives back the identical %s evaluation through an .xlsx file (exceljs)',
    async (_, evaluation) => {
      const bytes = await xlsxBytes(toWorkbook(evaluation));
      const read = fromWorkbook(await readXlsx(bytes, 'round-trip.xlsx'));
      expect(read.problems).toEqual([]);
      expect(read.evaluation).toStrictEqual(evaluation);
      expect(toJSON(evaluate(read.evaluation ?? evaluation))).toEqual(toJSON(evaluate(evaluation)));
    },
  );

  it('leaves the evaluation it writes unchanged', () => {
    const evaluation = SCENARIOS['quantity-by-year'];
    const before = JSON.stringify(evaluation);
    toWorkbook(evaluation!);
    expect(JSON.stringify(evaluation)).toBe(before);
  });
});
