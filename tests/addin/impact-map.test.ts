// How SROI.RESULTS reads its impactMap range: through @sroi/workbook's one
// reader, as the command line reads a sheet (a selected range is a grid like
// any sheet). Expected figures are METHOD.md's by hand or tests/core/reference.ts
// (an independent float implementation), never the engine's alone.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Evaluation } from '@sroi/core';
import { fromWorkbook } from '@sroi/workbook';
import { sroiEvaluate } from '../../addin/src/functions/excel/evaluate';
import { sroiImpact } from '../../addin/src/functions/excel/impact';
import { sroiSwitchingValue } from '../../addin/src/functions/excel/switching-value';
import { sroiTornado } from '../../addin/src/functions/excel/tornado';
import { referenceEvaluate } from '../core/reference';
import { MAP_HEADERS } from './helpers/impact-map-headers';
import { installCustomFunctionsGlobal } from './helpers/custom-functions-stand-in';

const customFunctions = installCustomFunctionsGlobal();

/** What a cell shows: the value, or the error as `{ error, message }`. */
function shown(compute: () => unknown): unknown {
  try {
    return compute();
  } catch (error) {
    if (error instanceof customFunctions.Error) return { error: error.code, message: error.message };
    throw error;
  }
}

/** SROI.RESULTS's figures by label, or the error it shows. */
function evaluateCell(...args: unknown[]): Record<string, unknown> {
  const result = shown(() => (sroiEvaluate as (...a: unknown[]) => unknown)(...args));
  if (!Array.isArray(result)) return result as Record<string, unknown>;
  return Object.fromEntries(
    (result as [string, unknown][]).map(([label, value]) => [
      label,
      value instanceof customFunctions.Error ? { error: value.code, message: value.message } : value,
    ]),
  );
}

/** Relative closeness for independent float computations. */
function expectClose(actual: unknown, expected: number, relative = 1e-12): void {
  expect(typeof actual).toBe('number');
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(Math.abs(expected) * relative);
}

const _ = ''; // an empty cell, as the grids below are written; Excel passes it as null (web) or 0 (desktop)

/**
 * The SROI Network value map as a commissioner selects it: a group row over
 * sub-headers, inputs beside the outcomes (a row with inputs only is a
 * funder), and the computed Impact column. The worked check's two outcomes,
 * inputs 30,000 + 20,000.
 */
const VALUE_MAP: unknown[][] = [
  [
    'Stakeholders',
    'Intended/unintended changes',
    'Inputs',
    _,
    'Outputs',
    'The Outcomes (what changes)',
    _,
    _,
    _,
    _,
    _,
    _,
    _,
    _,
    'Deadweight %',
    'Displacement %',
    'Attribution %',
    'Drop off %',
    'Impact',
  ],
  [
    _,
    _,
    'Description',
    'Value £',
    _,
    'Description',
    'Indicator',
    'Source',
    'Quantity',
    'Duration',
    'Outcomes start',
    'Financial proxy',
    'Value £',
    'Source',
    _,
    _,
    _,
    _,
    _,
  ],
  ['Integrated care board', _, 'Grant', 30000, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _],
  [
    'Participants',
    'Intended',
    'Volunteer time',
    20000,
    '1:1 sessions',
    'Improved wellbeing',
    'WEMWBS score',
    'Survey',
    100,
    3,
    1,
    'Illustrative value of wellbeing',
    1000,
    'HACT',
    0.2,
    0.1,
    0.25,
    0.5,
    54000,
  ],
  [
    'Participants',
    'Intended',
    _,
    _,
    'Job coaching',
    'Jobs',
    'Jobs held 6 months',
    'Records',
    10,
    4,
    2,
    'Salary gain',
    3000,
    'ONS',
    0.3,
    0,
    0.2,
    0.2,
    16800,
  ],
];

