import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Evaluation } from '@sroi/core';
import { isFormula, templateWorkbook, toWorkbook, type WorkbookLayout } from '@sroi/workbook';
import { SCENARIOS } from '../workbook/fixtures';
import { recalculateLayouts, sofficeOrSkip } from './soffice';

/** Stored in every formula cell before LibreOffice opens the file: any cell still showing it was not recalculated. */
const WRONG = -987654.321;

const soffice = sofficeOrSkip();
const describeWithLibreOffice = soffice === null ? describe.skip : describe;

const example = (name: string) => JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')) as Evaluation;

const layouts: [string, WorkbookLayout][] = [
  ...Object.entries(SCENARIOS).map(([name, evaluation]): [string, WorkbookLayout] => [name, toWorkbook(evaluation)]),
  ['template', templateWorkbook()],
  // Prepared rows with several stakeholders, inputs over years and yearly quantities: blank rows give "" and count nothing.
  ['end-of-year-with-prepared-rows', toWorkbook(SCENARIOS['end-of-year'] as Evaluation, { spareRows: 4 })],
  ['quantity-by-year-with-prepared-rows', toWorkbook(SCENARIOS['quantity-by-year'] as Evaluation, { spareRows: 4 })],
  ['social-prescribing', toWorkbook(example('social-prescribing'))],
  ['supported-employment', toWorkbook(example('supported-employment'))],
];

/** The template with its example outcome lasting 15 years: past the template's 10 year columns. */
function templateRunningPastItsYears(): WorkbookLayout {
  const layout = templateWorkbook();
  return {
    sheets: layout.sheets.map((sheet) => {
      if (sheet.name !== 'Impact Map') return sheet;
      const header = sheet.cells.findIndex((row) => row.includes('Duration'));
      const column = (sheet.cells[header] as readonly unknown[]).indexOf('Duration');
      const cells = sheet.cells.map((row, r) =>
        r === header + 1 ? row.map((cell, c) => (c === column ? 15 : cell)) : row,
      );
      return { ...sheet, cells };
    }),
  };
}
const OVERFLOW = 'template-with-15-years';
layouts.push([OVERFLOW, templateRunningPastItsYears()]);

/** Equal to the cent for money; factors, rates and ratios (small values) to 1e-9. */
function agrees(expected: number | string, got: string): boolean {
  if (typeof expected === 'string') return got === expected;
  if (!/^-?\d/.test(got)) return false;
  const value = Number(got);
  const tolerance = Math.abs(expected) < 100 ? 1e-9 : 0.005;
  return Math.abs(value - expected) <= tolerance;
}

describeWithLibreOffice('workbooks recalculated by LibreOffice', () => {
  const directory = mkdtempSync(join(tmpdir(), 'sroi-libreoffice-'));
  const sheetsOf = new Map<string, Map<string, string[][]>>();

  beforeAll(async () => {
    for (const [name, sheets] of await recalculateLayouts(soffice as string, layouts, directory, WRONG))
      sheetsOf.set(name, sheets);
  });

  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('says on the Results sheet when an outcome runs past the last year column', () => {
    const results = sheetsOf.get(OVERFLOW)?.get('Results') ?? [];
    expect(results.find((row) => row[0] === 'Year columns')?.[1]).toBe(
      'some outcomes or inputs run past year 10, the last year column: those years are not counted here (an input there shows an error); sroi evaluate counts them all',
    );
    const fitting = sheetsOf.get('template')?.get('Results') ?? [];
    expect(fitting.find((row) => row[0] === 'Year columns')?.[1]).toBe(
      "every outcome's and input's years fit the 10 year columns",
    );
  });

  it.each(layouts.map(([name]) => name).filter((name) => name !== OVERFLOW))(
    'computes every formula cell of %s as the engine does, to the cent',
    (name) => {
      const layout = layouts.find(([n]) => n === name)?.[1] as WorkbookLayout;
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
            if (!agrees(cell.result, got)) {
              disagreements.push(
                `${sheet.name}!R${r + 1}C${c + 1} =${cell.formula}: LibreOffice ${JSON.stringify(got)}, engine ${JSON.stringify(cell.result)}`,
              );
            }
          }),
        );
      }
      expect(disagreements.slice(0, 20)).toEqual([]);
      expect(compared).toBeGreaterThan(20);
    },
  );

  it('keeps text that looks like a formula as text', () => {
    const settings = sheetsOf.get('formula-like-text')?.get('Settings') ?? [];
    const map = sheetsOf.get('formula-like-text')?.get('Impact Map') ?? [];
    expect(settings[2]?.[1]).toBe('=HYPERLINK("http://example.com","click")');
    expect(map[2]?.slice(0, 5)).toEqual(['+people', '=1+1', '=SUM(A1:A9)', '+44 20 7946 0000', '-from survey']);
  });
});
