// A template filled in as a commissioner would, in its prepared rows, then
// recalculated by LibreOffice and saved: the Results sheet must say what
// `sroi evaluate` says about the saved file, to the penny; and what is typed
// below the prepared rows must be flagged by the Results sheet's checks.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, type Evaluation, type EvaluationResult } from '@sroi/core';
import {
  fromWorkbook,
  TEMPLATE_EXAMPLE,
  TEMPLATE_ROWS,
  templateWorkbook,
  type SheetGrid,
  type WorkbookLayout,
} from '@sroi/workbook';
import ExcelJS from 'exceljs';
import { readXlsx, writeXlsx } from '@sroi/cli';
import { referenceEvaluate } from '../core/reference';
import { recalculateToXlsx, sofficeOrSkip } from './soffice';
import { nextEmptyRow, totalRow, typeRow } from './typing';

/** Stored in every formula cell before LibreOffice opens the file: any cell still showing it was not recalculated. */
const WRONG = -987654.321;

const soffice = sofficeOrSkip();
const describeWithLibreOffice = soffice === null ? describe.skip : describe;

/** What the commissioner types: a third stakeholder, a second input, an economic outcome, one starting in year 2. */
const EMPLOYERS = { ID: 'employers', Name: 'Local employers' };
const STAFF_TIME = { Stakeholder: 'employers', Description: 'Staff time seconded (in kind)', Amount: 12000, Year: 1 };
const JOBS = {
  // By name, as the Impact Map's prompt allows: the reader and the table by stakeholder both match it.
  Stakeholder: 'Local employers',
  'Outcome ID': 'jobs',
  Outcome: 'People into work',
  Domain: 'economic',
  Quantity: 10,
  Duration: 4,
  'Proxy value': 3000,
  Deadweight: 0.3,
  Attribution: 0.2,
  'Drop-off': 0.2,
};
const CONFIDENCE = {
  Stakeholder: 'participants',
  'Outcome ID': 'confidence',
  Outcome: 'More confident, from the year after',
  Quantity: 40,
  Duration: 2,
  'Start year': 2,
  'Proxy value': 500,
  Deadweight: 0.1,
  'Drop-off': 0.25,
};

/** The same evaluation written by hand, for the independent float reference. */
const TYPED: Evaluation = {
  ...TEMPLATE_EXAMPLE,
  stakeholders: [...TEMPLATE_EXAMPLE.stakeholders, { id: 'employers', name: 'Local employers' }],
  inputs: [
    ...TEMPLATE_EXAMPLE.inputs,
    { stakeholder: 'employers', description: STAFF_TIME.Description, amount: 12000, year: 1 },
  ],
  outcomes: [
    ...TEMPLATE_EXAMPLE.outcomes,
    {
      id: 'jobs',
      stakeholder: 'employers',
      description: JOBS.Outcome,
      domain: 'economic',
      quantity: 10,
      duration: 4,
      proxy: { value: 3000 },
      deadweight: 0.3,
      attribution: 0.2,
      dropOff: 0.2,
    },
    {
      id: 'confidence',
      stakeholder: 'participants',
      description: CONFIDENCE.Outcome,
      quantity: 40,
      duration: 2,
      startYear: 2,
      proxy: { value: 500 },
      deadweight: 0.1,
      dropOff: 0.25,
    },
  ],
};

/** Types one row into the next empty prepared row of a sheet, checking that it is above the Total row. */
function typeInPreparedRow(layout: WorkbookLayout, sheet: string, values: Record<string, string | number>) {
  const row = nextEmptyRow(layout, sheet);
  expect(row).toBeLessThan(totalRow(layout, sheet));
  return typeRow(layout, sheet, row, values);
}

function filledTemplate(): WorkbookLayout {
  let layout = templateWorkbook();
  layout = typeInPreparedRow(layout, 'Stakeholders', EMPLOYERS);
  layout = typeInPreparedRow(layout, 'Inputs', STAFF_TIME);
  layout = typeInPreparedRow(layout, 'Impact Map', JOBS);
  return typeInPreparedRow(layout, 'Impact Map', CONFIDENCE);
}

/** The template with a row typed just below the Total row of each table. */
function typedBelowTheTotalRows(): WorkbookLayout {
  let layout = templateWorkbook();
  layout = typeRow(layout, 'Stakeholders', totalRow(layout, 'Stakeholders') + 1, EMPLOYERS);
  layout = typeRow(layout, 'Inputs', totalRow(layout, 'Inputs') + 1, STAFF_TIME);
  return typeRow(layout, 'Impact Map', totalRow(layout, 'Impact Map') + 1, { ...JOBS, Stakeholder: 'participants' });
}

/** The template with an outcome typed in a prepared row but no stakeholder. */
function outcomeWithoutStakeholder(): WorkbookLayout {
  const layout = templateWorkbook();
  return typeRow(layout, 'Impact Map', nextEmptyRow(layout, 'Impact Map'), { ...JOBS, Stakeholder: '' });
}

