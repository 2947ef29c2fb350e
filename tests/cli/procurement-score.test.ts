import { readFileSync, writeFileSync } from 'node:fs';
import { scoreTenders } from '@sroi/core';
import { tenderFromSheets } from '@sroi/workbook';
import { EXIT, readXlsx } from '@sroi/cli';
import { fixture, row, scratchFolder, writeWorkbook } from '../fixtures/procurement/helpers';
import { run } from './run';

const folder = scratchFolder();
const PRICING = ['--catalogue', fixture('catalogue.json'), '--index', fixture('deflator.json'), '--price-year', '2025'];

describe('sroi score on the worked example (weights 60/30/10)', () => {
  // A: 8,000 / 10,000 x 60 = 48; 80 / 100 x 30 = 24; 50,000 / 50,000 x 10 = 10; total 82; £50,000 / £10,000 = £5 per £1.
  // B: 8,000 / 8,000 x 60 = 60;  70 / 100 x 30 = 21; 20,000 / 50,000 x 10 = 4;  total 85; £20,000 / £8,000 = £2.50 per £1.
  it('ranks B first with 85.00 points and A second with 82.00', async () => {
    const { code, out, err } = await run('score', fixture('tender.json'));
    expect({ code, err }).toEqual({ code: EXIT.ok, err: '' });
    expect(row(out, '1')).toEqual(['1', 'B', '£8,000.00', '60.00', '21.00', '4.00', '85.00', '£2.50']);
    expect(row(out, '2')).toEqual(['2', 'A', '£10,000.00', '48.00', '24.00', '10.00', '82.00', '£5.00']);
  });

  it("prints each bid's working, best first, so that the award can be published", async () => {
    const { out } = await run('score', fixture('tender.json'));
    expect(out).toContain('    Price: £8,000.00 / £10,000.00 x 60 = 48.00\n');
    expect(out).toContain('    Total: 60.00 + 21.00 + 4.00 = 85.00; rank 1 of 2\n');
    expect(out.indexOf('  B (rank 1)')).toBeLessThan(out.indexOf('  A (rank 2)'));
  });

  it('gives the full result as JSON, every decimal an exact string', async () => {
    const { code, out } = await run('score', fixture('tender.json'), '--format', 'json');
    expect(code).toBe(EXIT.ok);
    const json = JSON.parse(out) as { ranking: string[]; bids: { bidder: string; points: { total: string } }[] };
    expect(json.ranking).toEqual(['B', 'A']);
    expect(json.bids.map((bid) => [bid.bidder, bid.points.total])).toEqual([
      ['A', '82'],
      ['B', '85'],
    ]);
  });

  it('gives the same table in Markdown', async () => {
    const { out } = await run('score', fixture('tender.json'), '--format', 'md');
    expect(out).toContain('| 1 | B | £8,000.00 | 60.00 | 21.00 | 4.00 | 85.00 | £2.50 |');
    expect(out).toContain('### A (rank 2)');
  });
});

