import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Evaluation } from '@sroi/core';
import { EXIT, writeXlsx } from '@sroi/cli';
import { rangesSheet, toWorkbook, type MonteCarloRanges } from '@sroi/workbook';
import { run } from './run';

const MAP = 'examples/social-prescribing';
const evaluation = JSON.parse(readFileSync(`${MAP}.json`, 'utf8')) as Evaluation;
let directory = '';
beforeAll(() => (directory = mkdtempSync(join(tmpdir(), 'sroi-ranges-'))));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  writeFileSync(join(directory, name), text);
  return join(directory, name);
};
const json = async (...argv: string[]) => {
  const result = await run('montecarlo', ...argv, '--format', 'json', '--iterations', '2000');
  expect(result.err).toBe('');
  expect(result.code).toBe(EXIT.ok);
  return JSON.parse(result.out) as { ranges: unknown; presentValue: Record<string, number>; [key: string]: unknown };
};

/** The same ranges written four ways below, in core's units (fractions; duration in years). */
const RANGES: MonteCarloRanges = {
  distributions: {
    proxy: { type: 'triangular', min: -0.3, mode: 0, max: 0.1 },
    deadweight: { type: 'uniform', min: -0.05, max: 0.05 },
    dropOff: { type: 'fixed' },
  },
  byOutcome: {
    'gp-appointments': {
      quantity: { type: 'normal', mean: 0, sd: 0.1 },
      duration: { type: 'triangular', min: -1, mode: 0, max: 1 },
    },
  },
};
const CSV = [
  'Outcome,Estimate,Distribution,Low,Most likely,High,Standard deviation',
  'All outcomes,Financial proxy,Triangular,-30%,0%,10%,',
  ',Deadweight,uniform,-5%,,5%,',
  'All outcomes,Drop-off rate,Fixed,,,,',
  'gp-appointments,Quantity,Normal,,0%,,10%',
  'gp-appointments,Duration,Triangular,-1,0,1,',
].join('\n');

