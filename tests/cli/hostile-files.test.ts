import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { EXIT } from '@sroi/cli';
import { LIMITS } from '../../packages/cli/src/io/limits';
import { run } from './run';
import { deflateRepeated, readZip, writeZip, type Part } from './zip';

const directory = mkdtempSync(join(tmpdir(), 'sroi-cli-hostile-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** What a message must never show: a library's or the runtime's own words. */
const INTERNALS =
  /properties of undefined|Invalid string length|central directory|signature|unexpected close tag|TypeError|RangeError|Error:|ERR_|at [\w.]+ \(/;

/** The parts of a small valid workbook, to build broken ones from. */
async function workbookParts(): Promise<Record<string, Part>> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Impact Map').addRows([
    ['Stakeholder', 'Outcome', 'Quantity', 'Duration', 'Proxy value'],
    ['Patients', 'Less lonely', 10, 1, 100],
  ]);
  return readZip(new Uint8Array(await book.xlsx.writeBuffer()));
}

/** A worksheet part with `rows` in place of the sheet's own data. */
async function sheetWith(rows: string): Promise<string> {
  const sheet = new TextDecoder().decode((await workbookParts())['xl/worksheets/sheet1.xml'] as Uint8Array);
  return sheet.replace(/<sheetData>[^]*<\/sheetData>|<sheetData\/>/, `<sheetData>${rows}</sheetData>`);
}

function save(name: string, bytes: Uint8Array | string): string {
  const file = join(directory, name);
  writeFileSync(file, bytes);
  return file;
}

/** Runs `sroi evaluate` and checks the refusal: exit 4, the words expected, nothing of a library's, the file not echoed. */
async function expectRefused(file: string, words: string | RegExp): Promise<string> {
  const { code, out, err } = await run('evaluate', file);
  expect(code).toBe(EXIT.unreadable);
  expect(out).toBe('');
  expect(err).toMatch(words);
  expect(err).not.toMatch(INTERNALS);
  expect(err.length).toBeLessThan(600);
  return err;
}