describe('sroi score: problems', () => {
  it('lists every problem of a JSON tender with its path, and exits 1', async () => {
    const { code, out, err } = await run('score', fixture('tender-with-problems.json'));
    expect(code).toBe(EXIT.problems);
    expect(out).toBe('');
    expect(err).toContain(`sroi: ${fixture('tender-with-problems.json')} has 3 problems:\n`);
    expect(err).toContain(
      '  weights: weights must sum to 100 (percent); price 60 + quality 30 + social value 20 = 110\n',
    );
    expect(err).toContain('  bids[1].price: price must be an amount above 0; got 0');
    expect(err).toContain('  bids[1].quality: quality score must be a score from 0 to 100; got 170\n');
  });

  it('says a JSON file that is not a tender object is not one (exit 1)', async () => {
    const file = folder.path('null.json');
    writeFileSync(file, 'null');
    const { code, err } = await run('score', file);
    expect(code).toBe(EXIT.problems);
    expect(err).toBe(
      `sroi: ${file} has 1 problem:\n  (the whole file): a tender is a JSON object, { "weights": { … }, "bids": [ … ] }; got null\n`,
    );
  });

  it('places the problems of a workbook tender at their cells', async () => {
    const file = await writeWorkbook(folder.path('bad-tender.xlsx'), {
      Tender: [
        ['Price weight (%)', 60],
        ['Quality weight (%)', 30],
        ['Social value weight (%)', 10],
      ],
      Bids: [
        ['Bidder', 'Price', 'Quality score', 'Social value offer'],
        ['A', 10000, 80, 50000],
        ['B', 0, 70, 20000],
      ],
    });
    const { code, err } = await run('score', file);
    expect(code).toBe(EXIT.problems);
    expect(err).toContain('  Bids!B3: price must be an amount above 0');
  });

  it("places core's problems with commitments at their cells in a workbook (an unknown measure code)", async () => {
    const file = await writeWorkbook(folder.path('unknown-code.xlsx'), {
      Tender: [
        ['Price weight (%)', 60],
        ['Quality weight (%)', 30],
        ['Social value weight (%)', 10],
      ],
      Bids: [
        ['Bidder', 'Price', 'Quality score'],
        ['A', 10000, 80],
        ['B', 8000, 70],
      ],
      Commitments: [
        ['Bidder', 'Measure code', 'Quantity'],
        ['A', 'EMP-1', 1],
        ['B', 'EMP-9', 2],
      ],
    });
    const { code, err } = await run('score', file, ...PRICING);
    expect(code).toBe(EXIT.problems);
    expect(err).toMatch(
      / {2}Commitments!B3: unknown measure code "EMP-9"; the catalogue "Test framework" has "EMP-1", "VOL-1", "CO2-1"\n/,
    );
  });

  it('says to give --catalogue when bids commit to measures', async () => {
    const { code, err } = await run('score', fixture('tender-commitments.json'));
    expect(code).toBe(EXIT.problems);
    expect(err).toContain('  bids[0].commitments: commitments are priced from a measures catalogue');
    expect(err).toContain('--catalogue');
  });

  it('names a year the price index lacks', async () => {
    const { code, err } = await run(
      'score',
      fixture('tender-commitments.json'),
      '--catalogue',
      fixture('catalogue.json'),
      '--index',
      fixture('deflator.json'),
      '--price-year',
      '2019',
    );
    expect(code).toBe(EXIT.problems);
    expect(err).toContain(
      '  bids[0].commitments[0].code: measure "EMP-1" cannot be priced in 2019 prices: the index "Test deflator" has no value for 2019',
    );
  });

  it('refuses --index and --price-year without --catalogue (exit 2), as there is nothing to price', async () => {
    const { code, err } = await run('score', fixture('tender.json'), '--index', fixture('deflator.json'));
    expect(code).toBe(EXIT.usage);
    expect(err).toContain('give the catalogue too, with --catalogue FILE');
  });
});

describe('sroi score: commitments priced from a catalogue', () => {
  // EMP-1 is 1,000 in 2020 prices; the index is 80 in 2020 and 100 in 2025, so 1,000 x 100 / 80 = 1,250 in 2025 prices.
  // VOL-1 is 16.80 in 2024 prices (index 96): 16.80 x 100 / 96 = 17.50. A commits 1 x EMP-1 + 100 x VOL-1 = 3,000.
  it('prices each commitment in the price base: 1,000 in 2020 prices is 1,250 in 2025 prices', async () => {
    const { code, out } = await run('score', fixture('tender-commitments.json'), ...PRICING, '--format', 'json');
    expect(code).toBe(EXIT.ok);
    const json = JSON.parse(out) as {
      bids: { socialValue: string; commitments: { code: string; proxy: string; value: string }[] }[];
      pricing: unknown;
    };
    expect(json.bids[0]?.commitments.map((c) => [c.code, c.proxy, c.value])).toEqual([
      ['EMP-1', '1250', '1250'],
      ['VOL-1', '17.5', '1750'],
    ]);
    expect(json.bids[0]?.socialValue).toBe('3000');
    expect(json.pricing).toEqual({ catalogue: 'Test framework', priceYear: 2025, index: 'Test deflator' });
  });

  it('says in the text where the commitments were priced from', async () => {
    const { out } = await run('score', fixture('tender-commitments.json'), ...PRICING);
    expect(out).toContain('Commitments priced from Test framework in 2025 prices (index: Test deflator)\n');
    expect(out).toContain('Social value offer: 1 x EMP-1 at £1,250.00 + 100 x VOL-1 at £17.50 = £3,000.00');
  });

  it('names a measure code the catalogue does not have', async () => {
    const tender = JSON.parse(readFileSync(fixture('tender-commitments.json'), 'utf8')) as {
      bids: { commitments?: { code: string }[] }[];
    };
    tender.bids[1]!.commitments![0]!.code = 'CO2-9';
    const file = folder.path('unknown.json');
    writeFileSync(file, JSON.stringify(tender));
    const { code, err } = await run('score', file, ...PRICING);
    expect(code).toBe(EXIT.problems);
    expect(err).toContain('  bids[1].commitments[0].code: unknown measure code "CO2-9"');
  });
});

