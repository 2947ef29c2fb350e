import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { EXIT } from '@sroi/cli';
import { fixture, row, scratchFolder, writeWorkbook } from '../fixtures/procurement/helpers';
import { run } from './run';

const folder = scratchFolder();
const MAP = fixture('map-with-measure.json');
const PRICING = ['--catalogue', fixture('catalogue.json'), '--index', fixture('deflator.json'), '--price-year', '2025'];
const line = (out: string, label: string) => row(out, label)?.join(' ');

// The map's one outcome is 2 x EMP-1, one year, inputs 1,000. EMP-1 is 1,000 in 2020 prices;
// in 2025 prices 1,000 x 100 / 80 = 1,250. Present value 2 x 1,250 / 1.035 = 2,415.46; ratio 2.42 : 1.
describe('sroi evaluate with --catalogue: outcomes that name a measure', () => {
  it('takes the proxy from the catalogue in the price base, and says so', async () => {
    const { code, out, err } = await run('evaluate', MAP, ...PRICING);
    expect({ code, err }).toEqual({ code: EXIT.ok, err: '' });
    expect(out).toContain('Proxies from Test framework in 2025 prices (index: Test deflator)\n');
    expect(line(out, 'Present value')).toBe('Present value £2,415.46');
    expect(line(out, 'SROI ratio')).toBe('SROI ratio 2.42 : 1');
  });

  it('names the outcome and says to give --catalogue when none is given (exit 1)', async () => {
    const { code, err } = await run('evaluate', MAP);
    expect(code).toBe(EXIT.problems);
    expect(err).toBe(
      `sroi: ${MAP} has 1 problem:\n` +
        '  outcomes[0].proxy.measure: outcome "jobs" takes its proxy from measure "EMP-1" of a catalogue: ' +
        'give the catalogue with --catalogue FILE (and --index FILE --price-year YEAR to state its values in one year’s prices)\n',
    );
  });

  it("states the proxy in the catalogue's own year when no index is needed: 2 x 1,000 / 1.035 = 1,932.37", async () => {
    const { out } = await run('evaluate', MAP, '--catalogue', fixture('catalogue.json'), '--price-year', '2020');
    expect(out).toContain(
      'Proxies from Test framework in 2020 prices (no index: every value taken was already in those prices)',
    );
    expect(line(out, 'Present value')).toBe('Present value £1,932.37');
  });

  it('names a measure that needs an index, and an unknown measure code, with the outcome’s path', async () => {
    const needsIndex = await run('evaluate', MAP, '--catalogue', fixture('catalogue.json'));
    expect(needsIndex.code).toBe(EXIT.problems);
    expect(needsIndex.err).toContain(
      '  outcomes[0].proxy.measure: measure "EMP-1" cannot be priced in 2025 prices: the value is in 2020 prices and the price base is 2025: give a price index',
    );
    const map = JSON.parse(readFileSync(MAP, 'utf8')) as { outcomes: { proxy: { measure: string } }[] };
    map.outcomes[0]!.proxy.measure = 'EMP-9';
    const file = folder.path('unknown.json');
    writeFileSync(file, JSON.stringify(map));
    const unknown = await run('evaluate', file, ...PRICING);
    expect(unknown.code).toBe(EXIT.problems);
    expect(unknown.err).toContain('  outcomes[0].proxy.measure: unknown measure code "EMP-9"');
  });

  it('refuses a catalogue in another currency for a map that gives none (so is in GBP)', async () => {
    const catalogue = JSON.parse(readFileSync(fixture('catalogue.json'), 'utf8')) as { currency?: string };
    catalogue.currency = 'EUR';
    const file = folder.path('euro.json');
    writeFileSync(file, JSON.stringify(catalogue));
    const { code, err } = await run('evaluate', MAP, '--catalogue', file, '--price-year', '2020');
    expect(code).toBe(EXIT.problems);
    expect(err).toContain(
      '  currency: the impact map gives no currency, so it is in GBP, but the catalogue "Test framework" is in EUR',
    );
  });

  it('puts the pricing in the JSON result', async () => {
    const { out } = await run('evaluate', MAP, ...PRICING, '--format', 'json');
    const json = JSON.parse(out) as { settings: { pricing: unknown }; presentValue: string };
    expect(json.settings.pricing).toEqual({ catalogue: 'Test framework', priceYear: 2025, index: 'Test deflator' });
    expect(json.presentValue).toMatch(/^2415\.458937/);
  });

  it('says a catalogue no outcome uses was not used', async () => {
    const { code, err } = await run('evaluate', fixture('forecast.json'), '--catalogue', fixture('catalogue.json'));
    expect(code).toBe(EXIT.ok);
    expect(err).toContain('no outcome names a measure');
  });

  it('reads a Measure code column in a workbook, and names its cell when there is no catalogue', async () => {
    const file = await writeWorkbook(folder.path('map.xlsx'), {
      'Impact Map': [
        ['Stakeholder', 'Outcome', 'Quantity', 'Duration', 'Deadweight', 'Measure code'],
        ['Local residents', 'Residents in work', 2, 1, 0, 'EMP-1'],
      ],
      Inputs: [
        ['Description', 'Amount'],
        ['Programme cost', 1000],
      ],
    });
    const without = await run('evaluate', file);
    expect(without.code).toBe(EXIT.problems);
    expect(without.err).toContain('  Impact Map!F2: outcome');
    const priced = await run('evaluate', file, ...PRICING);
    expect(priced.code).toBe(EXIT.ok);
    expect(line(priced.out, 'Present value')).toBe('Present value £2,415.46');
  });
});

