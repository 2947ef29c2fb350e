import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Evaluation } from '@sroi/core';
import { toWorkbook } from '@sroi/workbook';
import { toExcelJs } from '@sroi/cli';
import { freshProfile, recalculateToXlsx, sofficeOrSkip } from './soffice';

const soffice = sofficeOrSkip();
const describeWithLibreOffice = soffice === null ? describe.skip : describe;

// A name with header codes in it, to see LibreOffice print it as typed.
const NAME = 'Social prescribing & Mood &P';
const example = JSON.parse(readFileSync('examples/social-prescribing.json', 'utf8')) as Evaluation;
const layout = toWorkbook({ ...example, name: NAME }, { sensitivity: true });

/** The pages of a PDF, each as [width, height] in points, from its page objects. */
function pageSizes(pdf: Buffer): [number, number][] {
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
  const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  const size: [number, number] =
    box === null ? [0, 0] : [Number(box[3]) - Number(box[1]), Number(box[4]) - Number(box[2])];
  return pages.map(() => size);
}

/** The workbook with every sheet but `keep` hidden: LibreOffice prints only the sheets shown. */
async function onlySheet(file: string, keep: string): Promise<void> {
  const workbook = toExcelJs(layout);
  workbook.worksheets.forEach((worksheet) => {
    if (worksheet.name !== keep) worksheet.state = 'hidden';
  });
  // The open sheet must be a shown one, or LibreOffice prints as if all were shown.
  workbook.views = [
    { activeTab: workbook.worksheets.findIndex((sheet) => sheet.name === keep) } as ExcelJS.WorkbookView,
  ];
  await workbook.xlsx.writeFile(file);
}

function toPdf(files: readonly string[], outDir: string, profileDir: string): void {
  execFileSync(
    soffice as string,
    [
      `-env:UserInstallation=${freshProfile(profileDir)}`,
      '--headless',
      '--norestore',
      '--nologo',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      ...files,
    ],
    { stdio: 'pipe', timeout: 110_000 },
  );
}

describeWithLibreOffice('the written social-prescribing workbook printed to PDF by LibreOffice', () => {
  const directory = mkdtempSync(join(tmpdir(), 'sroi-print-'));
  const pages = new Map<string, [number, number][]>();
  const resaved = new ExcelJS.Workbook();

  beforeAll(async () => {
    mkdirSync(join(directory, 'in'));
    const files: string[] = [];
    const whole = join(directory, 'in', 'whole.xlsx');
    await toExcelJs(layout).xlsx.writeFile(whole);
    files.push(whole);
    for (const [index, sheet] of layout.sheets.entries()) {
      const file = join(directory, 'in', `sheet-${index}.xlsx`);
      await onlySheet(file, sheet.name);
      files.push(file);
    }
    toPdf(files, join(directory, 'pdf'), join(directory, 'profile'));
    pages.set('whole', pageSizes(readFileSync(join(directory, 'pdf', 'whole.pdf'))));
    layout.sheets.forEach((sheet, index) =>
      pages.set(sheet.name, pageSizes(readFileSync(join(directory, 'pdf', `sheet-${index}.pdf`)))),
    );
    recalculateToXlsx(soffice as string, [whole], join(directory, 'xlsx'), join(directory, 'profile'));
    await resaved.xlsx.readFile(join(directory, 'xlsx', 'whole.xlsx'));
  });

  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  // Before page setup the Results sheet printed on five portrait pages, the whole workbook on 21.
  it('prints the Results sheet on one page', () => {
    expect(pages.get('Results')).toHaveLength(1);
  });

  it('prints every sheet of the map on one page, and the Sensitivity sheet\u2019s tornado from a new page', () => {
    const counts = layout.sheets.map((sheet) => [sheet.name, pages.get(sheet.name)?.length]);
    expect(counts).toEqual([
      ['Settings', 1],
      ['Stakeholders', 1],
      ['Inputs', 1],
      ['Impact Map', 1],
      ['Discounting', 1],
      ['Results', 1],
      ['Sensitivity', expect.any(Number)],
    ]);
    // Its switching values (7 estimates of 7 outcomes and of all together) and the tornado each start a page.
    expect(pages.get('Sensitivity')?.length).toBeGreaterThanOrEqual(2);
    const sum = layout.sheets.reduce((total, sheet) => total + (pages.get(sheet.name)?.length ?? 0), 0);
    expect(pages.get('whole')).toHaveLength(sum);
  });

  it('prints in landscape: every page is wider than it is tall', () => {
    const portrait = [...pages].filter(([, sizes]) => sizes.some(([width, height]) => width <= height));
    expect(portrait).toEqual([]);
    expect(pages.get('whole')?.length).toBeGreaterThan(0);
  });

  it('keeps, as LibreOffice reads and saves it, one page wide, landscape and the header rows on every page', () => {
    for (const sheet of layout.sheets) {
      const worksheet = resaved.getWorksheet(sheet.name) as ExcelJS.Worksheet;
      expect([sheet.name, worksheet.pageSetup]).toEqual([
        sheet.name,
        expect.objectContaining({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 }),
      ]);
      expect([sheet.name, worksheet.pageSetup.printTitlesRow]).toEqual([sheet.name, `1:${sheet.frozen.rows}`]);
    }
  });

  it('reads the name in the header as text, ampersands and all, with the sheet\u2019s name and the page number as codes', () => {
    const worksheet = resaved.getWorksheet('Results') as ExcelJS.Worksheet;
    expect(worksheet.headerFooter.oddHeader).toContain('Social prescribing && Mood &&P');
    expect(worksheet.headerFooter.oddHeader).toContain('&A');
    expect(worksheet.headerFooter.oddFooter).toContain('Page &P of &N');
  });
});
