// What the pane shows: figures formatted with their meaning, breakdowns, and sensitivity in words.
import {
  evaluate,
  monteCarlo,
  oneWay,
  switchingValues,
  type ChangeUnit,
  type Evaluation,
  type MonteCarloResult,
  toDecimal,
} from '@sroi/core';
import { TEMPLATE_EXAMPLE } from '@sroi/workbook';
import { resultView, yearLabel } from '../../../addin/src/taskpane/model/results-view';
import {
  histogram,
  monteCarloSummary,
  showEstimate,
  switchingRows,
  tornadoRows,
} from '../../../addin/src/taskpane/model/sensitivity-view';

// METHOD.md's worked check: 54,000 impact, values 54,000, 27,000, 13,500 over three years at 3.5%, inputs 50,000.
const worked: Evaluation = TEMPLATE_EXAMPLE;
const pv = [54000 / 1.035, 27000 / 1.035 ** 2, 13500 / 1.035 ** 3];

describe('resultView', () => {
  const view = resultView(evaluate(worked), 'GBP', { firstYear: '2024/25' });
  const figure = (key: string) => view.headline.find((f) => f.key === key);

  it('formats every headline figure of the worked check', () => {
    expect(view.headline.map((f) => [f.label, f.value])).toEqual([
      ['Present value', '£89,554.93'],
      ['Inputs (present value)', '£50,000.00'],
      ['Net present value', '£39,554.93'],
      ['SROI ratio', '1.79 : 1'],
      ['Net ratio', '0.79 : 1'],
      ['Payback', '11.1 months'],
      // Year 1's present value (52,173.91) already passes the inputs: 12 x 50,000 / 52,173.91 months.
      ['Discounted payback', `${((12 * 50000) / pv[0]!).toFixed(1)} months`],
    ]);
    expect(figure('ratio')?.meaning).toBe('Each £1 invested creates £1.79 of social value (present value ÷ inputs)');
  });

  it('says why a figure is not available', () => {
    const noInputs = resultView(evaluate({ ...worked, inputs: [] }), 'GBP');
    expect(noInputs.headline.find((f) => f.key === 'ratio')).toMatchObject({
      value: 'n/a: the inputs total nothing',
      number: null,
    });
    const neverBack = resultView(evaluate({ ...worked, inputs: [{ description: 'Big grant', amount: 1e6 }] }), 'GBP');
    expect(neverBack.headline.find((f) => f.key === 'discountedPaybackMonths')?.value).toBe(
      'n/a: the present value never reaches the inputs',
    );
  });

  it('breaks the value down by stakeholder, domain and year, formatted and as numbers', () => {
    expect(view.byStakeholder.map((s) => [s.name, s.presentValue, s.share])).toEqual([
      ['Participants', '£89,554.93', '100.0%'],
      ['Commissioner', '£0.00', '0.0%'],
    ]);
    expect(view.byDomain.map((d) => [d.domain, d.presentValue])).toEqual([['Social', '£89,554.93']]);
    expect(view.byYear.map((y) => y.label)).toEqual(['Year 1 (2024/25)', 'Year 2 (2025/26)', 'Year 3 (2026/27)']);
    expect(view.byYear[1]).toMatchObject({ value: '£27,000.00', discountFactor: (1 / 1.035 ** 2).toFixed(6) });
    view.byYear.forEach((year, index) => {
      expect(year.numbers.presentValue).toBeCloseTo(pv[index]!, 6);
      expect(year.numbers.cumulativePresentValue).toBeCloseTo(
        pv.slice(0, index + 1).reduce((a, b) => a + b),
        6,
      );
    });
  });

  it('names years after the first year as the commissioner wrote it', () => {
    expect(yearLabel(3, '2024')).toBe('Year 3 (2026)');
    expect(yearLabel(2, '2024-2025')).toBe('Year 2 (2025-2026)');
    expect(yearLabel(2, 'soon')).toBe('Year 2');
  });
});

describe('switchingRows', () => {
  const rows = switchingRows(switchingValues(worked), worked);

  it('says in a sentence how far deadweight must rise for the ratio to fall to 1 : 1', () => {
    // The ratio is linear in (1 - deadweight): 1 - d = 0.8 / 1.7911 gives d = 55.33%.
    const ratio = pv.reduce((a, b) => a + b) / 50000;
    const deadweight = 1 - 0.8 / ratio;
    const row = rows.find((r) => r.estimate === 'deadweight' && r.outcome !== 'All outcomes together');
    expect(row).toMatchObject({
      outcome: 'Improved wellbeing (example row: replace it)',
      base: '20.0%',
      switchingValue: `${(deadweight * 100).toFixed(1)}%`,
      change: `+${((deadweight - 0.2) * 100).toFixed(1)} points`,
    });
    expect(row?.sentence).toBe(
      `The ratio reaches 1.00 : 1 if deadweight rises from 20.0% to ${(deadweight * 100).toFixed(1)}%.`,
    );
    // The engine gives every outcome's shift as a fraction of one (0.3533); the pane shows it in points.
    const together = rows.find((r) => r.estimate === 'deadweight' && r.outcome === 'All outcomes together');
    expect(together?.change).toBe(`+${((deadweight - 0.2) * 100).toFixed(1)} points`);
    expect(together?.change).toBe('+35.3 points');
  });

  it('rounds halves away from zero, as core’s formatters and Excel’s ROUND do, not to even', () => {
    // 20.25% shows as 20.3%; a 35.25-point rise as +35.3; a 44.25% fall as 44.3% lower; 12.345 as 12.35.
    expect(showEstimate('deadweight', toDecimal('0.2025'), 'GBP')).toBe('20.3%');
    expect(showEstimate('quantity', toDecimal('12.345'), 'GBP')).toBe('12.35');
    const row = (estimate: 'deadweight' | 'quantity', unit: ChangeUnit, change: string) => ({
      outcome: null,
      estimate,
      unit,
      base: null,
      value: null,
      change: toDecimal(change),
      reason: null,
    });
    const [points, multiple] = switchingRows(
      {
        ...switchingValues(worked),
        outcomes: [],
        // A share change is a fraction of one, like the share: 0.3525 is 35.25 percentage points.
        together: [row('deadweight', 'share', '0.3525'), row('quantity', 'multiple', '0.5575')],
      },
      worked,
    );
    expect(points?.change).toBe('+35.3 points');
    expect(multiple?.change).toBe('44.3% lower');
  });

  it('gives the reason where no switching value exists', () => {
    const noInputs = switchingRows(switchingValues({ ...worked, inputs: [] }), worked);
    expect(noInputs[0]).toMatchObject({ switchingValue: 'none', change: 'none' });
    expect(noInputs[0]?.sentence).toMatch(/^No switching value for quantity: the inputs total nothing/);
  });
});

