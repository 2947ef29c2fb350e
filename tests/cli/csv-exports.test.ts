import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT, loadEvaluation, readCsv } from '@sroi/cli';
import { LIMITS } from '../../packages/cli/src/io/limits';
import { run } from './run';

const directory = mkdtempSync(join(tmpdir(), 'sroi-cli-csv-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const ROWS = [
  ['Stakeholder', 'Outcome', 'Quantity', 'Duration', 'Proxy value', 'Proxy source'],
  ['Patients', 'Café visits – weekly', '10', '1', '£100', 'Council’s own costs'],
];
const csv = (rows: readonly (readonly string[])[], separator = ',', newline = '\r\n') =>
  rows.map((row) => row.join(separator)).join(newline) + newline;

const utf16le = (text: string) => Buffer.from(text, 'utf16le');
const utf16be = (text: string) => utf16le(text).swap16();
/** Windows-1252 bytes for the text above: Latin-1 plus € ’ – (0x80 0x92 0x96). */
const windows1252 = (text: string) =>
  Uint8Array.from([...text], (letter) => ({ '€': 0x80, '’': 0x92, '–': 0x96 })[letter] ?? letter.charCodeAt(0));

describe('readCsv decodes what Excel saves', () => {
  const text = csv(ROWS);
  it.each([
    [
      'UTF-8 ("CSV UTF-8", with a byte order mark)',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    ],
    ['UTF-8 without a byte order mark', Buffer.from(text)],
    [
      'UTF-16 little-endian with a byte order mark ("Unicode Text")',
      Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(text)]),
    ],
    ['UTF-16 big-endian with a byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)])],
  ])('reads %s without a note', (_, bytes) => {
    const { sheet, notes } = readCsv(bytes, 'map.csv');
    expect(sheet.cells).toEqual(ROWS);
    expect(notes).toEqual([]);
  });

  it('reads UTF-16 without a byte order mark by its NUL bytes, and says so', () => {
    expect(readCsv(utf16le(text), 'le.csv')).toEqual({
      sheet: { name: 'le.csv', cells: ROWS },
      notes: ['le.csv has no byte order mark: read as UTF-16 (little-endian), as its bytes suggest'],
    });
    expect(readCsv(utf16be(text), 'be.csv').sheet.cells).toEqual(ROWS);
  });

  it('reads bytes that are not UTF-8 as Windows-1252 (€, ’, – and £ included), and says so', () => {
    const { sheet, notes } = readCsv(windows1252(csv([...ROWS, ['Council', 'Grant €', '1', '1', '5', 'x']])), 'uk.csv');
    expect(sheet.cells).toEqual([...ROWS, ['Council', 'Grant €', '1', '1', '5', 'x']]);
    expect(notes).toEqual([
      `uk.csv is not UTF-8: read as Windows-1252 (UK Excel's "CSV (Comma delimited)"); save as "CSV UTF-8" to avoid this`,
    ]);
  });
});

describe('readCsv finds the separator from every row', () => {
  it('keeps a comma file with semicolons in a cell a comma file', () => {
    const rows = [
      ['Name', 'Befriending'],
      ['Stakeholder', 'Outcome', 'Quantity', 'Proxy value', 'Source'],
      ['Older people', 'Less lonely', '85', '900', 'Illustrative; see PSSRU; current edition'],
      ['Older people', 'Fewer GP visits', '60', '42', 'Illustrative'],
    ];
    const { sheet, notes } = readCsv(Buffer.from(csv(rows)), 'comma.csv');
    expect(sheet.cells).toEqual(rows);
    expect(sheet.decimalMark).toBeUndefined();
    expect(notes).toEqual([]);
  });

  it('reads a semicolon file with decimal commas and marks the sheet decimalMark ","', () => {
    const rows = [
      ['Stakeholder', 'Outcome', 'Quantity', 'Proxy value', 'Deadweight', 'Attribution'],
      ['Patients', 'Less lonely', '10', '1.234,50', '0,2', '0,25'],
      ['Patients', 'Fewer visits', '5', '42,00', '0,1', '0,5'],
    ];
    const { sheet, notes } = readCsv(Buffer.from(csv(rows, ';')), 'european.csv');
    expect(sheet).toEqual({ name: 'european.csv', cells: rows, decimalMark: ',' });
    expect(notes).toEqual(['european.csv: read with semicolons between fields and decimal commas (European Excel)']);
  });

  it('reads a tab-separated file with commas in its text', () => {
    const rows = [
      ['Stakeholder', 'Outcome', 'Quantity'],
      ['Patients, carers', 'Less lonely, more active', '10'],
      ['GPs', 'Fewer visits', '5'],
    ];
    expect(readCsv(Buffer.from(csv(rows, '\t', '\n')), 'tabs.txt.csv').sheet.cells).toEqual(rows);
  });

  it('respects quotes: separators and line breaks inside them do not count', () => {
    const text =
      'Stakeholder;Outcome;Quantity\r\n"Patients; carers";"Less lonely,\r\nmore active";10\r\nGPs;"Fewer ""urgent"" visits";5\r\n';
    expect(readCsv(Buffer.from(text), 'quoted.csv').sheet.cells).toEqual([
      ['Stakeholder', 'Outcome', 'Quantity'],
      ['Patients; carers', 'Less lonely,\r\nmore active', '10'],
      ['GPs', 'Fewer "urgent" visits', '5'],
    ]);
  });

  it('reads a one-column file, and an empty one, as commas', () => {
    expect(readCsv(Buffer.from('Outcome\nLess lonely\n'), 'one.csv').sheet.cells).toEqual([
      ['Outcome'],
      ['Less lonely'],
    ]);
    expect(readCsv(new Uint8Array(0), 'empty.csv').sheet.cells).toEqual([]);
  });
});