describe('sroi score: the price year of the Tender sheet', () => {
  const sheets = {
    Tender: [
      ['Price weight (%)', 60],
      ['Quality weight (%)', 30],
      ['Social value weight (%)', 10],
      ['Price year', 2024],
    ],
    Bids: [
      ['Bidder', 'Price', 'Quality score'],
      ['A', 10000, 80],
    ],
    Commitments: [
      ['Bidder', 'Measure code', 'Quantity'],
      ['A', 'EMP-1', 1],
    ],
  };
  const catalogue = ['--catalogue', fixture('catalogue.json'), '--index', fixture('deflator.json')];

  it("prices commitments in the sheet's year when --price-year is not given: 1,000 x 96 / 80 = 1,200", async () => {
    const file = await writeWorkbook(folder.path('year.xlsx'), sheets);
    const { code, out } = await run('score', file, ...catalogue, '--format', 'json');
    expect(code).toBe(EXIT.ok);
    const json = JSON.parse(out) as { pricing: { priceYear: number }; bids: { commitments: { proxy: string }[] }[] };
    expect(json.pricing.priceYear).toBe(2024);
    expect(json.bids[0]?.commitments[0]?.proxy).toBe('1200');
  });

  it('takes --price-year over the sheet’s year, and says so', async () => {
    const file = await writeWorkbook(folder.path('year-over.xlsx'), sheets);
    const { code, out, err } = await run('score', file, ...catalogue, '--price-year', '2025', '--format', 'json');
    expect(code).toBe(EXIT.ok);
    expect(err).toContain(`${file} states price year 2024; --price-year 2025 is used instead`);
    expect((JSON.parse(out) as { bids: { commitments: { proxy: string }[] }[] }).bids[0]?.commitments[0]?.proxy).toBe(
      '1250',
    );
  });
});

describe('sroi score: a CSV of bids with --weights', () => {
  const csv = folder.path('bids.csv');
  beforeAll(() =>
    writeFileSync(csv, 'Bidder,Price,Quality score,Social value offer\nA,10000,80,50000\nB,8000,70,20000\n'),
  );

  it('scores the bids with the weights given, named after the file', async () => {
    const { code, out } = await run('score', csv, '--weights', '60,30,10');
    expect(code).toBe(EXIT.ok);
    expect(out.split('\n')[0]).toBe('bids: tender scores (2 bids)');
    expect(row(out, '1')).toEqual(['1', 'B', '£8,000.00', '60.00', '21.00', '4.00', '85.00', '£2.50']);
  });

  it('places problems with the weights at --weights, and refuses fractions', async () => {
    const sum = await run('score', csv, '--weights', '60,30,20');
    expect(sum.code).toBe(EXIT.problems);
    expect(sum.err).toContain('  --weights: weights must sum to 100 (percent)');
    const fractions = await run('score', csv, '--weights', '0.6,0.3,0.1');
    expect(fractions.code).toBe(EXIT.problems);
    expect(fractions.err).toContain('  --weights: price weight 0.6');
  });

  it('says a CSV without weights may give them with --weights', async () => {
    const { code, err } = await run('score', csv);
    expect(code).toBe(EXIT.problems);
    expect(err).toContain(
      '  --weights: bids in a CSV or workbook may take their weights from the command line instead',
    );
  });

  it('refuses --weights for a tender that holds its own (exit 2), and weights that are not three', async () => {
    expect((await run('score', fixture('tender.json'), '--weights', '60,30,10')).err).toContain(
      '--weights is for bids in a CSV or workbook; this JSON tender gives its weights in its "weights" field',
    );
    expect((await run('score', csv, '--weights', '60,40')).code).toBe(EXIT.usage);
  });
});

