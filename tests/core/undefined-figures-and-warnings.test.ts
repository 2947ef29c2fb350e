import { evaluate } from '@sroi/core';
import { evaluationWith, outcome, workedCheck } from './fixtures';

const codes = (warnings: readonly { code: string }[]) => warnings.map((w) => w.code);

describe('figures that cannot be computed', () => {
  it('without inputs the ratio, net ratio and paybacks are null, with a warning saying why', () => {
    const result = evaluate({ ...workedCheck, inputs: [] });
    expect(result.ratio).toBeNull();
    expect(result.netRatio).toBeNull();
    expect(result.paybackMonths).toBeNull();
    expect(result.discountedPaybackMonths).toBeNull();
    expect(codes(result.warnings)).toContain('no-inputs');
    expect(result.netPresentValue.toFixed(2)).toBe('89554.93');
  });

  it('with impact not positive there is no payback period', () => {
    const result = evaluate(evaluationWith([outcome({ id: 'harm', proxy: { value: -100 } })]));
    expect(result.paybackMonths).toBeNull();
    expect(result.ratio?.isNegative()).toBe(true);
    expect(codes(result.warnings)).toEqual(expect.arrayContaining(['impact-not-positive', 'never-paid-back']));
  });

  it('when value never reaches the inputs there is no discounted payback', () => {
    const result = evaluate({ ...workedCheck, inputs: [{ description: 'Big grant', amount: 100000 }] });
    expect(result.discountedPaybackMonths).toBeNull();
    expect(result.paybackMonths?.toFixed(2)).toBe('22.22');
    expect(codes(result.warnings)).toContain('never-paid-back');
  });

  it('an evaluation with no outcomes is valid, worth nothing, and says so', () => {
    const result = evaluate({ ...workedCheck, outcomes: [] });
    expect(result.presentValue.toString()).toBe('0');
    expect(result.ratio?.toString()).toBe('0');
    expect(codes(result.warnings)).toContain('no-outcomes');
  });

  it('discounted payback interpolates within the year it is reached', () => {
    // 1,000 a year for 3 years at 0%: inputs 1,500 are reached half way through year 2: 18 months.
    const result = evaluate(
      evaluationWith([outcome({ id: 'steady', quantity: 10, proxy: { value: 100 }, duration: 3 })], {
        discount: { rate: 0 },
        inputs: [{ description: 'Grant', amount: 1500 }],
      }),
    );
    expect(result.discountedPaybackMonths?.toString()).toBe('18');
    expect(result.paybackMonths?.toString()).toBe('18');
  });
});

describe('warnings about unusual values', () => {
  it('warns of deadweight, displacement or attribution over 50%, with the path', () => {
    const result = evaluate(evaluationWith([outcome({ id: 'a', deadweight: 0.6, attribution: '0.75' })]));
    expect(result.warnings.filter((w) => w.path !== undefined).map((w) => [w.code, w.path])).toEqual([
      ['high-deadweight', 'outcomes[0].deadweight'],
      ['high-attribution', 'outcomes[0].attribution'],
    ]);
  });

  it('warns of no drop-off over more than 5 years, and of durations over 10 years', () => {
    const result = evaluate(evaluationWith([outcome({ id: 'a', duration: 12 })]));
    expect(codes(result.warnings)).toEqual(expect.arrayContaining(['no-drop-off-long-duration', 'long-duration']));
    const fading = evaluate(evaluationWith([outcome({ id: 'a', duration: 6, dropOff: 0.2 })]));
    expect(codes(fading.warnings)).not.toContain('no-drop-off-long-duration');
  });

  it('warns of a ratio over 20 : 1', () => {
    const result = evaluate(evaluationWith([outcome({ id: 'a', quantity: 1000, proxy: { value: 100 } })]));
    expect(result.ratio?.gt(20)).toBe(true);
    expect(codes(result.warnings)).toContain('high-ratio');
  });

  it('warns of a discount rate over 10%', () => {
    const result = evaluate({ ...workedCheck, discount: { rate: 0.12 } });
    expect(codes(result.warnings)).toEqual(['high-discount-rate']);
  });
});
