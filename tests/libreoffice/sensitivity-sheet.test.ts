import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Decimal, oneWay, switchingValues, type Evaluation, toDecimal } from '@sroi/core';
import { toWorkbook } from '@sroi/workbook';
import { readXlsx, writeXlsx } from '@sroi/cli';
import { recalculateToXlsx, sofficeOrSkip } from './soffice';

const soffice = sofficeOrSkip();
const describeWithLibreOffice = soffice === null ? describe.skip : describe;

const evaluation = JSON.parse(readFileSync('examples/social-prescribing.json', 'utf8')) as Evaluation;

/**
 * The same number to 15 significant digits, as a spreadsheet keeps it. Core is
 * the reference: the sheet holds core's values, not formulas, so this checks
 * they are written and read back right.
 */
function sameNumber(read: unknown, expected: Decimal): boolean {
  if (typeof read !== 'number') return false;
  return toDecimal(read).minus(expected).abs().lte(expected.abs().times('1e-14'));
}

describeWithLibreOffice('the Sensitivity sheet saved again by LibreOffice', () => {
  const directory = mkdtempSync(join(tmpdir(), 'sroi-sensitivity-'));
  let rows: (readonly unknown[])[] = [];

  beforeAll(async () => {
    const file = join(directory, 'social-prescribing.xlsx');
    await writeXlsx(toWorkbook(evaluation, { sensitivity: true }), file);
    recalculateToXlsx(soffice as string, [file], join(directory, 'out'), join(directory, 'profile'));
    const saved = readFileSync(join(directory, 'out', 'social-prescribing.xlsx'));
    const sheets = await readXlsx(new Uint8Array(saved), 'social-prescribing.xlsx');
    rows = [...(sheets.find((sheet) => sheet.name === 'Sensitivity')?.cells ?? [])];
  });

  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  /** The data rows of the table whose title starts with `title`. */
  const tableRows = (title: string) => {
    const start = rows.findIndex((row) => typeof row[0] === 'string' && row[0].startsWith(title));
    return rows.slice(start + 2);
  };

  it('holds core\u2019s switching values: base, switching value and change of every estimate', () => {
    const core = switchingValues(evaluation, { target: 1 });
    const expected = [...core.outcomes, ...core.together];
    const read = tableRows('Switching values').slice(0, expected.length);
    const wrong: string[] = [];
    expected.forEach((value, index) => {
      const row = read[index] ?? [];
      const where = `row ${index + 1} (${value.outcome ?? 'all'} ${value.estimate})`;
      if (row[0] !== (value.outcome ?? 'All outcomes')) wrong.push(`${where}: outcome ${String(row[0])}`);
      const pairs: [string, Decimal | null, unknown][] = [
        ['base', value.base, row[2]],
        ['value', value.value, row[3]],
        ['change', value.change, row[4]],
      ];
      for (const [name, decimal, cell] of pairs)
        if (decimal !== null && !sameNumber(cell, decimal))
          wrong.push(`${where}: ${name} ${String(cell)}, core ${decimal.toString()}`);
      if (value.reason !== null && row[5] !== value.reason.message) wrong.push(`${where}: reason ${String(row[5])}`);
    });
    expect(wrong).toEqual([]);
    expect(expected.filter((value) => value.value !== null).length).toBeGreaterThan(0);
  });

  it('holds core\u2019s tornado: the moved values, the ratio at each end and the swing, largest first', () => {
    const core = oneWay(evaluation, { change: 0.1 });
    const read = tableRows('One-way changes');
    const wrong: string[] = [];
    core.rows.forEach((line, index) => {
      const row = read[index] ?? [];
      const where = `row ${index + 1} (${line.outcome ?? 'all'} ${line.estimate})`;
      if (row[0] !== (line.outcome ?? 'All outcomes')) wrong.push(`${where}: outcome ${String(row[0])}`);
      const pairs: [string, Decimal | null, unknown][] = [
        ['base', line.base, row[2]],
        ['low', line.low.value, row[3]],
        ['ratio at low', line.low.ratio, row[4]],
        ['high', line.high.value, row[5]],
        ['ratio at high', line.high.ratio, row[6]],
        ['swing', line.swing, row[7]],
      ];
      for (const [name, decimal, cell] of pairs)
        if (decimal !== null && !sameNumber(cell, decimal))
          wrong.push(`${where}: ${name} ${String(cell)}, core ${decimal.toString()}`);
    });
    expect(wrong).toEqual([]);
    expect(read.length).toBeGreaterThanOrEqual(core.rows.length);
  });
});
