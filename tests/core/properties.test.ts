import fc from 'fast-check';
import { evaluate, type Evaluation, type Outcome } from '@sroi/core';
import { evaluationArbitrary } from './arbitraries';
import { referenceEvaluate } from './reference';

const RUNS = { numRuns: 150 };

/** Replaces one outcome of an evaluation. */
function withOutcome(evaluation: Evaluation, index: number, change: (o: Outcome) => Outcome): Evaluation {
  return { ...evaluation, outcomes: evaluation.outcomes.map((o, i) => (i === index ? change(o) : o)) };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('evaluate, as laws over random valid evaluations', () => {
  it('agrees with an independent float64 implementation of METHOD.md to the cent, paybacks included', () => {
    fc.assert(
      fc.property(evaluationArbitrary({ reductions: 'any' }), (evaluation) => {
        const exact = evaluate(evaluation);
        const reference = referenceEvaluate(evaluation);
        expect(Math.abs(exact.presentValue.toNumber() - reference.presentValue)).toBeLessThan(0.005);
        expect(Math.abs(exact.inputsPresentValue.toNumber() - reference.inputsPresentValue)).toBeLessThan(0.005);
        expect(Math.abs(exact.impact.toNumber() - reference.impact)).toBeLessThan(0.005);
        exact.outcomes.forEach((o, i) => {
          expect(Math.abs(o.presentValue.toNumber() - reference.outcomePresentValues[i]!)).toBeLessThan(0.005);
        });
        for (const year of exact.years) {
          expect(Math.abs(year.value.toNumber() - (reference.yearValues.get(year.year) ?? 0))).toBeLessThan(0.005);
        }
        // To 6 places, or to 1e-12 of the figure where the float64 reference cannot hold 6 places
        // (a tiny impact against large inputs pays back in over a billion months).
        const sameMonths = (value: { toNumber(): number } | null, expected: number) => {
          expect(value).not.toBeNull();
          const difference = Math.abs((value?.toNumber() ?? NaN) - expected);
          expect(difference).toBeLessThan(Math.max(5e-7, Math.abs(expected) * 1e-12));
        };
        if (reference.paybackMonths === null) expect(exact.paybackMonths).toBeNull();
        else sameMonths(exact.paybackMonths, reference.paybackMonths);
        if (reference.discountedPaybackMonths === null) expect(exact.discountedPaybackMonths).toBeNull();
        else if (reference.discountedPaybackMonths !== undefined) {
          sameMonths(exact.discountedPaybackMonths, reference.discountedPaybackMonths);
        }
      }),
      RUNS,
    );
  });

  it('adds up: outcomes, years, stakeholders and domains all total the present value', () => {
    fc.assert(
      fc.property(evaluationArbitrary({ reductions: 'any' }), (evaluation) => {
        const result = evaluate(evaluation);
        const total = result.presentValue;
        const close = (sum: { toNumber(): number }) =>
          expect(Math.abs(sum.toNumber() - total.toNumber())).toBeLessThan(1e-6);
        close(result.years.reduce((s, y) => s.plus(y.presentValue), total.minus(total)));
        close(result.stakeholders.reduce((s, y) => s.plus(y.presentValue), total.minus(total)));
        close(result.domains.reduce((s, y) => s.plus(y.presentValue), total.minus(total)));
      }),
      RUNS,
    );
  });

  it('is linear in each quantity: doubling one adds exactly that outcome’s present value', () => {
    fc.assert(
      fc.property(evaluationArbitrary({ reductions: 'any' }), fc.nat(), (evaluation, pick) => {
        const index = pick % evaluation.outcomes.length;
        const before = evaluate(evaluation);
        const doubled = withOutcome(evaluation, index, (o) =>
          o.quantityByYear
            ? { ...o, quantityByYear: o.quantityByYear.map((q) => Number(q) * 2) }
            : { ...o, quantity: Number(o.quantity) * 2 },
        );
        const expected = before.presentValue.plus(before.outcomes[index]!.presentValue);
        expect(evaluate(doubled).presentValue.minus(expected).abs().lt('1e-20')).toBe(true);
      }),
      RUNS,
    );
  });

  it('is linear in each proxy: tripling one adds twice that outcome’s present value', () => {
    fc.assert(
      fc.property(evaluationArbitrary({ reductions: 'any' }), fc.nat(), (evaluation, pick) => {
        const index = pick % evaluation.outcomes.length;
        const before = evaluate(evaluation);
        const tripled = withOutcome(evaluation, index, (o) => ({ ...o, proxy: { value: Number(o.proxy.value) * 3 } }));
        const expected = before.presentValue.plus(before.outcomes[index]!.presentValue.times(2));
        expect(evaluate(tripled).presentValue.minus(expected).abs().lt('1e-20')).toBe(true);
      }),
      RUNS,
    );
  });

  it.each(['deadweight', 'displacement', 'attribution', 'dropOff'] as const)(
    'never rises when %s rises (for benefits: proxies above zero)',
    (field) => {
      fc.assert(
        fc.property(
          evaluationArbitrary({ positive: true }),
          fc.nat(),
          fc.integer({ min: 1, max: 100 }),
          (evaluation, pick, up) => {
            const index = pick % evaluation.outcomes.length;
            const target = evaluation.outcomes[index]!;
            if (field === 'dropOff' && target.quantityByYear) return;
            const raised = Math.min(1, Number(target[field] ?? 0) + up / 100);
            const after = evaluate(withOutcome(evaluation, index, (o) => ({ ...o, [field]: raised })));
            expect(after.presentValue.lte(evaluate(evaluation).presentValue)).toBe(true);
          },
        ),
        RUNS,
      );
    },
  );

  it('leaves the ratio unchanged when every amount (proxies and inputs) is scaled by k', () => {
    fc.assert(
      fc.property(evaluationArbitrary({ reductions: 'any' }), fc.integer({ min: 2, max: 1000 }), (evaluation, k) => {
        const scaled: Evaluation = {
          ...evaluation,
          inputs: evaluation.inputs.map((input) => ({ ...input, amount: Number(input.amount) * k })),
          outcomes: evaluation.outcomes.map((o) => ({ ...o, proxy: { value: Number(o.proxy.value) * k } })),
        };
        const before = evaluate(evaluation).ratio!;
        const after = evaluate(scaled).ratio!;
        expect(after.minus(before).abs().lte(before.abs().times('1e-28'))).toBe(true);
      }),
      RUNS,
    );
  });

  it('never lowers the present value or ratio when an outcome with a positive proxy is added', () => {
    fc.assert(
      fc.property(evaluationArbitrary(), evaluationArbitrary({ positive: true }), (evaluation, donor) => {
        const extra = { ...donor.outcomes[0]!, id: 'extra' };
        const after = evaluate({ ...evaluation, outcomes: [...evaluation.outcomes, extra] });
        const before = evaluate(evaluation);
        expect(after.presentValue.gte(before.presentValue)).toBe(true);
        expect(after.ratio!.gte(before.ratio!)).toBe(true);
      }),
      RUNS,
    );
  });

  it('never changes its input', () => {
    fc.assert(
      fc.property(evaluationArbitrary(), (evaluation) => {
        const copy = structuredClone(evaluation);
        evaluate(deepFreeze(evaluation));
        expect(evaluation).toEqual(copy);
      }),
      { numRuns: 50 },
    );
  });
});