/** The same map written directly, for the independent reference. */
const VALUE_MAP_EVALUATION: Evaluation = {
  name: 'reference',
  stakeholders: [],
  inputs: [
    { description: 'Grant', amount: 30000 },
    { description: 'Volunteer time', amount: 20000 },
  ],
  outcomes: [
    {
      id: 'a',
      stakeholder: 'p',
      description: 'Improved wellbeing',
      quantity: 100,
      proxy: { value: 1000 },
      deadweight: 0.2,
      displacement: 0.1,
      attribution: 0.25,
      dropOff: 0.5,
      duration: 3,
      startYear: 1,
    },
    {
      id: 'b',
      stakeholder: 'p',
      description: 'Jobs',
      quantity: 10,
      proxy: { value: 3000 },
      deadweight: 0.3,
      displacement: 0,
      attribution: 0.2,
      dropOff: 0.2,
      duration: 4,
      startYear: 2,
    },
  ],
};

/** The grid as Excel passes it: empty cells as `empty` (null on the web, 0 in Excel desktop). */
const asPassed = (grid: readonly (readonly unknown[])[], empty: null | 0) =>
  grid.map((row) => row.map((cell) => (cell === _ ? empty : cell)));

describe('SROI.RESULTS on the SROI Network value map', () => {
  const reference = referenceEvaluate(VALUE_MAP_EVALUATION);

  it('reads the two-row header, the outcomes and the inputs beside them, as the reference computes', () => {
    const figures = evaluateCell(asPassed(VALUE_MAP, null));
    expectClose(figures['Present value'], reference.presentValue);
    expect(figures['Inputs']).toBe(50000);
    expectClose(figures['SROI ratio'], reference.ratio as number);
    expect(figures['SROI ratio']).toBeCloseTo(2.6794, 4);
    expectClose(figures['Payback (months)'], 50000 / (reference.impact / 12));
  });

  it('gives identical results whether empty cells come as null (Excel on the web) or 0 (Excel desktop)', () => {
    // A selection often runs past the map: trailing empty rows come as nulls or zeros too.
    const blankRows = [Array(19).fill(_), Array(19).fill(_)];
    const web = evaluateCell(asPassed([...VALUE_MAP, ...blankRows], null), null);
    const desktop = evaluateCell(asPassed([...VALUE_MAP, ...blankRows], 0), 0);
    expect(desktop).toEqual(web);
    expectClose(web['Present value'], reference.presentValue);
  });

  it('reads the same outcomes and inputs as the command line reads from the same grid', () => {
    const grid = asPassed(VALUE_MAP, null);
    const cli = fromWorkbook([{ name: 'Value map', cells: grid }], { defaultName: 'x' });
    expect(cli.problems).toEqual([]);
    const figures = evaluateCell(grid);
    const cliReference = referenceEvaluate(cli.evaluation as Evaluation);
    expectClose(figures['Present value'], cliReference.presentValue);
    expect(figures['Inputs']).toBe(cliReference.inputsPresentValue);
  });

  it("takes the inputs argument instead when the map's inputs are left out", () => {
    const withoutInputs = VALUE_MAP.map((row, index) =>
      index < 2 ? row : row.map((cell, column) => (column === 2 || column === 3 ? _ : cell)),
    ).filter((row) => row[0] !== 'Integrated care board');
    const figures = evaluateCell(asPassed(withoutInputs, null), 50000);
    expect(figures['Inputs']).toBe(50000);
    expectClose(figures['SROI ratio'], reference.ratio as number);
  });

  it('refuses inputs given twice, in the map and in the argument', () => {
    expect(evaluateCell(asPassed(VALUE_MAP, null), 50000)).toEqual({
      error: '#VALUE!',
      message: expect.stringMatching(
        /^impactMap already has inputs in its Value £ column( \(D\))? totalling £50,000\.00: leave the inputs argument empty/,
      ),
    });
  });

  it("uses the map's inputs when the inputs argument is an empty cell (0 in Excel desktop)", () => {
    expect(evaluateCell(asPassed(VALUE_MAP, 0), 0)['Inputs']).toBe(50000);
    expect(evaluateCell(asPassed(VALUE_MAP, null), [[null], [null]])['Inputs']).toBe(50000);
  });

  it("reads the map's inputs in SROI.SWITCHINGVALUE when its inputs argument is empty, counting rows under both header rows", () => {
    const map = asPassed(VALUE_MAP, null);
    const none = null as unknown as unknown[][]; // an empty argument, as Excel passes it
    // The two outcomes of docs/excel-functions.md's A1:J3 (0.9501 and -2671.60 there), one row lower:
    // the funder's row is row 1 under the headers.
    expect(shown(() => sroiSwitchingValue(map, none, 2, 'deadweight'))).toBeCloseTo(0.9501, 4);
    expect(shown(() => sroiSwitchingValue(map, none, 3, 'proxy'))).toBeCloseTo(-2671.6, 2);
    expect(shown(() => sroiSwitchingValue(map, none, 1, 'proxy'))).toEqual({
      error: '#VALUE!',
      message: "outcomeRow 1 holds no outcome of impactMap: it is empty, a total, a heading or a funder's inputs",
    });
  });

  it("reads the map's inputs in SROI.TORNADO too, and names outcomes by their row under both header rows", () => {
    const table = shown(() => sroiTornado(asPassed(VALUE_MAP, null), undefined)) as unknown[][];
    const rows = new Set(table.slice(1).map((row) => `${String(row[0])} ${String(row[1])}`));
    expect([...rows].sort()).toEqual(['2 Improved wellbeing', '3 Jobs', 'all All outcomes']);
  });
});

