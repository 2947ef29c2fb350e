import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { catalogueFromSheets, priceIndexFromSheets } from '@sroi/workbook';
import { EXIT, readXlsx } from '@sroi/cli';
import { fixture, row, scratchFolder } from '../fixtures/procurement/helpers';
import { run } from './run';

const folder = scratchFolder();

// The index is 80 in 2020, 84 in 2021, 96 in 2024 and 100 in 2025.
describe('sroi uplift --value', () => {
  it('moves one value: 1,000 in 2020 prices is 1,250 in 2025 prices (x 100 / 80)', async () => {
    const { code, out } = await run(
      'uplift',
      '--value',
      '1000',
      '--from',
      '2020',
      '--to',
      '2025',
      '--index',
      fixture('deflator.csv'),
    );
    expect(code).toBe(EXIT.ok);
    expect(out).toBe(
      '1,000 in 2020 prices is 1,250 in 2025 prices\n  factor x1.25 (100 / 80): deflator, 100 in 2025 / 80 in 2020\n',
    );
  });

  it('gives the exact uplift as JSON, and keeps every digit typed', async () => {
    const { out } = await run(
      'uplift',
      '--value',
      '1,000.10',
      '--from',
      '2025',
      '--to',
      '2020',
      '--index',
      fixture('deflator.json'),
      '--format',
      'json',
    );
    // 1,000.10 x 80 / 100 = 800.08.
    expect(JSON.parse(out)).toMatchObject({
      original: '1000.1',
      value: '800.08',
      factor: '0.8',
      fromIndex: '100',
      toIndex: '80',
    });
  });

  it('names a year the index lacks, with the years it covers (exit 1)', async () => {
    const { code, err } = await run(
      'uplift',
      '--value',
      '1000',
      '--from',
      '2019',
      '--to',
      '2025',
      '--index',
      fixture('deflator.csv'),
    );
    expect(code).toBe(EXIT.problems);
    expect(err).toContain('the index "deflator" has no value for 2019; it covers 2020–2021 and 2024–2025');
  });

  it('refuses a value or years it cannot read, all at once (exit 2)', async () => {
    const { code, err } = await run(
      'uplift',
      '--value',
      'lots',
      '--from',
      'last year',
      '--index',
      fixture('deflator.csv'),
    );
    expect(code).toBe(EXIT.usage);
    expect(err).toContain('--value: value must be an amount, e.g. 1000; got "lots"');
    expect(err).toContain('--from: must be a year such as 2025; got "last year"');
    expect(err).toContain('--to: the year to move it to is required, e.g. --to 2025');
  });

  it('refuses a value and a catalogue together (exit 2)', async () => {
    const { code } = await run('uplift', fixture('catalogue.json'), '--value', '1', '--from', '2020', '--to', '2025');
    expect(code).toBe(EXIT.usage);
  });
});

