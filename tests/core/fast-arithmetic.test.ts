/**
 * The fast kernel (packages/core/src/fast-arithmetic.ts) against decimal.js
 * itself, the independent reference: for every pair of operands its product,
 * sum and difference must be the very same decimal as decimal.js's `times`,
 * `plus` and `minus` at the engine's settings (34 digits, half to even), with
 * the same internal words, so every later operation and every printed digit
 * agree. Random operands cover lengths, exponents and signs; the built cases
 * cover exact ties (half to even both ways), carries that add a digit, borrows
 * that remove words, and the fallbacks (zeros, wide exponent gaps).
 */
import { Decimal, toDecimal, ZERO } from '../../packages/core/src/decimal';
import { seededRandom as seeded } from '../../bench/measure';
import {
  compare,
  divide,
  fromUnits,
  KNOWN_REPRESENTATION,
  minus,
  plus,
  RunningTotal,
  times,
  timesIfSame,
} from '../../packages/core/src/fast-arithmetic';

type Parts = { d: number[] | null; e: number; s: number };
const parts = (x: Decimal) => {
  const { d, e, s } = x as unknown as Parts;
  // Infinities and NaN (a division by zero) have no digits.
  return { d: d === null ? null : [...d], e, s };
};

/** decimal.js with room for exact products of the test's operands (the engine's rounds to 34 digits). */
const Wide = Decimal.clone({ precision: 100 });

function randomDecimal(random: () => number, maxDigits = 34, exponentSpread = 30): Decimal {
  const digits = 1 + Math.floor(random() * maxDigits);
  let text = String(1 + Math.floor(random() * 9));
  for (let i = 1; i < digits; i += 1) {
    // Runs of 9s and 0s, where carries and borrows happen, as often as other digits.
    const pick = random();
    text += pick < 0.2 ? '9' : pick < 0.4 ? '0' : String(Math.floor(random() * 10));
  }
  const exponent = Math.floor(random() * (2 * exponentSpread + 1)) - exponentSpread;
  return new Decimal(`${random() < 0.3 ? '-' : ''}${text}e${exponent - digits + 1}`);
}

function expectSame(actual: Decimal, expected: Decimal, what: string): void {
  const got = parts(actual);
  const want = parts(expected);
  if (!Object.is(got.e, want.e) || !Object.is(got.s, want.s) || String(got.d) !== String(want.d)) {
    throw new Error(
      `${what}: got ${actual.toString()} ${JSON.stringify(got)}, decimal.js ${expected.toString()} ${JSON.stringify(want)}`,
    );
  }
}

function checkAll(x: Decimal, y: Decimal): void {
  expect(compare(x, y)).toBe(x.comparedTo(y));
  expectSame(times(x, y), x.times(y), `${x} x ${y}`);
  expectSame(plus(x, y), x.plus(y), `${x} + ${y}`);
  expectSame(minus(x, y), x.minus(y), `${x} - ${y}`);
  expectSame(divide(x, y), x.div(y), `${x} / ${y}`);
}