describe('sroi montecarlo --ranges', () => {
  it('reads the same ranges from a CSV, a JSON file, a workbook and the map workbook’s own Ranges sheet', async () => {
    const csv = file('ranges.csv', CSV);
    const asJson = file('ranges.json', JSON.stringify(RANGES));
    const workbook = join(directory, 'ranges.xlsx');
    await writeXlsx({ sheets: [rangesSheet(RANGES)] }, workbook);
    const map = join(directory, 'map-with-ranges.xlsx');
    await writeXlsx({ sheets: [...toWorkbook(evaluation).sheets, rangesSheet(RANGES)] }, map);

    const fromCsv = await json(`${MAP}.json`, '--ranges', csv);
    const expected = {
      source: 'ranges.csv',
      distributions: {
        quantity: { type: 'triangular', min: -0.2, mode: 0, max: 0.2 },
        proxy: { type: 'triangular', min: -0.3, mode: 0, max: 0.1 },
        deadweight: { type: 'uniform', min: -0.05, max: 0.05 },
        displacement: { type: 'triangular', min: -0.1, mode: 0, max: 0.1 },
        attribution: { type: 'triangular', min: -0.1, mode: 0, max: 0.1 },
        dropOff: { type: 'fixed' },
        duration: { type: 'fixed' },
      },
      byOutcome: RANGES.byOutcome,
    };
    expect(fromCsv.ranges).toEqual(expected);
    const fromJson = await json(`${MAP}.json`, '--ranges', asJson);
    const fromWorkbook = await json(`${MAP}.json`, '--ranges', workbook);
    const fromMap = await json(map);
    expect(fromJson.ranges).toEqual({ ...expected, source: 'ranges.json' });
    expect(fromWorkbook.ranges).toEqual({ ...expected, source: 'the Ranges sheet of ranges.xlsx' });
    expect(fromMap.ranges).toEqual({ ...expected, source: 'the Ranges sheet of map-with-ranges.xlsx' });
    // The same ranges, the same draws.
    expect(fromJson.presentValue).toEqual(fromCsv.presentValue);
    expect(fromWorkbook.presentValue).toEqual(fromCsv.presentValue);
    expect(fromMap.presentValue).toEqual(fromCsv.presentValue);
    const defaults = await json(`${MAP}.json`);
    expect(defaults.ranges).toEqual({ ...expected, source: null, distributions: expect.anything(), byOutcome: {} });
    expect(defaults.presentValue).not.toEqual(fromCsv.presentValue);
  });

  it('says where the ranges came from, every outcome’s, and an outcome’s own where they differ', async () => {
    const { code, out } = await run('montecarlo', `${MAP}.json`, '--ranges', file('said.csv', CSV), '-n', '1000');
    expect(code).toBe(EXIT.ok);
    expect(out).toContain(
      'Ranges: from said.csv.\n' +
        "Each estimate of each outcome is drawn independently, as a change from the outcome's base value:\n" +
        '  quantity: triangular -20% to +20% (mode 0%)\n' +
        '  financial proxy: triangular -30% to +10% (mode 0%)\n' +
        '  deadweight: uniform -5 pts to +5 pts\n' +
        '  displacement: triangular -10 pts to +10 pts (mode 0 pts)\n' +
        '  attribution: triangular -10 pts to +10 pts (mode 0 pts)\n' +
        '  drop-off: fixed at its base value\n' +
        '  duration: fixed at its base value\n' +
        'For these outcomes, instead:\n' +
        '  "gp-appointments": quantity: normal, mean 0%, sd 10%; duration: triangular -1 years to +1 years (mode 0 years)\n',
    );
    expect(out).toContain(`--ranges ${join(directory, 'said.csv')}`);
  });

  it('refuses bad ranges with every problem at its cell, the reader’s and core’s at once (exit 1)', async () => {
    const bad = file(
      'bad.csv',
      [
        'Outcome,Estimate,Distribution,Low,Most likely,High,Standard deviation',
        'All outcomes,Quantity,Triangular,-20,0,20%,',
        'nope,Deadweight,Fixed,,,,',
        'All outcomes,Financial proxy,Uniform,10%,,-10%,',
        'All outcomes,Colour,Triangular,-1%,,1%,',
        'All outcomes,Quantity,Fixed,,,,',
        'All outcomes,Attribution,Normal,-5%,,,',
      ].join('\n'),
    );
    const { code, out, err } = await run('montecarlo', `${MAP}.json`, '--ranges', bad);
    expect({ code, out }).toEqual({ code: EXIT.problems, out: '' });
    expect(err).toBe(
      `sroi: ${bad} has 7 problems in its ranges:\n` +
        '  bad.csv!D2: Low for Quantity is -20 with no %: did you mean -20%? Write it with %, or format the cell as %; a change in %, e.g. -20% for 20% less\n' +
        '  bad.csv!A3: outcome "nope" is not in the impact map; its Outcome IDs are "wellbeing", "loneliness", "activity", "gp-appointments", "emergency-attendances", "volunteer-confidence", "travel", or write All outcomes\n' +
        '  bad.csv!B5: Estimate must be one of Quantity, Financial proxy, Deadweight, Displacement, Attribution, Drop-off, Duration; got "Colour"\n' +
        '  bad.csv!B6: Quantity for all outcomes is given twice (first at bad.csv!B2); keep one row\n' +
        '  bad.csv!D7: Normal takes Standard deviation and Most likely, not Low; clear this cell or choose another distribution\n' +
        '  bad.csv!G7: Normal needs Standard deviation; give Standard deviation\n' +
        '  bad.csv!B4: min (0.1) is above max (-0.1); min must be at most max\n',
    );
  });

  it('refuses a JSON file’s bad ranges at their paths, as core words them', async () => {
    const bad = file(
      'bad.json',
      JSON.stringify({
        distributions: { proxy: { type: 'triangular', min: -0.2 } },
        byOutcome: { nope: {} },
        extra: 1,
      }),
    );
    const { code, err } = await run('montecarlo', `${MAP}.json`, '--ranges', bad);
    expect(code).toBe(EXIT.problems);
    expect(err).toBe(
      `sroi: ${bad} has 3 problems in its ranges:\n` +
        '  extra: unknown field "extra"; ranges have "distributions" (for every outcome) and "byOutcome" (by outcome id)\n' +
        '  byOutcome.nope: outcome "nope" is not in the impact map; its outcome ids are "wellbeing", "loneliness", "activity", "gp-appointments", "emergency-attendances", "volunteer-confidence", "travel"\n' +
        '  distributions.proxy.max: max must be a finite number (a relative change from -1 (-100%) to 10 (+1000%), e.g. -0.2 for 20% less); got nothing\n',
    );
  });

  it('refuses a ranges file of another kind, or one without a ranges table', async () => {
    expect((await run('montecarlo', `${MAP}.json`, '--ranges', file('r.txt', 'x'))).code).toBe(EXIT.usage);
    const none = await run('montecarlo', `${MAP}.json`, '--ranges', file('none.csv', 'a,b\n1,2'));
    expect(none.code).toBe(EXIT.problems);
    expect(none.err).toContain('none.csv has no ranges: its first row has a header row with Estimate and Distribution');
    expect((await run('montecarlo', `${MAP}.json`, '--ranges', join(directory, 'missing.csv'))).code).toBe(
      EXIT.missing,
    );
  });

  /**
   * Two outcomes worth £500 each (10 x £100 and 20 x £50, half deadweight, one year, no discounting)
   * against £1,000 of inputs: base £1,000, 1.00 : 1.
   */
  const twoOutcomes = {
    name: 'Two outcomes',
    discount: { rate: 0 },
    stakeholders: [{ id: 's', name: 'Residents' }],
    inputs: [{ description: 'Grant', amount: 1000 }],
    outcomes: [
      {
        id: 'A',
        stakeholder: 's',
        description: 'A',
        quantity: 10,
        proxy: { value: 100 },
        deadweight: 0.5,
        duration: 1,
      },
      { id: 'B', stakeholder: 's', description: 'B', quantity: 20, proxy: { value: 50 }, deadweight: 0.5, duration: 1 },
    ],
  };
  const allFixed = Object.fromEntries(
    ['proxy', 'deadweight', 'displacement', 'attribution', 'dropOff', 'duration'].map((e) => [e, { type: 'fixed' }]),
  );

  it("varies only the outcomes a range is given for: B's quantity alone spreads the present value as worked by hand", async () => {
    const map = file('two.json', JSON.stringify(twoOutcomes));
    const onlyB = file(
      'only-b.json',
      JSON.stringify({
        distributions: { ...allFixed, quantity: { type: 'uniform', min: -0.2, max: 0.2 } },
        byOutcome: { A: { quantity: { type: 'fixed' } } },
      }),
    );
    const run20k = async (ranges: string) => {
      const result = await run('montecarlo', map, '--ranges', ranges, '--format', 'json', '--iterations', '20000');
      expect(result.code).toBe(EXIT.ok);
      return JSON.parse(result.out) as { presentValue: Record<string, number> };
    };
    // A stays at £500; B is £500 x (1 + u), u uniform on -0.2..0.2: its 5th percentile is u = -0.2 + 0.4 x 0.05 = -0.18.
    const { presentValue } = await run20k(onlyB);
    expect(presentValue['p5']).toBeCloseTo(500 + 500 * 0.82, -0.5);
    expect(presentValue['p50']).toBeCloseTo(1000, -0.5);
    expect(presentValue['p95']).toBeCloseTo(500 + 500 * 1.18, -0.5);
    // Both outcomes' quantities varying independently spread it less than twice as far: not what was seen.
    const both = await run20k(
      file(
        'both.json',
        JSON.stringify({ distributions: { ...allFixed, quantity: { type: 'uniform', min: -0.2, max: 0.2 } } }),
      ),
    );
    expect(both.presentValue['p95']! - both.presentValue['p5']!).toBeGreaterThan(1.2 * (1090 - 910));
    // B fixed as well: no spread at all, every draw the base case.
    const none = await run20k(
      file(
        'none.json',
        JSON.stringify({
          distributions: { ...allFixed, quantity: { type: 'uniform', min: -0.2, max: 0.2 } },
          byOutcome: { A: { quantity: { type: 'fixed' } }, B: { quantity: { type: 'fixed' } } },
        }),
      ),
    );
    for (const key of ['p5', 'p50', 'p95', 'mean']) expect(none.presentValue[key]).toBeCloseTo(1000, 9);
  });

  it('says the mean agrees with the base within sampling error when the ranges are even and the value linear in them', async () => {
    const map = file('two-agree.json', JSON.stringify(twoOutcomes));
    const even = file(
      'even.json',
      JSON.stringify({ distributions: { ...allFixed, quantity: { type: 'uniform', min: -0.2, max: 0.2 } } }),
    );
    const { out } = await run('montecarlo', map, '--ranges', even, '--iterations', '20000');
    expect(out).toMatch(
      /\nThe mean ratio \(\d\.\d{4} : 1\) agrees with the base case \(1\.0000 : 1\) within sampling error \(±0\.\d+, three standard errors\)\.\n/,
    );
  });

  it('says why the mean differs from the base: a range off centre, shares held at 0%, drop-off non-linear', async () => {
    const map = file('two-differ.json', JSON.stringify(twoOutcomes));
    const offCentre = file(
      'off.json',
      JSON.stringify({
        distributions: { ...allFixed, quantity: { type: 'fixed' }, proxy: { type: 'uniform', min: 0, max: 0.2 } },
      }),
    );
    const shifted = await run('montecarlo', map, '--ranges', offCentre, '--iterations', '20000');
    // Every proxy 10% higher on average: the mean ratio is near 1.10, the base 1.00.
    expect(shifted.out).toContain(
      'is above the base case (1.0000 : 1) by more than sampling error (±0.00088, three standard errors). ' +
        'From what was drawn: ranges not centred on the base (financial proxy of every outcome: a mean change of +10%).\n',
    );
    // By hand, the ±: each outcome's half of the ratio is 0.5 x U(0, 0.2), drawn apart, so the sd is
    // 0.2 / sqrt(12) / sqrt(2) = 0.0408 and three standard errors over 20,000 draws 0.00087; the
    // percentiles' estimate, (P95 - P5) / 3.29, gives 0.00088.
    // The example's defaults: displacement 0% everywhere can only rise; drop-off over years. The three
    // outcomes with drop-off 0% last one year, so their drop-off moves nothing and is not named.
    const example = await run('montecarlo', `${MAP}.json`, '--iterations', '20000');
    expect(example.out).toContain('is below the base case (2.6556 : 1) by more than sampling error');
    expect(example.out).toContain(
      'From what was drawn: values held at their limits, so they move more one way than the other ' +
        '(displacement of every outcome would go below 0%), ' +
        'and drop-off entering the value non-linearly, through each later year.\n',
    );
  });

  it('names each outcome with its own mean change when one outcome has other ranges', async () => {
    // Every proxy uniform 0 to +20% (a mean of +10%), but outcome B's +20% to +60% (a mean of +40%).
    const map = file('two-own.json', JSON.stringify(twoOutcomes));
    const own = file(
      'own.json',
      JSON.stringify({
        distributions: { ...allFixed, quantity: { type: 'fixed' }, proxy: { type: 'uniform', min: 0, max: 0.2 } },
        byOutcome: { B: { proxy: { type: 'uniform', min: 0.2, max: 0.6 } } },
      }),
    );
    const { out } = await run('montecarlo', map, '--ranges', own, '--iterations', '5000');
    expect(out).toContain(
      'ranges not centred on the base (financial proxy of outcome "A": a mean change of +10%; ' +
        'financial proxy of outcome "B": a mean change of +40%)',
    );
  });

  it('prints hostile outcome ids and names as text in the terminal and in Markdown', async () => {
    // Any control character but the newline reaching the terminal would be a bug.
    // eslint-disable-next-line no-control-regex
    const control = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
    const hostile = '\u001b]0;pwned\u0007<img src=x onerror=alert(1)>[x](javascript:alert(1))';
    const map = file(
      'hostile.json',
      JSON.stringify({
        ...twoOutcomes,
        name: '\u001b[2J<script>alert(1)</script>',
        outcomes: twoOutcomes.outcomes.map((outcome, i) => (i === 0 ? { ...outcome, id: hostile } : outcome)),
      }),
    );
    const ranges = file(
      'hostile-ranges.json',
      JSON.stringify({ byOutcome: { [hostile]: { quantity: { type: 'fixed' } } } }),
    );
    const text = await run('montecarlo', map, '--ranges', ranges, '-n', '500');
    expect(text.code).toBe(EXIT.ok);
    expect(text.out).not.toMatch(control);
    expect(text.out).toContain('\\u001b[2J<script>alert(1)</script>: Monte Carlo');
    expect(text.out).toContain(
      '  "\\u001b]0;pwned\\u0007<img src=x onerror=alert(1)>[x](javascript:alert(1))": quantity: fixed at its base value\n',
    );
    const markdown = await run('montecarlo', map, '--ranges', ranges, '-n', '500', '--format', 'md');
    expect(markdown.out).not.toMatch(control);
    // Markdown shows a backslash-escaped character as itself: no tag, link or image is left unescaped.
    expect(markdown.out).not.toMatch(/(^|[^\\])(<|\]\()/m);
    expect(markdown.out).toContain(
      '- "\\\\u001b\\]0;pwned\\\\u0007\\<img src=x onerror=alert(1)\\>\\[x\\](javascript:alert(1))": quantity: fixed at its base value\n',
    );
  });
});
