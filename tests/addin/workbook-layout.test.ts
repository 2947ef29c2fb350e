// SROI.RESULTS reads an impact map laid out as the shared workbook layout
// (@sroi/workbook) writes it: the range from the Impact Map's header row down,
// as a commissioner would select it in a workbook written by `sroi evaluate --out`.
import { evaluate, type Evaluation } from '@sroi/core';
import { isFormula, SHEETS, toWorkbook } from '@sroi/workbook';
import { cell, loadFunctionsBundle, type LoadedFunctions } from './helpers/built-addin';

let functions: LoadedFunctions;
beforeAll(() => {
  functions = loadFunctionsBundle();
});

/** What Excel passes for a written sheet's range: formulas as their values, from the header row down. */
function impactMapRange(evaluation: Evaluation): unknown[][] {
  const sheet = toWorkbook(evaluation).sheets.find((s) => s.name === SHEETS.impactMap);
  if (sheet === undefined) throw new Error('no Impact Map sheet');
  const headerRow = sheet.cells.findIndex((row) => row.some((cell) => cell === 'Quantity'));
  return sheet.cells.slice(headerRow).map((row) => row.map((cell) => (isFormula(cell) ? cell.result : (cell ?? ''))));
}

const twoOutcomes: Evaluation = {
  name: 'Two outcomes',
  stakeholders: [
    { id: 'people', name: 'Participants' },
    { id: 'employers', name: 'Employers' },
  ],
  inputs: [{ description: 'Grant', amount: 50000 }],
  outcomes: [
    {
      id: 'wellbeing',
      stakeholder: 'people',
      description: 'Improved wellbeing',
      domain: 'social',
      quantity: 100,
      proxy: { value: 1000, source: '=HYPERLINK("x")' },
      deadweight: 0.2,
      displacement: 0.1,
      attribution: 0.25,
      dropOff: 0.5,
      duration: 3,
    },
    {
      id: 'jobs',
      stakeholder: 'employers',
      description: 'Jobs filled',
      domain: 'economic',
      quantity: 10,
      proxy: { value: 3000 },
      deadweight: 0.3,
      attribution: 0.2,
      dropOff: 0.2,
      duration: 4,
      startYear: 2,
    },
  ],
};

describe('SROI.RESULTS over the workbook layout', () => {
  it('gives the engine’s figures for an Impact Map written by @sroi/workbook', () => {
    const table = cell(functions, 'RESULTS', impactMapRange(twoOutcomes), 50000) as [string, unknown][];
    const engine = evaluate(twoOutcomes);
    const figure = (label: string) => table.find(([name]) => name === label)?.[1];
    expect(figure('Present value')).toBeCloseTo(engine.presentValue.toNumber(), 6);
    expect(figure('SROI ratio')).toBeCloseTo(engine.ratio!.toNumber(), 10);
  });
});
