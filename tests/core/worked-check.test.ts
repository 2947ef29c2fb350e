import { evaluate, toNumbers, type Evaluation } from '@sroi/core';

/** METHOD.md's worked check, with its published figures. */
export const workedCheck: Evaluation = {
  name: 'Worked check',
  stakeholders: [{ id: 'people', name: 'Participants' }],
  inputs: [{ description: 'Grant', amount: 50000 }],
  outcomes: [
    {
      id: 'wellbeing',
      stakeholder: 'people',
      description: 'Improved wellbeing',
      quantity: 100,
      proxy: { value: 1000 },
      deadweight: 0.2,
      displacement: 0.1,
      attribution: 0.25,
      dropOff: 0.5,
      duration: 3,
    },
  ],
};

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

  it('converts to plain numbers in one call', () => {
    expect(toNumbers(result).presentValue).toBeCloseTo(89554.93, 2);
  });
});
