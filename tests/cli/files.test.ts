import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { fromWorkbook, TEMPLATE_EXAMPLE } from '@sroi/workbook';
import { EXIT, readXlsx } from '@sroi/cli';
import { readFileSync } from 'node:fs';
import { run } from './run';

const directory = mkdtempSync(join(tmpdir(), 'sroi-cli-files-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

async function workbook(name: string, sheets: Record<string, unknown[][]>): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) book.addWorksheet(sheetName).addRows(rows);
  const file = join(directory, name);
  await book.xlsx.writeFile(file);
  return file;
}

const HEADER = ['Stakeholder', 'Outcome', 'Quantity', 'Duration', 'Proxy value', 'Deadweight', 'Attribution'];

describe('sroi validate', () => {
  it('passes the rows hidden in Excel to the reader, which says it reads them', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Impact Map');
    sheet.addRows([HEADER, ['P', 'x', 10, 1, 100, 0, 0], ['P', 'old', 999, 1, 100, 0, 0]]);
    sheet.getRow(3).hidden = true;
    const file = join(directory, 'hidden.xlsx');
    await book.xlsx.writeFile(file);
    const { out } = await run('validate', file);
    expect(out).toMatch(/Impact Map!A3: this row is hidden in Excel but is read like any other/);
  });

  it('reads a formula whose saved result is 0 as 0, not as a formula without a result', async () => {
    const zero = { formula: 'F3-F3', result: 0 };
    const file = await workbook('zero.xlsx', { 'Impact Map': [HEADER, ['P', 'x', 10, 1, 100, zero, 0.1]] });
    const { code, out, err } = await run('evaluate', file, '--format', 'json');
    expect(err).not.toMatch(/formula/);
    expect(code).toBe(EXIT.ok);
    // 10 x 100 x (1 - 0)(1 - 0.1) = 900.
    expect(JSON.parse(out).impact).toBe('900');
  });

  it('says a valid file has no problems and exits 0', async () => {
    const { code, out } = await run('validate', 'examples/social-prescribing.xlsx');
    expect(code).toBe(EXIT.ok);
    expect(out).toBe('examples/social-prescribing.xlsx: no problems (7 outcomes, 3 inputs, 6 stakeholders)\n');
  });

  it('lists every problem with sheet and cell and exits 1', async () => {
    const file = await workbook('bad.xlsx', {
      'Impact Map': [
        HEADER,
        ['Patients', 'Less lonely', 100, 2, 900, 1.2, 20],
        ['Patients', 'Fewer visits', 'lots', 1, 42, 0.1, 0.2],
      ],
    });
    const { code, err } = await run('validate', file);
    expect(code).toBe(EXIT.problems);
    expect(err).toBe(
      `sroi: ${file} has 3 problems:\n` +
        '  Impact Map!F2: deadweight 1.2 is over 100%: did you mean 1.2%? Enter it as 1.2% or 0.012\n' +
        '  Impact Map!G2: attribution 20 is over 100%: did you mean 20%? Enter it as 20% or 0.2\n' +
        '  Impact Map!C3: quantity must be a number, 0 or more; got "lots"\n' +
        `sroi: reading ${file}, 2 warnings:\n` +
        '  no inputs were found, so there is no SROI ratio: add an Inputs table with Description and Amount (or Cost) columns, ' +
        "or the value map's Inputs columns\n" +
        '  Impact Map!A1: no Displacement or Drop-off column was found, so each is taken as 0% for every outcome; ' +
        'add the column, or name it with a column mapping if it is there under another header\n',
    );
  });

  it('gives the problems as JSON with --format json', async () => {
    const file = await workbook('bad-json.xlsx', { Sheet1: [HEADER, ['P', 'x', 1, 1, 1, '150%', 0]] });
    const { code, out } = await run('validate', file, '--format', 'json');
    expect(code).toBe(EXIT.problems);
    expect(JSON.parse(out)).toEqual({
      file,
      valid: false,
      problems: ['Sheet1!F2: deadweight 150% is over 100%; enter a share from 0% to 100%, such as 20% or 0.2'],
      warnings: [
        expect.stringMatching(/^no inputs were found/),
        expect.stringMatching(/^Sheet1!A1: no Displacement or Drop-off column was found/),
      ],
      mapping: [expect.objectContaining({ table: 'impactMap', sheet: 'Sheet1', headers: 'A1:G1', rows: '2:2' })],
    });
  });

  it("places the engine's warnings about unusual values on their cells", async () => {
    const file = await workbook('unusual.xlsx', { 'Impact Map': [HEADER, ['P', 'x', 1, 1, 1, 0.9, 0]] });
    const { code, out } = await run('validate', file);
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/Impact Map!F2: .*deadweight/);
  });

  it('lists the paths of problems in a JSON file', async () => {
    const file = join(directory, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        name: 'x',
        stakeholders: [],
        inputs: [],
        outcomes: [{ id: 'a', stakeholder: 'p', description: 'd', quantity: 1, proxy: { value: 1 }, duration: 0 }],
      }),
    );
    const { code, err } = await run('validate', file);
    expect(code).toBe(EXIT.problems);
    expect(err).toContain('outcomes[0].duration: duration must be a whole number of years from 1 to 1000; got 0');
    expect(err).toContain('outcomes[0].stakeholder: stakeholder "p" is not in the stakeholders list');
  });
});

