import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, type Evaluation } from '@sroi/core';
import { cellPosition, isFormula, toWorkbook, type Cell, type SheetLayout, type WorkbookLayout } from '@sroi/workbook';
import { SCENARIOS } from '../workbook/fixtures';
import { recalculateLayouts, sofficeOrSkip } from './soffice';

/** Stored in every formula cell before LibreOffice opens the file: any cell still showing it was not recalculated. */
const WRONG = -987654.321;

const soffice = sofficeOrSkip();
const describeWithLibreOffice = soffice === null ? describe.skip : describe;

/** Names a task pane gives when the workbook already has the default ones: spaces, brackets, an apostrophe, a cell-like name. */
const SHEET_NAMES = {
  settings: "O'Brien Settings",
  stakeholders: 'Stakeholders (2)',
  inputs: 'Inputs 2',
  impactMap: 'Impact Map (2)',
  quantityByYear: 'Quantity by year (2)',
  discounting: 'Q1',
  results: 'Results 2',
} as const;

const evaluations: Readonly<Record<string, Evaluation>> = {
  // Every headline figure defined, both paybacks included.
  'paid-back': SCENARIOS['green-book-health-mid-year'] as Evaluation,
  // The Quantity by year sheet, several stakeholders and inputs over years, prepared rows.
  'by-year': SCENARIOS['quantity-by-year'] as Evaluation,
};

/**
 * A sheet that asks for every named cell by its name (`=DiscountRate`), so
 * LibreOffice shows whether the defined names the .xlsx writer adds point at
 * the cells the layout says; its expected results are the layout's own cells.
 */
function namesSheet(layout: WorkbookLayout): SheetLayout {
  const rows: Cell[][] = layout.sheets.flatMap((sheet) =>
    (sheet.namedCells ?? []).map(({ name, cell }) => {
      const position = cellPosition(cell);
      const held = sheet.cells[position?.row ?? -1]?.[position?.column ?? -1] ?? null;
      const value = isFormula(held) ? held.result : held;
      const asked = `IF(ISBLANK(${name}),"(blank)",${name})`;
      return [name, { formula: asked, result: value === null ? '(blank)' : String(value) }];
    }),
  );
  return {
    name: 'Names',
    cells: rows,
    numberFormats: rows.map((row) => row.map(() => null)),
    frozen: { rows: 0, columns: 0 },
    columnWidths: [24, 24],
    boldRows: [],
    validations: [],
    notes: [],
  };
}

const layouts = new Map<string, WorkbookLayout>(
  Object.entries(evaluations).map(([name, evaluation]) => {
    const layout = toWorkbook(evaluation, { sheetNames: SHEET_NAMES, spareRows: name === 'by-year' ? 3 : 0 });
    return [name, { sheets: [...layout.sheets, namesSheet(layout)] }];
  }),
);

/** The engine's figure for each named cell of the Results sheet ('n/a' where there is none). */
function engineFigures(evaluation: Evaluation): Record<string, number | string> {
  const result = evaluate(evaluation);
  const orNA = (value: { toNumber(): number } | null) => value?.toNumber() ?? 'n/a';
  return {
    PresentValue: result.presentValue.toNumber(),
    InputsPresentValue: result.inputsPresentValue.toNumber(),
    NetPresentValue: result.netPresentValue.toNumber(),
    SROIRatio: orNA(result.ratio),
    NetRatio: orNA(result.netRatio),
    TotalImpact: result.impact.toNumber(),
    PaybackMonths: orNA(result.paybackMonths),
    DiscountedPaybackMonths: orNA(result.discountedPaybackMonths),
  };
}

/** Money to the penny; ratios and months (small values) to 1e-9; numbers the Names sheet shows as text alike. */
function agrees(expected: number | string, got: string): boolean {
  if (typeof expected === 'string' && !/^-?\d/.test(expected)) return got === expected;
  if (typeof expected === 'string') return agrees(Number(expected), got);
  if (!/^-?\d/.test(got)) return false;
  const tolerance = Math.abs(expected) < 100 ? 1e-9 : 0.005;
  return Math.abs(Number(got) - expected) <= tolerance;
}

describeWithLibreOffice('a workbook with renamed sheets, recalculated by LibreOffice', () => {
  const directory = mkdtempSync(join(tmpdir(), 'sroi-renamed-'));
  const sheetsOf = new Map<string, Map<string, string[][]>>();

  beforeAll(async () => {
    for (const [name, sheets] of await recalculateLayouts(soffice as string, layouts, directory, WRONG))
      sheetsOf.set(name, sheets);
  });

  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it.each([...layouts.keys()])(
    "gives the engine's headline figures on the Results 2 sheet of %s, to the penny",
    (name) => {
      const layout = layouts.get(name) as WorkbookLayout;
      const results = layout.sheets.find((sheet) => sheet.name === 'Results 2');
      const csv = sheetsOf.get(name)?.get('Results 2') ?? [];
      const expected = engineFigures(evaluations[name] as Evaluation);
      const got = Object.fromEntries(
        (results?.namedCells ?? []).map(({ name: figure, cell }) => {
          const position = cellPosition(cell);
          return [figure, csv[position?.row ?? -1]?.[position?.column ?? -1] ?? ''];
        }),
      );
      expect(Object.keys(got)).toEqual(Object.keys(expected));
      const disagreements = Object.entries(expected)
        .filter(([figure, value]) => !agrees(value, got[figure] as string))
        .map(
          ([figure, value]) => `${figure}: LibreOffice ${JSON.stringify(got[figure])}, engine ${JSON.stringify(value)}`,
        );
      expect(disagreements).toEqual([]);
    },
  );

  it.each([...layouts.keys()])(
    'resolves every named cell of %s, as a defined name of the .xlsx file, to the cell the layout names',
    (name) => {
      const expected = layouts.get(name)?.sheets.find((sheet) => sheet.name === 'Names')?.cells ?? [];
      const csv = sheetsOf.get(name)?.get('Names') ?? [];
      expect(expected).toHaveLength(15);
      const disagreements = expected
        .map(([named, cell], row) => [named, isFormula(cell) ? cell.result : '', csv[row]?.[1] ?? ''] as const)
        .filter(([, value, got]) => !agrees(value, got))
        .map(([named, value, got]) => `${String(named)}: LibreOffice ${JSON.stringify(got)}, layout ${value}`);
      expect(disagreements).toEqual([]);
    },
  );

  it('has every headline figure of the paid-back evaluation defined, so none is compared as n/a', () => {
    expect(Object.values(engineFigures(evaluations['paid-back'] as Evaluation))).not.toContain('n/a');
  });

  it.each([...layouts.keys()])('computes every formula cell of %s as the engine does', (name) => {
    const layout = layouts.get(name) as WorkbookLayout;
    const sheets = sheetsOf.get(name) as Map<string, string[][]>;
    const disagreements: string[] = [];
    let compared = 0;
    for (const sheet of layout.sheets) {
      const csv = sheets.get(sheet.name) ?? [];
      sheet.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!isFormula(cell)) return;
          compared += 1;
          const got = csv[r]?.[c] ?? '';
          if (!agrees(cell.result, got))
            disagreements.push(
              `${sheet.name}!R${r + 1}C${c + 1} =${cell.formula}: LibreOffice ${JSON.stringify(got)}, engine ${JSON.stringify(cell.result)}`,
            );
        }),
      );
    }
    expect(disagreements.slice(0, 20)).toEqual([]);
    expect(compared).toBeGreaterThan(50);
  });
});