describe('sroi score: ties and names', () => {
  it('states a tie, with the rank shared and who decides', async () => {
    const file = folder.path('tie.json');
    // Each scores 10,000 / 10,000 x 60 = 60, 70 / 100 x 30 = 21 and 100 / 100 x 10 = 10: 91.
    writeFileSync(
      file,
      JSON.stringify({
        weights: { price: 60, quality: 30, socialValue: 10 },
        bids: [
          { bidder: 'A', price: 10000, quality: 70, socialValue: 100 },
          { bidder: 'B', price: 10000, quality: 70, socialValue: 100 },
        ],
      }),
    );
    const { code, out } = await run('score', file);
    expect(code).toBe(EXIT.ok);
    expect(row(out, '1=', 'A')?.[6]).toBe('91.00');
    expect(row(out, '1=', 'B')?.[6]).toBe('91.00');
    expect(out).toContain("A and B tie at rank 1 with 91.00 points: the tender documents' tie-break rule decides.");
  });

  it("shows control characters in a bidder's name instead of sending them to the terminal", async () => {
    const file = folder.path('escape.json');
    writeFileSync(
      file,
      JSON.stringify({
        weights: { price: 60, quality: 30, socialValue: 10 },
        bids: [{ bidder: 'Acme\u001b[2J\u001b[H Ltd', price: 100, quality: 50, socialValue: 10 }],
      }),
    );
    const { code, out } = await run('score', file);
    expect(code).toBe(EXIT.ok);
    expect(out).toContain('Acme\\u001b[2J\\u001b[H Ltd');
    expect(out).not.toContain('\u001b');
  });
});

describe('sroi score --out', () => {
  it('writes the tender and its scores as a workbook that reads back as the same tender', async () => {
    const out = folder.path('scores.xlsx');
    const { code, err } = await run('score', fixture('tender.json'), '--out', out);
    expect(code).toBe(EXIT.ok);
    expect(err).toContain(`wrote ${out}`);
    const read = tenderFromSheets(await readXlsx(readFileSync(out), out));
    expect(read.problems).toEqual([]);
    expect(scoreTenders(read.value!).bids.map((bid) => bid.points.total.toString())).toEqual(['82', '85']);
    const again = await run('score', out);
    expect(row(again.out, '1')?.slice(0, 7)).toEqual(['1', 'B', '£8,000.00', '60.00', '21.00', '4.00', '85.00']);
  });

  it('writes commitments with their catalogue and index, so that the workbook scores the same on its own', async () => {
    const out = folder.path('commitments.xlsx');
    expect((await run('score', fixture('tender-commitments.json'), ...PRICING, '--out', out)).code).toBe(EXIT.ok);
    // B: 60 + 21 + 500 / 3,000 x 10 = 82.67 (2 x CO2-1 at 250); A: 48 + 24 + 10 = 82.00.
    const { code, out: printed } = await run('score', out, '--catalogue', out, '--index', out);
    expect(code).toBe(EXIT.ok);
    expect(row(printed, '1')?.slice(0, 7)).toEqual(['1', 'B', '£8,000.00', '60.00', '21.00', '1.67', '82.67']);
    expect(row(printed, '2')?.slice(0, 7)).toEqual(['2', 'A', '£10,000.00', '48.00', '24.00', '10.00', '82.00']);
    expect(printed).toContain('Commitments priced from ');
  });

  it('keeps an existing --out file unless --force is given', async () => {
    const out = folder.path('kept.xlsx');
    writeFileSync(out, 'a colleague’s work');
    const refused = await run('score', fixture('tender.json'), '--out', out);
    expect(refused).toEqual({
      code: EXIT.usage,
      out: '',
      err: `sroi: ${out} already exists; use --force to replace it\n`,
    });
    expect(readFileSync(out, 'utf8')).toBe('a colleague’s work');
    expect((await run('score', fixture('tender.json'), '--out', out, '--force')).code).toBe(EXIT.ok);
  });
});

describe('sroi score --help', () => {
  it('explains the scoring and the options, and exits 0', async () => {
    const { code, out } = await run('score', '--help');
    expect(code).toBe(EXIT.ok);
    expect(out).toContain('Usage: sroi score <tender.json|tender.xlsx|bids.csv>');
    expect(out).toContain('--weights');
  });
});