describe('sroi file errors', () => {
  it('exits 3 for a missing file', async () => {
    const { code, err } = await run('evaluate', join(directory, 'nowhere.xlsx'));
    expect(code).toBe(EXIT.missing);
    expect(err).toBe(`sroi: ${join(directory, 'nowhere.xlsx')}: no such file\n`);
  });

  it('exits 4 for a password-protected workbook (an encrypted .xlsx is an OLE compound file)', async () => {
    const file = join(directory, 'locked.xlsx');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
    );
    const { code, err } = await run('evaluate', file);
    expect(code).toBe(EXIT.unreadable);
    expect(err).toContain('is password-protected (encrypted) or an old .xls file');
    expect(err).toContain('remove the password');
  });

  it('exits 4 for a file that is not a workbook, and for a damaged one', async () => {
    const text = join(directory, 'notes.xlsx');
    writeFileSync(text, 'just some notes');
    expect(await run('evaluate', text)).toMatchObject({
      code: EXIT.unreadable,
      err: expect.stringContaining('is not an .xlsx workbook'),
    });
    const damaged = join(directory, 'damaged.xlsx');
    writeFileSync(damaged, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 7)]));
    expect(await run('evaluate', damaged)).toMatchObject({
      code: EXIT.unreadable,
      err: expect.stringContaining('could not be read as an .xlsx workbook'),
    });
  });

  it('exits 4 for invalid JSON', async () => {
    const file = join(directory, 'broken.json');
    writeFileSync(file, '{ "name": ');
    expect(await run('evaluate', file)).toMatchObject({
      code: EXIT.unreadable,
      err: expect.stringContaining('is not valid JSON'),
    });
  });

  it('exits 1 for a workbook with no impact map, naming the sheets it searched', async () => {
    const file = await workbook('no-map.xlsx', {
      Budget: [
        ['Item', 'Cost'],
        ['Staff', 1000],
      ],
      Notes: [['Hello']],
    });
    const { code, err } = await run('evaluate', file);
    expect(code).toBe(EXIT.problems);
    expect(err).toContain('no impact map found');
    expect(err).toContain('(sheets: Budget, Notes)');
  });

  it('exits 1 for an empty impact map', async () => {
    const file = await workbook('empty.xlsx', { 'Impact Map': [HEADER, [], ['Total']] });
    const { code, err } = await run('evaluate', file);
    expect(code).toBe(EXIT.problems);
    expect(err).toContain('Impact Map!A1: the impact map has no outcomes');
  });

  it('exits 2 for an unsupported extension', async () => {
    expect(await run('evaluate', 'report.pdf')).toMatchObject({
      code: EXIT.usage,
      err: expect.stringContaining('reads .xlsx, .csv and .json'),
    });
  });

  it('reads a semicolon-separated CSV as European Excel saves it', async () => {
    const file = join(directory, 'semicolon.csv');
    writeFileSync(file, 'Stakeholder;Outcome;Quantity;Duration;Value;DW\nPatients;Less lonely;10;1;100;20%\n');
    const { code, out } = await run('evaluate', file, '--format', 'json');
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(out).impact).toBe('800');
  });
});

describe('sroi template', () => {
  it('writes a workbook that reads back as its example and refuses to overwrite without --force', async () => {
    const file = join(directory, 'template.xlsx');
    const first = await run('template', file);
    expect(first.code).toBe(EXIT.ok);
    expect(first.out).toContain(`wrote ${file}`);
    const read = fromWorkbook(await readXlsx(readFileSync(file), file));
    expect(read.problems).toEqual([]);
    expect(read.evaluation).toStrictEqual(TEMPLATE_EXAMPLE);
    expect(await run('template', file)).toMatchObject({
      code: EXIT.usage,
      err: expect.stringContaining('already exists; use --force'),
    });
    expect((await run('template', file, '--force')).code).toBe(EXIT.ok);
  });

  it('has frozen headers, percent formats, share validation and the method note', async () => {
    const file = join(directory, 'template-look.xlsx');
    await run('template', file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const map = book.getWorksheet('Impact Map')!;
    expect(map.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, xSplit: 3 });
    expect(map.getCell('O3').numFmt).toBe('0.0%');
    expect(map.getCell('J3').numFmt).toBe('"£"#,##0.00;[Red]-"£"#,##0.00');
    const validation = (
      map as unknown as { dataValidations: { model: Record<string, { type: string; formulae: unknown[] }> } }
    ).dataValidations.model;
    // exceljs reads range validations back cell by cell.
    for (const cell of ['O3', 'R3', 'P40'])
      expect(validation[cell]).toMatchObject({ type: 'decimal', formulae: [0, 1] });
    expect(String(book.getWorksheet('Settings')!.getCell('A1').note)).toContain(
      'A Guide to Social Return on Investment',
    );
  });
});

describe('sroi usage', () => {
  it('prints help and exits 2 with no command, 0 with --help', async () => {
    expect(await run()).toMatchObject({ code: EXIT.usage, out: expect.stringContaining('Usage:') });
    expect(await run('--help')).toMatchObject({
      code: EXIT.ok,
      out: expect.stringContaining('sroi evaluate <file.xlsx|file.csv|file.json>'),
    });
  });

  it('exits 2 for an unknown command, a missing file argument, a bad format or an unknown option', async () => {
    expect((await run('evaluat', 'x.xlsx')).err).toContain('unknown command "evaluat"');
    expect((await run('evaluate')).err).toContain('evaluate needs a file');
    expect((await run('evaluate', 'x.json', '--format', 'pdf')).err).toContain(
      '--format must be text, json or md; got "pdf"',
    );
    expect((await run('evaluate', 'x.json', '--colour')).code).toBe(EXIT.usage);
  });
});
