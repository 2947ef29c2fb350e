import { readFileSync } from 'node:fs';
import Decimal from 'decimal.js'; // decimal.js itself, for figures worked independently of the engine
import { ESTIMATE_LABELS, evaluate, monteCarlo, oneWay, type Evaluation, type Outcome } from '@sroi/core';
import {
  domainChart,
  histogramChart,
  paybackChart,
  stakeholderChart,
  tornadoChart,
  type Chart,
} from '../../packages/cli/src/report/charts/index';
import { binValues } from '../../packages/cli/src/report/charts/bins';
import { drawsPercent } from '../../packages/cli/src/report/draws-percent';
import { renderChart } from '../../packages/cli/src/report/charts/render';
import { descendants, parseXml, type XmlElement } from '../addin/helpers/xml';
import { workedCheck } from '../core/fixtures';
import { largeEvaluation } from './large';

const example = (name: string) =>
  Object.freeze(JSON.parse(readFileSync(`examples/${name}.json`, 'utf8'))) as Evaluation;
const SOCIAL_PRESCRIBING = example('social-prescribing');

/** Every line of text of the chart as a reader sees it (entities decoded), in drawing order. */
async function textsOf(chart: Chart): Promise<string[]> {
  return descendants(await parseXml(chart.svg))
    .filter((element) => element.name === 'text' || element.name === 'tspan')
    .map((element) => element.text)
    .filter((text) => text !== '');
}

/** All the chart's text on one line, for sentences that wrap. */
const wordsOf = async (chart: Chart) => (await textsOf(chart)).join(' ');

/** The <text> elements of one of vega's mark groups (class `role-axis-label`, `role-mark`, …). */
function groupTexts(root: XmlElement, role: string): XmlElement[] {
  return descendants(root)
    .filter((element) => element.name === 'g' && (element.attributes['class'] ?? '').split(' ').includes(role))
    .flatMap((group) => group.children.filter((element) => element.name === 'text'));
}

/** The x, y of an element's `transform="translate(x,y)"`. */
function translation(element: XmlElement): [number, number] {
  const match = /translate\(([-\d.]+),([-\d.]+)\)/.exec(element.attributes['transform'] ?? '');
  if (match === null) throw new Error(`no translate in ${JSON.stringify(element.attributes)}`);
  return [Number(match[1]), Number(match[2])];
}

/** One outcome worked by hand: `quantity` x `proxy` a year for `duration` years, no reductions. */
function plainOutcome(id: string, stakeholder: string, quantity: number, proxy: number, duration = 1): Outcome {
  return { id, stakeholder, description: `Outcome ${id}`, quantity, proxy: { value: proxy }, duration };
}

/** No discounting, so each year's present value is its value: figures a reader can check by hand. */
function undiscounted(parts: Partial<Evaluation> & Pick<Evaluation, 'stakeholders' | 'outcomes'>): Evaluation {
  return Object.freeze({ name: 'By hand', discount: { rate: 0 }, inputs: [], ...parts });
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '</svg><img src=x onerror=alert(1)>',
  'Tenants \u001b[2J\u001b]0;pwned\u0007 group',
];

/** A map whose stakeholders and outcomes are named by a hostile file. */
const hostileMap = undiscounted({
  stakeholders: HOSTILE.map((name, i) => ({ id: `s${i}`, name })),
  inputs: [{ description: 'Grant', amount: 1000 }],
  outcomes: HOSTILE.map((name, i) => ({ ...plainOutcome(`o${i}`, `s${i}`, 10 * (i + 1), 10, 2), description: name })),
});

async function allFive(evaluation: Evaluation): Promise<Record<string, Chart>> {
  const result = evaluate(evaluation);
  const run = monteCarlo(evaluation, { iterations: 2000, seed: 3, keepDraws: true });
  return {
    stakeholders: await stakeholderChart(result),
    domains: await domainChart(result),
    payback: await paybackChart(result),
    tornado: await tornadoChart(oneWay(evaluation), result),
    histogram: await histogramChart(run, result),
  };
}

