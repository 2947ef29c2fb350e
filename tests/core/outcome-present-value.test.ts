/**
 * `outcomePresentValue`, the one projection that other packages (the add-in's
 * SROI.OUTCOMEPV) use, gives the present value `evaluate` reports for the same
 * outcome to the last of its 34 digits (issue 11), on the golden maps: every
 * timing, the Green Book schedules, a rates list, subtractive reductions,
 * numbers and strings, disbenefits, drop-off of 0 and long durations.
 */
import { discountTable, evaluate, outcomePresentValue, SroiEvaluationError, type Evaluation } from '@sroi/core';
import { seededRandom } from '../../bench/measure';
import { workedCheck } from './fixtures';
import { goldenMaps } from './golden/golden-maps';
import { estimatesOf, WORKED_CHECK_PRESENT_VALUE } from './outcome-estimates';

const maps = goldenMaps();
// The 100k map adds nothing the 10k map does not take, and takes seconds to evaluate.
const names = (): string[] => Object.keys(maps).filter((name) => name !== 'bench-100k');

/**
 * A map of values with 15 significant digits, as Excel holds them: their
 * products run past 34 digits, so the order of the multiplications shows.
 */
function fifteenDigitEvaluation(reductions: 'multiplicative' | 'subtractive'): Evaluation {
  const random = seededRandom(reductions === 'subtractive' ? 21 : 20);
  const share = () => random() * (reductions === 'subtractive' ? 0.33 : 1);
  return {
    name: `Fifteen digits, ${reductions}`,
    reductions,
    discount: { schedule: 'green-book' },
    timing: 'mid-year',
    stakeholders: [{ id: 's', name: 'S' }],
    inputs: [{ description: 'Grant', amount: 1000 }],
    outcomes: Array.from({ length: 300 }, (_, i) => ({
      id: `o${i}`,
      stakeholder: 's',
      description: `Outcome ${i}`,
      quantity: random() * 1e5,
      proxy: { value: (random() - 0.1) * 1e4 },
      deadweight: share(),
      displacement: share(),
      attribution: share(),
      dropOff: i % 10 === 0 ? 0 : random(),
      duration: 1 + Math.floor(random() * 40),
      startYear: 1 + Math.floor(random() * 4),
    })),
  };
}
maps['fifteen-digits'] = fifteenDigitEvaluation('multiplicative');
maps['fifteen-digits-subtractive'] = fifteenDigitEvaluation('subtractive');

describe('outcomePresentValue', () => {
  it.each(names())('equals evaluate on every projected outcome of the %s map, digit for digit', (name) => {
    const evaluation: Evaluation = maps[name]!;
    const result = evaluate(evaluation);
    const { timing, discount, reductions } = result.settings;
    const { factors } = discountTable(discount, timing, result.years.length);
    let compared = 0;
    evaluation.outcomes.forEach((outcome, index) => {
      // Outcomes measured year by year are not a projection: their values are given.
      if (outcome.quantityByYear !== undefined) return;
      const presentValue = outcomePresentValue(estimatesOf(outcome), factors, reductions);
      expect([outcome.id, presentValue.toString()]).toEqual([
        outcome.id,
        result.outcomes[index]!.presentValue.toString(),
      ]);
      compared += 1;
    });
    expect(compared).toBeGreaterThan(100);
  });

  it('gives the worked check: £54,000 a year, halved by drop-off each year, over 3 years at 3.5%', () => {
    const factors = discountTable({ rate: 0.035 }, 'end-of-year', 3).factors;
    expect(outcomePresentValue(estimatesOf(workedCheck.outcomes[0]!), factors).toFixed(20)).toBe(
      WORKED_CHECK_PRESENT_VALUE,
    );
  });

  it('refuses discount factors that stop before the outcome ends', () => {
    const outcome = estimatesOf({ ...workedCheck.outcomes[0]!, startYear: 2 });
    const factors = discountTable(undefined, 'end-of-year', 3).factors;
    expect(() => outcomePresentValue(outcome, factors)).toThrow(SroiEvaluationError);
    expect(() => outcomePresentValue(outcome, factors)).toThrow(
      'the discount factors reach year 3; an outcome from year 2 for 3 years needs year 4',
    );
  });
});
