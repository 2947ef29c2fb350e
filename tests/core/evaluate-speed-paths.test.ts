/**
 * The fast paths of `evaluate` (issue 11) give what the slow ones gave: the
 * impact in whole numbers is the exact decimal product, the quick schema check
 * never passes what zod refuses, and an outcome whose yearly values are built
 * on reading looks like the plain object it replaced, in JSON and to
 * `toNumbers`/`toJSON`. Expected values come from exact whole-number
 * arithmetic (BigInt) on the numbers' decimal text, from zod itself, or by hand.
 */
import fc from 'fast-check';
import { evaluate, impactOf, toDecimal, toJSON, toNumbers, type DecimalLike, type Reductions } from '@sroi/core';
import { placesOf, scaledImpact, toDecimalQuickly } from '../../packages/core/src/impact/scaled-impact';
import { passesSchemaQuickly } from '../../packages/core/src/model/quick-check';
import { evaluationSchema } from '../../packages/core/src/model/schema';
import { evaluationWith, outcome, workedCheck } from './fixtures';

/** A decimal as a whole number and a power of ten: value = units / 10^places. */
interface Exact {
  readonly units: bigint;
  readonly places: number;
}

/** The exact value of a number's shortest text (at most 15 digits here) or of a decimal string. */
function exact(value: DecimalLike): Exact {
  const text = String(value).trim().toLowerCase();
  const [mantissa = '', power = '0'] = text.split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  const places = fraction.length - Number(power);
  const units = BigInt(`${whole}${fraction}`.replace(/^([+-]?)$/, '$10'));
  return places >= 0 ? { units, places } : { units: units * 10n ** BigInt(-places), places: 0 };
}

const times = (a: Exact, b: Exact): Exact => ({ units: a.units * b.units, places: a.places + b.places });
const minus = (a: Exact, b: Exact): Exact => {
  const places = Math.max(a.places, b.places);
  const scale = (x: Exact) => x.units * 10n ** BigInt(places - x.places);
  return { units: scale(a) - scale(b), places };
};
const ONE: Exact = { units: 1n, places: 0 };

