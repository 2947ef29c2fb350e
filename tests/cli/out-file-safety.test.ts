import fs, {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, type Evaluation } from '@sroi/core';
import { toWorkbook } from '@sroi/workbook';
import { workbookSize } from '../../packages/cli/src/io/workbook-size';
import { largeEvaluation } from './large';
import { run } from './run';

const directory = mkdtempSync(join(tmpdir(), 'sroi-out-safety-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** A copy of the example map in a folder of its own, so that links to it can be made beside it. */
function mapIn(folder: string): string {
  mkdirSync(join(directory, folder));
  const file = join(directory, folder, 'map.json');
  copyFileSync('examples/social-prescribing.json', file);
  return file;
}

describe('--out never overwrites a file being read', () => {
  const map = mapIn('links');
  const bytes = readFileSync(map);
  const folderLink = join(directory, 'linked-folder');
  symlinkSync(join(directory, 'links'), folderLink);
  const symbolic = join(directory, 'links', 'link.xlsx');
  symlinkSync(map, symbolic);
  const hard = join(directory, 'links', 'hard.xlsx');
  linkSync(map, hard);

  it.each([
    ['a symbolic link to it', symbolic],
    ['a hard link to it', hard],
    ['its path through a linked folder', join(folderLink, 'map.json')],
  ])('refuses %s, even with --force, and leaves the map as it was', async (_, out) => {
    const { code, out: printed, err } = await run('evaluate', map, '--out', out, '--force');
    expect(code).toBe(2);
    expect(printed).toBe('');
    expect(err).toContain(`--out ${out} is the file being evaluated (${map}, by another name)`);
    expect(readFileSync(map)).toEqual(bytes);
  });

  it('refuses ./map.xlsx for map.xlsx, and the catalogue a command reads', async () => {
    const same = await run(
      'evaluate',
      'examples/social-prescribing.xlsx',
      '--out',
      './examples/social-prescribing.xlsx',
    );
    expect(same.code).toBe(2);
    expect(same.err).toContain('is the file being evaluated (examples/social-prescribing.xlsx, by another name)');
    const catalogue = join(directory, 'links', 'catalogue.json');
    symlinkSync(join(process.cwd(), 'tests/fixtures/procurement/catalogue.json'), catalogue);
    const score = await run(
      'score',
      'tests/fixtures/procurement/tender.json',
      '--catalogue',
      catalogue,
      '--out',
      catalogue,
    );
    expect(score.code).toBe(2);
    expect(score.err).toContain(`--out ${catalogue} is the file being read`);
  });
});

describe('--out names a file of the kind the command writes', () => {
  it('says what the file would hold and how to save what was probably meant', async () => {
    const out = join(directory, 'report.md');
    const { code, err } = await run('evaluate', 'examples/social-prescribing.json', '--out', out);
    expect(code).toBe(2);
    expect(err).toBe(
      `sroi: --out ${out} would hold a workbook (.xlsx); to save the Markdown summary use --format md > ${out}\n`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a scores workbook named .json, and reports every problem with --out at once', async () => {
    const tender = join(directory, 'tender.json');
    copyFileSync('tests/fixtures/procurement/tender.json', tender);
    const { code, err } = await run('score', tender, '--out', tender);
    expect(code).toBe(2);
    expect(err).toBe(
      `sroi: --out ${tender} would hold a workbook (.xlsx); to save the figures as JSON use --format json > ${tender}\n` +
        `sroi: --out ${tender} is the file being scored; choose another name so it is not overwritten\n`,
    );
  });

  it('takes .XLSX in capitals as a workbook', async () => {
    const out = join(directory, 'CAPITALS.XLSX');
    expect((await run('evaluate', 'examples/social-prescribing.json', '--out', out)).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('--out is written whole or not at all', () => {
  afterEach(() => jest.restoreAllMocks());

  it('leaves the file it would replace as it was when the disk is full, and no temporary file (exit 5)', async () => {
    const folder = join(directory, 'full-disk');
    mkdirSync(folder);
    const out = join(folder, 'report.xlsx');
    writeFileSync(out, 'last week’s report');
    jest.spyOn(fs, 'writeSync').mockImplementation(() => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    const { code, err } = await run('evaluate', 'examples/social-prescribing.json', '--out', out, '--force');
    expect(code).toBe(5);
    expect(err).toBe(`sroi: cannot write ${out}: the disk is full\n`);
    expect(readFileSync(out, 'utf8')).toBe('last week’s report');
    expect(readdirSync(folder)).toEqual(['report.xlsx']);
  });

  it('writes through a link: the link stays, the file it points to is replaced', async () => {
    const folder = join(directory, 'through-link');
    mkdirSync(folder);
    const real = join(folder, 'shared.xlsx');
    writeFileSync(real, 'old');
    const link = join(folder, 'mine.xlsx');
    symlinkSync(real, link);
    expect((await run('evaluate', 'examples/social-prescribing.json', '--out', link, '--force')).code).toBe(0);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(folder).sort()).toEqual(['mine.xlsx', 'shared.xlsx']);
  });
});

describe('a workbook too large to build is refused before it is built', () => {
  it('prints the figures, then refuses 2,000 outcomes starting in year 1,000 and lasting 1,000 years (exit 1)', async () => {
    const large = largeEvaluation(2000);
    const evaluation: Evaluation = {
      ...large,
      outcomes: large.outcomes.map((outcome) => ({ ...outcome, startYear: 1000, duration: 1000 })),
    };
    const file = join(directory, 'long.json');
    writeFileSync(file, JSON.stringify(evaluation));
    const out = join(directory, 'long.xlsx');
    const { code, out: printed, err } = await run('evaluate', file, '--out', out);
    expect(code).toBe(1);
    expect(printed).toContain('Large map (2000 outcomes)');
    // Worked by hand from the layout: the Impact Map has 2 heading rows, 2,000 outcomes and a Total row
    // (2,003), by 18 columns of the map, Impact, years 1 to 1,999 and Present value (2,019): 4,044,057
    // cells. The other sheets: Discounting 9 x 2,001; Settings 11 x 3; Stakeholders 23 x 2; Inputs
    // 53 x 6; Results 47 x 4: 18,594 more, 4,062,651 in all.
    expect(err).toBe(
      `sroi: ${out} was not written: the workbook would hold 4,062,651 cells, 4,044,057 of them on the Impact Map ` +
        'sheet (2,003 rows by 2,019 columns). Excel holds at most 16,384 columns and 1,048,576 rows per sheet, and ' +
        'sroi writes at most 1,000,000 cells, as many as it reads. The Impact Map has a row for each outcome and a ' +
        'column for each year: fewer outcomes (grouping similar ones) or fewer years (shorter durations, earlier ' +
        'starts) make it smaller. The printed figures are complete without it\n',
    );
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ['the social prescribing example', JSON.parse(readFileSync('examples/social-prescribing.json', 'utf8'))],
    ['300 outcomes', largeEvaluation(300)],
    [
      'outcomes measured each year, with a list of discount rates',
      {
        ...largeEvaluation(12),
        discount: { rates: Array.from({ length: 9 }, () => 0.035) },
        outcomes: largeEvaluation(12).outcomes.map((outcome, i) =>
          i % 2 === 0 ? { ...outcome, quantity: 1, dropOff: 0, duration: 3, quantityByYear: [1, 2, 3] } : outcome,
        ),
      },
    ],
  ])('counts the sheets of %s as toWorkbook lays them out', (_, evaluation: Evaluation) => {
    const laid = toWorkbook(evaluation).sheets.map((sheet) => ({
      sheet: sheet.name,
      rows: sheet.cells.length,
      columns: sheet.cells[0]?.length ?? 0,
    }));
    expect(workbookSize(evaluation, evaluate(evaluation))).toEqual(laid);
  });
});