const LAYOUTS: Record<string, () => WorkbookLayout> = {
  filled: filledTemplate,
  below: typedBelowTheTotalRows,
  'no-stakeholder': outcomeWithoutStakeholder,
};

/**
 * The Results sheet as LibreOffice saved it: each cell's value, a formula's
 * saved result ("" when it saved none). Read with exceljs's cell.result, which
 * keeps a result of 0 (its row.values drop it).
 */
async function resultsOf(bytes: Uint8Array): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Results');
  const rows: unknown[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row, number) => {
    const values: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      values[column - 1] = cell.type === ExcelJS.ValueType.Formula ? (cell.result ?? '') : (cell.value ?? '');
    });
    rows[number - 1] = Array.from(values, (value) => value ?? '');
  });
  return Array.from(rows, (row) => row ?? []);
}

/** The value beside a label in column A. */
function beside(results: readonly unknown[][], label: string, column = 1): unknown {
  const row = results.find((cells) => cells[0] === label);
  if (row === undefined) throw new Error(`the Results sheet has no row "${label}"`);
  return row[column];
}

/** The rows of the table by stakeholder: from its heading to the blank row before the table by domain. */
function stakeholderRows(results: readonly unknown[][]): unknown[][] {
  const start = results.findIndex((cells) => cells[0] === 'Value by stakeholder');
  const end = results.findIndex((cells) => cells[0] === 'Value by domain');
  return results.slice(start + 1, end - 1);
}

/** Money to the penny; ratios, shares and months (small figures) to 1e-9. */
function expectAgrees(got: unknown, expected: number | string, what: string): void {
  if (typeof expected === 'string') {
    expect({ what, got }).toEqual({ what, got: expected });
    return;
  }
  expect(typeof got).toBe('number');
  const tolerance = Math.abs(expected) < 100 ? 1e-9 : 0.005;
  if (Math.abs((got as number) - expected) > tolerance) {
    throw new Error(`${what}: LibreOffice ${String(got)}, sroi evaluate ${expected}`);
  }
}

const figure = (value: { toNumber(): number } | null) => (value === null ? 'n/a' : value.toNumber());

