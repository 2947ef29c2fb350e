// The host application's own decimal.js (the global class), never the engine's private clone.
import Decimal from 'decimal.js';
import * as core from '@sroi/core';
import { evaluate } from '@sroi/core';
import { workedCheck } from './fixtures';

/**
 * METHOD.md's worked check by hand, in exact fractions (BigInt), so that no
 * decimal library is involved: an impact of 100 x £1,000 x 0.8 x 0.9 x 0.75 =
 * £54,000, halved each year by drop-off, discounted at 3.5% (1.035 = 207/200):
 * PV = 54,000 x 200/207 + 27,000 x (200/207)^2 + 13,500 x (200/207)^3.
 */
const presentValueByHand = {
  numerator: 54000n * 200n * 207n ** 2n + 27000n * 200n ** 2n * 207n + 13500n * 200n ** 3n,
  denominator: 207n ** 3n,
};

/** A positive fraction to `places` decimal places, half up, as text: fixed(1n, 8n, 2) is '0.13'. */
function fixed(numerator: bigint, denominator: bigint, places: number): string {
  const scale = 10n ** BigInt(places);
  const rounded = (2n * numerator * scale + denominator) / (2n * denominator);
  const digits = rounded.toString().padStart(places + 1, '0');
  return `${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

describe('the public API of @sroi/core', () => {
  it('has no Decimal value: the type only, so no caller can reconfigure the engine', () => {
    expect('Decimal' in core).toBe(false);
  });

  it('exports nothing with a set or config function', () => {
    const configurable = Object.entries(core)
      .filter(([, value]) => (typeof value === 'object' && value !== null) || typeof value === 'function')
      .filter(([, value]) => ['set', 'config'].some((name) => typeof Reflect.get(value as object, name) === 'function'))
      .map(([name]) => name);
    expect(configurable).toEqual([]);
  });

  it('exports the rounding constants as decimal.js numbers them', () => {
    expect(core.ROUND_HALF_UP).toBe(Decimal.ROUND_HALF_UP);
    expect(core.ROUND_HALF_EVEN).toBe(Decimal.ROUND_HALF_EVEN);
    expect(core.toDecimal('2.345').toFixed(2, core.ROUND_HALF_UP)).toBe('2.35');
    expect(core.toDecimal('2.345').toFixed(2, core.ROUND_HALF_EVEN)).toBe('2.34');
  });
});

describe('a host application that configures its own decimal.js', () => {
  const saved = { precision: Decimal.precision, rounding: Decimal.rounding };
  beforeAll(() => {
    Decimal.set({ precision: 3, rounding: Decimal.ROUND_DOWN });
  });
  afterAll(() => {
    Decimal.set(saved);
  });

  it('has changed its own arithmetic: 2/3 is 0.666', () => {
    expect(new Decimal(2).div(3).toString()).toBe('0.666');
  });

  it('leaves the worked check at exactly £89,554.93 present value and a ratio of 1.7911', () => {
    const { numerator, denominator } = presentValueByHand;
    expect(fixed(numerator, denominator, 2)).toBe('89554.93');
    expect(fixed(numerator, denominator * 50000n, 4)).toBe('1.7911');
    const result = evaluate(workedCheck);
    expect(result.presentValue.toFixed(2)).toBe(fixed(numerator, denominator, 2));
    expect(result.ratio?.toFixed(4)).toBe(fixed(numerator, denominator * 50000n, 4));
    // Every one of the engine's 34 digits, not 3: the present value to the 20th decimal place.
    expect(result.presentValue.toFixed(20)).toBe(fixed(numerator, denominator, 20));
  });
});
