import fc from 'fast-check';
import { toDecimal } from '@sroi/core';
import { fixedDivisor } from '../../../packages/core/src/sensitivity/fixed-divisor';

// The tornado's ratios divide by one fixed divisor through a 45-digit reciprocal: every quotient
// must be decimal.js's own long division, the 34-digit quotient rounded half to even, digit for
// digit (the text of the result, as JSON shows it, and so the sign of a zero too).
const same = (dividend: string, divisor: string) => {
  const expected = toDecimal(dividend).div(toDecimal(divisor));
  const got = fixedDivisor(toDecimal(divisor))(toDecimal(dividend));
  expect(got.valueOf()).toBe(expected.valueOf());
};

describe('fixedDivisor', () => {
  it('gives exact quotients exactly', () => {
    same('6', '3'); // 2
    same('1', '8'); // 0.125
    same('-7.5', '2.5'); // -3
    same('0', '370120.55');
  });

  it('rounds an exact half to even, as long division does (1.000...0001 / 2 ends in 5 at the 35th digit)', () => {
    same(`1${'0'.repeat(33)}1`, '2');
    same(`1${'0'.repeat(32)}3`, '2');
    // Quotients a hair either side of a half.
    same(`1${'0'.repeat(33)}1`, '2.000000000000000000000000000000000000001');
    same(`1${'0'.repeat(33)}1`, '1.999999999999999999999999999999999999999');
  });

  it('agrees with long division on present values and inputs of every size', () => {
    const digits = (length: number) => fc.stringMatching(new RegExp(`^[1-9][0-9]{0,${length - 1}}$`));
    const decimal = fc
      .tuple(fc.boolean(), digits(34), fc.integer({ min: -30, max: 20 }))
      .map(([negative, whole, exponent]) => `${negative ? '-' : ''}${whole}e${exponent}`);
    fc.assert(
      fc.property(decimal, decimal, (dividend, divisor) => {
        same(dividend, divisor);
      }),
      { numRuns: 5000 },
    );
  });
});
