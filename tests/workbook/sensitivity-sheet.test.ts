import type { Evaluation } from '@sroi/core';
import {
  FORMATS,
  fromWorkbook,
  isFormula,
  moneyFormat,
  toWorkbook,
  type CellValue,
  type SheetLayout,
  type WorkbookLayout,
} from '@sroi/workbook';
import { largeEvaluation } from '../cli/large';
import { twoOutcomes, workedCheck } from '../core/sensitivity/fixtures';
import { SCENARIOS } from './fixtures';

const MONEY = moneyFormat('GBP');
/** A share change held as a fraction of one (0.3533), shown in percentage points: "+35.33% points". */
const POINTS = '+0.00%" points";-0.00%" points";0.00%" points"';
const MULTIPLE = '"x "0.0000';

function sensitivityOf(layout: WorkbookLayout): SheetLayout {
  const sheet = layout.sheets.find((candidate) => candidate.name === 'Sensitivity');
  if (sheet === undefined) throw new Error('no Sensitivity sheet');
  return sheet;
}

/** A table of the sheet: the rows below the header row that starts with `Outcome ID` after `title`, to a blank row. */
function table(sheet: SheetLayout, title: string): { cells: CellValue[]; formats: (string | null)[] }[] {
  const start = sheet.cells.findIndex((row) => typeof row[0] === 'string' && row[0].startsWith(title));
  expect(sheet.cells[start + 1]?.[0]).toBe('Outcome ID');
  const rows: { cells: CellValue[]; formats: (string | null)[] }[] = [];
  for (let r = start + 2; r < sheet.cells.length && sheet.cells[r]?.[0] !== null; r += 1)
    rows.push({ cells: sheet.cells[r] as CellValue[], formats: sheet.numberFormats[r] as (string | null)[] });
  return rows;
}

const switching = (sheet: SheetLayout) => table(sheet, 'Switching values');
const tornado = (sheet: SheetLayout) => table(sheet, 'One-way changes');
const find = (rows: ReturnType<typeof table>, id: string, estimate: string) => {
  const row = rows.find((candidate) => candidate.cells[0] === id && candidate.cells[1] === estimate);
  if (row === undefined) throw new Error(`no row for ${id} ${estimate}`);
  return row;
};

