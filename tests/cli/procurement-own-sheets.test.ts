import ExcelJS from 'exceljs';
import { EXIT } from '@sroi/cli';
import { row, scratchFolder } from '../fixtures/procurement/helpers';
import { run } from './run';

// A commissioner's own evaluation sheet, not our layout: weights formatted as
// percentages, quality scores typed as 80%, a "Social Value (£)" column. The
// hand-worked 60/30/10 example: A 48 + 24 + 10 = 82, B 60 + 21 + 4 = 85.

const folder = scratchFolder();

async function ownSheet(name: string, withWeights: boolean): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Evaluation');
  const weights = withWeights
    ? [['Price weighting', 0.6], ['Quality weighting', 0.3], ['Social value weighting', 0.1], []]
    : [];
  sheet.addRows([
    ...weights,
    ['Supplier', 'Total Price (£)', 'Quality Score', 'Social Value (£)'],
    ['A', 10000, 0.8, 50000],
    ['B', 8000, 0.7, 20000],
  ]);
  const first = withWeights ? 6 : 2;
  if (withWeights) for (const r of [1, 2, 3]) sheet.getCell(`B${r}`).numFmt = '0%';
  for (const r of [first, first + 1]) sheet.getCell(`C${r}`).numFmt = '0%';
  const file = folder.path(name);
  await book.xlsx.writeFile(file);
  return file;
}

describe('sroi score on a commissioner’s own sheet', () => {
  it('reads weights and scores formatted as percentages as shown (60%, 80%), not as 0.6 and 0.8', async () => {
    const { code, out, err } = await run('score', await ownSheet('own.xlsx', true));
    expect(err).toBe('');
    expect(code).toBe(EXIT.ok);
    expect(row(out, '1', 'B')?.slice(3)).toEqual(['60.00', '21.00', '4.00', '85.00', '£2.50']);
    expect(row(out, '2', 'A')?.slice(3)).toEqual(['48.00', '24.00', '10.00', '82.00', '£5.00']);
  });

  it('takes --weights for a workbook of bids alone', async () => {
    const file = await ownSheet('bids-only.xlsx', false);
    const without = await run('score', file);
    expect(without.code).toBe(EXIT.problems);
    expect(without.err).toContain('--weights 60,30,10');
    const { code, out } = await run('score', file, '--weights', '60,30,10');
    expect(code).toBe(EXIT.ok);
    expect(row(out, '1', 'B')?.[6]).toBe('85.00');
  });
});
