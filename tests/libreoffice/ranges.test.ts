import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeXlsx } from '@sroi/cli';
import { rangesSheet, templateWorkbook, TEMPLATE_EXAMPLE, type MonteCarloRanges } from '@sroi/workbook';
import { run } from '../cli/run';
import { recalculateToXlsx, sofficeOrSkip } from './soffice';

const soffice = sofficeOrSkip();
const describeWithLibreOffice = soffice === null ? describe.skip : describe;

const outcome = TEMPLATE_EXAMPLE.outcomes[0]?.id as string;
/** Every distribution and unit the sheet writes: % changes, percentage points, whole years, a per-outcome row. */
const RANGES: MonteCarloRanges = {
  distributions: {
    quantity: { type: 'uniform', min: -0.15, max: 0.05 },
    proxy: { type: 'pert', min: -0.3, mode: -0.05, max: 0.125 },
    deadweight: { type: 'normal', mean: 0.02, sd: 0.05 },
    dropOff: { type: 'fixed' },
    duration: { type: 'triangular', min: -1, mode: 0, max: 2 },
  },
  byOutcome: { [outcome]: { attribution: { type: 'triangular', min: -0.2, mode: 0, max: 0.05 } } },
};

describeWithLibreOffice('a filled Ranges sheet saved by LibreOffice', () => {
  let directory = '';
  beforeAll(() => (directory = mkdtempSync(join(tmpdir(), 'sroi-lo-ranges-'))));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('reads back the same ranges after LibreOffice opens and saves the template', async () => {
    const template = templateWorkbook();
    const filled = { sheets: [...template.sheets.slice(0, -1), rangesSheet(RANGES)] };
    const written = join(directory, 'filled.xlsx');
    await writeXlsx(filled, written);
    recalculateToXlsx(soffice as string, [written], join(directory, 'out'), join(directory, 'profile'));
    const saved = join(directory, 'out', 'filled.xlsx');

    const read = async (file: string) => {
      const result = await run('montecarlo', file, '--format', 'json', '--iterations', '200');
      expect(result.err).toBe('');
      return (JSON.parse(result.out) as { ranges: unknown }).ranges;
    };
    const expected = {
      source: 'the Ranges sheet of filled.xlsx',
      // Displacement and attribution are left at the defaults the sheet writes for every outcome.
      distributions: {
        ...RANGES.distributions,
        displacement: { type: 'triangular', min: -0.1, mode: 0, max: 0.1 },
        attribution: { type: 'triangular', min: -0.1, mode: 0, max: 0.1 },
      },
      byOutcome: RANGES.byOutcome,
    };
    expect(await read(written)).toEqual(expected);
    expect(await read(saved)).toEqual(expected);
  });
});
