import { evaluate, findProblems, toJSON } from '@sroi/core';
import {
  fromWorkbook,
  isFormula,
  TEMPLATE_EXAMPLE,
  TEMPLATE_ROWS,
  templateWorkbook,
  toWorkbook,
  type SheetLayout,
  type WorkbookLayout,
} from '@sroi/workbook';
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

describe('a workbook with prepared rows (the template)', () => {
  const template = templateWorkbook();
  const sheet = (name: string) => template.sheets.find((s) => s.name === name) as SheetLayout;
  /** The 0-based row whose first cell says "Total". */
  const totalRow = (name: string) => sheet(name).cells.findIndex((row, r) => r > 1 && row[0] === 'Total');

  it.each(Object.entries(SCENARIOS))(
    'gives back the identical %s evaluation when written with prepared rows',
    (_, evaluation) => {
      const read = fromWorkbook(grids(toWorkbook(evaluation, { spareRows: 3 })));
      expect(read.problems).toEqual([]);
      expect(read.evaluation).toStrictEqual(evaluation);
    },
  );

  it('reads back as its example: prepared rows and Total rows are not data', () => {
    const read = fromWorkbook(grids(template));
    expect(read.problems).toEqual([]);
    expect(read.evaluation).toStrictEqual(TEMPLATE_EXAMPLE);
  });

  it('has prepared rows on the Stakeholders, Inputs and Impact Map sheets, above a Total row', () => {
    expect(totalRow('Stakeholders')).toBe(2 + TEMPLATE_EXAMPLE.stakeholders.length + TEMPLATE_ROWS);
    expect(totalRow('Inputs')).toBe(2 + TEMPLATE_EXAMPLE.inputs.length + TEMPLATE_ROWS);
    expect(totalRow('Impact Map')).toBe(2 + TEMPLATE_EXAMPLE.outcomes.length + TEMPLATE_ROWS);
  });

  it('formats the prepared rows as the example rows, with their formulas ready and their input validated', () => {
    const inputs = sheet('Inputs');
    const last = totalRow('Inputs') - 1;
    expect(inputs.numberFormats[last]?.slice(0, 6)).toEqual(inputs.numberFormats[2]?.slice(0, 6));
    expect(inputs.cells[last]?.slice(0, 4)).toEqual([null, null, null, null]);
    expect(inputs.cells[last]?.slice(4).every(isFormula)).toBe(true);
    // Amount and Year are validated from the first row to below the Total row, prepared rows included.
    for (const validation of inputs.validations) {
      const [, column, first, through] = /^([A-Z]+)(\d+):\1(\d+)$/.exec(validation.range) ?? [];
      expect([column, Number(first), Number(through) > last + 1]).toEqual([column, 3, true]);
    }
    expect(inputs.validations.map((v) => v.range[0])).toEqual(['C', 'D']);
    const stakeholders = sheet('Stakeholders');
    expect(stakeholders.numberFormats[totalRow('Stakeholders') - 1]?.slice(0, 2)).toEqual(['@', '@']);
  });

  it('has a row per Stakeholders row, prepared rows too, and every domain on the Results sheet', () => {
    const results = sheet('Results').cells;
    const start = results.findIndex((row) => row[0] === 'Value by stakeholder');
    const end = results.findIndex((row) => row[0] === 'Value by domain');
    expect(end - start - 2).toBe(TEMPLATE_EXAMPLE.stakeholders.length + TEMPLATE_ROWS);
    expect(results.slice(end + 1, end + 5).map((row) => row[0])).toEqual([
      'economic',
      'social',
      'environmental',
      'unassigned',
    ]);
  });
});