describeWithLibreOffice('a template filled in by a user, recalculated by LibreOffice', () => {
  const directory = mkdtempSync(join(tmpdir(), 'sroi-filled-'));
  /** Each saved file's sheets, as `sroi evaluate` reads them, and its Results sheet's values. */
  const saved = new Map<string, SheetGrid[]>();
  const results = new Map<string, unknown[][]>();

  beforeAll(async () => {
    const files: string[] = [];
    for (const [name, layout] of Object.entries(LAYOUTS)) {
      const file = join(directory, `${name}.xlsx`);
      await writeXlsx(layout(), file, { cachedResult: () => WRONG });
      files.push(file);
    }
    recalculateToXlsx(soffice as string, files, join(directory, 'out'), join(directory, 'profile'));
    for (const name of Object.keys(LAYOUTS)) {
      const file = join(directory, 'out', `${name}.xlsx`);
      const bytes = readFileSync(file);
      saved.set(name, await readXlsx(bytes, file));
      results.set(name, await resultsOf(bytes));
    }
  });

  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  /** What `sroi evaluate` reports for a saved file. */
  function engineOf(name: string): { evaluation: Evaluation; result: EvaluationResult } {
    const read = fromWorkbook(saved.get(name) ?? []);
    expect(read.problems).toEqual([]);
    const evaluation = read.evaluation as Evaluation;
    return { evaluation, result: evaluate(evaluation) };
  }

  it('reads back every row typed into the prepared rows', () => {
    const { evaluation } = engineOf('filled');
    expect(evaluation.stakeholders.map((s) => s.id)).toEqual(['participants', 'commissioner', 'employers']);
    expect(evaluation.inputs.map((i) => [i.stakeholder, i.amount, i.year])).toEqual([
      ['commissioner', 50000, 0],
      ['employers', 12000, 1],
    ]);
    expect(evaluation.outcomes.map((o) => [o.id, o.stakeholder, o.domain, o.startYear])).toEqual([
      ['wellbeing', 'participants', 'social', 1],
      ['jobs', 'employers', 'economic', undefined],
      ['confidence', 'participants', undefined, 2],
    ]);
  });

  it('shows the figures sroi evaluate gives for the saved file, to the penny, and the float reference ratio', () => {
    const values = results.get('filled') ?? [];
    expect(values.flat()).not.toContain(WRONG);
    const { result } = engineOf('filled');
    const figures: [string, number | string][] = [
      ['Present value', figure(result.presentValue)],
      ['Inputs (present value)', figure(result.inputsPresentValue)],
      ['Net present value', figure(result.netPresentValue)],
      ['SROI ratio', figure(result.ratio)],
      ['Net ratio', figure(result.netRatio)],
      ['Total impact', figure(result.impact)],
      ['Payback (months)', figure(result.paybackMonths)],
      ['Discounted payback (months)', figure(result.discountedPaybackMonths)],
    ];
    for (const [label, expected] of figures) expectAgrees(beside(values, label), expected, label);
    // The second input (12,000 in year 1) is counted: 50,000 + 12,000 / 1.035.
    expect(beside(values, 'Inputs (present value)')).toBeCloseTo(50000 + 12000 / 1.035, 6);
    // The independent float reference, from the values as typed.
    const reference = referenceEvaluate(TYPED);
    expectAgrees(beside(values, 'Present value'), reference.presentValue, 'reference present value');
    expect(beside(values, 'SROI ratio')).toBeCloseTo(reference.ratio as number, 9);
  });

  it('has a row for the new stakeholder in the table by stakeholder, and blank prepared rows after it', () => {
    const values = results.get('filled') ?? [];
    const { result } = engineOf('filled');
    const rows = stakeholderRows(values);
    // The template's two stakeholders and its prepared rows, one of which now holds the third.
    expect(rows).toHaveLength(2 + TEMPLATE_ROWS);
    result.stakeholders.forEach((stakeholder, index) => {
      const [name, presentValue, share, inputs] = rows[index] ?? [];
      expect(name).toBe(stakeholder.name);
      expectAgrees(presentValue, figure(stakeholder.presentValue), `${stakeholder.id} present value`);
      expectAgrees(share, figure(stakeholder.share), `${stakeholder.id} share`);
      expectAgrees(inputs, figure(stakeholder.inputsPresentValue), `${stakeholder.id} inputs`);
    });
    for (const row of rows.slice(result.stakeholders.length)) expect(row.slice(0, 4).join('')).toBe('');
  });

  it('has all four domains in the table by domain, with the new economic and unassigned outcomes', () => {
    const values = results.get('filled') ?? [];
    const { result } = engineOf('filled');
    for (const domain of ['economic', 'social', 'environmental', 'unassigned'] as const) {
      const engine = result.domains.find((d) => d.domain === domain);
      expectAgrees(beside(values, domain), engine?.presentValue.toNumber() ?? 0, `${domain} present value`);
      expectAgrees(beside(values, domain, 2), engine === undefined ? 0 : figure(engine.share), `${domain} share`);
    }
    expect(result.domains.map((d) => d.domain)).toEqual(['economic', 'social', 'unassigned']);
  });

  it('passes every check when everything is typed into the prepared rows', () => {
    const values = results.get('filled') ?? [];
    expect(beside(values, 'Year columns')).toBe("every outcome's and input's years fit the 10 year columns");
    expect(beside(values, 'Impact Map rows')).toBe(
      'every outcome is above the Total row of the Impact Map sheet (row 54), where it is counted',
    );
    expect(beside(values, 'Stakeholders rows')).toBe(
      'every stakeholder is above the Total row of the Stakeholders sheet (row 55), where the table by stakeholder shows it',
    );
    expect(beside(values, 'Inputs rows')).toBe(
      'every input is above the Total row of the Inputs sheet (row 54), where it is counted',
    );
    expect(beside(values, 'Table by stakeholder')).toBe('the table by stakeholder adds up to the present value');
  });

  it('flags rows typed below the Total rows, which sroi evaluate counts and the sheet cannot', () => {
    const values = results.get('below') ?? [];
    expect(beside(values, 'Impact Map rows')).toBe(
      'something is typed below the Total row of the Impact Map sheet (row 54): it is not counted here, but sroi evaluate counts it; move it above the Total row',
    );
    expect(beside(values, 'Stakeholders rows')).toBe(
      'something is typed below the Total row of the Stakeholders sheet (row 55): the table by stakeholder leaves it out, but sroi evaluate counts it; move it above the Total row',
    );
    expect(beside(values, 'Inputs rows')).toBe(
      'something is typed below the Total row of the Inputs sheet (row 54): it is not counted here, but sroi evaluate counts it; move it above the Total row',
    );
    // Why the checks matter: the rows below are read, so the figures differ.
    const { result } = engineOf('below');
    expect(result.outcomes).toHaveLength(2);
    expect(result.inputsPresentValue.toNumber()).not.toBeCloseTo(beside(values, 'Inputs (present value)') as number, 2);
  });

  it('flags an outcome the table by stakeholder cannot place', () => {
    const values = results.get('no-stakeholder') ?? [];
    expect(beside(values, 'Table by stakeholder')).toBe(
      'the table by stakeholder does not add up to the present value: some outcomes have a blank stakeholder, or one that is not an ID or name on the Stakeholders sheet',
    );
    expect(beside(values, 'Impact Map rows')).toMatch(/^every outcome is above the Total row/);
  });
});
