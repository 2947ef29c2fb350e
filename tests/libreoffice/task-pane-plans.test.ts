// The new-evaluation wizard's plan, written into a workbook that already has a user's "Settings" and
// "Results" sheets, recalculated by LibreOffice: the renamed sheets' live formulas give the engine's figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, type Evaluation } from '@sroi/core';
import { isFormula, type SheetLayout } from '@sroi/workbook';
import { checkDraft } from '../../addin/src/taskpane/model/check-draft';
import { addRow, exampleDraft, newOutcome, setField } from '../../addin/src/taskpane/model/draft';
import { planNewEvaluation } from '../../addin/src/taskpane/plan/new-evaluation-plan';
import { recalculateLayouts, sofficeOrSkip } from './soffice';

/** Stored in every formula cell before LibreOffice opens the file: a cell still showing it was not recalculated. */
const WRONG = -987654.321;

const soffice = sofficeOrSkip();
const describeWithLibreOffice = soffice === null ? describe.skip : describe;

/** A user's own sheet, which must come through untouched. */
function userSheet(name: string, text: string): SheetLayout {
  return {
    name,
    cells: [[text, 42]],
    numberFormats: [[null, null]],
    frozen: { rows: 0, columns: 0 },
    columnWidths: [],
    boldRows: [],
    validations: [],
    notes: [],
  };
}

/** The example with a second outcome typed in, mid-year timing and a 3% rate. */
function typedEvaluation(): Evaluation {
  let draft = exampleDraft();
  draft = addRow(draft, 'outcomes', newOutcome(draft));
  const typed: Record<string, string> = {
    'scope.timing': 'mid-year',
    'scope.rate': '3%',
    'outcomes.1.description': 'Fewer GP appointments',
    'outcomes.1.domain': 'economic',
    'outcomes.1.quantity': '40',
    'outcomes.1.duration': '2',
    'outcomes.1.startYear': '2',
    'outcomes.1.proxyValue': '£1,234.50',
    'outcomes.1.deadweight': '0.3',
    'outcomes.1.attribution': '12.5%',
    'outcomes.1.dropOff': '21.5%',
  };
  for (const [field, value] of Object.entries(typed)) draft = setField(draft, field, value);
  const check = checkDraft(draft);
  if (check.evaluation === null) throw new Error(JSON.stringify(check.errors));
  return check.evaluation;
}

describeWithLibreOffice('the new-evaluation plan recalculated by LibreOffice', () => {
  const directory = mkdtempSync(join(tmpdir(), 'sroi-task-pane-'));
  const evaluation = typedEvaluation();
  const result = evaluate(evaluation);
  const plan = planNewEvaluation(
    evaluation,
    [
      { name: 'Settings', ours: false },
      { name: 'Results', ours: false },
    ],
    { replaceOurs: true },
  );
  const sheets = [userSheet('Settings', 'my settings'), userSheet('Results', 'my results'), ...plan.sheets];
  let csv = new Map<string, string[][]>();

  beforeAll(async () => {
    const recalculated = await recalculateLayouts(soffice as string, [['book', { sheets }]], directory, WRONG);
    csv = recalculated.get('book')!;
  });

  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('wrote the layout under new names beside the user’s sheets', () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Settings (2)', 'Results (2)', 'Charts']));
    expect(csv.get('Settings')?.[0]).toEqual(['my settings', '42']);
    expect(csv.get('Results')?.[0]).toEqual(['my results', '42']);
  });

  it('gives the engine’s figures on the renamed Results sheet, to the penny', () => {
    const results = csv.get('Results (2)') ?? [];
    const figure = (label: string) => Number(results.find((row) => row[0] === label)?.[1]);
    expect(figure('Present value')).toBeCloseTo(result.presentValue.toNumber(), 2);
    expect(figure('Inputs (present value)')).toBeCloseTo(result.inputsPresentValue.toNumber(), 2);
    expect(figure('Net present value')).toBeCloseTo(result.netPresentValue.toNumber(), 2);
    expect(figure('SROI ratio')).toBeCloseTo(result.ratio?.toNumber() as number, 9);
    expect(figure('Net ratio')).toBeCloseTo(result.netRatio?.toNumber() as number, 9);
    expect(figure('Payback (months)')).toBeCloseTo(result.paybackMonths?.toNumber() as number, 9);
    expect(figure('Discounted payback (months)')).toBeCloseTo(result.discountedPaybackMonths?.toNumber() as number, 9);
  });

  it('computes every formula cell of every written sheet as the engine does', () => {
    const disagreements: string[] = [];
    let compared = 0;
    for (const sheet of plan.sheets) {
      const values = csv.get(sheet.name) ?? [];
      sheet.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!isFormula(cell)) return;
          compared += 1;
          const got = values[r]?.[c] ?? '';
          const expected = cell.result;
          const agrees =
            typeof expected === 'string'
              ? got === expected
              : /^-?\d/.test(got) && Math.abs(Number(got) - expected) <= (Math.abs(expected) < 100 ? 1e-9 : 0.005);
          if (!agrees) disagreements.push(`${sheet.name}!R${r + 1}C${c + 1} =${cell.formula}: ${got} vs ${expected}`);
        }),
      );
    }
    expect(disagreements.slice(0, 20)).toEqual([]);
    expect(compared).toBeGreaterThan(50);
  });

  it('holds the engine’s present value on the Charts sheet', () => {
    const charts = csv.get('Charts') ?? [];
    const presentValue = Number(charts.find((row) => row[0] === 'Present value')?.[1]);
    expect(presentValue).toBeCloseTo(result.presentValue.toNumber(), 2);
  });
});