describe('tornadoRows', () => {
  it('puts the widest swing first and names each bar by outcome and estimate', () => {
    const bars = tornadoRows(oneWay(worked), worked, 3);
    expect(bars).toHaveLength(3);
    expect(bars[0]!.swing).toBeGreaterThanOrEqual(bars[1]!.swing);
    expect(bars[1]!.swing).toBeGreaterThanOrEqual(bars[2]!.swing);
    // Attribution 15% and 35%: the ratio moves with (1 - attribution) / (1 - 0.25).
    const ratio = pv.reduce((a, b) => a + b) / 50000;
    const attribution = bars.find((bar) => bar.label === 'Improved wellbeing (example row: replace it): attribution');
    expect(attribution?.lowRatio).toBeCloseTo((ratio * 0.85) / 0.75, 9);
    expect(attribution?.highRatio).toBeCloseTo((ratio * 0.65) / 0.75, 9);
  });
});

describe('histogram', () => {
  it('counts draws into equal bins from the smallest to the largest, the last bin holding the largest', () => {
    expect(histogram(new Float64Array([1, 2, 2, 3]), 2)).toEqual([
      { from: 1, to: 2, count: 1 },
      { from: 2, to: 3, count: 3 },
    ]);
  });

  it('gives one bin when every draw is the same, none without draws, and skips what is not a number', () => {
    expect(histogram(new Float64Array([5, 5, NaN]))).toEqual([{ from: 5, to: 5, count: 2 }]);
    expect(histogram(new Float64Array([]))).toEqual([]);
  });

  it('has 30 bins by default and loses no draw', () => {
    const draws = Float64Array.from({ length: 1000 }, (_, i) => Math.sin(i) * 10);
    const bins = histogram(draws);
    expect(bins).toHaveLength(30);
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(1000);
  });
});

describe('monteCarloSummary', () => {
  const spread = (p10: number, p50: number, p90: number) => ({
    mean: p50,
    p5: p10,
    p10,
    p25: p50,
    p50,
    p75: p50,
    p90,
    p95: p90,
  });
  const run = {
    iterations: 10000,
    seed: 1,
    target: 1,
    base: { presentValue: 89554.93, ratio: 1.79 },
    presentValue: spread(70000, 89000, 110000),
    ratio: spread(1.4, 1.78, 2.2),
    probabilityAtLeastTarget: 0.9998,
    distributions: {},
  } as unknown as MonteCarloResult;

  it('gives P10, P50, P90 of the ratio and the chance of at least 1 : 1, formatted', () => {
    const summary = monteCarloSummary(run);
    expect([summary.p10, summary.p50, summary.p90]).toEqual(['1.40 : 1', '1.78 : 1', '2.20 : 1']);
    // 99.98% would round to 100.0%, which would claim a certainty.
    expect(summary.probabilityAtLeastTarget).toBe('over 99.9%');
    expect(summary.sentence).toBe('In over 99.9% of 10,000 draws the SROI ratio is at least 1.00 : 1.');
    expect(summary.presentValue.p50).toBe('£89,000.00');
  });

  it('rounds the chance of at least 1 : 1 half away from zero, as the other figures', () => {
    // 0.1235 is 12.35%: shown as 12.4%, as Excel's ROUND(12.35, 1) gives (not 12.3, from float arithmetic).
    expect(monteCarloSummary({ ...run, probabilityAtLeastTarget: 0.1235 }).probabilityAtLeastTarget).toBe('12.4%');
  });

  it('says n/a without inputs', () => {
    const summary = monteCarloSummary({ ...run, ratio: null, probabilityAtLeastTarget: null });
    expect(summary.p50).toBe('n/a');
    expect(summary.sentence).toBe('The inputs total nothing, so there is no ratio to give a range for.');
  });

  it('reads the engine’s own run, whose spread carries P10 and P90', () => {
    const summary = monteCarloSummary(monteCarlo(worked, { iterations: 2000, seed: 7 }));
    const [p10, p50, p90] = [summary.numbers.p10, summary.numbers.p50, summary.numbers.p90] as number[];
    expect(p10).toBeLessThan(p50!);
    expect(p50).toBeLessThan(p90!);
    expect(summary.p10).toMatch(/^\d\.\d\d : 1$/);
  });
});
