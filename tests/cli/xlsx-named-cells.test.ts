import ExcelJS from 'exceljs';
import { toWorkbook } from '@sroi/workbook';
import { xlsxBytes } from '@sroi/cli';
import { workedCheck } from '../core/fixtures';

describe('the .xlsx writer', () => {
  it("writes the layout's named cells as defined names, quoting renamed sheets", async () => {
    const layout = toWorkbook(workedCheck, { sheetNames: { settings: "O'Brien Settings" } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsxBytes(layout)) as unknown as ArrayBuffer);
    const names = new Map(book.definedNames.model.map((name) => [name.name, name.ranges]));
    // Settings: a title, a header row, then Name, Currency, Kind, Timing, Discount, Discount rate (row 8).
    expect(names.get('DiscountRate')).toEqual(["'O''Brien Settings'!$B$8"]);
    expect(names.get('EvaluationName')).toEqual(["'O''Brien Settings'!$B$3"]);
    // Results: a title, a header row, then Present value (row 3) ... SROI ratio (row 6).
    expect(names.get('PresentValue')).toEqual(['Results!$B$3']);
    expect(names.get('SROIRatio')).toEqual(['Results!$B$6']);
    expect(names.size).toBe(15);
  });
});