// EMP-1 1,000 (2020) x 100 / 80 = 1,250; VOL-1 16.80 (2024) x 100 / 96 = 17.50; CO2-1 250 is already in 2025 prices.
describe('sroi uplift <catalogue>', () => {
  const args = [fixture('catalogue.json'), '--index', fixture('deflator.json'), '--price-year', '2025'];

  it('prints each proxy as given, the factor used, and the proxy in the price base', async () => {
    const { code, out } = await run('uplift', ...args);
    expect(code).toBe(EXIT.ok);
    expect(out.split('\n')[0]).toBe('Test framework in 2025 prices (index: Test deflator)');
    expect(row(out, 'EMP-1')?.slice(3)).toEqual(['£1,000.00', '2020', 'x1.25 (100 / 80)', '£1,250.00']);
    expect(row(out, 'VOL-1')?.slice(3)).toEqual(['£16.80', '2024', 'x1.041667 (100 / 96)', '£17.50']);
    expect(row(out, 'CO2-1')?.slice(3)).toEqual(['£250.00', '2025', 'x1 (same year)', '£250.00']);
  });

  it('needs --price-year (exit 2)', async () => {
    const { code, err } = await run('uplift', fixture('catalogue.json'), '--index', fixture('deflator.json'));
    expect(code).toBe(EXIT.usage);
    expect(err).toContain('--price-year YEAR');
  });

  it('names each measure whose price year the index lacks, at its path (exit 1)', async () => {
    const { code, err } = await run(
      'uplift',
      fixture('catalogue.json'),
      '--index',
      fixture('deflator.json'),
      '--price-year',
      '2023',
    );
    expect(code).toBe(EXIT.problems);
    expect(err).toContain(`sroi: ${fixture('catalogue.json')} has 3 problems:`);
    expect(err).toContain(
      '  measures[0].priceYear: measure "EMP-1" cannot be priced in 2023 prices: the index "Test deflator" has no value for 2023',
    );
  });

  it('writes the restated catalogue as JSON, which reads back with no index needed', async () => {
    const out = folder.path('catalogue-2025.json');
    expect((await run('uplift', ...args, '--out', out)).code).toBe(EXIT.ok);
    const written = JSON.parse(readFileSync(out, 'utf8')) as {
      name: string;
      measures: { proxy: string; priceYear: number; source: string }[];
    };
    expect(written.name).toBe('Test framework');
    expect(written.measures.map((m) => [m.proxy, m.priceYear])).toEqual([
      ['1250', 2025],
      ['17.5', 2025],
      ['250', 2025],
    ]);
    expect(written.measures[0]?.source).toBe(
      'Illustrative; in 2020 prices 1000, moved to 2025 prices x1.25 (100 / 80) with Test deflator',
    );
    const again = await run('uplift', out, '--price-year', '2025');
    expect(row(again.out, 'EMP-1')?.slice(3)).toEqual(['£1,250.00', '2025', 'x1 (same year)', '£1,250.00']);
  });

  it('writes it as CSV under the Measures headers, with its name, which reads back the same', async () => {
    const out = folder.path('catalogue-2025.csv');
    expect((await run('uplift', ...args, '--out', out)).code).toBe(EXIT.ok);
    expect(readFileSync(out, 'utf8').split('\r\n').slice(0, 3)).toEqual([
      '\uFEFFCatalogue,Test framework',
      '',
      'Code,Domain,Theme,Outcome,Measure,Unit,Proxy value,Price year,Source,Licence,Objective,Target',
    ]);
    const again = await run('uplift', out, '--price-year', '2025');
    expect(again.err).toBe('');
    expect(again.out.split('\n')[0]).toBe(
      'Test framework in 2025 prices (no index: every value taken was already in those prices)',
    );
    expect(row(again.out, 'VOL-1')?.slice(3)).toEqual(['£17.50', '2025', 'x1 (same year)', '£17.50']);
  });

  it('writes it as a workbook holding the catalogue as given and its index', async () => {
    const out = folder.path('catalogue.xlsx');
    expect((await run('uplift', ...args, '--out', out)).code).toBe(EXIT.ok);
    const sheets = await readXlsx(readFileSync(out), out);
    const catalogue = JSON.parse(readFileSync(fixture('catalogue.json'), 'utf8')) as {
      measures: { code: string; proxy: unknown }[];
    };
    const read = catalogueFromSheets(sheets);
    expect(read.value?.measures.map((m) => [m.code, Number(m.proxy)])).toEqual(
      catalogue.measures.map((m) => [m.code, Number(m.proxy)]),
    );
    expect(priceIndexFromSheets(sheets).value?.values).toEqual([
      { year: 2020, index: 80 },
      { year: 2021, index: 84 },
      { year: 2024, index: 96 },
      { year: 2025, index: 100 },
    ]);
  });

  it('refuses an --out it cannot write as a catalogue (exit 2)', async () => {
    const { code, err } = await run('uplift', ...args, '--out', folder.path('catalogue.txt'));
    expect(code).toBe(EXIT.usage);
    expect(err).toContain('uplift writes a catalogue as .json, .csv or .xlsx; got ".txt"');
  });

  it('writes whole or not at all: a failed write leaves no part-written file behind (exit 5)', async () => {
    const out = folder.path('a-folder.json');
    mkdirSync(out);
    const { code, err } = await run('uplift', ...args, '--out', out, '--force');
    expect(code).toBe(EXIT.unwritable);
    expect(err).toContain(`sroi: cannot write ${out}: it is a folder`);
    expect(readdirSync(dirname(out)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('writes a CSV that Excel cannot take for formulas', async () => {
    const file = folder.path('formula.json');
    const catalogue = JSON.parse(readFileSync(fixture('catalogue.json'), 'utf8')) as {
      measures: { measure: string }[];
    };
    catalogue.measures[0]!.measure = '=HYPERLINK("http://example.com")';
    writeFileSync(file, JSON.stringify(catalogue));
    const out = folder.path('formula.csv');
    expect(
      (await run('uplift', file, '--index', fixture('deflator.json'), '--price-year', '2025', '--out', out)).code,
    ).toBe(EXIT.ok);
    expect(readFileSync(out, 'utf8')).toContain(`,"'=HYPERLINK(""http://example.com"")",`);
  });
});