let warn: jest.SpyInstance;
beforeEach(() => {
  warn = jest.spyOn(console, 'warn');
});
afterEach(() => {
  // vega-lite and vega warn about a spec they had to guess at: every chart's spec must be clean.
  expect(warn).not.toHaveBeenCalled();
  warn.mockRestore();
});

describe('stakeholderChart', () => {
  // Figures of `sroi evaluate examples/social-prescribing.xlsx` in docs/workbook-and-cli.md.
  const DOCUMENTED = [
    ['Patients referred to link workers', '£493,666.88 (88.3%)'],
    ['GP practices (primary care network)', '£32,950.72 (5.9%)'],
    ['Community volunteers', '£19,258.70 (3.4%)'],
    ['Local acute trust', '£12,143.48 (2.2%)'],
    ['Local community', '£986.90 (0.2%)'],
    ['Integrated care board (commissioner)', '£0.00 (0.0%)'],
  ];

  it('prints each stakeholder’s present value and share beside its bar, largest first, as the docs give them', async () => {
    const chart = await stakeholderChart(evaluate(SOCIAL_PRESCRIBING));
    const root = await parseXml(chart.svg);
    expect(groupTexts(root, 'role-mark').map((text) => text.text)).toEqual(DOCUMENTED.map(([, figure]) => figure));
    // The axis names the same bars in the same order; names too long for it end with an ellipsis.
    const names = groupTexts(root, 'role-axis-label').map((text) => text.text);
    expect(names).toHaveLength(DOCUMENTED.length);
    names.forEach((name, i) => {
      const full = DOCUMENTED[i]?.[0] as string;
      expect(name === full || (name.endsWith('…') && full.startsWith(name.slice(0, -1)))).toBe(true);
    });
  });

  it('states the total and the three largest stakeholders in its description, then the rest together', async () => {
    const chart = await stakeholderChart(evaluate(SOCIAL_PRESCRIBING));
    expect(chart.description).toBe(
      'Present value by stakeholder, £559,006.68 in all. Patients referred to link workers: £493,666.88 (88.3%); ' +
        'GP practices (primary care network): £32,950.72 (5.9%); Community volunteers: £19,258.70 (3.4%). ' +
        // £12,143.48 + £986.90 + £0.00, of £559,006.68.
        'The other 3 stakeholders together: £13,130.38 (2.3%).',
    );
  });

  it('prints a disbenefit’s figure to the left of its bar, with shares of the net total', async () => {
    // 100 x £10 = £1,000 and 10 x -£20 = -£200: £800 in all, so shares of 125% and -25%.
    const result = evaluate(
      undiscounted({
        stakeholders: [
          { id: 'tenants', name: 'Tenants' },
          { id: 'neighbours', name: 'Neighbours' },
        ],
        outcomes: [plainOutcome('homes', 'tenants', 100, 10), plainOutcome('noise', 'neighbours', 10, -20)],
      }),
    );
    const chart = await stakeholderChart(result);
    const marks = groupTexts(await parseXml(chart.svg), 'role-mark');
    expect(marks.map((text) => [text.text, text.attributes['text-anchor']])).toEqual([
      ['£1,000.00 (125.0%)', 'start'],
      ['-£200.00 (-25.0%)', 'end'],
    ]);
    expect(chart.description).toBe(
      'Present value by stakeholder, £800.00 in all. Tenants: £1,000.00 (125.0%); Neighbours: -£200.00 (-25.0%).',
    );
  });

  it('draws the twelve largest of many stakeholders and the others as one bar, so the chart fits a page', async () => {
    // Stakeholder k has one outcome of 1 x £10k: £10 to £150, £1,200 in all; the three smallest make £60 (5.0%).
    const result = evaluate(
      undiscounted({
        stakeholders: Array.from({ length: 15 }, (_, i) => ({ id: `s${i + 1}`, name: `Group ${i + 1}` })),
        outcomes: Array.from({ length: 15 }, (_, i) => plainOutcome(`o${i + 1}`, `s${i + 1}`, 1, 10 * (i + 1))),
      }),
    );
    const root = await parseXml((await stakeholderChart(result)).svg);
    const names = groupTexts(root, 'role-axis-label').map((text) => text.text);
    expect(names).toEqual([...Array.from({ length: 12 }, (_, i) => `Group ${15 - i}`), 'Other stakeholders (3)']);
    expect(groupTexts(root, 'role-mark').map((text) => text.text)).toEqual([
      '£150.00 (12.5%)',
      '£140.00 (11.7%)',
      '£130.00 (10.8%)',
      '£120.00 (10.0%)',
      '£110.00 (9.2%)',
      '£100.00 (8.3%)',
      '£90.00 (7.5%)',
      '£80.00 (6.7%)',
      '£70.00 (5.8%)',
      '£60.00 (5.0%)',
      '£50.00 (4.2%)',
      '£40.00 (3.3%)',
      '£60.00 (5.0%)',
    ]);
  });

  it('keeps two stakeholders with the same name as two bars', async () => {
    const result = evaluate(
      undiscounted({
        stakeholders: [
          { id: 'a', name: 'Carers' },
          { id: 'b', name: 'Carers' },
        ],
        outcomes: [plainOutcome('one', 'a', 3, 100), plainOutcome('two', 'b', 1, 100)],
      }),
    );
    const root = await parseXml((await stakeholderChart(result)).svg);
    expect(groupTexts(root, 'role-axis-label').map((text) => text.text)).toEqual(['Carers', 'Carers']);
    expect(groupTexts(root, 'role-mark').map((text) => text.text)).toEqual(['£300.00 (75.0%)', '£100.00 (25.0%)']);
  });
});

