import fc from 'fast-check';
import {
  type Decimal,
  evaluate,
  scenarios,
  SroiOptionsError,
  SroiValidationError,
  switchingValues,
  type Estimate,
  type Evaluation,
  type SwitchingValue,
  toDecimal,
} from '@sroi/core';
import { bracketedRoot } from '../../../packages/core/src/sensitivity/solve';
import { deepFreeze, jobs, twoOutcomes, withOutcome, workedCheck } from './fixtures';

const find = (values: readonly SwitchingValue[], outcome: string | null, estimate: Estimate) => {
  const found = values.find((value) => value.outcome === outcome && value.estimate === estimate);
  if (found === undefined) throw new Error(`no switching value for ${String(outcome)} ${estimate}`);
  return found;
};

/** The evaluation with one estimate of one outcome set to a switching value. */
function at(evaluation: Evaluation, id: string, estimate: Estimate, value: Decimal): Evaluation {
  if (estimate === 'proxy') {
    const outcome = evaluation.outcomes.find((o) => o.id === id);
    return withOutcome(evaluation, id, { proxy: { ...outcome?.proxy, value: value.toString() } });
  }
  if (estimate === 'duration') return withOutcome(evaluation, id, { duration: value.toNumber() });
  return withOutcome(evaluation, id, { [estimate]: value.toString() });
}

/** A share kept from 0 to 1, as a decimal string. */
const clamped = (share: Decimal) => (share.gt(1) ? '1' : share.lt(0) ? '0' : share.toString());

/** Ratio equals the target to the cent: the present value is within half a penny of target x inputs. */
function expectAtTarget(evaluation: Evaluation, target: number | string = 1) {
  const result = evaluate(evaluation);
  const wanted = result.inputsPresentValue.times(target);
  expect(result.presentValue.minus(wanted).abs().lte('0.005')).toBe(true);
  expect(result.ratio?.toFixed(2)).toBe(toDecimal(target).toFixed(2));
}