describe('SROI.RESULTS reads cells as the command line does', () => {
  const read = (grid: unknown[][]) => fromWorkbook([{ name: 'impactMap', cells: grid }], { defaultName: 'x' });

  it('reads "1,000" and "£1,200" as numbers, and "Units" as the proxy unit, not the quantity', () => {
    const grid = [
      ['Stakeholder', 'Outcome', 'Quantity', 'Units', 'Proxy value', 'Deadweight', 'Duration'],
      ['Patients', 'Fewer GP visits', '1,000', 'per visit', '£1,200', '20%', 2],
    ];
    const cli = read(grid);
    expect(cli.evaluation?.outcomes[0]).toMatchObject({ quantity: 1000, proxy: { value: 1200, unit: 'per visit' } });
    const byHand = 1000 * 1200 * 0.8 * (1 / 1.035 + 1 / 1.035 ** 2);
    const figures = evaluateCell(grid, 1000);
    expectClose(figures['Present value'], byHand);
    expectClose(
      figures['Present value'],
      referenceEvaluate({ ...(cli.evaluation as Evaluation), inputs: [] }).presentValue,
    );
  });

  it('reads a "Units" column of numbers without a Quantity column as the command line does', () => {
    const grid = [
      ['Stakeholder', 'Outcome', 'Units', 'Proxy value', 'Duration'],
      ['Patients', 'Fewer GP visits', '1,000', 1200, 2],
    ];
    const cli = read(grid);
    expect(cli.problems).toEqual([]);
    expect(cli.evaluation?.outcomes[0]?.quantity).toBe(1000);
    const figures = evaluateCell(grid, 1000);
    expectClose(figures['Present value'], 1000 * 1200 * (1 / 1.035 + 1 / 1.035 ** 2));
  });

  it('finds no impact map where the command line finds none', () => {
    const grid = [
      ['Stakeholder', 'Outcome', 'Proxy value', 'Duration'],
      ['Patients', 'Fewer GP visits', 1200, 2],
    ];
    expect(read(grid).evaluation).toBeNull();
    expect(evaluateCell(grid, 1000)).toEqual({
      error: '#VALUE!',
      message: expect.stringMatching(/^impactMap: no impact map found/),
    });
  });

  it("gives a bare 20 for a share the workbook reader's hint, in a map cell and in an argument", () => {
    const grid = [
      ['Stakeholder', 'Outcome', 'Quantity', 'Proxy value', 'Deadweight', 'Duration'],
      ['Patients', 'Wellbeing', 100, 1000, 20, 3],
    ];
    const [problem] = read(grid).problems;
    expect(problem).toMatchObject({ cell: 'E2', message: expect.stringContaining('did you mean 20%?') });
    expect(evaluateCell(grid, 1000)).toEqual({ error: '#VALUE!', message: `impactMap: E2: ${problem?.message}` });
    expect(shown(() => sroiImpact(100, 1000, 20))).toEqual({ error: '#VALUE!', message: problem?.message });
  });

  it('lists the first three problems at their cells within the range, and counts the rest', () => {
    const rows = [1, 2, 3, 4, 5].map((n) => ['A', `o${n}`, -n, 1000, 3]);
    const grid = [['Stakeholder', 'Outcome', 'Quantity', 'Proxy value', 'Duration'], ...rows];
    const problems = read(grid).problems;
    expect(problems.map((problem) => problem.cell)).toEqual(['C2', 'C3', 'C4', 'C5', 'C6']);
    expect(evaluateCell(grid, 100)).toEqual({
      error: '#VALUE!',
      message: `impactMap: ${problems
        .slice(0, 3)
        .map((problem) => `${problem.cell}: ${problem.message}`)
        .join('; ')}; and 2 more`,
    });
  });

  it('leaves its input unchanged', () => {
    const grid = asPassed(VALUE_MAP, 0);
    const copy = structuredClone(grid);
    evaluateCell(grid, 0);
    expect(grid).toEqual(copy);
  });
});