/** Plain decimal text of an exact value, without trailing zeros, as decimal.js writes it. */
function text({ units, places }: Exact): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`;
}

function exactImpact(
  [quantity, proxy, deadweight, displacement, attribution]: DecimalLike[],
  reductions: Reductions,
): Exact {
  const shares = [deadweight, displacement, attribution].map((share) => exact(share as DecimalLike));
  const left =
    reductions === 'subtractive'
      ? shares.reduce((rest, share) => minus(rest, share), ONE)
      : shares.reduce((rest, share) => times(rest, minus(ONE, share)), ONE);
  return times(times(exact(quantity as DecimalLike), exact(proxy as DecimalLike)), left);
}

const share = fc.oneof(
  fc.integer({ min: 0, max: 100 }).map((percent) => percent / 100),
  fc.integer({ min: 0, max: 1000 }).map((permille) => permille / 1000),
  fc.integer({ min: 0, max: 10 ** 9 }).map((n) => n / 10 ** 9),
);
const quantity = fc.oneof(
  fc.integer({ min: 0, max: 5000 }),
  fc.integer({ min: 0, max: 10 ** 8 }).map((n) => n / 1000),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }).map((n) => n / 10 ** 6),
);
const proxy = fc.oneof(
  fc.integer({ min: -500_000, max: 10_000_000 }).map((pence) => pence / 100),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: -(10 ** 15), max: 10 ** 15 }),
);

describe('the impact in whole numbers', () => {
  it('reads the decimal places of a number as the engine reads it', () => {
    expect(placesOf(120)).toBe(0);
    expect(placesOf(0.25)).toBe(2);
    expect(placesOf(0.29)).toBe(2); // 0.29 * 100 is 28.999999999999996 as a double
    expect(placesOf(1234.56)).toBe(2);
    expect(placesOf(1e-7)).toBe(7);
    expect(placesOf(-0.035)).toBe(3);
    expect(placesOf(123456789012345)).toBe(0);
    expect(placesOf(1234567890123456)).toBe(-1); // 16 digits: toDecimal cuts it to 15
    expect(placesOf(0.1 + 0.2)).toBe(-1); // 0.30000000000000004, read as 0.3 by toDecimal
    expect(placesOf(1 / 3)).toBe(-1);
    expect(placesOf('0.25')).toBe(-1); // strings are left to decimals
  });

  it('makes the decimal toDecimal reads from a number, without its text', () => {
    // decimal.js's own parts (digits in base 10^7 words, exponent, sign): the sign of a zero included.
    const parts = (x: ReturnType<typeof toDecimal>) => {
      const { d, e, s } = x as unknown as { d: number[]; e: number; s: number };
      return `${d.join()}|${e}|${s}`;
    };
    const same = (value: number) => parts(toDecimalQuickly(value)) === parts(toDecimal(value));
    for (const value of [
      -0,
      0,
      5e-324,
      1e-300,
      1e300,
      2 ** 53 - 1,
      0.1 + 0.2,
      1 / 3,
      1234.56,
      -0.035,
      1e21,
      123456789012345,
    ]) {
      expect([value, same(value)]).toEqual([value, true]);
    }
    fc.assert(fc.property(fc.oneof(proxy, fc.double({ noNaN: true, noDefaultInfinity: true })), same), {
      numRuns: 20_000,
    });
    expect(toDecimalQuickly('0.30000000000000004').toString()).toBe('0.30000000000000004');
  });

  it('is 54,000 for the worked check, and 45,000 with subtractive reductions', () => {
    expect(scaledImpact(100, 1000, 0.2, 0.1, 0.25, 'multiplicative')?.toString()).toBe('54000');
    expect(scaledImpact(100, 1000, 0.2, 0.1, 0.25, 'subtractive')?.toString()).toBe('45000');
  });

  it('works past 2^53 up to 34 digits, and leaves zero, strings and longer products to decimals', () => {
    expect(scaledImpact(10 ** 9 + 1, 10 ** 9 + 1, 0.5, 0, 0, 'multiplicative')?.toString()).toBe(
      '500000001000000000.5',
    );
    expect(scaledImpact(0, 1000, 0.2, 0.1, 0.25, 'multiplicative')).toBeUndefined();
    expect(scaledImpact(10, -1000, 1, 0, 0, 'multiplicative')).toBeUndefined();
    expect(scaledImpact('100', 1000, 0.2, 0.1, 0.25, 'multiplicative')).toBeUndefined();
    // 15 + 15 digits, times three shares of 9 digits: 57 digits.
    const long = 0.123456789;
    expect(scaledImpact(123456789012345, 0.123456789012345, long, long, long, 'multiplicative')).toBeUndefined();
  });

  it.each(['multiplicative', 'subtractive'] as const)(
    'is the exact product, the same decimal as the engine multiplies, under %s reductions',
    (reductions) => {
      fc.assert(
        fc.property(quantity, proxy, share, share, share, (q, p, deadweight, displacement, attribution) => {
          if (reductions === 'subtractive' && deadweight + displacement + attribution > 1) return;
          const values = [q, p, deadweight, displacement, attribution];
          const scaled = scaledImpact(q, p, deadweight, displacement, attribution, reductions);
          if (scaled === undefined) return;
          // The exact product, computed from the numbers' text in BigInt ...
          expect(scaled.toString()).toBe(text(exactImpact(values, reductions)));
          // ... and the very decimal (digits, exponent and sign) the decimal path makes.
          const shares = {
            deadweight: toDecimal(deadweight),
            displacement: toDecimal(displacement),
            attribution: toDecimal(attribution),
          };
          const decimal = impactOf(toDecimal(q), toDecimal(p), shares, reductions);
          expect({ d: scaled.d, e: scaled.e, s: scaled.s }).toEqual({ d: decimal.d, e: decimal.e, s: decimal.s });
        }),
        { numRuns: 3000 },
      );
    },
  );

  it('is taken by rows as people write them: whole quantities, pence, whole percentages', () => {
    const percent = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);
    const pence = fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 6 }), pence, percent, percent, percent, (q, p, dw, disp, attr) => {
        const zero = p === 0 || dw === 1 || disp === 1 || attr === 1;
        expect(scaledImpact(q, p, dw, disp, attr, 'multiplicative') === undefined).toBe(zero);
      }),
    );
  });
});

describe('the quick schema check', () => {
  it('passes valid maps of plain numbers, which then skip zod', () => {
    expect(passesSchemaQuickly(workedCheck)).toBe(true);
    expect(
      passesSchemaQuickly(
        evaluationWith([
          outcome({ id: 'a', quantityByYear: [1, '2.5'], duration: 2, domain: 'social', indicator: 'x' }),
          outcome({ id: 'b', proxy: { value: '-12.5', year: 2024, source: 'bank', unit: 'each', measure: 'm1' } }),
        ]),
      ),
    ).toBe(true);
  });

  const invalid: [string, Record<string, unknown>][] = [
    ['an unknown field', { colour: 'red' }],
    ['a blank id', { id: '  ' }],
    ['a number for a description', { description: 3 }],
    ['a quantity below zero', { quantity: -1 }],
    ['NaN', { quantity: Number.NaN }],
    ['an infinite proxy', { proxy: { value: Number.POSITIVE_INFINITY } }],
    ['a proxy beyond 10^15', { proxy: { value: 1e16 } }],
    ['a proxy string beyond 10^15', { proxy: { value: '1e400' } }],
    ['a share over 1', { deadweight: 1.2 }],
    ['a percentage string', { attribution: '20%' }],
    ['a drop-off below 0', { dropOff: -0.1 }],
    ['a duration of 0', { duration: 0 }],
    ['a fractional duration', { duration: 1.5 }],
    ['a start year past 1000', { startYear: 1001 }],
    ['an unknown domain', { domain: 'Social' }],
    ['a missing proxy', { proxy: undefined }],
    ['an unknown proxy field', { proxy: { value: 1, price: 2 } }],
    ['a price year before 1800', { proxy: { value: 1, year: 1700 } }],
    ['an empty quantityByYear', { quantityByYear: [] }],
    ['a negative yearly quantity', { quantityByYear: [1, -1], duration: 2 }],
    ['a sparse quantityByYear', { quantityByYear: [1, , 2], duration: 3 }], // eslint-disable-line no-sparse-arrays
    ['an indicator that is not text', { indicator: 5 }],
  ];

  it.each(invalid)('refuses %s, as zod does', (_, change) => {
    const evaluation = evaluationWith([{ ...outcome({ id: 'a' }), ...change } as never]);
    expect(evaluationSchema.safeParse(evaluation).success).toBe(false);
    expect(passesSchemaQuickly(evaluation)).toBe(false);
  });

  it('leaves rows that are not plain objects, and invalid settings, to zod', () => {
    class Row {
      id = 'a';
      stakeholder = 'people';
      description = 'A';
      quantity = 1;
      proxy = { value: 1 };
      duration = 1;
    }
    expect(passesSchemaQuickly(evaluationWith([new Row() as never]))).toBe(false);
    expect(passesSchemaQuickly(evaluationWith([[] as never]))).toBe(false);
    expect(passesSchemaQuickly({ ...workedCheck, timing: 'yearly' })).toBe(false);
    expect(passesSchemaQuickly({ ...workedCheck, outcomes: 'none' })).toBe(false);
    expect(passesSchemaQuickly(null)).toBe(false);
  });

  const anyValue = fc.oneof(
    fc.constant(undefined),
    fc.integer({ min: -5, max: 2000 }),
    fc.double(),
    fc.constantFrom('', ' ', '0.5', '1e3', '20%', '1,000', 'abc', 'social', null, [], {}),
  );
  const field = fc.constantFrom(
    'id',
    'stakeholder',
    'description',
    'indicator',
    'domain',
    'quantity',
    'quantityByYear',
    'proxy',
    'deadweight',
    'displacement',
    'attribution',
    'dropOff',
    'duration',
    'startYear',
    'extra',
  );

  it('never passes a row that zod refuses, whatever is put in its fields', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(field, anyValue), { maxLength: 3 }), (changes) => {
        const row: Record<string, unknown> = { ...outcome({ id: 'a' }) };
        for (const [key, value] of changes) row[key] = value;
        const evaluation = evaluationWith([row as never]);
        if (passesSchemaQuickly(evaluation)) expect(evaluationSchema.safeParse(evaluation).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('outcomes whose yearly values are built on reading', () => {
  const result = evaluate(workedCheck);
  const first = result.outcomes[0]!;

  it('give the worked check yearly values 54,000, 27,000 and 13,500, built once', () => {
    expect(first.values.map(String)).toEqual(['54000', '27000', '13500']);
    expect(first.values).toBe(first.values);
  });

  it('write the same JSON as a plain object with the fields in the same order', () => {
    const plain = {
      id: 'wellbeing',
      stakeholder: 'people',
      description: 'Improved wellbeing',
      domain: null,
      impact: '54000',
      startYear: 1,
      values: ['54000', '27000', '13500'],
      presentValue: first.presentValue.toString(),
    };
    expect(JSON.stringify(first)).toBe(JSON.stringify(plain));
  });

  it('keep their values through toNumbers and toJSON', () => {
    expect(toNumbers(result).outcomes[0]?.values).toEqual([54000, 27000, 13500]);
    expect(toJSON(result).outcomes[0]?.values).toEqual(['54000', '27000', '13500']);
    expect(Object.keys(toJSON(result).outcomes[0]!)).toEqual([
      'id',
      'stakeholder',
      'description',
      'domain',
      'impact',
      'startYear',
      'values',
      'presentValue',
    ]);
  });
});
