import {
  fromWorkbook,
  isFormula,
  rangesFromSheets,
  rangesSheet,
  showsPercent,
  templateWorkbook,
  toWorkbook,
  TEMPLATE_EXAMPLE,
  TEMPLATE_ROWS,
  TEMPLATE_YEARS,
  type SheetGrid,
  type SheetLayout,
} from '@sroi/workbook';
import { cellAddress } from '@sroi/workbook';

/** A written sheet as a reader gets it from an .xlsx: values, and the cells shown as %. */
function asRead(sheet: SheetLayout): SheetGrid {
  const percentCells: string[] = [];
  sheet.numberFormats.forEach((row, r) =>
    row.forEach((format, c) => format !== null && showsPercent(format) && percentCells.push(cellAddress(r, c))),
  );
  return {
    name: sheet.name,
    cells: sheet.cells.map((row) => row.map((cell) => (isFormula(cell) ? cell.result : cell))),
    percentCells,
  };
}

const HEADER = ['Outcome', 'Estimate', 'Distribution', 'Low', 'Most likely', 'High', 'Standard deviation'];

describe('the Ranges sheet', () => {
  it("is the template's last sheet, with the defaults written out and lists for Estimate and Distribution", () => {
    const template = templateWorkbook();
    const ranges = template.sheets.at(-1) as SheetLayout;
    expect(ranges.name).toBe('Ranges');
    expect(ranges.cells[4]).toEqual(HEADER);
    expect(ranges.cells.slice(5)).toEqual([
      ['All outcomes', 'Quantity', 'Triangular', -0.2, 0, 0.2, null],
      ['All outcomes', 'Financial proxy', 'Triangular', -0.2, 0, 0.2, null],
      ['All outcomes', 'Deadweight', 'Triangular', -0.1, 0, 0.1, null],
      ['All outcomes', 'Displacement', 'Triangular', -0.1, 0, 0.1, null],
      ['All outcomes', 'Attribution', 'Triangular', -0.1, 0, 0.1, null],
      ['All outcomes', 'Drop-off', 'Triangular', -0.1, 0, 0.1, null],
      ['All outcomes', 'Duration', 'Fixed', null, null, null, null],
    ]);
    expect(ranges.numberFormats[5]?.slice(3)).toEqual(['0.0%', '0.0%', '0.0%', null]);
    expect(ranges.validations).toEqual([
      expect.objectContaining({
        range: 'B6:B42',
        type: 'list',
        values: ['Quantity', 'Financial proxy', 'Deadweight', 'Displacement', 'Attribution', 'Drop-off', 'Duration'],
      }),
      expect.objectContaining({
        range: 'C6:C42',
        type: 'list',
        values: ['Triangular', 'Uniform', 'PERT', 'Normal', 'Fixed'],
      }),
    ]);
    // The header note says a share's change is in percentage points written as %.
    expect(ranges.cells[1]?.[0]).toContain('a change in percentage points, written as %: -10% takes 25% to 15%');
    expect(rangesFromSheets(template.sheets.map(asRead)).value).toEqual({
      distributions: {
        quantity: { type: 'triangular', min: -0.2, mode: 0, max: 0.2 },
        proxy: { type: 'triangular', min: -0.2, mode: 0, max: 0.2 },
        deadweight: { type: 'triangular', min: -0.1, mode: 0, max: 0.1 },
        displacement: { type: 'triangular', min: -0.1, mode: 0, max: 0.1 },
        attribution: { type: 'triangular', min: -0.1, mode: 0, max: 0.1 },
        dropOff: { type: 'triangular', min: -0.1, mode: 0, max: 0.1 },
        duration: { type: 'fixed' },
      },
      byOutcome: {},
    });
  });

  it('leaves the impact map read from the template as it was, with no new warning', () => {
    const without = toWorkbook(TEMPLATE_EXAMPLE, { spareRows: TEMPLATE_ROWS, minYears: TEMPLATE_YEARS });
    const read = fromWorkbook(templateWorkbook().sheets.map(asRead));
    const before = fromWorkbook(without.sheets.map(asRead));
    expect(read.evaluation).toEqual(before.evaluation);
    expect(read.warnings).toEqual(before.warnings);
    expect(read.problems).toEqual([]);
  });

  it('writes per-outcome ranges below every outcome’s, and reads them back', () => {
    const ranges = {
      distributions: { proxy: { type: 'pert', min: -0.3, mode: -0.05, max: 0.1 } },
      byOutcome: {
        'GP-1': { quantity: { type: 'normal', mean: 0.05, sd: 0.1 }, duration: { type: 'uniform', min: -1, max: 2 } },
      },
    } as const;
    const sheet = rangesSheet(ranges);
    expect(sheet.cells.slice(12)).toEqual([
      ['GP-1', 'Quantity', 'Normal', null, 0.05, null, 0.1],
      ['GP-1', 'Duration', 'Uniform', -1, null, 2, null],
    ]);
    const read = rangesFromSheets([asRead(sheet)], { outcomes: ['GP-1'] });
    expect(read.problems).toEqual([]);
    expect(read.value?.byOutcome).toEqual(ranges.byOutcome);
    expect(read.value?.distributions.proxy).toEqual(ranges.distributions.proxy);
  });

  it('reads changes as shown: typed "-20%" and -0.2 shown as % alike; "Proxy value" and "DW" name estimates as on the impact map', () => {
    const read = rangesFromSheets([
      {
        name: 'Monte Carlo',
        cells: [
          HEADER,
          ['', 'Proxy value', 'triangle', '-20%', -0.05, '+10 %'],
          ['all', 'DW', 'Uniform', '-2.5%', null, 0.025],
        ],
        percentCells: ['E2', 'F3'],
      },
    ]);
    expect(read.problems).toEqual([]);
    expect(read.value).toEqual({
      distributions: {
        proxy: { type: 'triangular', min: -0.2, mode: -0.05, max: 0.1 },
        deadweight: { type: 'uniform', min: -0.025, max: 0.025 },
      },
      byOutcome: {},
    });
  });

  it('refuses what it cannot read, every cell at once, saying what is valid', () => {
    const read = rangesFromSheets(
      [
        {
          name: 'Ranges',
          cells: [
            HEADER,
            ['All outcomes', 'Quantity', 'Triangular', -20, null, 0.2],
            ['GP-9', 'Deadweight', 'Fixed'],
            [null, 'Duration', 'Uniform', '10%', null, 2],
            [null, 'Drop-off', 'Lognormal', '-10%', null, '10%'],
            [null, null, 'Fixed'],
            ['GP-1', 'Attribution', 'Fixed', null, null, null, '5%'],
            ['GP-1', 'Attribution', 'Fixed'],
          ],
        },
      ],
      { outcomes: ['GP-1', 'GP-2'] },
    );
    expect(read.value).toBeNull();
    expect(read.problems.map((p) => `${p.sheet}!${p.cell}: ${p.message}`)).toEqual([
      'Ranges!D2: Low for Quantity is -20 with no %: did you mean -20%? Write it with %, or format the cell as %; a change in %, e.g. -20% for 20% less',
      'Ranges!F2: High for Quantity is 0.2 with no %: did you mean 20% or 0.2%? Write it with %, or format the cell as %; a change in %, e.g. -20% for 20% less',
      'Ranges!A3: outcome "GP-9" is not in the impact map; its Outcome IDs are "GP-1", "GP-2", or write All outcomes',
      'Ranges!D4: Low for Duration must be whole years, e.g. -1 or 2, without %; got "10%"',
      'Ranges!C5: Distribution must be one of Triangular, Uniform, PERT, Normal, Fixed; got "Lognormal"',
      'Ranges!B6: give the Estimate this row varies: Quantity, Financial proxy, Deadweight, Displacement, Attribution, Drop-off, Duration',
      'Ranges!G7: Fixed takes no values (the estimate stays at its base), not Standard deviation; clear this cell or choose another distribution',
      'Ranges!B8: Attribution for outcome "GP-1" is given twice (first at Ranges!B7); keep one row',
    ]);
    // Core's checks see the rows that could be read, so its problems come with these.
    expect(read.readable).toEqual({ distributions: {}, byOutcome: {} });
    expect(read.where('distributions.dropOff.min')).toBe('Ranges!D5');
  });

  it('finds no ranges in a workbook without a ranges table', () => {
    const read = rangesFromSheets(toWorkbook(TEMPLATE_EXAMPLE).sheets.map(asRead));
    expect(read.found).toBe(false);
    expect(read.problems).toEqual([]);
  });
});