describe('domainChart', () => {
  it('prints the present value and share of each of the Act’s domains, largest first, as the docs give them', async () => {
    const chart = await domainChart(evaluate(SOCIAL_PRESCRIBING));
    const root = await parseXml(chart.svg);
    expect(groupTexts(root, 'role-axis-label').map((text) => text.text)).toEqual([
      'Social',
      'Economic',
      'Environmental',
    ]);
    expect(groupTexts(root, 'role-mark').map((text) => text.text)).toEqual([
      '£512,925.58 (91.8%)',
      '£45,094.20 (8.1%)',
      '£986.90 (0.2%)',
    ]);
    expect(chart.description).toBe(
      'Present value by domain, £559,006.68 in all. Social: £512,925.58 (91.8%); Economic: £45,094.20 (8.1%); ' +
        'Environmental: £986.90 (0.2%).',
    );
  });

  it('calls outcomes without a domain "No domain"', async () => {
    // 100 x £10 with no domain, 30 x £10 economic: £1,000 (76.9%) and £300 (23.1%) of £1,300.
    const result = evaluate(
      undiscounted({
        stakeholders: [{ id: 'people', name: 'People' }],
        outcomes: [
          plainOutcome('homes', 'people', 100, 10),
          { ...plainOutcome('jobs', 'people', 30, 10), domain: 'economic' },
        ],
      }),
    );
    const chart = await domainChart(result);
    expect(await textsOf(chart)).toEqual(expect.arrayContaining(['No domain', '£1,000.00 (76.9%)', '£300.00 (23.1%)']));
    expect(chart.description).toBe(
      'Present value by domain, £1,300.00 in all. No domain: £1,000.00 (76.9%); Economic: £300.00 (23.1%).',
    );
  });
});

