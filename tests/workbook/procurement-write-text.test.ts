import ExcelJS from 'exceljs';
import type { Contract } from '@sroi/core';
import { xlsxBytes } from '@sroi/cli';
import {
  catalogueWorkbook,
  excelSheetName,
  isFormula,
  looksLikeCell,
  monitoringWorkbook,
  officeFormulas,
  tenderWorkbook,
  type WorkbookLayout,
} from '@sroi/workbook';
import { hostileCatalogue, hostileTender, sheetOf } from './procurement-write-fixtures';

const HOSTILE = [
  '=HYPERLINK("http://example.com","click")',
  "'Quoted",
  '=1+1',
  '=SUM(A1:A9)',
  '+44 20 7946 0000',
  '@home',
];

const hostileContract: Contract = {
  name: '=HYPERLINK("http://example.com","contract")',
  supplier: '-Supplier',
  commitments: [{ code: '=1+1', quantity: 1 }],
  deliveries: [{ period: '=NOW()', code: 'A*', quantity: 2 }],
};

const layouts: [string, WorkbookLayout][] = [
  ['tender', tenderWorkbook(hostileTender, { catalogue: hostileCatalogue })],
  ['monitoring', monitoringWorkbook(hostileContract, { catalogue: hostileCatalogue })],
  ['catalogue', catalogueWorkbook(hostileCatalogue)],
];

const textCells = (layout: WorkbookLayout) =>
  layout.sheets.flatMap((sheet) =>
    sheet.cells.flatMap((row, r) =>
      row.flatMap((cell, c) => (typeof cell === 'string' && /^[=+\-@']/.test(cell) ? [{ sheet, r, c, cell }] : [])),
    ),
  );

describe('text from users in procurement workbooks', () => {
  it.each(layouts)('stays text in the %s layout, never a formula, and no formula holds it', (_, layout) => {
    const texts = textCells(layout).map(({ cell }) => cell);
    expect(texts.length).toBeGreaterThanOrEqual(3);
    const formulas = layout.sheets.flatMap((sheet) => sheet.cells.flat()).filter(isFormula);
    for (const text of [...HOSTILE, hostileContract.name, '=NOW()'])
      expect(formulas.filter((cell) => cell.formula.includes(text))).toEqual([]);
  });

  it('keeps every hostile bidder, code and description of the tender as text', () => {
    const texts = textCells(layouts[0]![1]).map(({ cell }) => cell);
    expect(texts).toEqual(expect.arrayContaining(HOSTILE));
  });

  it.each(layouts)('gives user text in the %s layout the Text format, and formulas never', (_, layout) => {
    for (const { sheet, r, c } of textCells(layout))
      expect([sheet.name, r, c, sheet.numberFormats[r]?.[c]]).toEqual([sheet.name, r, c, '@']);
    for (const sheet of layout.sheets)
      sheet.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (isFormula(cell)) expect([sheet.name, r, c, sheet.numberFormats[r]?.[c]]).not.toContain('@');
        }),
      );
  });

  it.each(layouts)('is written by exceljs as a string in the %s workbook', async (_, layout) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsxBytes(layout)) as unknown as ArrayBuffer);
    for (const { sheet, r, c, cell } of textCells(layout)) {
      const written = workbook.getWorksheet(sheet.name)?.getCell(r + 1, c + 1);
      expect(written?.type).toBe(ExcelJS.ValueType.String);
      expect(written?.value).toBe(cell);
    }
  });

  it('doubles a leading apostrophe for Office.js, so Excel keeps it', () => {
    const bids = officeFormulas(sheetOf(layouts[0]![1], 'Bids'));
    expect(bids[5]?.[0]).toBe("''Quoted");
  });

  it.each(layouts)('names the %s sheets as Excel allows, each once', (_, layout) => {
    const names = layout.sheets.map((sheet) => sheet.name);
    expect(names.map(excelSheetName)).toEqual(names);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
  });

  it.each(layouts)('gives the %s workbook cell names that are valid, never read as cells, and unique', (_, layout) => {
    const names = layout.sheets.flatMap((sheet) => (sheet.namedCells ?? []).map((named) => named.name));
    for (const name of names) {
      expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_.]*$/);
      expect(looksLikeCell(name)).toBe(false);
    }
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
  });

  it('keeps names unique across a tender and a monitoring workbook written into one file', () => {
    const names = layouts
      .slice(0, 2)
      .flatMap(([, layout]) => layout.sheets.flatMap((sheet) => (sheet.namedCells ?? []).map((named) => named.name)));
    expect(new Set(names).size).toBe(names.length);
  });
});
