import { evaluate, toJSON, toNumbers } from '@sroi/core';
import { workedCheck } from './fixtures';

describe('evaluate on the METHOD.md worked check', () => {
  const result = evaluate(workedCheck);

  it('gives an impact of 54,000 and yearly values 54,000, 27,000, 13,500', () => {
    expect(result.impact.toString()).toBe('54000');
    expect(result.outcomes[0]?.values.map(String)).toEqual(['54000', '27000', '13500']);
  });

  it('gives the published end-of-year present value, ratio, net ratio and payback', () => {
    expect(result.presentValue.toFixed(2)).toBe('89554.93');
    expect(result.ratio?.toFixed(4)).toBe('1.7911');
    expect(result.netRatio?.toFixed(4)).toBe('0.7911');
    expect(result.paybackMonths?.toFixed(2)).toBe('11.11');
  });

  it('computes the present value by hand: 54,000/1.035 + 27,000/1.035^2 + 13,500/1.035^3', () => {
    const byHand = 54000 / 1.035 + 27000 / 1.035 ** 2 + 13500 / 1.035 ** 3;
    expect(result.presentValue.toNumber()).toBeCloseTo(byHand, 6);
    expect(result.netPresentValue.toNumber()).toBeCloseTo(byHand - 50000, 6);
  });

  it('reports each year with its value, discount factor and present value', () => {
    expect(result.years.map((y) => y.year)).toEqual([1, 2, 3]);
    expect(result.years.map((y) => y.value.toString())).toEqual(['54000', '27000', '13500']);
    expect(result.years[1]?.discountFactor.toNumber()).toBeCloseTo(1 / 1.035 ** 2, 14);
    expect(result.years[2]?.cumulativePresentValue.toFixed(2)).toBe('89554.93');
  });

  it('pays back, discounted, within year 1: 50,000 of 52,173.91 in year 1 is 11.5 months', () => {
    const year1 = 54000 / 1.035;
    expect(result.discountedPaybackMonths?.toNumber()).toBeCloseTo((50000 / year1) * 12, 10);
  });

  it('breaks value down by stakeholder and domain, each with its share', () => {
    expect(result.stakeholders).toHaveLength(1);
    expect(result.stakeholders[0]?.share?.toString()).toBe('1');
    expect(result.domains.map((d) => d.domain)).toEqual(['unassigned']);
  });

  it('gives plain numbers in one call and exact strings for JSON', () => {
    expect(toNumbers(result).presentValue).toBeCloseTo(89554.93, 2);
    expect(toJSON(result).impact).toBe('54000');
    expect(JSON.parse(JSON.stringify(result)).presentValue).toBe(toJSON(result).presentValue);
  });

  it('has no warnings for these ordinary values', () => {
    expect(result.warnings).toEqual([]);
  });
});
