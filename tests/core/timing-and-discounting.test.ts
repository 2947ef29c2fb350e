import { discountFactor, evaluate, greenBookRate, WHOLE_NUMBER_RULES, type Evaluation } from '@sroi/core';
import { evaluationWith, outcome, workedCheck } from './fixtures';
import { referenceEvaluate } from './reference';

const cents = (value: number) => Math.round(value * 100) / 100;

describe('timing', () => {
  it('start-of-year leaves year 1 undiscounted: 54,000 + 27,000/1.035 + 13,500/1.035^2', () => {
    const result = evaluate({ ...workedCheck, timing: 'start-of-year' });
    expect(result.presentValue.toFixed(2)).toBe(cents(54000 + 27000 / 1.035 + 13500 / 1.035 ** 2).toFixed(2));
    expect(result.presentValue.toFixed(2)).toBe('92689.35');
  });

  it('mid-year discounts year t over t - 0.5 years', () => {
    const result = evaluate({ ...workedCheck, timing: 'mid-year' });
    const byHand = 54000 / 1.035 ** 0.5 + 27000 / 1.035 ** 1.5 + 13500 / 1.035 ** 2.5;
    expect(result.presentValue.toFixed(2)).toBe(cents(byHand).toFixed(2));
  });

  it('gives three different totals for the three timings', () => {
    const totals = (['end-of-year', 'start-of-year', 'mid-year'] as const).map((timing) =>
      evaluate({ ...workedCheck, timing }).presentValue.toFixed(2),
    );
    expect(new Set(totals).size).toBe(3);
  });
});

describe('discount forms', () => {
  it('a constant rate of 0 leaves values undiscounted', () => {
    expect(evaluate({ ...workedCheck, discount: { rate: 0 } }).presentValue.toString()).toBe('94500');
  });

  it('a list of rates compounds year by year', () => {
    const result = evaluate({ ...workedCheck, discount: { rates: [0.05, '0.04', 0.03] } });
    const byHand = 54000 / 1.05 + 27000 / (1.05 * 1.04) + 13500 / (1.05 * 1.04 * 1.03);
    expect(result.presentValue.toFixed(2)).toBe(cents(byHand).toFixed(2));
  });

  it('a list of rates under mid-year timing uses the year’s own rate for the half year', () => {
    const result = evaluate({ ...workedCheck, timing: 'mid-year', discount: { rates: [0.05, 0.04, 0.03] } });
    const byHand = 54000 / 1.05 ** 0.5 + 27000 / (1.05 * 1.04 ** 0.5) + 13500 / (1.05 * 1.04 * 1.03 ** 0.5);
    expect(result.presentValue.toFixed(2)).toBe(cents(byHand).toFixed(2));
  });

  it('the Green Book schedule is 3.5% to year 30, then 3.0%: DF(31) = DF(30) / 1.030 (the kink)', () => {
    const schedule = { schedule: 'green-book' } as const;
    const df30 = discountFactor(30, schedule);
    const df31 = discountFactor(31, schedule);
    expect(df30.toNumber()).toBeCloseTo(1 / 1.035 ** 30, 14);
    expect(df31.times('1.030').minus(df30).abs().lt('1e-30')).toBe(true);
    expect(greenBookRate(31, 'green-book').toString()).toBe('0.03');
    expect(greenBookRate(76, 'green-book').toString()).toBe('0.025');
  });

  it('a 40-year outcome under the Green Book schedule matches a year-by-year float calculation', () => {
    const evaluation = evaluationWith([outcome({ id: 'long', quantity: 1, proxy: { value: 1000 }, duration: 40 })], {
      discount: { schedule: 'green-book' },
    });
    let byHand = 0;
    let factor = 1;
    for (let year = 1; year <= 40; year++) {
      factor /= year <= 30 ? 1.035 : 1.03;
      byHand += 1000 * factor;
    }
    expect(evaluate(evaluation).presentValue.toFixed(2)).toBe(cents(byHand).toFixed(2));
    // Different from a flat 3.5% after year 30.
    const flat = evaluate({ ...evaluation, discount: { rate: 0.035 } });
    expect(flat.presentValue.lt(evaluate(evaluation).presentValue)).toBe(true);
  });

  it('the Green Book health schedule starts at 1.5% and falls to 1.29% after year 30', () => {
    const schedule = { schedule: 'green-book-health' } as const;
    expect(discountFactor(1, schedule).toNumber()).toBeCloseTo(1 / 1.015, 15);
    const ratio = discountFactor(30, schedule).div(discountFactor(31, schedule));
    expect(ratio.toString()).toBe('1.0129');
  });

  it('start-of-year timing needs one rate fewer than the last year', () => {
    const result = evaluate({ ...workedCheck, timing: 'start-of-year', discount: { rates: [0.05, 0.04] } });
    expect(result.presentValue.toFixed(2)).toBe(cents(54000 + 27000 / 1.05 + 13500 / (1.05 * 1.04)).toFixed(2));
  });

  it('year 0 is always undiscounted', () => {
    expect(discountFactor(0, { rate: 0.5 }, 'end-of-year').toString()).toBe('1');
  });
});