describe('paybackChart', () => {
  // 100 x £10 for three years, undiscounted: £1,000 a year, £3,000 in all. Inputs of £1,500 are
  // reached half way through year 2: 18 months (the example of core's discountedPaybackMonths).
  const threeYears = (inputs: number) =>
    undiscounted({
      stakeholders: [{ id: 'people', name: 'People' }],
      inputs: inputs === 0 ? [] : [{ description: 'Grant', amount: inputs }],
      outcomes: [plainOutcome('wellbeing', 'people', 100, 10, 3)],
    });

  it('marks the discounted payback where the cumulative line crosses the inputs, and says when it is', async () => {
    const chart = await paybackChart(evaluate(threeYears(1500)));
    const root = await parseXml(chart.svg);
    const texts = await textsOf(chart);
    expect(texts).toEqual(expect.arrayContaining(['Inputs £1,500.00', 'Paid back after 18.0 months']));
    expect(await wordsOf(chart)).toContain('Discounted payback: 18.0 months, in year 2');
    expect(chart.description).toBe(
      'Present value by year over 3 years, £3,000.00 in all; the largest year is year 1, £1,000.00. ' +
        "The cumulative present value reaches the inputs' present value of £1,500.00 after 18.0 months, " +
        'in year 2: the discounted payback.',
    );
    // The mark sits half way between the axis's years 1 and 2, at the height of the inputs' rule.
    const ticks = new Map(
      descendants(root)
        .filter((element) => element.name === 'text' && ['1', '2'].includes(element.text))
        .map((element) => [element.text, translation(element)[0]]),
    );
    // The payback's diamond is the one symbol drawn in ink; the line's points are in its colour.
    const symbol = descendants(root).find(
      (element) => element.name === 'path' && element.attributes['fill'] === '#222222',
    ) as XmlElement;
    const [x] = translation(symbol);
    expect(x).toBeCloseTo(((ticks.get('1') as number) + (ticks.get('2') as number)) / 2, 0);
  });

  it('says when the cumulative present value never reaches the inputs', async () => {
    const chart = await paybackChart(evaluate(threeYears(5000)));
    expect(await textsOf(chart)).not.toContain('Paid back after');
    expect(chart.description).toBe(
      'Present value by year over 3 years, £3,000.00 in all; the largest year is year 1, £1,000.00. ' +
        "The cumulative present value never reaches the inputs' present value of £5,000.00: " +
        'the evaluation is not paid back.',
    );
  });

  it('draws no inputs rule and no payback without inputs, and says so', async () => {
    const chart = await paybackChart(evaluate(threeYears(0)));
    const texts = await textsOf(chart);
    expect(texts.filter((text) => text.startsWith('Inputs') || text.startsWith('Paid back'))).toEqual([]);
    expect(await wordsOf(chart)).toContain('No inputs, so no line for them and no payback');
    expect(chart.description).toContain('There are no inputs, so no line for them and no payback.');
  });

  it('gives the social prescribing service’s payback as the docs do: 6.7 months', async () => {
    const chart = await paybackChart(evaluate(SOCIAL_PRESCRIBING));
    expect(chart.description).toContain(
      "reaches the inputs' present value of £210,500.00 after 6.7 months, in year 1: the discounted payback.",
    );
    expect(await textsOf(chart)).toContain('Inputs £210,500.00');
  });
});

