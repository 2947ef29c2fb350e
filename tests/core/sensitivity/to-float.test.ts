import fc from 'fast-check';
import { toDecimal } from '@sroi/core';
import { ROUGH_FLOAT_ERROR, roughFloat, toFloat } from '../../../packages/core/src/sensitivity/to-float';

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
    // Three words of digits on either side of 2^53, where the whole number stops being exact.
    for (const digits of ['9007199254740991', '9007199254740992', '9007199254740993', '90071992547409919']) {
      for (const exponent of [-21, -14, -7, 0, 7, -22, 22]) same(`${digits}e${exponent}`);
    }
  });

  it('agrees with toNumber on decimals of every length and size', () => {
    const decimal = fc
      .tuple(fc.boolean(), fc.stringMatching(/^[1-9][0-9]{0,33}$/), fc.integer({ min: -60, max: 60 }))
      .map(([negative, digits, exponent]) => `${negative ? '-' : ''}${digits}e${exponent}`);
    fc.assert(fc.property(decimal, same), { numRuns: 20000 });
  });
});

// Tornado bars are ordered on doubles that need not be the nearest ones, only within
// ROUGH_FLOAT_ERROR of the decimal: checked here against the exact decimal, not against toFloat.
describe('roughFloat', () => {
  const withinBound = (text: string) => {
    const decimal = toDecimal(text);
    const rough = roughFloat(decimal);
    // |rough - value| <= bound x |value|, in exact decimals (rough read back exactly through its shortest text).
    const error = toDecimal(String(rough)).minus(decimal).abs();
    expect(error.lte(decimal.abs().times(ROUGH_FLOAT_ERROR))).toBe(true);
  };

  it('is within its bound of decimals of every length between 10^-300 and 10^300', () => {
    const decimal = fc
      .tuple(fc.boolean(), fc.stringMatching(/^[1-9][0-9]{0,33}$/), fc.integer({ min: -300, max: 270 }))
      .map(([negative, digits, exponent]) => `${negative ? '-' : ''}${digits}e${exponent}`);
    fc.assert(fc.property(decimal, withinBound), { numRuns: 20000 });
    for (const text of [
      '1',
      '0.1',
      '9999999999999999999999999999999999',
      '1234567.891',
      '1e-301',
      '1e300',
      '1.7e308',
    ]) {
      withinBound(text);
    }
  });

  it('gives 0 for zero, and NaN where a double cannot hold the value to its bound', () => {
    expect(roughFloat(toDecimal(0))).toBe(0);
    expect(roughFloat(toDecimal('1e-320'))).toBeNaN(); // a subnormal double holds a few digits only
    expect(roughFloat(toDecimal('1e400'))).toBeNaN();
    expect(roughFloat(toDecimal('1.8e308'))).toBeNaN(); // past the largest double
    expect(roughFloat(toDecimal(Infinity))).toBeNaN();
  });
});
