import fc from 'fast-check';
import { evaluate, oneWay, switchingValues, toDecimal, type Evaluation } from '@sroi/core';
import { evaluationArbitrary } from '../arbitraries';

// Sensitivity takes the evaluation apart, but its base figures must be evaluate's own, to the
// 34th digit: a tornado whose middle differed from the headline in the last digit would not be
// "the same evaluation". The totals used to differ in about a quarter of random maps, because
// the outcomes were summed in map order and evaluate sums per stakeholder, then over stakeholders.
describe('the base case of sensitivity analysis', () => {
  it("gives oneWay and switchingValues evaluate's present value, inputs and ratio to the last digit", () => {
    fc.assert(
      fc.property(evaluationArbitrary({ reductions: 'any' }), (evaluation) => {
        const evaluated = evaluate(evaluation);
        const expected = [evaluated.presentValue, evaluated.inputsPresentValue, evaluated.ratio].map(String);
        for (const result of [oneWay(evaluation), switchingValues(evaluation)]) {
          expect([result.presentValue, result.inputsPresentValue, result.ratio].map(String)).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('sums per stakeholder, then over stakeholders, where map order would differ in the 34th digit', () => {
    // A map fast-check found (shrunk): summed in map order the total ends in ...633, evaluate's in ...634.
    const evaluation: Evaluation = {
      name: 'Order of sums',
      timing: 'mid-year',
      discount: { rates: [0.059, 0.066, 0.017, 0.063, 0.077, 0.001, 0.041, 0.006, 0.052, 0.065] },
      stakeholders: [
        { id: 'people', name: 'Participants' },
        { id: 'families', name: 'Families' },
      ],
      inputs: [{ description: 'Grant', amount: 0.01 }],
      outcomes: [
        {
          id: 'o1',
          stakeholder: 'families',
          description: 'One',
          quantity: 231,
          proxy: { value: 2531.32 },
          deadweight: '0.417',
          duration: 1,
        },
        {
          id: 'o2',
          stakeholder: 'people',
          description: 'Two',
          quantityByYear: [5],
          proxy: { value: 549.73 },
          duration: 1,
        },
        {
          id: 'o4',
          stakeholder: 'people',
          description: 'Three',
          quantityByYear: [4992, 4262, 1612, 3844, 1415, 4994, 1220, 1235, 4993],
          proxy: { value: 91330.87 },
          deadweight: 0.23,
          displacement: 0.33,
          attribution: '0.061',
          duration: 9,
          startYear: 2,
        },
      ],
    };
    const evaluated = evaluate(evaluation);
    const mapOrder = evaluated.outcomes.reduce((sum, outcome) => sum.plus(outcome.presentValue), toDecimal(0));
    expect(mapOrder.eq(evaluated.presentValue)).toBe(false);
    expect(oneWay(evaluation).presentValue.toString()).toBe(evaluated.presentValue.toString());
    expect(evaluated.presentValue.toString()).toBe('1000333588.566224048507410995835634');
  });
});
