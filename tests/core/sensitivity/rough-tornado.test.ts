import fc from 'fast-check';
import { ESTIMATES, toDecimal, type Evaluation } from '@sroi/core';
import { evaluationArbitrary } from '../arbitraries';
import { baseCase } from '../../../packages/core/src/sensitivity/base-case';
import { rulesOf } from '../../../packages/core/src/sensitivity/estimates/rules';
import { TornadoMove } from '../../../packages/core/src/sensitivity/estimates/tornado-move';
import { ROUGH_FLOAT_ERROR, roughFloat } from '../../../packages/core/src/sensitivity/to-float';

// The tornado is ordered on each bar's moved present values as doubles (roughTornado), and its
// order is proven exact only if each double is within 8 x ROUGH_FLOAT_ERROR x (|low| + |high| +
// |gross|) of the exact decimal the bar reports (tornado-order.ts). Checked here, in exact
// decimals, for every estimate of every outcome, against the exact tornado move.
const withinBound = (evaluation: Evaluation, change: number) => {
  const base = baseCase(evaluation);
  const move = new TornadoMove(toDecimal(change));
  const into = new Float64Array(2);
  for (const outcome of base.outcomes) {
    const rough = {
      presentValue: roughFloat(outcome.presentValue),
      impact: roughFloat(outcome.impact),
      gross: roughFloat(outcome.proxy) * roughFloat(outcome.discountedQuantity),
    };
    const gross = outcome.proxy.times(outcome.discountedQuantity).abs();
    for (const estimate of ESTIMATES) {
      const exact = rulesOf(estimate).tornado(base, outcome, estimate, move);
      const applies = rulesOf(estimate).roughTornado(base, outcome, rough, estimate, move, into);
      expect(applies).toBe(exact !== null);
      if (exact === null) continue;
      const [low, high] = exact.map((end) => end.presentValue);
      const bound = low!
        .abs()
        .plus(high!.abs())
        .plus(gross)
        .times(8 * ROUGH_FLOAT_ERROR);
      for (const [double, decimal] of [
        [into[0], low],
        [into[1], high],
      ] as const) {
        const error = toDecimal(String(double)).minus(decimal!).abs();
        if (!error.lte(bound)) {
          throw new Error(
            `${outcome.id} ${estimate}: ${String(double)} is ${error.toString()} from ${decimal!.toString()}`,
          );
        }
      }
    }
  }
};

describe("the tornado's moved present values as doubles", () => {
  it('are within their bound of the exact ones, for every estimate, reading and change', () => {
    fc.assert(
      fc.property(
        evaluationArbitrary({ reductions: 'any' }),
        fc.integer({ min: 1, max: 100 }).map((percent) => percent / 100),
        withinBound,
      ),
      { numRuns: 200 },
    );
  });

  it('are within their bound where a share is moved to its limit, and for a proxy of zero', () => {
    const evaluation: Evaluation = {
      name: 'Edges',
      reductions: 'subtractive',
      stakeholders: [{ id: 'people', name: 'People' }],
      inputs: [{ description: 'Grant', amount: 1000 }],
      outcomes: [
        // What the other two leave is 0.05: the attribution moves to its limit, where the value is about nothing.
        {
          id: 'a',
          stakeholder: 'people',
          description: 'A',
          quantity: 3,
          proxy: { value: 12345.67 },
          deadweight: 0.9,
          displacement: 0.05,
          attribution: 0.04,
          dropOff: 0.99,
          duration: 40,
        },
        { id: 'b', stakeholder: 'people', description: 'B', quantity: 7, proxy: { value: 0 }, duration: 2 },
        {
          id: 'c',
          stakeholder: 'people',
          description: 'C',
          quantity: 1,
          proxy: { value: -250.5 },
          deadweight: 1,
          duration: 1,
        },
      ],
    };
    withinBound(evaluation, 0.1);
    withinBound({ ...evaluation, reductions: 'multiplicative' }, 0.5);
  });
});