describe('tornadoChart', () => {
  // METHOD.md's worked check: present value 54,000/1.035 + 27,000/1.035^2 + 13,500/1.035^3, inputs
  // 50,000. Attribution (25%) moved 10 points scales the value by (1 - 0.15)/(1 - 0.25) down and
  // (1 - 0.35)/(1 - 0.25) up.
  const worked = [54000, 27000, 13500].reduce((total, value, i) => total + value / 1.035 ** (i + 1), 0);
  const attributionDown = (worked * 0.85) / 0.75; // 101,495.59
  const attributionUp = (worked * 0.65) / 0.75; // 77,614.27

  it('draws the largest swing first with both ratios at its ends, the base marked', async () => {
    const tornado = oneWay(workedCheck);
    const chart = await tornadoChart(tornado, evaluate(workedCheck), 3);
    const root = await parseXml(chart.svg);
    // The rows' labels (the value axis's labels are figures, without ': ').
    const names = groupTexts(root, 'role-axis-label')
      .map((text) => text.text)
      .filter((text) => text.includes(': '));
    expect(names[0]).toBe('Improved wellbeing: attribution');
    expect(names).toEqual(
      tornado.rows
        .slice(0, 3)
        .map(
          (row) => `${row.outcome === null ? 'All outcomes' : 'Improved wellbeing'}: ${ESTIMATE_LABELS[row.estimate]}`,
        ),
    );
    expect((attributionDown / 50000).toFixed(2)).toBe('2.03');
    expect((attributionUp / 50000).toFixed(2)).toBe('1.55');
    expect(await textsOf(chart)).toEqual(
      expect.arrayContaining([
        `${(attributionDown / 50000).toFixed(2)} : 1`,
        `${(attributionUp / 50000).toFixed(2)} : 1`,
      ]),
    );
    expect(await wordsOf(chart)).toContain(
      'Base ratio 1.79 : 1; quantities and proxies 10% down and up, shares 10 points, durations 10% (at least one year)',
    );
    expect(chart.description).toMatch(
      /^One-way changes: the base ratio is 1\.79 : 1, .* Largest swings first: Improved wellbeing: attribution: 2\.03 : 1 moved down, 1\.55 : 1 moved up; /,
    );
  });

  it('draws present values when there are no inputs', async () => {
    const evaluation = { ...workedCheck, inputs: [] };
    const chart = await tornadoChart(oneWay(evaluation), evaluate(evaluation), 1);
    const texts = await textsOf(chart);
    expect(texts).toEqual(expect.arrayContaining(['£101,495.59', '£77,614.27']));
    expect(texts).toContain('Present value (GBP)');
    expect(chart.description).toContain('the base present value (there are no inputs, so no ratio) is £89,554.93');
  });

  it('draws ten rows by default and as many as asked', async () => {
    const evaluation = SOCIAL_PRESCRIBING;
    const [tornado, result] = [oneWay(evaluation), evaluate(evaluation)];
    const rows = async (chart: Chart) =>
      groupTexts(await parseXml(chart.svg), 'role-axis-label').filter((t) => t.text.includes(': '));
    expect(await rows(await tornadoChart(tornado, result))).toHaveLength(10);
    expect(await rows(await tornadoChart(tornado, result, 4))).toHaveLength(4);
  });

  it('shortens a long outcome name, never the estimate, to fit the axis', async () => {
    const long = 'Fewer emergency admissions for falls among residents of sheltered housing';
    const evaluation = { ...workedCheck, outcomes: [{ ...(workedCheck.outcomes[0] as Outcome), description: long }] };
    const chart = await tornadoChart(oneWay(evaluation), evaluate(evaluation), 1);
    const [label] = groupTexts(await parseXml(chart.svg), 'role-axis-label')
      .map((text) => text.text)
      .filter((text) => text.includes(': '));
    expect(label).toMatch(/^Fewer emergency .*…: attribution$/);
    expect(long.startsWith((label as string).replace(/…: attribution$/, ''))).toBe(true);
    expect(chart.description).toContain(`${long}: attribution: `);
  });

  it('refuses a number of rows that is not a whole number from 1', async () => {
    const result = evaluate(workedCheck);
    await expect(tornadoChart(oneWay(workedCheck), result, 0)).rejects.toThrow(
      'top must be a whole number, 1 or more; got 0',
    );
    await expect(tornadoChart(oneWay(workedCheck), result, 2.5)).rejects.toThrow('got 2.5');
  });
});

