import { readFileSync, writeFileSync } from 'node:fs';
import { contractFromSheets } from '@sroi/workbook';
import { EXIT, readXlsx } from '@sroi/cli';
import { fixture, row, scratchFolder, writeWorkbook } from '../fixtures/procurement/helpers';
import { run } from './run';

const folder = scratchFolder();
const PRICING = ['--catalogue', fixture('catalogue.json'), '--index', fixture('deflator.json'), '--price-year', '2025'];

// In 2025 prices: EMP-1 1,000 x 100 / 80 = 1,250; VOL-1 16.80 x 100 / 96 = 17.50.
// EMP-1: 4 committed (5,000), 1 + 1 delivered (2,500): 50%, 2 short (2,500).
// VOL-1: 100 committed (1,750), 60 + 90 delivered (2,625): 150%, none short.
// Totals: 6,750 committed, 5,125 delivered (75.9%), shortfall 2,500 (over-delivery does not offset).
// Periods: 2025 Q1 1,250 + 60 x 17.50 = 2,300; Q2 1,250 + 90 x 17.50 = 2,825; cumulative 5,125.
describe('sroi monitor: committed against delivered', () => {
  it('shows each measure under- and over-delivered, with its shortfall', async () => {
    const { code, out, err } = await run('monitor', fixture('contract.json'), ...PRICING);
    expect({ code, err }).toEqual({ code: EXIT.ok, err: '' });
    expect(row(out, 'EMP-1')?.slice(3)).toEqual([
      '4',
      '2',
      '50.0%',
      '2',
      '£1,250.00',
      '£5,000.00',
      '£2,500.00',
      '£2,500.00',
    ]);
    expect(row(out, 'VOL-1')?.slice(3)).toEqual([
      '100',
      '150',
      '150.0%',
      '0',
      '£17.50',
      '£1,750.00',
      '£2,625.00',
      '£0.00',
    ]);
  });

  it('totals by domain and for the contract, and by period with the cumulative value', async () => {
    const { out } = await run('monitor', fixture('contract.json'), ...PRICING);
    expect(row(out, 'economic')).toEqual(['economic', '£5,000.00', '£2,500.00', '50.0%', '£2,500.00']);
    expect(row(out, 'social')).toEqual(['social', '£1,750.00', '£2,625.00', '150.0%', '£0.00']);
    expect(row(out, 'Total')).toEqual(['Total', '£6,750.00', '£5,125.00', '75.9%', '£2,500.00']);
    expect(row(out, '2025 Q1')).toEqual(['2025 Q1', '£2,300.00', '£2,300.00']);
    expect(row(out, '2025 Q2')).toEqual(['2025 Q2', '£2,825.00', '£5,125.00']);
    expect(out).toContain('Values from Test framework in 2025 prices (index: Test deflator)\n');
  });

  it('warns of over-delivery at the commitment', async () => {
    const { out } = await run('monitor', fixture('contract.json'), ...PRICING);
    expect(out).toContain(
      '  - commitments[1]: VOL-1 (Staff volunteering hours) delivered 150 against 100 committed; over-delivery does not make up for shortfalls elsewhere',
    );
  });

  it('gives the full result as JSON', async () => {
    const { code, out } = await run('monitor', fixture('contract.json'), ...PRICING, '--format', 'json');
    expect(code).toBe(EXIT.ok);
    const json = JSON.parse(out) as { totals: Record<string, string>; comparison?: unknown };
    expect(json.totals).toEqual({
      committedValue: '6750',
      deliveredValue: '5125',
      delivered: expect.stringMatching(/^0\.759259259/) as unknown as string,
      shortfallValue: '2500',
    });
    expect(json.comparison).toBeUndefined();
  });
});

describe('sroi monitor: a contract in a CSV', () => {
  it('reads the Contract rows, then the Commitments and Deliveries tables below them', async () => {
    const file = folder.path('contract.csv');
    writeFileSync(
      file,
      'Contract,Falls service\nSupplier,A\n\nMeasure code,Quantity\nEMP-1,4\n\nPeriod,Measure code,Quantity\n2025 Q1,EMP-1,1\n',
    );
    // 4 x 1,250 = 5,000 committed; 1 x 1,250 delivered (25.0%); 3 x 1,250 = 3,750 short.
    const { code, out } = await run('monitor', file, ...PRICING);
    expect(code).toBe(EXIT.ok);
    expect(row(out, 'Total')).toEqual(['Total', '£5,000.00', '£1,250.00', '25.0%', '£3,750.00']);
  });
});

