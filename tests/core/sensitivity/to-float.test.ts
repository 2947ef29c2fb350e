import fc from 'fast-check';
import { toDecimal } from '@sroi/core';
import { toFloat } from '../../../packages/core/src/sensitivity/to-float';

// Float64 screens and the ratios messages show read decimals as doubles: toFloat must give
// exactly the double decimal.js's toNumber gives (the sign of a zero included), for short
// decimals (read without text) and long ones alike.
const same = (text: string) => {
  const decimal = toDecimal(text);
  expect(Object.is(toFloat(decimal), decimal.toNumber())).toBe(true);
};

describe('toFloat', () => {
  it('reads the usual values and the edges of doubles', () => {
    for (const text of ['0', '1', '-1', '0.1', '1234.56', '0.35', '1e22', '1e23', '123456789012345e-22', '1e-7']) {
      same(text);
    }
    same('1.7976931348623157e308');
    same('5e-324');
    same('0.3333333333333333333333333333333333');
  });

  it('agrees with toNumber on decimals of every length and size', () => {
    const decimal = fc
      .tuple(fc.boolean(), fc.stringMatching(/^[1-9][0-9]{0,33}$/), fc.integer({ min: -60, max: 60 }))
      .map(([negative, digits, exponent]) => `${negative ? '-' : ''}${digits}e${exponent}`);
    fc.assert(fc.property(decimal, same), { numRuns: 20000 });
  });
});
