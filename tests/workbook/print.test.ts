import ExcelJS from 'exceljs';
import type { Evaluation } from '@sroi/core';
import {
  catalogueWorkbook,
  headerFooterText,
  MAX_HEADER_NAME,
  monitoringWorkbook,
  templateWorkbook,
  tenderWorkbook,
  toWorkbook,
  type WorkbookLayout,
} from '@sroi/workbook';
import { xlsxBytes } from '@sroi/cli';
import { readZip } from '../cli/zip';
import { SCENARIOS } from './fixtures';
import { catalogue, committedOptions, committedTender, contract, priceBase } from './procurement-write-fixtures';

/**
 * Reads an Excel header string as Excel does (ECMA-376 18.3.1.39): `&&` is one
 * `&`; `&L`, `&C` and `&R` start a section; any other `&` starts a code. Written
 * here from the specification, not from the code under test.
 */
function readHeader(header: string): { sections: Record<string, string>; codes: string[] } {
  const sections: Record<string, string> = { L: '', C: '', R: '' };
  const codes: string[] = [];
  let section = 'C';
  for (let index = 0; index < header.length; index += 1) {
    const character = header[index] as string;
    if (character !== '&') {
      sections[section] += character;
      continue;
    }
    const next = header[index + 1] ?? '';
    index += 1;
    if (next === '&') sections[section] += '&';
    else if (next === 'L' || next === 'C' || next === 'R') section = next;
    else {
      codes.push(`&${next}`);
      sections[section] += `&${next}`;
    }
  }
  return { sections, codes };
}

/** The catalogue without its measure priced in a year the index lacks, so a price base can move every price. */
const priced = { ...catalogue, measures: catalogue.measures.filter((measure) => measure.code !== 'OLD-1') };

const named = (name: string): Evaluation => ({ ...(SCENARIOS['worked-check'] as Evaluation), name });

async function written(layout: WorkbookLayout): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await xlsxBytes(layout)) as unknown as ArrayBuffer);
  return workbook;
}

describe('headerFooterText', () => {
  it('doubles every ampersand, so a name prints as typed and never becomes a header code', () => {
    const name = 'Food & Mood &P of &N &"Arial,Bold"&72&Lleft&Rright&&';
    const header = readHeader(`&L${headerFooterText(name)}&R&A`);
    expect(header.sections['L']).toBe(name);
    expect(header.codes).toEqual(['&A']);
  });

  it('takes out control characters, line breaks and direction overrides, keeping the words', () => {
    expect(headerFooterText('Falls\u001b[2J\u001b]0;pwned\u0007 service\r\nyear\u202e 2')).toBe(
      'Falls [2J ]0;pwned service year 2',
    );
  });

  it('cuts a long name to 100 characters with an ellipsis, so the header stays within Excel\u2019s 255', () => {
    const text = headerFooterText('&'.repeat(300));
    expect(text).toBe(`${'&&'.repeat(MAX_HEADER_NAME - 1)}\u2026`);
    expect(`&L${text}&R&A`.length).toBeLessThanOrEqual(255);
    expect(headerFooterText('a'.repeat(MAX_HEADER_NAME))).toBe('a'.repeat(MAX_HEADER_NAME));
  });

  it('never cuts a character in half', () => {
    const text = headerFooterText('\u{1F600}'.repeat(150));
    expect([...text]).toHaveLength(MAX_HEADER_NAME);
    expect(text.endsWith('\u{1F600}\u2026')).toBe(true);
  });
});

describe('every workbook the command line writes is set up to print', () => {
  const workbooks: [string, WorkbookLayout, string][] = [
    ['an evaluation', toWorkbook(named('Falls & balance')), 'Falls & balance'],
    ['an evaluation with its Sensitivity sheet', toWorkbook(named('Falls'), { sensitivity: true }), 'Falls'],
    ['the template', templateWorkbook(), templateWorkbook().title ?? ''],
    ['a tender', tenderWorkbook(committedTender, committedOptions), committedTender.name ?? ''],
    ['a contract\u2019s monitoring', monitoringWorkbook(contract, { catalogue, priceBase }), contract.name],
    ['a catalogue', catalogueWorkbook(priced, priceBase), catalogue.name],
    ['a catalogue without a price base', catalogueWorkbook(catalogue), catalogue.name],
  ];

  it.each(workbooks)('%s: every sheet landscape, one page wide, with its frozen rows on every page', (_, layout) => {
    for (const sheet of layout.sheets) {
      expect([sheet.name, sheet.print?.orientation, sheet.print?.fitToWidth]).toEqual([sheet.name, 'landscape', 1]);
      expect([sheet.name, sheet.print?.titleRows]).toEqual([sheet.name, sheet.frozen.rows]);
    }
  });

  it.each(workbooks)(
    '%s: the name at the top left, the sheet at the top right, the page at the foot',
    (_, layout, name) => {
      expect(name).not.toBe('');
      expect(layout.title).toBe(name);
      for (const sheet of layout.sheets) {
        expect(sheet.print?.header).toEqual({ left: headerFooterText(name), right: '&A' });
        expect(sheet.print?.footer).toEqual({ center: 'Page &P of &N' });
      }
    },
  );
});

describe('the page setup exceljs writes', () => {
  it('has landscape, fit to one page wide and any number tall, print titles, header and footer on every sheet', async () => {
    const layout = toWorkbook(named('Food & Mood &P'), { sensitivity: true });
    const workbook = await written(layout);
    expect(workbook.title).toBe('Food & Mood &P');
    for (const sheet of layout.sheets) {
      const worksheet = workbook.getWorksheet(sheet.name) as ExcelJS.Worksheet;
      expect([sheet.name, worksheet.pageSetup]).toEqual([
        sheet.name,
        expect.objectContaining({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 }),
      ]);
      expect([sheet.name, worksheet.pageSetup.printTitlesRow]).toEqual([sheet.name, `1:${sheet.frozen.rows}`]);
      expect(worksheet.headerFooter.oddHeader).toBe('&LFood && Mood &&P&R&A');
      expect(worksheet.headerFooter.oddFooter).toBe('&CPage &P of &N');
      expect(readHeader(worksheet.headerFooter.oddHeader ?? '').sections['L']).toBe('Food & Mood &P');
    }
  });

  it('starts the tornado on a new page of the Sensitivity sheet', async () => {
    const layout = toWorkbook(named('Falls'), { sensitivity: true });
    const index = layout.sheets.findIndex((candidate) => candidate.name === 'Sensitivity');
    const tornado = layout.sheets[index]?.cells.findIndex((row) => String(row[0]).startsWith('One-way changes')) ?? -1;
    expect(tornado).toBeGreaterThan(0);
    const part = readZip(await xlsxBytes(layout))[`xl/worksheets/sheet${index + 1}.xml`];
    const xml = Buffer.from(part ?? new Uint8Array()).toString('utf8');
    // OOXML counts a break's row from 0 and breaks above it: above the tornado's title row.
    expect([...xml.matchAll(/<brk id="(\d+)"/g)].map((match) => Number(match[1]))).toEqual([tornado]);
  });

  it('writes no print titles on a sheet with no frozen rows (the tender\u2019s labelled settings)', async () => {
    const layout = tenderWorkbook(committedTender, committedOptions);
    const worksheet = (await written(layout)).getWorksheet('Tender') as ExcelJS.Worksheet;
    expect(worksheet.pageSetup.printTitlesRow).toBeUndefined();
    expect(worksheet.pageSetup.orientation).toBe('landscape');
  });
});