describe('fast arithmetic equals decimal.js digit for digit', () => {
  it('reads the installed decimal.js itself (otherwise every case below would only be decimal.js against itself)', () => {
    expect(KNOWN_REPRESENTATION).toBe(true);
  });

  it('on 100,000 random pairs of up to 34 digits', () => {
    const random = seeded(11);
    for (let i = 0; i < 100_000; i += 1) checkAll(randomDecimal(random), randomDecimal(random));
  });

  it('on 30,000 random pairs of longer decimals, whose products and sums round', () => {
    const random = seeded(12);
    for (let i = 0; i < 30_000; i += 1) checkAll(randomDecimal(random, 60, 10), randomDecimal(random, 60, 10));
  });

  it('on pairs close in size, where differences cancel many digits', () => {
    const random = seeded(13);
    for (let i = 0; i < 30_000; i += 1) {
      const x = randomDecimal(random, 34, 5);
      const nudge = new Decimal(`${random() < 0.5 ? '-' : ''}1e${x.e - 1 - Math.floor(random() * 40)}`);
      checkAll(x, x.plus(nudge).neg());
      checkAll(x, x.plus(nudge));
    }
  });

  it('on exact ties, rounding half to the even digit both ways', () => {
    // 34 digits ending odd and even, times 0.5 or plus half a unit in the last place: exact halves.
    // Every exponent mod 7, so the rounding digit falls at every place inside a word.
    for (const [last, shift] of ['1', '2', '5', '8', '9'].flatMap((d) =>
      [0, 1, 2, 3, 4, 5, 6].map((k) => [d, k] as const),
    )) {
      const x = new Decimal(`1234567890123456789012345678901234${last}e${shift}`.slice(1));
      const half = new Decimal(`5e${x.e - 34}`);
      checkAll(x, new Decimal('0.5'));
      checkAll(x, half);
      checkAll(x.neg(), half);
      checkAll(x, half.neg());
      checkAll(x, new Decimal(`5000000001e${x.e - 43}`));
      checkAll(x, new Decimal(`4999999999e${x.e - 43}`));
    }
  });

  it('divides exact quotients, and quotients a half away from 34 digits, rounding half to even', () => {
    const random = seeded(15);
    for (let i = 0; i < 20_000; i += 1) {
      // A 35-digit quotient ending in 5 (a true half), or 34 digits (exact), or 36 ending in 50 or 49 or 51.
      const digits = Array.from({ length: 33 }, () => String(Math.floor(random() * 10))).join('');
      const tail = ['5', '', '50', '49', '51', '05'][i % 6] as string;
      const quotient = new Decimal(`${1 + Math.floor(random() * 9)}${digits}${tail}e${Math.floor(random() * 40) - 20}`);
      // Small divisors keep the dividend exact (decimal.js does not round a decimal it is given).
      const divisor = new Decimal(
        ['2', '4', '8', '16', '5', '25', '125', '3', '7', '0.2', '1.28', '-64'][i % 12] as string,
      );
      const dividend = quotient.times(divisor.toString() === '3' || divisor.toString() === '7' ? 1 : divisor);
      expectSame(divide(dividend, divisor), dividend.div(divisor), `${dividend} / ${divisor}`);
      expectSame(divide(dividend.times(divisor), divisor), dividend.times(divisor).div(divisor), 'exact');
      // A hair above and below a half: the digits past the 34th read 5000... and only what is left over
      // after the quotient's last digit worked out (the remainder) says which way to round.
      const hair = new Wide(`1e${quotient.e - 36 - Math.floor(random() * 12)}`);
      const half = new Wide(`${quotient.toFixed().replace(/\d$/, '5')}`);
      const near = [half.times(3).plus(hair), half.times(3).minus(hair), half.times(7).plus(hair), half.times(7)];
      for (const x of near.map((wide) => new Decimal(wide.toString()))) {
        expectSame(divide(x, new Decimal(3)), x.div(3), `${x} / 3`);
        expectSame(divide(x, new Decimal(7)), x.div(7), `${x} / 7`);
      }
      // A half times a divisor of 17 digits, and one unit more or less: the quotient's first 43 or more digits
      // read as an exact half, and only the remainder left at the end says it is not.
      const divisor17 = new Wide(
        `${1 + Math.floor(random() * 9)}${String(Math.floor(random() * 1e15)).padStart(16, '0')}`,
      );
      const wholeHalf = new Wide(half.toFixed().replace('.', ''));
      for (const unit of ['1', '-1', '0']) {
        const x = new Decimal(wholeHalf.times(divisor17).plus(unit).toString());
        const y = new Decimal(divisor17.toString());
        expectSame(divide(x, y), x.div(y), `${x} / ${y}`);
      }
    }
    // Divisors of one word and of many, and quotients of 1.
    for (const [x, y] of [
      ['1', '3'],
      ['2', '3'],
      ['1', '7'],
      ['9999999', '9999999'],
      ['10000000', '9999999'],
      ['1', '9999999.9999999999999999999999999999'],
      ['99999999999999999999999999999999999', '1.0000000000000000000000000000000001'],
      ['123456789012345678901234567890.1234', '0.0000001'],
    ]) {
      checkAll(new Decimal(x as string), new Decimal(y as string));
      checkAll(new Decimal(y as string), new Decimal(x as string));
    }
  });

  it('on carries that add a digit and borrows that take one away', () => {
    const nines = new Decimal('9'.repeat(34));
    const power = new Decimal('1e40');
    for (const y of ['1', '0.5', '0.4', '0.6', '1e-3', '9', '99999999', '-1', '-0.5', '1.5', '0.99999999']) {
      checkAll(nines, new Decimal(y));
      checkAll(power, new Decimal(y));
      checkAll(nines.neg(), new Decimal(y));
    }
    checkAll(new Decimal('9999999.9999999'), new Decimal('9999999.9999999'));
    checkAll(new Decimal('10000000'), new Decimal('-0.0000001'));
  });

  it('falls back to decimal.js for zeros and exponent gaps wider than its scratch words', () => {
    const values = ['0', '-0', '1', '-3.5', '1e200', '1e-200', '123456789.123456789'].map((v) => new Decimal(v));
    for (const x of values) for (const y of values) checkAll(x, y);
  });

  it('takes whole numbers and their decimal places exactly as decimal.js reads their text', () => {
    const random = seeded(14);
    for (let i = 0; i < 50_000; i += 1) {
      const units = Math.floor(random() * 2 ** Math.floor(random() * 54)) * (random() < 0.2 ? -1 : 1);
      const places = Math.floor(random() * 30);
      expectSame(fromUnits(units, places), new Decimal(`${units}e-${places}`), `${units}e-${places}`);
    }
    expectSame(fromUnits(2 ** 53 - 1, 3), new Decimal(`${2 ** 53 - 1}e-3`), 'largest');
    expectSame(fromUnits(54000, 0), toDecimal(54000), 'whole');
  });

  it('makes instances decimal.js accepts as its own', () => {
    const product = times(new Decimal('1.5'), new Decimal('2'));
    expect(product).toBeInstanceOf(Decimal);
    expect(Decimal.isDecimal(product)).toBe(true);
    expect(product.plus(1).toString()).toBe('4');
    expect(new Decimal(product).toString()).toBe('3');
    expect(JSON.stringify({ product })).toBe('{"product":"3"}');
  });

  it('keeps a running total equal to adding with decimal.js from zero, in order, products included', () => {
    const random = seeded(15);
    for (let run = 0; run < 2_000; run += 1) {
      const total = new RunningTotal();
      let expected = ZERO;
      const count = 1 + Math.floor(random() * 40);
      for (let i = 0; i < count; i += 1) {
        // Now and then the exact opposite of the total, a zero, or a far smaller or larger amount.
        const pick = random();
        const x =
          pick < 0.05
            ? expected.neg()
            : pick < 0.08
              ? ZERO
              : pick < 0.12
                ? new Decimal(`3e${random() < 0.5 ? -150 : 150}`)
                : randomDecimal(random, 34, 12);
        if (random() < 0.5) {
          total.add(x);
          expected = expected.plus(x);
        } else {
          // A product added without being made: the same digits as adding the rounded product.
          const y = random() < 0.2 ? new Decimal(1) : randomDecimal(random, 34, 6);
          total.addProduct(x, y);
          expected = expected.plus(x.times(y));
        }
        expectSame(total.value, expected, `running total ${run} after ${i + 1}`);
      }
    }
    expect(new RunningTotal().value).toBe(ZERO);
  });

  it('gives a product only when two factors give the same 34 digits', () => {
    const random = seeded(16);
    for (let i = 0; i < 20_000; i += 1) {
      const x = randomDecimal(random);
      const low = randomDecimal(random, 41, 3).abs();
      // The same factor, one a unit in its 41st digit above it, or one far from it.
      const high =
        random() < 0.7 ? low : random() < 0.5 ? low.plus(new Decimal(`1e${low.e - 40}`)) : randomDecimal(random);
      const same = x.times(low).eq(x.times(high));
      const got = timesIfSame(low, high, x);
      if (same) expectSame(got as Decimal, x.times(low), `${low} and ${high} x ${x}`);
      else expect(got).toBeUndefined();
    }
    expect(timesIfSame(ZERO, ZERO, new Decimal(3))).toBeUndefined();
  });
});