describe('histogramChart', () => {
  it('marks P10, P50, P90 and the target, and gives the chance of reaching the target', async () => {
    // core's documented run: worked check, 10,000 draws, seed 7: 1 draw falls below 1 : 1.
    const run = monteCarlo(workedCheck, { iterations: 10000, seed: 7, keepDraws: true });
    const chart = await histogramChart(run, evaluate(workedCheck));
    const ratio = (value: number) => `${new Decimal(value).toFixed(2, Decimal.ROUND_HALF_UP)} : 1`;
    const spread = run.ratio as NonNullable<typeof run.ratio>;
    const texts = await textsOf(chart);
    expect(texts).toEqual(
      expect.arrayContaining([
        `P10 ${ratio(spread.p10)}`,
        `P50 ${ratio(spread.p50)}`,
        `P90 ${ratio(spread.p90)}`,
        'Target 1.00 : 1',
      ]),
    );
    // 9,999 of 10,000 is 99.99%: not rounded up to 100.0%.
    expect(await wordsOf(chart)).toContain('Ratio at least 1.00 : 1 in more than 99.9% of draws (9,999 of 10,000)');
    expect(chart.description).toBe(
      `Monte Carlo, 10,000 draws (seed 7) of the SROI ratio: P10 ${ratio(spread.p10)}, P50 ${ratio(spread.p50)}, ` +
        `P90 ${ratio(spread.p90)}. The ratio is at least 1.00 : 1 in more than 99.9% of draws (9,999 of 10,000).`,
    );
  });

  it('draws forty bars whatever the number of draws', async () => {
    const result = evaluate(workedCheck);
    const bars = async (iterations: number) => {
      const chart = await histogramChart(monteCarlo(workedCheck, { iterations, keepDraws: true }), result);
      return descendants(await parseXml(chart.svg)).filter(
        (element) => element.name === 'g' && (element.attributes['class'] ?? '').startsWith('mark-rect'),
      )[0]?.children.length;
    };
    expect(await bars(100)).toBe(40);
    expect(await bars(200000)).toBe(40);
  });

  it('shows present values and no target without inputs', async () => {
    const evaluation = { ...workedCheck, inputs: [] };
    const run = monteCarlo(evaluation, { iterations: 1000, keepDraws: true });
    const chart = await histogramChart(run, evaluate(evaluation));
    const texts = await textsOf(chart);
    expect(texts.some((text) => text.startsWith('Target'))).toBe(false);
    expect(texts).toContain('Present value (GBP)');
    expect(await wordsOf(chart)).toContain('No inputs, so no ratio: the present value of each draw');
    expect(chart.description).toMatch(
      /^Monte Carlo, 1,000 draws \(seed 1\) of the present value \(there are no inputs, so no ratio\): P10 £/,
    );
  });

  it('asks for the draws when the run was made without them', async () => {
    const run = monteCarlo(workedCheck, { iterations: 100 });
    await expect(histogramChart(run, evaluate(workedCheck))).rejects.toThrow('run monteCarlo with keepDraws: true');
  });
});

describe('binValues', () => {
  it('counts values into bins of equal width, the largest in the last bin', () => {
    expect(binValues(Float64Array.of(1, 2, 2, 3), 2)).toEqual([
      { start: 1, end: 2, count: 1 },
      { start: 2, end: 3, count: 3 },
    ]);
  });

  it('keeps every one of a million values in forty bins', () => {
    const values = Float64Array.from({ length: 1_000_000 }, (_, i) => Math.sin(i));
    const bins = binValues(values, 40);
    expect(bins).toHaveLength(40);
    expect(bins.reduce((total, bin) => total + bin.count, 0)).toBe(1_000_000);
  });

  it('gives one narrow bin when every value is the same', () => {
    const [bin, ...rest] = binValues(Float64Array.of(2, 2, 2), 40);
    expect(rest).toEqual([]);
    expect(bin?.count).toBe(3);
    expect((bin?.start as number) < 2 && (bin?.end as number) > 2).toBe(true);
  });

  it('refuses a value that is not a finite number', () => {
    expect(() => binValues(Float64Array.of(1, Number.NaN), 4)).toThrow(
      'a Monte Carlo draw is not a finite number (NaN)',
    );
  });
});

describe('drawsPercent', () => {
  it('never rounds a share of draws to 0% or 100% when some draws fall the other way', () => {
    expect([0, 0.0004, 0.5, 0.9996, 1].map((share) => drawsPercent(share))).toEqual([
      '0.0%',
      'less than 0.1%',
      '50.0%',
      'more than 99.9%',
      '100.0%',
    ]);
  });
});