describe('sroi reads European and UK CSV exports', () => {
  it('evaluates a semicolon file and keeps its notes on the loaded file', async () => {
    const file = join(directory, 'semicolon.csv');
    writeFileSync(file, 'Stakeholder;Outcome;Quantity;Duration;Value;DW\nPatients;Less lonely;10;1;100;20%\n');
    const { code, out } = await run('evaluate', file, '--format', 'json');
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(out).impact).toBe('800');
    expect((await loadEvaluation(file)).warnings).toContain(
      `${file}: read with semicolons between fields and decimal commas (European Excel)`,
    );
  });

  it('evaluates a Windows-1252 file with a £ in its values', async () => {
    const file = join(directory, 'uk.csv');
    writeFileSync(file, windows1252('Stakeholder,Outcome,Quantity,Duration,Value\nPatients,Café,10,1,£100\n'));
    const { code, out } = await run('evaluate', file, '--format', 'json');
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(out).presentValue).toMatch(/^966\.18/);
    const loaded = await loadEvaluation(file);
    expect(loaded.evaluation?.outcomes[0]?.description).toBe('Café');
    expect(loaded.warnings).toContainEqual(expect.stringContaining('is not UTF-8: read as Windows-1252'));
  });

  it('says nothing of encoding or separators for a plain UTF-8 comma file', async () => {
    const { warnings } = await loadEvaluation('examples/befriending-value-map.csv');
    expect(warnings.filter((warning) => /UTF|Windows|semicolon|separat/.test(warning))).toEqual([]);
  });
});

describe('sroi refuses CSV files over the limits while reading them', () => {
  const refused = async (name: string, text: string, words: RegExp) => {
    const file = join(directory, name);
    writeFileSync(file, text);
    const { code, err } = await run('evaluate', file);
    expect(code).toBe(EXIT.unreadable);
    expect(err).toMatch(words);
    expect(err).not.toMatch(/CSV_|Error:|yyyy/);
    expect(err.length).toBeLessThan(400);
  };

  it('refuses more rows than Excel allows', async () => {
    await refused('rows.csv', 'x\n'.repeat(LIMITS.rows + 1), /has more than 1,048,576 rows/);
  });

  it('refuses more cells than the limit', async () => {
    const row = `${Array.from({ length: 20 }, () => '1').join(',')}\n`;
    await refused('cells.csv', row.repeat(LIMITS.cells / 20 + 1), /has more than 1,000,000 cells/);
  });

  it('refuses a field longer than Excel allows, without echoing it', async () => {
    await refused(
      'field.csv',
      `Outcome,Note\nx,${'y'.repeat(LIMITS.text + 1)}\n`,
      /has a cell of more than 32,767 characters/,
    );
  });

  it('refuses a field longer than Excel allows, saying its line', async () => {
    await refused(
      'line.csv',
      `Outcome,Note\nx,y\nz,"${'y'.repeat(LIMITS.text + 1)}"\n`,
      /characters \(Excel's limit\) on line 3/,
    );
  });

  it('refuses a quote that is never closed, saying where it opens, however long the rest', async () => {
    await refused(
      'quote.csv',
      'Outcome,Note\nx,"never closed\ny,z\n',
      /has a quote \("\) on line 2 that is never closed/,
    );
    await refused('runaway.csv', `Outcome,Note\nx,y\nx,"${'y\n'.repeat(600_000)}`, /on line 3 that is never closed/);
  });

  it('refuses a workbook saved with a .csv name, pointing to .xlsx', async () => {
    await refused('book.csv', 'PK\x03\x04rest of a zip', /is an Excel workbook .* not CSV text; rename it to \.xlsx/);
  });
});
