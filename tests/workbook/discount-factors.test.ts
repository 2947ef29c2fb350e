/**
 * The Discounting sheet's stored rates and factors: the engine's discount
 * factors (core's `discountTable`, the one formula for discounting by timing),
 * checked against the engine's own year results and against a float64
 * reference worked here.
 */
import type { Discount, Evaluation, Timing } from '@sroi/core';
import { discountFactors } from '../../packages/workbook/src/write/discount-factors';
import { planOf } from '../../packages/workbook/src/write/plan';

function evaluationWith(discount: Discount | undefined, timing: Timing): Evaluation {
  return {
    name: 'Discounting',
    stakeholders: [{ id: 's', name: 'S' }],
    inputs: [{ description: 'Grant', amount: 1000 }],
    outcomes: [
      { id: 'o', stakeholder: 's', description: 'O', quantity: 3, proxy: { value: 250.5 }, duration: 6, startYear: 2 },
    ],
    ...(discount === undefined ? {} : { discount }),
    timing,
  };
}

const TIMINGS: readonly Timing[] = ['end-of-year', 'start-of-year', 'mid-year'];
const DISCOUNTS: readonly (Discount | undefined)[] = [
  undefined,
  { rate: '0.0425' },
  { schedule: 'green-book-health' },
  { rates: [0.05, '0.04', 0.03, 0.035, 0.02, 0.01, 0.045] },
];

describe('discountFactors (the Discounting sheet)', () => {
  describe.each(TIMINGS)('under %s timing', (timing) => {
    it.each(DISCOUNTS.map((discount) => [JSON.stringify(discount ?? 'default'), discount] as const))(
      'holds the engine’s discount factor of every year it evaluates, digit for digit (%s)',
      (_, discount) => {
        const plan = planOf(evaluationWith(discount, timing));
        const rows = discountFactors(plan);
        expect(plan.result.years.length).toBe(7);
        for (const year of plan.result.years) {
          expect(rows.discountFactors[year.year]?.toString()).toBe(year.discountFactor.toString());
        }
      },
    );
  });

  it('gives end-of-year factors 1 / 1.035^t and each timing’s exponent at the default 3.5%', () => {
    const expected = (exponent: number) => 1 / 1.035 ** exponent;
    const byTiming = (timing: Timing) => discountFactors(planOf(evaluationWith(undefined, timing)));
    const endOfYear = byTiming('end-of-year');
    for (let year = 0; year <= 7; year += 1) {
      expect(endOfYear.endOfYearFactors[year]!.toNumber()).toBeCloseTo(expected(year), 14);
      expect(endOfYear.discountFactors[year]!.toNumber()).toBeCloseTo(expected(year), 14);
    }
    for (let year = 1; year <= 7; year += 1) {
      expect(byTiming('start-of-year').discountFactors[year]!.toNumber()).toBeCloseTo(expected(year - 1), 14);
      expect(byTiming('mid-year').discountFactors[year]!.toNumber()).toBeCloseTo(expected(year - 0.5), 14);
    }
    expect(endOfYear.rates.slice(0, 3).map((rate) => rate?.toString() ?? null)).toEqual([null, '0.035', '0.035']);
  });

  it('leaves the rate blank past the end of a rates list and discounts those years at 0, as the sheet’s formulas do', () => {
    const evaluation = evaluationWith({ rates: [0.05, 0.04] }, 'start-of-year');
    const shortOutcome = { ...evaluation.outcomes[0]!, duration: 3, startYear: 1 };
    const plan = planOf({ ...evaluation, outcomes: [shortOutcome] }, { minYears: 5 });
    const rows = discountFactors(plan);
    expect(plan.years).toBe(5);
    expect(rows.rates.map((rate) => rate?.toString() ?? null)).toEqual([null, '0.05', '0.04', null, null, null]);
    const afterTwoYears = 1 / (1.05 * 1.04);
    expect(rows.endOfYearFactors.map((factor) => factor.toNumber())).toEqual([
      1,
      expect.closeTo(1 / 1.05, 15),
      expect.closeTo(afterTwoYears, 15),
      expect.closeTo(afterTwoYears, 15),
      expect.closeTo(afterTwoYears, 15),
      expect.closeTo(afterTwoYears, 15),
    ]);
    // Start-of-year: year 3 is discounted over two years, so the list of two rates is enough for the engine.
    expect(rows.discountFactors[3]!.toNumber()).toBeCloseTo(afterTwoYears, 15);
  });
});