describe('the Sensitivity sheet', () => {
  it('is written only when asked, after Results, so the add-in\u2019s sheets stay as they are', () => {
    const names = (layout: WorkbookLayout) => layout.sheets.map((sheet) => sheet.name);
    expect(names(toWorkbook(workedCheck))).not.toContain('Sensitivity');
    expect(names(toWorkbook(workedCheck, { sensitivity: true }))).toEqual([
      ...names(toWorkbook(workedCheck)),
      'Sensitivity',
    ]);
  });

  it('says at the top that its figures are values from when it was written, and how to refresh them', () => {
    const sheet = sensitivityOf(toWorkbook(workedCheck, { sensitivity: true }));
    expect(sheet.cells[0]?.[0]).toBe('Sensitivity: Worked check');
    const top = sheet.cells.slice(0, 4).map((row) => row[0]);
    expect(top).toContain('Computed by sroi when this workbook was written: these are values, not formulas.');
    expect(top).toContain(
      'They do not recalculate when the Impact Map changes: after a change, run sroi evaluate --out (or sroi sensitivity) again.',
    );
    expect(sheet.cells.flat().filter(isFormula)).toEqual([]);
  });

  // docs/sensitivity.md, "Worked check": 50,000 / 89,554.93 = 0.5583 of every linear factor, worked by hand.
  it('gives the worked check\u2019s switching values as numbers in the impact map\u2019s formats', () => {
    const rows = switching(sensitivityOf(toWorkbook(workedCheck, { sensitivity: true })));
    const quantity = find(rows, 'wellbeing', 'Quantity');
    expect(quantity.cells[2]).toBe(100);
    expect(quantity.cells[3]).toBeCloseTo(55.83, 2);
    expect([quantity.cells[4], quantity.formats[4]]).toEqual([expect.closeTo(0.5583, 4), MULTIPLE]);
    const proxy = find(rows, 'wellbeing', 'Financial proxy');
    expect([proxy.cells[2], proxy.formats[2]]).toEqual([1000, MONEY]);
    expect([proxy.cells[3], proxy.formats[3]]).toEqual([expect.closeTo(558.32, 2), MONEY]);
    const deadweight = find(rows, 'wellbeing', 'Deadweight');
    expect([deadweight.cells[2], deadweight.formats[2]]).toEqual([0.2, '0.00%']);
    expect([deadweight.cells[3], deadweight.formats[3]]).toEqual([expect.closeTo(0.5533, 4), '0.00%']);
    // A share change in the share's own unit, a fraction: 0.8 - 0.8 x 0.5583 = 0.3533 (20% to 55.33%).
    expect([deadweight.cells[4], deadweight.formats[4]]).toEqual([expect.closeTo(0.3533, 4), POINTS]);
    expect(find(rows, 'wellbeing', 'Displacement').cells[3]).toBeCloseTo(0.4975, 4);
    expect(find(rows, 'wellbeing', 'Attribution').cells[3]).toBeCloseTo(0.5813, 4);
  });

  it('gives the reason in words where an estimate has no switching value, never a blank', () => {
    const rows = switching(sensitivityOf(toWorkbook(workedCheck, { sensitivity: true })));
    expect(find(rows, 'wellbeing', 'Drop-off').cells.slice(3, 6)).toEqual([
      'none',
      'none',
      'even 100% drop-off leaves the ratio at 1.04 : 1, above the target 1.00 : 1',
    ]);
    expect(find(rows, 'wellbeing', 'Duration').cells.slice(3, 6)).toEqual([
      'none',
      'none',
      'even a duration of 1 year leaves the ratio at 1.04 : 1, above the target 1.00 : 1',
    ]);
  });

  // docs/sensitivity.md, "Two outcomes": ratio 2.68 : 1; jobs would need a proxy of -£2,671.60.
  it('keeps a price that would have to turn negative as the number it is, with a note that no price tips the result', () => {
    const rows = switching(sensitivityOf(toWorkbook(twoOutcomes, { sensitivity: true })));
    const proxy = find(rows, 'jobs', 'Financial proxy');
    expect([proxy.cells[3], proxy.formats[3]]).toEqual([expect.closeTo(-2671.6, 2), MONEY]);
    expect(proxy.cells[4]).toBeCloseTo(-0.8905, 4);
    expect(proxy.cells[5]).toBe(
      'None in practice: no price tips the result, as this proxy would have to change sign (turning a benefit into a cost); even at £0, the other outcomes keep the ratio above 1.00 : 1',
    );
    expect(find(rows, 'jobs', 'Quantity').cells[5]).toBe(
      'even a quantity of 0 leaves the ratio at 1.79 : 1, above the target 1.00 : 1: the other outcomes alone exceed it',
    );
    const together = find(rows, 'All outcomes', 'Quantity');
    expect(together.cells[4]).toBeCloseTo(0.3732, 4);
    expect(together.cells[5]).toBeNull();
    expect(find(rows, 'All outcomes', 'Deadweight').cells[4]).toBeCloseTo(0.4788, 4);
  });

  // docs/sensitivity.md, "One-way changes: the tornado", two outcomes at 10%.
  it('lists the tornado largest swing first, with the ratio at each end', () => {
    const rows = tornado(sensitivityOf(toWorkbook(twoOutcomes, { sensitivity: true })));
    expect(rows.slice(0, 9).map((row) => `${row.cells[0] as string} ${row.cells[1] as string}`)).toEqual([
      'All outcomes Deadweight',
      'All outcomes Attribution',
      'All outcomes Drop-off',
      'All outcomes Duration',
      'All outcomes Quantity',
      'All outcomes Financial proxy',
      'All outcomes Displacement',
      'wellbeing Attribution',
      'wellbeing Deadweight',
    ]);
    const all = rows[0] as ReturnType<typeof table>[number];
    expect(all.cells.slice(3)).toEqual([
      -0.1,
      expect.closeTo(3.03, 2),
      0.1,
      expect.closeTo(2.33, 2),
      expect.closeTo(0.7, 2),
    ]);
    expect(all.formats.slice(3)).toEqual([POINTS, FORMATS.ratio, POINTS, FORMATS.ratio, '0.00']);
    const attribution = find(rows, 'wellbeing', 'Attribution');
    expect(attribution.cells.slice(2)).toEqual([
      0.25,
      expect.closeTo(0.15, 12),
      expect.closeTo(2.92, 2),
      expect.closeTo(0.35, 12),
      expect.closeTo(2.44, 2),
      expect.closeTo(0.48, 2),
    ]);
    expect(find(rows, 'All outcomes', 'Quantity').cells.slice(3, 6)).toEqual([0.9, expect.closeTo(2.41, 2), 1.1]);
    expect(find(rows, 'All outcomes', 'Duration').cells[3]).toBe('each -10%, at least 1 year');
    expect(find(rows, 'jobs', 'Displacement').cells.slice(2, 6)).toEqual([0, 0, expect.closeTo(2.68, 2), 0.1]);
  });

  it('keeps the 100 largest swings of a long tornado and says how many were left out, with every switching value', () => {
    // 20 outcomes: 7 estimates of each and of all together, 147 rows.
    const sheet = sensitivityOf(toWorkbook(largeEvaluation(20), { sensitivity: true }));
    expect(switching(sheet)).toHaveLength(147);
    const rows = tornado(sheet);
    expect(rows).toHaveLength(101);
    expect(rows[100]?.cells[0]).toBe('The 100 largest swings of 147; sroi sensitivity --top 147 lists them all.');
    const swings = rows.slice(0, 100).map((row) => row.cells[7] as number);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
  });

  it('says once that there are no switching values without inputs, and shows present values in the tornado', () => {
    const sheet = sensitivityOf(toWorkbook(SCENARIOS['no-inputs'] as Evaluation, { sensitivity: true }));
    const start = sheet.cells.findIndex((row) => row[0] === 'Outcome ID');
    expect(sheet.cells[start + 1]?.[0]).toBe(
      'None: the inputs total nothing, so there is no ratio to move; add what each stakeholder invests',
    );
    expect(sheet.cells[start + 2]?.[0]).toBeNull();
    const header = sheet.cells.find((row, r) => r > start && row[0] === 'Outcome ID');
    expect(header?.slice(3)).toEqual(['Low', 'Present value at low', 'High', 'Present value at high', 'Swing']);
    const first = tornado(sheet)[0];
    expect([first?.formats[4], first?.formats[7]]).toEqual([MONEY, MONEY]);
  });

  it('writes outcome IDs that look like formulas as text', () => {
    const evaluation = SCENARIOS['formula-like-text'] as Evaluation;
    const sheet = sensitivityOf(toWorkbook(evaluation, { sensitivity: true }));
    const ids = new Set(evaluation.outcomes.map((outcome) => outcome.id));
    const written = switching(sheet).filter((row) => ids.has(row.cells[0] as string));
    expect(written.length).toBe(ids.size * 7);
    for (const row of written) expect(row.formats[0]).toBe(FORMATS.text);
  });

  it('leaves the reader to find the same evaluation: the sheet is not taken for a table of the map', () => {
    const grids = (layout: WorkbookLayout) => layout.sheets.map((sheet) => ({ name: sheet.name, cells: sheet.cells }));
    const read = fromWorkbook(grids(toWorkbook(twoOutcomes, { sensitivity: true })));
    expect(read.problems).toEqual([]);
    expect(read.evaluation).toStrictEqual(twoOutcomes);
    expect(read.warnings).toEqual(fromWorkbook(grids(toWorkbook(twoOutcomes))).warnings);
  });

  it('refuses another sheet named Sensitivity, naming which', () => {
    expect(() => toWorkbook(workedCheck, { sensitivity: true, sheetNames: { results: 'sensitivity' } })).toThrow(
      new RangeError(
        'sheetNames.results: "sensitivity" is the Sensitivity sheet\'s name; Excel needs every sheet\'s name to differ, ignoring case',
      ),
    );
  });
});
