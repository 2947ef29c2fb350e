import ExcelJS from 'exceljs';
import { isFormula, officeFormulas, toWorkbook } from '@sroi/workbook';
import { xlsxBytes } from '@sroi/cli';
import { SCENARIOS } from './fixtures';

describe('text from users in written workbooks', () => {
  const evaluation = SCENARIOS['formula-like-text']!;
  const layout = toWorkbook(evaluation);

  it('is never a formula in the layout, even when it starts with =, +, - or @', () => {
    const texts = layout.sheets
      .flatMap((sheet) => sheet.cells.flat())
      .filter((cell) => typeof cell === 'string' && /^[=+\-@]/.test(cell));
    expect(texts).toEqual(
      expect.arrayContaining([
        '=HYPERLINK("http://example.com","click")',
        '=1+1',
        '=SUM(A1:A9)',
        '+people',
        '@grant',
        '-Participants @home',
      ]),
    );
    const formulas = layout.sheets.flatMap((sheet) => sheet.cells.flat()).filter(isFormula);
    expect(formulas.some((cell) => cell.formula.includes('HYPERLINK') || cell.formula.includes('SUM(A1:A9)'))).toBe(
      false,
    );
  });

  it('is written by exceljs as text (a shared string), not a formula', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsxBytes(layout)) as unknown as ArrayBuffer);
    const checked: string[] = [];
    for (const sheet of layout.sheets) {
      const worksheet = workbook.getWorksheet(sheet.name)!;
      sheet.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (typeof cell !== 'string' || !/^[=+\-@]/.test(cell)) return;
          const written = worksheet.getCell(r + 1, c + 1);
          expect(written.type).toBe(ExcelJS.ValueType.String);
          expect(written.formula).toBeUndefined();
          expect(written.value).toBe(cell);
          checked.push(cell);
        }),
      );
    }
    expect(checked.length).toBeGreaterThanOrEqual(8);
  });

  it('has the Text number format, so Excel and Office.js keep it as text when it is retyped or written', () => {
    const map = layout.sheets.find((sheet) => sheet.name === 'Impact Map')!;
    expect(map.numberFormats[2]?.slice(0, 5)).toEqual(['@', '@', '@', '@', '@']);
  });

  it('gives Office.js formulas with "=" and keeps text as text with the Text format beside it', () => {
    const map = layout.sheets.find((sheet) => sheet.name === 'Impact Map')!;
    const formulas = officeFormulas(map);
    expect(formulas[2]?.slice(0, 3)).toEqual(['+people', '=1+1', '=SUM(A1:A9)']);
    expect(map.numberFormats[2]?.slice(0, 3)).toEqual(['@', '@', '@']);
    expect(String(formulas[2]?.[18])).toMatch(/^=IF\(\$H3="","",\$G3\*\$J3\*/);
    expect(formulas[0]?.[5]).toBe('');
  });

  it('doubles a leading apostrophe for Office.js, which Excel would otherwise take as its hidden text prefix', () => {
    const sheet = {
      ...layout.sheets[0]!,
      cells: [["'My map'!B2:L6", "it's", "''twice"]],
      numberFormats: [['@', '@', '@']],
    };
    expect(officeFormulas(sheet)).toEqual([["''My map'!B2:L6", "it's", "'''twice"]]);
  });
});