describe('--catalogue with validate, sensitivity and montecarlo', () => {
  it('validate says the map has no problems once priced, and where its proxies came from', async () => {
    const { code, out } = await run('validate', MAP, ...PRICING);
    expect(code).toBe(EXIT.ok);
    expect(out).toContain(`${MAP}: no problems (1 outcomes, 1 inputs, 1 stakeholders)\n`);
    expect(out).toContain('Proxies from Test framework in 2025 prices (index: Test deflator)\n');
  });

  it('sensitivity reports on the priced map', async () => {
    const { code, out } = await run('sensitivity', MAP, ...PRICING);
    expect(code).toBe(EXIT.ok);
    expect(out).toContain('Base ratio 2.42 : 1');
    expect(out).toContain('Proxies from Test framework in 2025 prices');
  });

  it('montecarlo gives a command that reproduces the run with the same catalogue and prices', async () => {
    const { code, out } = await run('montecarlo', MAP, ...PRICING, '--iterations', '200');
    expect(code).toBe(EXIT.ok);
    expect(out).toContain(
      `Reproduce: sroi montecarlo ${MAP} --iterations 200 --seed 1 --catalogue ${fixture('catalogue.json')} --index ${fixture('deflator.json')} --price-year 2025\n`,
    );
  });
});

describe('catalogue and index files', () => {
  it('reads an index from a CSV of Year and Index columns, named after the file', async () => {
    const { code, out } = await run(
      'evaluate',
      MAP,
      '--catalogue',
      fixture('catalogue.json'),
      '--index',
      fixture('deflator.csv'),
      '--price-year',
      '2025',
    );
    expect(code).toBe(EXIT.ok);
    expect(out).toContain('Proxies from Test framework in 2025 prices (index: deflator)\n');
  });

  it('lists every problem of a catalogue CSV at its cell (exit 1)', async () => {
    const file = folder.path('measures.csv');
    writeFileSync(
      file,
      'Code,Domain,Theme,Outcome,Measure,Unit,Proxy value,Price year,Source\n' +
        'EMP-1,economic,Jobs,More local jobs,Local people employed,person-year,lots,2020,Illustrative\n' +
        'EMP-1,social,Jobs,More local jobs,Local people employed,person-year,100,2020,Illustrative\n',
    );
    const { code, err } = await run('evaluate', MAP, '--catalogue', file);
    expect(code).toBe(EXIT.problems);
    expect(err).toContain(`sroi: ${file} has 2 problems:`);
    expect(err).toContain('  measures.csv!G2: ');
    expect(err).toContain('  measures.csv!A3: ');
  });

  it('lists the problems of a JSON index at their paths (exit 1)', async () => {
    const file = folder.path('index.json');
    writeFileSync(file, JSON.stringify({ name: 'Bad', values: [{ year: 2020, index: 0 }] }));
    const { code, err } = await run('evaluate', MAP, '--catalogue', fixture('catalogue.json'), '--index', file);
    expect(code).toBe(EXIT.problems);
    expect(err).toContain('  values[0].index: ');
  });

  it('refuses a device as a catalogue at once (exit 4), and a file of another kind (exit 2)', async () => {
    const device = folder.path('zero.csv');
    symlinkSync('/dev/zero', device);
    const refused = await run('evaluate', MAP, '--catalogue', device);
    expect(refused.code).toBe(EXIT.unreadable);
    expect(refused.err).toContain('is not a file saved on disk');
    const wrong = await run('evaluate', MAP, '--catalogue', 'measures.txt');
    expect(wrong.code).toBe(EXIT.usage);
    expect(wrong.err).toContain(
      '--catalogue measures.txt: a catalogue of measures is read from .json, .csv or .xlsx files',
    );
  });

  it('refuses --catalogue for template, and --catalogue for uplift (whose file is the catalogue)', async () => {
    expect((await run('template', folder.path('t.xlsx'), '--catalogue', 'x.json')).code).toBe(EXIT.usage);
    const uplift = await run('uplift', 'x.json', '--catalogue', 'x.json');
    expect(uplift.err).toContain('uplift takes the catalogue as its file');
  });
});