describe('every chart', () => {
  it('holds names from a hostile file as text only, in well-formed XML with nothing that runs or loads', async () => {
    const charts = await allFive(hostileMap);
    for (const [name, chart] of Object.entries(charts)) {
      // XML forbids most control characters; a terminal would act on them.
      // eslint-disable-next-line no-control-regex
      expect([name, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(chart.svg + chart.description)]).toEqual([
        name,
        false,
      ]);
      const elements = descendants(await parseXml(chart.svg));
      const names = new Set(elements.map((element) => element.name.toLowerCase()));
      for (const forbidden of ['script', 'img', 'image', 'foreignobject', 'iframe', 'a', 'use', 'style'])
        expect([name, forbidden, names.has(forbidden)]).toEqual([name, forbidden, false]);
      const attributes = elements.flatMap((element) => Object.entries(element.attributes));
      expect([name, attributes.filter(([key]) => /^on|href$/i.test(key))]).toEqual([name, []]);
      expect([
        name,
        attributes.filter(([key, value]) => !key.startsWith('xmlns') && /url\(|https?:|javascript:/i.test(value)),
      ]).toEqual([name, []]);
    }
    const stakeholderTexts = await textsOf(charts['stakeholders'] as Chart);
    expect(stakeholderTexts).toContain('<script>alert(1)</script>');
    expect(stakeholderTexts.some((text) => text.startsWith('</svg><img src=x') && text.endsWith('…'))).toBe(true);
    expect(stakeholderTexts.some((text) => text.startsWith('Tenants \\u001b[2J'))).toBe(true);
    expect(charts['stakeholders']?.description).toContain('<script>alert(1)</script>: £');
    expect(charts['tornado']?.description).toContain('Tenants \\u001b[2J\\u001b]0;pwned\\u0007 group: ');
  });

  it('gives the same bytes for the same input', async () => {
    const first = await allFive(SOCIAL_PRESCRIBING);
    const second = await allFive(SOCIAL_PRESCRIBING);
    for (const name of Object.keys(first)) expect([name, second[name]?.svg === first[name]?.svg]).toEqual([name, true]);
  });

  it('is one image named by its description, fits an A4 page and uses no font below 11 px', async () => {
    const long = 'Residents of the sheltered housing schemes in the north and east of the borough'.repeat(3);
    const longNames = {
      ...hostileMap,
      stakeholders: hostileMap.stakeholders.map((item) => ({ ...item, name: `${long} ${item.name}` })),
    };
    // £5 billion a year for three years, against £2 billion of inputs.
    const billions = undiscounted({
      stakeholders: [{ id: 'people', name: 'People' }],
      inputs: [{ description: 'Grant', amount: 2e9 }],
      outcomes: [plainOutcome('x', 'people', 1_000_000, 5000, 3)],
    });
    // Long names, the example's six-figure sums, a large map's eight-figure ones and ten figures.
    const maps = { longNames, SOCIAL_PRESCRIBING, large: largeEvaluation(1000), billions };
    for (const [map, evaluation] of Object.entries(maps))
      for (const [chartName, chart] of Object.entries(await allFive(evaluation))) {
        const name = `${map} ${chartName}`;
        const root = await parseXml(chart.svg);
        expect([name, root.attributes['role'], root.attributes['aria-label']]).toEqual([
          name,
          'img',
          chart.description,
        ]);
        expect([name, root.children[0]?.name, root.children[1]?.text]).toEqual([name, 'title', chart.description]);
        expect([name, Number(root.attributes['width']) <= 640]).toEqual([name, true]);
        const sizes = descendants(root).flatMap((element) => {
          const size = element.attributes['font-size'];
          return size === undefined ? [] : [parseFloat(size)];
        });
        expect([name, Math.min(...sizes) >= 11]).toEqual([name, true]);
        // No ids: several charts share one page without clashing.
        expect([name, descendants(root).filter((element) => element.attributes['id'] !== undefined)]).toEqual([
          name,
          [],
        ]);
      }
  });

  it('refuses a spec that asks to load data instead of drawing without it', async () => {
    warn.mockImplementation(() => undefined);
    const spec = { data: { url: 'https://example.com/data.json' }, mark: 'bar' as const };
    await expect(renderChart(spec, 'Loader', 'A chart')).rejects.toThrow(
      'the chart "Loader" could not be drawn: it asked to load https://example.com/data.json, and charts hold their data inline',
    );
    warn.mockClear();
  });
});

describe('drawsPercent to two places, as the terminal and the page print the probability', () => {
  it('never rounds 99,999 of 100,000 draws up to 100.00%, nor 1 of 100,000 down to 0.00%', () => {
    expect([0, 0.00001, 0.5, 0.9999, 0.99999, 1].map((share) => drawsPercent(share, 2))).toEqual([
      '0.00%',
      'less than 0.01%',
      '50.00%',
      '99.99%',
      'more than 99.99%',
      '100.00%',
    ]);
  });
});