describe('inputs and start years', () => {
  it('discounts an input in year 2 like an outcome value of year 2', () => {
    const evaluation: Evaluation = {
      ...workedCheck,
      inputs: [
        { description: 'Year 0 grant', amount: 30000 },
        { description: 'Year 2 grant', amount: '20000', year: 2 },
      ],
    };
    const result = evaluate(evaluation);
    expect(result.inputsPresentValue.toFixed(2)).toBe(cents(30000 + 20000 / 1.035 ** 2).toFixed(2));
    expect(result.years[1]?.inputs.toString()).toBe('20000');
    expect(result.ratio?.toNumber()).toBeCloseTo(referenceEvaluate(evaluation).ratio!, 12);
  });

  it('an outcome starting in year 2 has its first value in year 2, discounted two years', () => {
    const result = evaluate(
      evaluationWith([outcome({ id: 'later', quantity: 10, proxy: { value: 100 }, duration: 2, startYear: 2 })]),
    );
    expect(result.years.map((y) => y.value.toString())).toEqual(['0', '1000', '1000']);
    expect(result.outcomes[0]?.startYear).toBe(2);
    expect(result.presentValue.toFixed(2)).toBe(cents(1000 / 1.035 ** 2 + 1000 / 1.035 ** 3).toFixed(2));
    expect(result.impact.toString()).toBe('1000');
  });
});

describe('reductions and disbenefits', () => {
  const shares = { quantity: 100, proxy: { value: 1000 }, deadweight: 0.2, displacement: 0.1, attribution: 0.25 };

  it('multiplicative reductions: 100 x 1,000 with 20%, 10%, 25% is 54,000', () => {
    expect(evaluate(evaluationWith([outcome({ id: 'a', ...shares })])).impact.toString()).toBe('54000');
  });

  it('subtractive reductions: the same shares give 45,000', () => {
    const result = evaluate(evaluationWith([outcome({ id: 'a', ...shares })], { reductions: 'subtractive' }));
    expect(result.impact.toString()).toBe('45000');
  });

  it('a negative proxy (a disbenefit) lowers the present value and shows as negative value', () => {
    const result = evaluate(
      evaluationWith([
        outcome({ id: 'benefit', quantity: 10, proxy: { value: 500 } }),
        outcome({ id: 'disbenefit', quantity: 2, proxy: { value: -250 } }),
      ]),
    );
    expect(result.outcomes[1]?.presentValue.toFixed(2)).toBe(cents(-500 / 1.035).toFixed(2));
    expect(result.presentValue.toFixed(2)).toBe(cents(4500 / 1.035).toFixed(2));
  });

  it('quantityByYear gives each year its own quantity and no drop-off', () => {
    const result = evaluate(
      evaluationWith([outcome({ id: 'measured', quantity: undefined, quantityByYear: [10, 8, '5'], duration: 3 })]),
    );
    expect(result.outcomes[0]?.values.map(String)).toEqual(['1000', '800', '500']);
    expect(result.impact.toString()).toBe('1000');
    expect(result.presentValue.toFixed(2)).toBe(cents(1000 / 1.035 + 800 / 1.035 ** 2 + 500 / 1.035 ** 3).toFixed(2));
  });
});

describe('the years a discount factor can be asked for', () => {
  it('reach the last year an outcome can reach: starting in the last start year and lasting the longest duration', () => {
    const { discountYear, startYear, duration } = WHOLE_NUMBER_RULES;
    expect([discountYear.min, discountYear.max]).toEqual([0, startYear.max + duration.max - 1]);
  });
});
