import { compareSroi, evaluate, monitorDelivery, type Contract, type Evaluation } from '@sroi/core';
import { catalogue, deflator } from './fixtures';

// In 2025 prices: EMP-1 1,250 per person-year; VOL-1 17.50 per hour; CO2-1 250 per tonne.
const contract: Contract = Object.freeze<Contract>({
  name: 'Falls service',
  supplier: 'B Ltd',
  commitments: [
    { code: 'EMP-1', quantity: 4 },
    { code: 'VOL-1', quantity: 200 },
  ],
  deliveries: [
    { period: '2025 Q1', code: 'EMP-1', quantity: 1 },
    { period: '2025 Q1', code: 'VOL-1', quantity: 150 },
    { period: '2025 Q2', code: 'EMP-1', quantity: 2 },
    { period: '2025 Q2', code: 'VOL-1', quantity: 100 },
    { period: '2025 Q3', code: 'CO2-1', quantity: 2 },
  ],
});

describe('monitorDelivery', () => {
  const report = monitorDelivery(contract, { catalogue, priceBase: { year: 2025, index: deflator } });
  const [jobs, volunteering, carbon] = report.measures;

  it('compares committed and delivered quantity and value for each measure', () => {
    // EMP-1: 3 of 4 delivered: 3,750 of 5,000, 75%, short 1 (1,250).
    expect(
      [
        jobs?.deliveredQuantity,
        jobs?.deliveredValue,
        jobs?.committedValue,
        jobs?.delivered,
        jobs?.shortfallQuantity,
        jobs?.shortfallValue,
      ].map(String),
    ).toEqual(['3', '3750', '5000', '0.75', '1', '1250']);
    // VOL-1: 250 of 200 hours: 4,375 of 3,500, 125%, no shortfall.
    expect([volunteering?.deliveredValue, volunteering?.delivered, volunteering?.shortfallValue].map(String)).toEqual([
      '4375',
      '1.25',
      '0',
    ]);
    // CO2-1: delivered but never committed: 500, no percentage.
    expect([carbon?.code, carbon?.deliveredValue.toString(), carbon?.delivered]).toEqual(['CO2-1', '500', null]);
  });

  it('totals by domain and overall, without letting over-delivery cover a shortfall', () => {
    // Committed 8,500; delivered 3,750 + 4,375 + 500 = 8,625; shortfall is EMP-1's 1,250 alone.
    expect(
      [report.totals.committedValue, report.totals.deliveredValue, report.totals.shortfallValue].map(String),
    ).toEqual(['8500', '8625', '1250']);
    expect(report.totals.delivered?.toFixed(6)).toBe((8625 / 8500).toFixed(6));
    expect(report.domains.map((d) => [d.domain, d.deliveredValue.toString()])).toEqual([
      ['economic', '3750'],
      ['social', '4375'],
      ['environmental', '500'],
    ]);
  });

  it('gives delivered value by period with a running total', () => {
    // Q1: 1,250 + 2,625 = 3,875; Q2: 2,500 + 1,750 = 4,250; Q3: 500.
    expect(report.periods.map((p) => [p.period, p.deliveredValue.toString(), p.cumulativeValue.toString()])).toEqual([
      ['2025 Q1', '3875', '3875'],
      ['2025 Q2', '4250', '8125'],
      ['2025 Q3', '500', '8625'],
    ]);
  });

  it('warns about a measure delivered but not committed, and over-delivery', () => {
    expect(report.warnings.map((w) => [w.code, w.path])).toEqual([
      ['over-delivered', 'commitments[1]'],
      ['not-committed', 'deliveries[4]'],
    ]);
  });

  it('names an unknown code and a negative quantity at their place', () => {
    const bad = { ...contract, deliveries: [{ period: 'Q1', code: 'EMP-9', quantity: -1 }] };
    expect(() => monitorDelivery(bad, { catalogue, priceBase: { year: 2025, index: deflator } })).toThrow(
      /deliveries\[0\]\.code: unknown measure code "EMP-9"[\s\S]*deliveries\[0\]\.quantity/,
    );
  });
});

describe('compareSroi', () => {
  const base: Evaluation = {
    name: 'Forecast',
    kind: 'forecast',
    stakeholders: [{ id: 's', name: 'S' }],
    inputs: [{ description: 'Grant', amount: 100 }],
    outcomes: [
      { id: 'a', stakeholder: 's', description: 'A', quantity: 1, proxy: { value: 207 }, duration: 1 },
      { id: 'b', stakeholder: 's', description: 'B', quantity: 1, proxy: { value: 103.5 }, duration: 1 },
    ],
  };
  const after: Evaluation = {
    ...base,
    name: 'Evaluative',
    kind: 'evaluative',
    outcomes: [
      { id: 'a', stakeholder: 's', description: 'A', quantity: 1, proxy: { value: 103.5 }, duration: 1 },
      { id: 'c', stakeholder: 's', description: 'C', quantity: 1, proxy: { value: 51.75 }, duration: 1 },
    ],
  };

  it('compares present values and ratios, outcome by outcome', () => {
    const comparison = compareSroi(evaluate(base), evaluate(after));
    // Forecast PV (207 + 103.5) / 1.035 = 300, ratio 3; evaluative (103.5 + 51.75) / 1.035 = 150, ratio 1.5.
    expect(
      [comparison.presentValue.forecast, comparison.presentValue.evaluative, comparison.presentValue.difference].map(
        String,
      ),
    ).toEqual(['300', '150', '-150']);
    expect(comparison.ratio.difference?.toString()).toBe('-1.5');
    expect(
      comparison.outcomes.map((o) => [o.id, String(o.presentValue.forecast), String(o.presentValue.evaluative)]),
    ).toEqual([
      ['a', '200', '100'],
      ['b', '100', 'null'],
      ['c', 'null', '50'],
    ]);
    expect(comparison.notes).toEqual([
      'forecast outcomes not in the evaluative SROI: b',
      'evaluative outcomes not forecast: c',
    ]);
  });
});