describe('docs/excel-functions.md', () => {
  const docs = readFileSync(path.join(__dirname, '../../docs/excel-functions.md'), 'utf8');
  const headers = MAP_HEADERS;

  it("shows SROI.RESULTS's message for a map with problems as it is", () => {
    const row = (changes: Record<number, unknown>) =>
      Object.assign(['Participants', 'Improved wellbeing', 100, 1000, 0.2, 0.1, 0.25, 0.5, 3], changes);
    const grid = [headers, row({ 2: -1 }), row({}), row({ 4: 20 }), row({ 8: 2.5 }), row({ 3: 'a lot' })];
    const [, message] = /^=SROI\.RESULTS\(A1:I6, 50000\)\s+→ #VALUE!\s+(.*)$/m.exec(docs) ?? [];
    expect(evaluateCell(grid, 50000)).toEqual({ error: '#VALUE!', message });
  });

  it('shows what SROI.RESULTS gives for the value map that keeps its inputs', () => {
    const figures = evaluateCell(asPassed(VALUE_MAP, null));
    expect(docs).toContain(`Present value        ${(figures['Present value'] as number).toFixed(2)}`);
    expect(docs).toContain(`SROI ratio           ${(figures['SROI ratio'] as number).toFixed(4)}`);
    expect(docs).toContain('=SROI.RESULTS(A1:S5)\n');
  });
});

describe('SROI.RESULTS says what the reader warns about, below the figures', () => {
  it('adds a Warnings row and each warning with its cell when a reduction column is missing', () => {
    // No Displacement or Drop-off column: both taken as 0%, which the spilled table must say.
    const range = [
      ['Stakeholder', 'Outcome', 'Quantity', 'Value £', 'Duration', 'Deadweight', 'Attribution'],
      ['Patients', 'Less lonely', 100, 1000, 1, 0.2, 0.25],
    ];
    const result = (sroiEvaluate as (...a: unknown[]) => unknown[][])(range, 50000);
    expect(result.slice(0, 6).map((line) => line[0])).toEqual([
      'Present value',
      'Inputs',
      'Net present value',
      'SROI ratio',
      'Net ratio',
      'Payback (months)',
    ]);
    // 100 x 1,000 x 0.8 x 0.75 = 60,000, discounted one year at 3.5%: 57,971.01.
    expectClose(result[0]?.[1], 60000 / 1.035);
    expect(result.slice(6)).toEqual([
      ['Warnings', 1],
      [
        'A1',
        'no Displacement or Drop-off column was found, so each is taken as 0% for every outcome; add the column, or name it with a column mapping if it is there under another header',
      ],
    ]);
  });

  it('adds nothing to a map read with nothing to look at', () => {
    const range = [
      ['Stakeholder', 'Outcome', 'Quantity', 'Value £', 'Duration', 'DW', 'Displacement', 'Attribution', 'Drop-off'],
      ['Patients', 'Less lonely', 100, 1000, 1, 0.2, 0, 0.25, 0],
    ];
    expect((sroiEvaluate as (...a: unknown[]) => unknown[][])(range, 50000)).toHaveLength(6);
  });
});