describe('sroi monitor: problems', () => {
  it('needs --catalogue (exit 2)', async () => {
    const { code, err } = await run('monitor', fixture('contract.json'));
    expect(code).toBe(EXIT.usage);
    expect(err).toContain('give it with --catalogue FILE');
  });

  it('names an unknown measure code at its path in JSON', async () => {
    const contract = JSON.parse(readFileSync(fixture('contract.json'), 'utf8')) as { deliveries: { code: string }[] };
    contract.deliveries[3]!.code = 'vol-1';
    const file = folder.path('contract.json');
    writeFileSync(file, JSON.stringify(contract));
    const { code, err } = await run('monitor', file, ...PRICING);
    expect(code).toBe(EXIT.problems);
    expect(err).toContain(
      '  deliveries[3].code: unknown measure code "vol-1": did you mean "VOL-1"? Codes are matched exactly\n',
    );
  });

  it('places an unknown measure code at its cell in a workbook', async () => {
    const file = await writeWorkbook(folder.path('contract.xlsx'), {
      Contract: [
        ['Contract', 'Falls service'],
        ['Supplier', 'A'],
      ],
      Commitments: [
        ['Measure code', 'Quantity'],
        ['EMP-1', 4],
      ],
      Deliveries: [
        ['Period', 'Measure code', 'Quantity'],
        ['2025 Q1', 'EMP-1', 1],
        ['2025 Q2', 'EMP-7', 1],
      ],
    });
    const { code, err } = await run('monitor', file, ...PRICING);
    expect(code).toBe(EXIT.problems);
    expect(err).toContain('  Deliveries!B3: unknown measure code "EMP-7"');
  });
});

// Forecast: 10 x 100 in year 1 at 3.5%: 1,000 / 1.035 = 966.18; inputs 500; ratio 1.93.
// Evaluative: 8 x 100: 800 / 1.035 = 772.95; ratio 1.55. Differences: -193.24 and -0.39.
describe('sroi monitor --forecast --evaluative', () => {
  const maps = ['--forecast', fixture('forecast.json'), '--evaluative', fixture('evaluative.json')];

  it('compares the forecast SROI with the evaluative one, figure by figure and outcome by outcome', async () => {
    const { code, out, err } = await run('monitor', fixture('contract.json'), ...PRICING, ...maps);
    // Maps that name no measure are not told that the contract's catalogue went unused.
    expect({ code, err }).toEqual({ code: EXIT.ok, err: '' });
    expect(out).toContain('Forecast "Falls service forecast" against evaluative "Falls service evaluative"');
    expect(row(out, 'Present value')).toEqual(['Present value', '£966.18', '£772.95', '-£193.24']);
    expect(row(out, 'SROI ratio (x : 1)')).toEqual(['SROI ratio (x : 1)', '1.93', '1.55', '-0.39']);
    expect(row(out, 'Residents in work (jobs)')).toEqual([
      'Residents in work (jobs)',
      '£966.18',
      '£772.95',
      '-£193.24',
    ]);
  });

  it('puts the comparison in the JSON too', async () => {
    const { out } = await run('monitor', fixture('contract.json'), ...PRICING, ...maps, '--format', 'json');
    const json = JSON.parse(out) as { comparison: { forecast: string; presentValue: { forecast: string } } };
    expect(json.comparison.forecast).toBe('Falls service forecast');
    expect(json.comparison.presentValue.forecast).toMatch(/^966\.183574879/);
  });

  it('needs both maps (exit 2)', async () => {
    const { code, err } = await run(
      'monitor',
      fixture('contract.json'),
      ...PRICING,
      '--forecast',
      fixture('forecast.json'),
    );
    expect(code).toBe(EXIT.usage);
    expect(err).toContain('--evaluative is missing');
  });

  it('lists the problems of a map, as evaluate does (exit 1)', async () => {
    const { code, err } = await run(
      'monitor',
      fixture('contract.json'),
      ...PRICING,
      '--forecast',
      fixture('tender.json'),
      '--evaluative',
      fixture('evaluative.json'),
    );
    expect(code).toBe(EXIT.problems);
    expect(err).toContain(`sroi: ${fixture('tender.json')} has`);
  });
});

describe('sroi monitor --out', () => {
  it('writes a monitoring workbook that reads back as the contract, and monitors the same from it', async () => {
    const out = folder.path('monitoring.xlsx');
    const { code, err } = await run('monitor', fixture('contract.json'), ...PRICING, '--out', out);
    expect(code).toBe(EXIT.ok);
    expect(err).toContain(`wrote ${out}`);
    const read = contractFromSheets(await readXlsx(readFileSync(out), out));
    expect(read.problems).toEqual([]);
    expect(read.value).toEqual(JSON.parse(readFileSync(fixture('contract.json'), 'utf8')));
    const again = await run('monitor', out, '--catalogue', out, '--index', out);
    expect(again.code).toBe(EXIT.ok);
    expect(row(again.out, 'Total')).toEqual(['Total', '£6,750.00', '£5,125.00', '75.9%', '£2,500.00']);
  });
});