describe('switchingValues', () => {
  describe('on the METHOD.md worked check (ratio 1.7911)', () => {
    const result = switchingValues(workedCheck);
    const one = (estimate: Estimate) => find(result.outcomes, 'wellbeing', estimate);

    it('matches the hand calculation for quantity, proxy and the reductions', () => {
      // PV is 89,554.93 and must fall to 50,000: every linear estimate scales it by 50,000 / 89,554.93.
      const scale = toDecimal(50000).div(result.presentValue);
      expect(one('quantity').value?.toFixed(6)).toBe(scale.times(100).toFixed(6));
      expect(one('quantity').change?.toFixed(4)).toBe('0.5583');
      expect(one('proxy').value?.toFixed(4)).toBe('558.3166');
      // (1 - deadweight) must fall from 0.8 to 0.8 x scale.
      expect(one('deadweight').value?.toFixed(6)).toBe(toDecimal(1).minus(scale.times(0.8)).toFixed(6));
      // A share change is a fraction of one, like the share: 20% -> 55.33% is +0.3533 (35.33 percentage points).
      expect(one('deadweight').change?.toFixed(4)).toBe('0.3533');
      expect(one('deadweight').change?.toFixed(6)).toBe(toDecimal(0.8).minus(scale.times(0.8)).toFixed(6));
      expect(one('displacement').value?.toFixed(4)).toBe('0.4975');
      expect(one('attribution').value?.toFixed(4)).toBe('0.5813');
      expect(one('deadweight').unit).toBe('share');
      expect(one('quantity').unit).toBe('multiple');
    });

    it('states a share change in the unit scenarios take as shareChange: applied there, it reaches 1 : 1', () => {
      const change = (one('deadweight').change as Decimal).toString();
      const [moved] = scenarios(workedCheck, [
        { name: 'switch', overrides: [{ estimate: 'deadweight', shareChange: change }] },
      ]);
      expect(moved?.result.ratio?.toFixed(2)).toBe('1.00');
    });

    it('gives a ratio equal to the target to the cent when evaluated at each value', () => {
      for (const estimate of ['quantity', 'proxy', 'deadweight', 'displacement', 'attribution'] as const) {
        expectAtTarget(at(workedCheck, 'wellbeing', estimate, one(estimate).value as Decimal));
      }
    });

    it('explains why no drop-off or duration reaches 1 : 1', () => {
      // 100% drop-off leaves only year 1: 54,000 / 1.035 = 52,173.91, ratio 1.04.
      expect(one('dropOff').value).toBeNull();
      expect(one('dropOff').reason).toEqual({
        code: 'out-of-range',
        message: 'even 100% drop-off leaves the ratio at 1.04 : 1, above the target 1.00 : 1',
      });
      expect(one('duration').reason?.message).toBe(
        'even a duration of 1 year leaves the ratio at 1.04 : 1, above the target 1.00 : 1',
      );
    });

    it('finds drop-off by root search to the cent, and duration in whole years, for other targets', () => {
      const higher = switchingValues(workedCheck, { target: 1.5 });
      const dropOff = find(higher.outcomes, 'wellbeing', 'dropOff');
      expect(dropOff.value?.toFixed(4)).toBe('0.6593');
      expect(dropOff.change?.toFixed(4)).toBe('0.1593'); // 50% -> 65.93%
      expectAtTarget(at(workedCheck, 'wellbeing', 'dropOff', dropOff.value as Decimal), 1.5);

      const duration = find(higher.outcomes, 'wellbeing', 'duration');
      expect(duration.value?.toString()).toBe('1');
      expect(duration.change?.toString()).toBe('-2');
      expect(evaluate(at(workedCheck, 'wellbeing', 'duration', toDecimal(1))).ratio?.lte(1.5)).toBe(true);
      expect(evaluate(at(workedCheck, 'wellbeing', 'duration', toDecimal(2))).ratio?.gt(1.5)).toBe(true);
    });

    it('lengthens the duration, to the first whole year that reaches a higher target', () => {
      const evaluation = withOutcome(workedCheck, 'wellbeing', { dropOff: 0.1 }); // ratio 2.74
      const target = 3.5;
      const duration = find(switchingValues(evaluation, { target }).outcomes, 'wellbeing', 'duration');
      const years = duration.value?.toNumber() as number;
      expect(years).toBeGreaterThan(3);
      expect(evaluate(at(evaluation, 'wellbeing', 'duration', toDecimal(years))).ratio?.gte(target)).toBe(true);
      expect(evaluate(at(evaluation, 'wellbeing', 'duration', toDecimal(years - 1))).ratio?.lt(target)).toBe(true);
    });

    it('lengthens no further than an explicit list of rates can discount', () => {
      const evaluation: Evaluation = { ...workedCheck, discount: { rates: [0.035, 0.035, 0.035, 0.035] } };
      expect(find(switchingValues(evaluation, { target: 3 }).outcomes, 'wellbeing', 'duration').reason?.message).toBe(
        'even a duration of 4 years leaves the ratio at 1.91 : 1, below the target 3.00 : 1',
      );
      // Start-of-year timing discounts year 5 over four years, so four rates reach five years.
      const early = switchingValues({ ...evaluation, timing: 'start-of-year' }, { target: 3 });
      expect(find(early.outcomes, 'wellbeing', 'duration').reason?.message).toMatch(/^even a duration of 5 years/);
    });

    it('gives the same multiple for all outcomes together as for the only outcome', () => {
      expect(find(result.together, null, 'quantity').change?.toString()).toBe(one('quantity').change?.toString());
      expect(find(result.together, null, 'deadweight').change?.toFixed(20)).toBe(one('deadweight').change?.toFixed(20));
      expect(find(result.together, null, 'quantity').value).toBeNull();
    });
  });

  describe('with two outcomes', () => {
    const result = switchingValues(twoOutcomes);

    it('says when the other outcomes alone exceed the target', () => {
      expect(find(result.outcomes, 'jobs', 'deadweight').reason?.message).toBe(
        'even 100% deadweight leaves the ratio at 1.79 : 1, above the target 1.00 : 1: the other outcomes alone exceed it',
      );
      expect(find(result.outcomes, 'jobs', 'quantity').reason?.code).toBe('out-of-range');
    });

    it('moves all outcomes together to the target', () => {
      const shift = find(result.together, null, 'deadweight').change as Decimal;
      const moved: Evaluation = {
        ...twoOutcomes,
        outcomes: twoOutcomes.outcomes.map((o) => ({
          ...o,
          deadweight: shift.plus(o.deadweight ?? 0).toString(),
        })),
      };
      expectAtTarget(moved);
      const multiple = find(result.together, null, 'proxy').change as Decimal;
      expectAtTarget({
        ...twoOutcomes,
        outcomes: twoOutcomes.outcomes.map((o) => ({
          ...o,
          proxy: { value: multiple.times(o.proxy.value).toString() },
        })),
      });
    });

    it('holds each share at its limits when moving all outcomes together (piecewise-linear root)', () => {
      // Jobs has no displacement, wellbeing 10%: a fall of more than 10 points stops at 0 for both.
      const atZero = evaluate(withOutcome(twoOutcomes, 'wellbeing', { displacement: 0 }));
      expect(atZero.ratio?.toFixed(2)).toBe('2.88');
      const target = 3;
      const high = switchingValues(twoOutcomes, { target });
      const shift = find(high.together, null, 'displacement');
      expect(shift.value).toBeNull();
      expect(shift.reason?.message).toBe(
        'even -10 points of displacement for every outcome leaves the ratio at 2.88 : 1, below the target 3.00 : 1',
      );
    });

    it('finds drop-off for all outcomes together by a bracketed root search', () => {
      const target = 2;
      const shift = find(switchingValues(twoOutcomes, { target }).together, null, 'dropOff').change as Decimal;
      const moved: Evaluation = {
        ...twoOutcomes,
        outcomes: twoOutcomes.outcomes.map((o) => ({
          ...o,
          dropOff: clamped(shift.plus(o.dropOff ?? 0)),
        })),
      };
      expectAtTarget(moved, target);
    });

    it('shifts every duration by whole years', () => {
      const target = 2;
      const shift = find(
        switchingValues(twoOutcomes, { target }).together,
        null,
        'duration',
      ).change?.toNumber() as number;
      const moved = (years: number): Evaluation => ({
        ...twoOutcomes,
        outcomes: twoOutcomes.outcomes.map((o) => ({ ...o, duration: Math.max(1, o.duration + years) })),
      });
      expect(shift).toBeLessThan(0);
      expect(evaluate(moved(shift)).ratio?.lte(target)).toBe(true);
      expect(evaluate(moved(shift + 1)).ratio?.gt(target)).toBe(true);
    });
  });

  describe('explains every null', () => {
    it('without inputs', () => {
      const result = switchingValues({ ...workedCheck, inputs: [] });
      expect(result.ratio).toBeNull();
      expect([...result.outcomes, ...result.together].every((value) => value.reason?.code === 'no-inputs')).toBe(true);
    });

    it('for drop-off and duration of an outcome measured by year', () => {
      const byYear = withOutcome(twoOutcomes, 'jobs', {
        quantity: undefined,
        dropOff: undefined,
        quantityByYear: [10, 8, 6, 4],
      });
      const result = switchingValues(byYear);
      expect(find(result.outcomes, 'jobs', 'dropOff').reason?.code).toBe('not-applicable');
      expect(find(result.outcomes, 'jobs', 'duration').reason?.code).toBe('not-applicable');
      // Quantity is a multiple of every year's quantity: evaluate it back.
      const target = 2.5;
      const quantity = find(switchingValues(byYear, { target }).outcomes, 'jobs', 'quantity');
      const multiple = quantity.change as Decimal;
      expectAtTarget(
        withOutcome(byYear, 'jobs', { quantityByYear: [10, 8, 6, 4].map((q) => multiple.times(q).toString()) }),
        target,
      );
      expect(quantity.value?.toString()).toBe(multiple.times(10).toString());
    });

    it('for a disbenefit, whose quantity lowers the ratio', () => {
      const harm = withOutcome(twoOutcomes, 'jobs', { proxy: { value: -3000 } });
      const result = switchingValues(harm, { target: 2 });
      expect(find(result.outcomes, 'jobs', 'quantity').reason?.message).toBe(
        'even a quantity of 0 leaves the ratio at 1.79 : 1, below the target 2.00 : 1; the proxy is negative (a disbenefit), so more of this outcome lowers the ratio',
      );
    });

    it('for an estimate that does not move the value', () => {
      const result = switchingValues(withOutcome(workedCheck, 'wellbeing', { duration: 1, dropOff: 0 }));
      expect(find(result.outcomes, 'wellbeing', 'dropOff').reason?.code).toBe('no-effect');
    });
  });

  it('works under subtractive reductions, keeping the three within 100%', () => {
    const evaluation: Evaluation = { ...twoOutcomes, reductions: 'subtractive' };
    const result = switchingValues(evaluation);
    const deadweight = find(result.outcomes, 'wellbeing', 'deadweight');
    expectAtTarget(at(evaluation, 'wellbeing', 'deadweight', deadweight.value as Decimal));
    // Wellbeing: 10% displacement and 25% attribution leave at most 65% for deadweight.
    expect(deadweight.value?.lte(0.65)).toBe(true);
    const shift = find(result.together, null, 'attribution').change as Decimal;
    expectAtTarget({
      ...evaluation,
      outcomes: evaluation.outcomes.map((o) => ({
        ...o,
        attribution: shift.plus(o.attribution ?? 0).toString(),
      })),
    });
  });

  it('agrees with a bracketed root search on linear estimates', () => {
    const result = switchingValues(twoOutcomes, { target: 2 });
    const closed = find(result.outcomes, 'wellbeing', 'deadweight').value as Decimal;
    const ratioMinusTarget = (x: Decimal) =>
      evaluate(at(twoOutcomes, 'wellbeing', 'deadweight', x)).presentValue.minus(result.inputsPresentValue.times(2));
    const searched = bracketedRoot({
      exact: ratioMinusTarget,
      float: (x) => ratioMinusTarget(toDecimal(String(x))).toNumber(),
      low: 0,
      high: 1,
      tolerance: toDecimal('1e-20'),
    });
    expect(searched.minus(closed).abs().lt('1e-15')).toBe(true);
  });

  it('evaluates back to the target for any linear estimate (property)', () => {
    const share = fc.integer({ min: 0, max: 60 }).map((n) => n / 100);
    fc.assert(
      fc.property(
        fc.record({
          quantity: fc.integer({ min: 1, max: 5000 }),
          proxy: fc.integer({ min: 1, max: 100000 }).map((value) => ({ value })),
          deadweight: share,
          displacement: share,
          attribution: share,
          dropOff: share,
          duration: fc.integer({ min: 1, max: 8 }),
        }),
        fc.integer({ min: 1000, max: 5_000_000 }),
        fc.integer({ min: 50, max: 400 }).map((n) => n / 100),
        (outcome, amount, target) => {
          const evaluation: Evaluation = {
            ...twoOutcomes,
            inputs: [{ description: 'Grant', amount }],
            outcomes: [{ ...jobs, ...outcome, id: 'random' }, workedCheck.outcomes[0] as never],
          };
          const result = switchingValues(evaluation, { target });
          for (const value of result.outcomes.filter((v) => v.outcome === 'random' && v.value !== null)) {
            if (value.estimate === 'duration') continue;
            const back = evaluate(at(evaluation, 'random', value.estimate, value.value as Decimal));
            expect(back.presentValue.minus(back.inputsPresentValue.times(target)).abs().lte('0.005')).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('rejects a target that is not a positive ratio, and an invalid evaluation', () => {
    expect(() => switchingValues(workedCheck, { target: 0 })).toThrow(SroiOptionsError);
    expect(() => switchingValues(workedCheck, { target: Number.NaN })).toThrow(
      'target must be a ratio above 0, e.g. 1 for 1 : 1; got NaN',
    );
    expect(() => switchingValues({ ...workedCheck, outcomes: [{ ...jobs, deadweight: 2 }] })).toThrow(
      SroiValidationError,
    );
  });

  it('leaves its input unchanged', () => {
    const frozen = deepFreeze(structuredClone(twoOutcomes));
    expect(() => switchingValues(frozen)).not.toThrow();
    expect(frozen).toEqual(twoOutcomes);
  });
});