describe('sroi refuses oversized workbooks while reading them', () => {
  it('refuses a zip bomb of repeated rows, whatever sizes its directory declares', async () => {
    const cells = Array.from({ length: 20 }, (_, i) => `<c r="${String.fromCharCode(65 + i)}1"><v>1</v></c>`).join('');
    const [head, tail] = (await sheetWith('')).split('<sheetData></sheetData>') as [string, string];
    const sheet = await deflateRepeated(`<row r="1">${cells}</row>`, 120_000, {
      head: `${head}<sheetData>`,
      tail: `</sheetData>${tail}`,
    });
    const bomb = writeZip({ ...(await workbookParts()), 'xl/worksheets/sheet1.xml': sheet }, { declaredSize: 1000 });
    await expectRefused(save('bomb.xlsx', bomb), `has more than ${LIMITS.cells.toLocaleString('en-GB')} cells`);
  });

  it('refuses a workbook whose parts inflate past the size limit together', async () => {
    // 5 parts of 64 MB of zeros: each is small, together over 256 MB.
    const zeros = { deflated: deflateRawSync(Buffer.alloc(64 * 1024 * 1024)), size: 64 * 1024 * 1024 };
    const media = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`xl/media/image${i}.png`, zeros]));
    const file = save('inflates.xlsx', writeZip({ ...(await workbookParts()), ...media }));
    await expectRefused(file, /holds more than 256 MB once decompressed, more than sroi reads/);
  });

  it('refuses a workbook with more rows than Excel allows', async () => {
    const rows = await deflateRepeated('<row r="1"/>', LIMITS.rows + 1);
    const parts = { ...(await workbookParts()), 'xl/worksheets/sheet1.xml': rows };
    await expectRefused(save('rows.xlsx', writeZip(parts)), /has more than 1,048,576 rows/);
  });

  it('refuses a shared string or an inline string longer than Excel allows, without echoing it', async () => {
    const long = 'x'.repeat(LIMITS.text + 1);
    const parts = await workbookParts();
    const shared = new TextDecoder()
      .decode(parts['xl/sharedStrings.xml'] as Uint8Array)
      .replace('<t>Patients</t>', `<t>${long}</t>`);
    const err = await expectRefused(
      save('shared.xlsx', writeZip({ ...parts, 'xl/sharedStrings.xml': shared })),
      /has a cell of more than 32,767 characters \(Excel's limit\)/,
    );
    expect(err).not.toContain('xxxxxxxxxx');
    const inline = await sheetWith(`<row r="1"><c r="A1" t="inlineStr"><is><t>${long}</t></is></c></row>`);
    await expectRefused(
      save('inline.xlsx', writeZip({ ...parts, 'xl/worksheets/sheet1.xml': inline })),
      /more than 32,767 characters/,
    );
  });

  it('counts a string of many rich-text runs as one cell, and an entity as one character', async () => {
    const parts = await workbookParts();
    const runs = `<r><t>${'y'.repeat(20_000)}</t></r><r><rPr><b/></rPr><t>${'y'.repeat(20_000)}</t></r>`;
    const over = await sheetWith(`<row r="1"><c r="A1" t="inlineStr"><is>${runs}</is></c></row>`);
    await expectRefused(
      save('runs.xlsx', writeZip({ ...parts, 'xl/worksheets/sheet1.xml': over })),
      /more than 32,767 characters/,
    );
    const entities = await sheetWith(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>${'&amp;'.repeat(30_000)}</t></is></c></row>`,
    );
    const { code } = await run(
      'evaluate',
      save('entities.xlsx', writeZip({ ...parts, 'xl/worksheets/sheet1.xml': entities })),
    );
    expect(code).toBe(EXIT.problems); // read: 30,000 characters; no impact map on it
  });

  it('refuses a file over the size limit without reading it', async () => {
    const file = join(directory, 'huge.csv');
    writeFileSync(file, '');
    truncateSync(file, LIMITS.bytes + 1); // sparse: no disk space used
    await expectRefused(file, /is larger than 256 MB, more than sroi reads/);
  });
});

describe('sroi refuses what is not a regular file, without reading it', () => {
  const hasDevZero = existsSync('/dev/zero');
  (hasDevZero ? it : it.skip)('refuses a link to /dev/zero', async () => {
    for (const name of ['zero.xlsx', 'zero.csv', 'zero.json']) {
      const link = join(directory, name);
      symlinkSync('/dev/zero', link);
      await expectRefused(link, /is not a file saved on disk \(it is a device, a pipe or a socket\)/);
    }
  });

  it('refuses a named pipe (FIFO) with no writer, and does not wait for one', async () => {
    const fifo = join(directory, 'pipe.csv');
    try {
      execFileSync('mkfifo', [fifo], { stdio: 'ignore' });
    } catch {
      console.warn('mkfifo is not available here: the FIFO case is not tested');
      return;
    }
    await expectRefused(fifo, /is not a file saved on disk/);
  });

  it('refuses a folder', async () => {
    const folder = join(directory, 'folder.xlsx');
    mkdirSync(folder);
    await expectRefused(folder, /is a folder, not a file/);
  });
});

describe('sroi refuses broken and foreign files in plain words', () => {
  it('refuses a zip that is not a workbook', async () => {
    const file = save('not-a-workbook.xlsx', writeZip({ 'notes.txt': 'hello', 'data/a.xml': '<a/>' }));
    await expectRefused(file, /is a zip file, not an Excel workbook \(it has no workbook part\)/);
    const ods = save(
      'spreadsheet.xlsx',
      writeZip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }),
    );
    await expectRefused(ods, /is an OpenDocument file \(\.ods\), not an Excel workbook/);
  });

  it('refuses random bytes, with or without a zip signature, as .xlsx and as .csv', async () => {
    let seed = 12345;
    const random = (length: number) =>
      Uint8Array.from({ length }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
    await expectRefused(save('random.xlsx', random(4096)), /is not an \.xlsx workbook/);
    const zipLike = Buffer.concat([Buffer.from('PK\x03\x04'), random(4096)]);
    await expectRefused(
      save('random-zip.xlsx', zipLike),
      /could not be read as an \.xlsx workbook: its zip directory is missing/,
    );
    const binary = Buffer.concat([random(2048), Buffer.from([0, 0, 0]), random(2048)]);
    await expectRefused(save('random.csv', binary), /is not a text file/);
  });

  it('refuses a workbook cut short, and one whose compressed data is corrupt', async () => {
    const whole = writeZip(await workbookParts());
    await expectRefused(save('cut.xlsx', whole.subarray(0, whole.length - 100)), /its zip directory is missing/);
    const corrupt = Buffer.from(whole);
    corrupt.fill(0xff, 200, 260); // inside the first part's deflated data
    await expectRefused(save('corrupt.xlsx', corrupt), /could not be read as an \.xlsx workbook/);
  });

  it("says a workbook is damaged instead of repeating exceljs's errors", async () => {
    const parts = await workbookParts();
    // A shared-string index past the list: exceljs fails reading 'richText' of undefined.
    const missingString = await sheetWith('<row r="1"><c r="A1" t="s"><v>99</v></c></row>');
    await expectRefused(
      save('missing-string.xlsx', writeZip({ ...parts, 'xl/worksheets/sheet1.xml': missingString })),
      /its contents are not as Excel writes them, so it may be damaged/,
    );
    const badXml = await sheetWith('<row r="1"><c r="A1"><v>1</v></row>');
    await expectRefused(
      save('bad-xml.xlsx', writeZip({ ...parts, 'xl/worksheets/sheet1.xml': badXml })),
      /its contents are not as Excel writes them/,
    );
  });
});

describe('sroi reads ISO date cells as dates', () => {
  it('refuses a date (t="d") in a number column instead of reading it as its year', async () => {
    const parts = await workbookParts();
    const strings = new TextDecoder().decode(parts['xl/sharedStrings.xml'] as Uint8Array);
    const index = (text: string) =>
      [...strings.matchAll(/<si>(.*?)<\/si>/g)].findIndex((m) => m[1] === `<t>${text}</t>`);
    const header = ['Stakeholder', 'Outcome', 'Quantity', 'Duration', 'Proxy value']
      .map((text, i) => `<c r="${'ABCDE'[i]}1" t="s"><v>${index(text)}</v></c>`)
      .join('');
    const sheet = await sheetWith(
      `<row r="1">${header}</row><row r="2"><c r="A2" t="s"><v>${index('Patients')}</v></c>` +
        `<c r="B2" t="s"><v>${index('Less lonely')}</v></c><c r="C2" t="d"><v>2024-01-01T00:00:00Z</v></c>` +
        '<c r="D2"><v>1</v></c><c r="E2"><v>100</v></c></row>',
    );
    const file = save('date.xlsx', writeZip({ ...parts, 'xl/worksheets/sheet1.xml': sheet }));
    const { code, err } = await run('validate', file);
    expect(code).toBe(EXIT.problems);
    expect(err).toContain('Impact Map!C2');
    expect(err).toContain('date');
    expect(err).not.toContain('2024');
  });
});

describe('the procurement commands refuse hostile files the same way', () => {
  /** A zip bomb of repeated rows, as a workbook. */
  async function bomb(name: string): Promise<string> {
    const cells = Array.from({ length: 20 }, (_, i) => `<c r="${String.fromCharCode(65 + i)}1"><v>1</v></c>`).join('');
    const [head, tail] = (await sheetWith('')).split('<sheetData></sheetData>') as [string, string];
    const sheet = await deflateRepeated(`<row r="1">${cells}</row>`, 120_000, {
      head: `${head}<sheetData>`,
      tail: `</sheetData>${tail}`,
    });
    return save(
      name,
      writeZip({ ...(await workbookParts()), 'xl/worksheets/sheet1.xml': sheet }, { declaredSize: 1000 }),
    );
  }
  const tender = 'tests/fixtures/procurement/tender.json';
  const catalogue = 'tests/fixtures/procurement/catalogue.json';

  it.each([
    ['a tender', async () => ['score', await bomb('tender-bomb.xlsx')]],
    ['a catalogue', async () => ['score', tender, '--catalogue', await bomb('catalogue-bomb.xlsx')]],
    [
      'a price index',
      async () => ['uplift', catalogue, '--price-year', '2025', '--index', await bomb('index-bomb.xlsx')],
    ],
    ['a contract', async () => ['monitor', await bomb('contract-bomb.xlsx'), '--catalogue', catalogue]],
  ])('refuses a zip bomb given as %s, without a library’s words', async (_, argv) => {
    const { code, out, err } = await run(...(await argv()));
    expect(code).toBe(EXIT.unreadable);
    expect(out).toBe('');
    expect(err).toContain(`has more than ${LIMITS.cells.toLocaleString('en-GB')} cells`);
    expect(err).not.toMatch(INTERNALS);
  });

  it('refuses random bytes given as a catalogue CSV or JSON', async () => {
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    for (const name of ['noise.csv', 'noise.json']) {
      const { code, err } = await run('score', tender, '--catalogue', save(name, noise));
      expect([EXIT.unreadable, EXIT.problems]).toContain(code);
      expect(err).not.toMatch(INTERNALS);
    }
  });
});
