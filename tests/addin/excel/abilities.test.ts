import {
  CANNOT_WRITE,
  excelAbilities,
  NO_CHARTS,
  NO_NOTES,
  readingAbilities,
} from '../../../addin/src/taskpane/excel/abilities';

/** An Excel that has every ExcelApi set up to `highest` (1.x), as Office reports it. */
function upTo(highest: number) {
  return (set: string, version: string) => set === 'ExcelApi' && Number(version.split('.')[1]) <= highest;
}

describe('excelAbilities', () => {
  it('finds everything in Excel on the web and Microsoft 365', () => {
    expect(excelAbilities(() => true)).toEqual({
      write: true,
      tables: true,
      charts: true,
      chartOverlap: true,
      notes: true,
      suspendCalculation: true,
      missing: [],
    });
  });

  it('writes sheets and charts in Excel 2019 (ExcelApi 1.8) but says notes are missing', () => {
    const abilities = excelAbilities(upTo(8));
    expect(abilities).toMatchObject({ write: true, charts: true, chartOverlap: true, notes: false });
    expect(abilities.missing).toEqual([NO_NOTES]);
  });

  it('writes nothing where worksheet-scoped names, frozen panes or validation are missing (ExcelApi 1.7)', () => {
    const abilities = excelAbilities(upTo(7));
    expect(abilities).toMatchObject({
      write: false,
      tables: false,
      charts: false,
      notes: false,
      suspendCalculation: true,
    });
    expect(abilities.missing).toEqual([CANNOT_WRITE]);
  });

  it('says charts are missing, in words, when series types are', () => {
    const noCharts = (set: string, version: string) => version !== '1.7';
    expect(excelAbilities(noCharts).missing).toContain(NO_CHARTS);
    expect(NO_CHARTS).toBe('Charts need Excel 2019 or later; the figures are written without them.');
  });
});

describe('readingAbilities', () => {
  it('finds the region around a cell from ExcelApi 1.7 and merged cells from 1.13', () => {
    expect(readingAbilities(upTo(12))).toEqual({ surroundingRegion: true, merges: false });
    expect(readingAbilities(upTo(13))).toEqual({ surroundingRegion: true, merges: true });
    expect(readingAbilities(upTo(6))).toEqual({ surroundingRegion: false, merges: false });
  });
});
