// Every =SROI function called as Excel calls it: through the registrations of
// the built bundle (dist/functions.js), with plain numbers, null for empty
// optional arguments, and 2-D arrays for ranges. Expected values are METHOD.md's
// worked check or computed by hand in floating point below.
import fc from 'fast-check';
import { discountFactor, evaluate, impactOf, toDecimal, yearlyValues, type Evaluation } from '@sroi/core';
import { cell, loadFunctionsBundle, type LoadedFunctions } from './helpers/built-addin';
import { MAP_HEADERS } from './helpers/impact-map-headers';

let excel: LoadedFunctions;
const call = (id: string, ...args: unknown[]) => cell(excel, id, ...args);

beforeAll(() => {
  excel = loadFunctionsBundle();
});

/** Relative closeness for independent float computations. */
function expectClose(actual: unknown, expected: number, relative = 1e-12): void {
  expect(typeof actual).toBe('number');
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(Math.abs(expected) * relative);
}

const WORKED_MAP = [[...MAP_HEADERS], ['Participants', 'Improved wellbeing', 100, 1000, 0.2, 0.1, 0.25, 0.5, 3]];

describe('the functions bundle', () => {
  it('registers exactly the documented functions', () => {
    expect([...excel.customFunctions.registered.keys()].sort()).toEqual([
      'DISCOUNTFACTOR',
      'IMPACT',
      'NETRATIO',
      'OUTCOMEPV',
      'PAYBACK',
      'PRESENTVALUE',
      'PRICESCORE',
      'RATIO',
      'RESULTS',
      'SOCIALVALUESCORE',
      'SWITCHINGVALUE',
      'TENDERSCORE',
      'TORNADO',
      'UPLIFT',
      'VALUES',
    ]);
  });
});

describe('SROI.IMPACT', () => {
  it('gives the worked check impact of 54,000', () => {
    expect(call('IMPACT', 100, 1000, 0.2, 0.1, 0.25)).toBe(54000);
  });

  it('takes empty optional shares as 0%', () => {
    expect(call('IMPACT', 100, 1000, null, null, null)).toBe(100000);
    expect(call('IMPACT', 100, 1000)).toBe(100000);
    expect(call('IMPACT', 100, 1000, null, null, 0.25)).toBe(75000);
  });

  it('reads doubles at 15 significant digits, so a proxy of 0.1 + 0.2 is 0.3', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(call('IMPACT', 1, 0.1 + 0.2)).toBe(0.3);
  });

  it('computes in decimals, so 3 x 0.1 is 0.3 where doubles give 0.30000000000000004', () => {
    expect(3 * 0.1).not.toBe(0.3);
    expect(call('IMPACT', 3, 0.1)).toBe(0.3);
  });

  it('agrees with the engine on a negative proxy (a disbenefit)', () => {
    const shares = { deadweight: toDecimal(0.3), displacement: toDecimal(0), attribution: toDecimal(0.1) };
    expect(call('IMPACT', 12, -250.5, 0.3, 0, 0.1)).toBe(impactOf(toDecimal(12), toDecimal(-250.5), shares).toNumber());
    expect(call('IMPACT', 12, -250.5, 0.3, 0, 0.1)).toBeCloseTo(12 * -250.5 * 0.7 * 0.9, 9);
  });

  it('accepts numbers typed as text, as Excel arithmetic does', () => {
    expect(call('IMPACT', '100', '1000', '20%')).toBe(80000);
  });

  it('reads "1,000", "£1,200" and "20%" as an impact-map cell holding them is read', () => {
    expect(call('IMPACT', '1,000', '£1,200', '20%')).toBe(960000);
  });
});

describe('SROI.VALUES', () => {
  it('spills the worked check years 54,000, 27,000, 13,500 as a row', () => {
    expect(call('VALUES', 54000, 3, 0.5)).toEqual([[54000, 27000, 13500]]);
  });

  it('repeats the impact without drop-off', () => {
    expect(call('VALUES', 1000, 2)).toEqual([[1000, 1000]]);
    expect(call('VALUES', 1000, 2, null, null)).toEqual([[1000, 1000]]);
  });

  it('puts 0 in the years before the start year, so the row starts at year 1', () => {
    expect(call('VALUES', 54000, 3, 0.5, 2)).toEqual([[0, 54000, 27000, 13500]]);
  });

  it('agrees with the engine on a 21.5% drop-off over 5 years', () => {
    const expected = yearlyValues(toDecimal(1234.5), toDecimal(0.215), 5).map((value) => value.toNumber());
    expect(call('VALUES', 1234.5, 5, 0.215)).toEqual([expected]);
    expect((call('VALUES', 1234.5, 5, 0.215) as number[][])[0]?.[4]).toBeCloseTo(1234.5 * 0.785 ** 4, 9);
    // The same digits as evaluate's yearly values of an outcome with that impact (one projection, issue 11).
    const outcome = { id: 'o', stakeholder: 's', description: 'o', quantity: 1, proxy: { value: 1234.5 } };
    const evaluated = evaluate({
      name: 'Values',
      stakeholders: [{ id: 's', name: 'S' }],
      inputs: [],
      outcomes: [{ ...outcome, dropOff: 0.215, duration: 5 }],
    });
    expect(evaluated.outcomes[0]!.values.map(String)).toEqual(
      yearlyValues(toDecimal(1234.5), toDecimal(0.215), 5).map(String),
    );
  });
});

describe('SROI.DISCOUNTFACTOR', () => {
  it('discounts year 1 by 3.5% at the end of the year by default', () => {
    expectClose(call('DISCOUNTFACTOR', 1), 1 / 1.035);
    expectClose(call('DISCOUNTFACTOR', 1, null, null), 1 / 1.035);
  });

  it('leaves year 0 and start-of-year year 1 undiscounted', () => {
    expect(call('DISCOUNTFACTOR', 0)).toBe(1);
    expect(call('DISCOUNTFACTOR', 1, 0.035, 'start-of-year')).toBe(1);
  });

  it('discounts half a year less at mid-year', () => {
    expectClose(call('DISCOUNTFACTOR', 2, 0.035, 'mid-year'), 1 / 1.035 ** 1.5);
    expectClose(call('DISCOUNTFACTOR', 3, 0.05, 'Mid Year'), 1 / 1.05 ** 2.5);
  });

  it('reaches year 1999, the last year an outcome can reach (starting in year 1000, lasting 1000 years)', () => {
    expectClose(call('DISCOUNTFACTOR', 1999), 1 / 1.035 ** 1999, 1e-10);
  });

  it('follows the Green Book declining schedules', () => {
    expectClose(call('DISCOUNTFACTOR', 31, 'green-book'), 1 / (1.035 ** 30 * 1.03));
    expectClose(call('DISCOUNTFACTOR', 2, 'green-book-health'), 1 / 1.015 ** 2);
    expect(call('DISCOUNTFACTOR', 80, 'Green Book', 'end-of-year')).toBe(
      discountFactor(80, { schedule: 'green-book' }).toNumber(),
    );
  });
});

describe('SROI.PRESENTVALUE', () => {
  const byHand = 54000 / 1.035 + 27000 / 1.035 ** 2 + 13500 / 1.035 ** 3;

  it('gives the worked check present value of 89,554.93', () => {
    expect(call('PRESENTVALUE', [[54000, 27000, 13500]], 0.035)).toBeCloseTo(89554.93, 2);
    expectClose(call('PRESENTVALUE', [[54000, 27000, 13500]]), byHand);
  });

  it('reads a column as well as a row', () => {
    expect(call('PRESENTVALUE', [[54000], [27000], [13500]])).toBe(call('PRESENTVALUE', [[54000, 27000, 13500]]));
  });

  it('counts blank cells as years with no value', () => {
    expectClose(call('PRESENTVALUE', [[54000, null, 13500, '']]), 54000 / 1.035 + 13500 / 1.035 ** 3);
  });

  it('gives different totals for start-of-year and mid-year timing', () => {
    expectClose(
      call('PRESENTVALUE', [[54000, 27000, 13500]], null, 'start-of-year'),
      54000 + 27000 / 1.035 + 13500 / 1.035 ** 2,
    );
    expectClose(
      call('PRESENTVALUE', [[54000, 27000, 13500]], 0.035, 'mid-year'),
      54000 / 1.035 ** 0.5 + 27000 / 1.035 ** 1.5 + 13500 / 1.035 ** 2.5,
    );
  });

  it('composes with SROI.VALUES', () => {
    const values = call('VALUES', 54000, 3, 0.5, 2);
    expectClose(call('PRESENTVALUE', values), byHand / 1.035);
  });
});

describe('SROI.OUTCOMEPV', () => {
  it('gives the worked check present value of 89,554.93', () => {
    expect(call('OUTCOMEPV', 100, 1000, 0.2, 0.1, 0.25, 0.5, 3)).toBeCloseTo(89554.93, 2);
    expect(call('OUTCOMEPV', 100, 1000, 0.2, 0.1, 0.25, 0.5, 3, null, null, null)).toBe(
      call('PRESENTVALUE', [[54000, 27000, 13500]]),
    );
  });

  it('starts later and discounts one more year with a start year of 2', () => {
    expectClose(
      call('OUTCOMEPV', 100, 1000, 0.2, 0.1, 0.25, 0.5, 3, 0.035, 2),
      (54000 / 1.035 + 27000 / 1.035 ** 2 + 13500 / 1.035 ** 3) / 1.035,
    );
  });

  it('agrees with the engine evaluating the same row', () => {
    const evaluation: Evaluation = {
      name: 'one row',
      timing: 'mid-year',
      discount: { schedule: 'green-book' },
      stakeholders: [{ id: 's', name: 'S' }],
      inputs: [],
      outcomes: [
        {
          id: 'o',
          stakeholder: 's',
          description: 'o',
          quantity: 37,
          proxy: { value: 812.4 },
          deadweight: 0.15,
          displacement: 0.05,
          attribution: 0.3,
          dropOff: 0.2,
          duration: 40,
          startYear: 3,
        },
      ],
    };
    const engine = evaluate(evaluation).presentValue.toNumber();
    expectClose(call('OUTCOMEPV', 37, 812.4, 0.15, 0.05, 0.3, 0.2, 40, 'green-book', 3, 'mid-year'), engine, 1e-15);
  });
});

describe('SROI.RATIO, SROI.NETRATIO and SROI.PAYBACK', () => {
  it('give the worked check ratio 1.7911, net ratio 0.7911 and payback 11.11 months', () => {
    const presentValue = call('OUTCOMEPV', 100, 1000, 0.2, 0.1, 0.25, 0.5, 3);
    expect(call('RATIO', presentValue, 50000)).toBeCloseTo(1.7911, 4);
    expect(call('NETRATIO', presentValue, 50000)).toBeCloseTo(0.7911, 4);
    expect(call('PAYBACK', 50000, 54000)).toBeCloseTo(11.11, 2);
    expectClose(call('PAYBACK', 50000, 54000), 50000 / (54000 / 12));
  });

  it('divide exactly', () => {
    expect(call('RATIO', 150000, 50000)).toBe(3);
    expect(call('NETRATIO', 150000, 50000)).toBe(2);
    expect(call('NETRATIO', 25000, 50000)).toBe(-0.5);
  });
});

describe('SROI.RESULTS', () => {
  it('spills the worked check headline figures', () => {
    const table = call('RESULTS', WORKED_MAP, [[50000]]) as [string, number][];
    expect(table.map(([label]) => label)).toEqual([
      'Present value',
      'Inputs',
      'Net present value',
      'SROI ratio',
      'Net ratio',
      'Payback (months)',
    ]);
    const [presentValue, inputs, netPresentValue, ratio, netRatio, payback] = table.map(([, value]) => value);
    expect(presentValue).toBeCloseTo(89554.93, 2);
    expect(inputs).toBe(50000);
    expect(netPresentValue).toBeCloseTo(39554.93, 2);
    expect(ratio).toBeCloseTo(1.7911, 4);
    expect(netRatio).toBeCloseTo(0.7911, 4);
    expect(payback).toBeCloseTo(11.11, 2);
  });

  it('adds up a range of inputs and matches the engine on several outcomes', () => {
    const map = [
      [
        'Stakeholder',
        'Outcome',
        'Qty',
        'Proxy (£)',
        'DW %',
        'Disp.',
        'Attribution (%)',
        'Drop off',
        'Duration (years)',
        'Start year',
      ],
      ['Patients', 'Wellbeing', 100, 1000, 0.2, 0.1, 0.25, 0.5, 3, 1],
      ['Patients', 'Fewer GP visits', 40, 120, 0.1, null, 0.2, 0.215, 2, 2],
      ['Carers', 'Respite', 12, 2500, 0.3, 0, 0.1, null, 1, null],
    ];
    const table = call('RESULTS', map, [[30000], [20000], [null]], 'green-book', 'mid-year') as [string, number][];
    const engine = evaluate({
      name: 'check',
      timing: 'mid-year',
      discount: { schedule: 'green-book' },
      stakeholders: [
        { id: 'p', name: 'Patients' },
        { id: 'c', name: 'Carers' },
      ],
      inputs: [{ description: 'grant', amount: 50000 }],
      outcomes: [
        {
          id: 'a',
          stakeholder: 'p',
          description: 'a',
          quantity: 100,
          proxy: { value: 1000 },
          deadweight: 0.2,
          displacement: 0.1,
          attribution: 0.25,
          dropOff: 0.5,
          duration: 3,
        },
        {
          id: 'b',
          stakeholder: 'p',
          description: 'b',
          quantity: 40,
          proxy: { value: 120 },
          deadweight: 0.1,
          attribution: 0.2,
          dropOff: 0.215,
          duration: 2,
          startYear: 2,
        },
        {
          id: 'c',
          stakeholder: 'c',
          description: 'c',
          quantity: 12,
          proxy: { value: 2500 },
          deadweight: 0.3,
          attribution: 0.1,
          duration: 1,
        },
      ],
    });
    expect(table.map(([, value]) => value)).toEqual([
      engine.presentValue.toNumber(),
      engine.inputsPresentValue.toNumber(),
      engine.netPresentValue.toNumber(),
      engine.ratio?.toNumber(),
      engine.netRatio?.toNumber(),
      engine.paybackMonths?.toNumber(),
    ]);
  });

  it('takes an empty inputs argument as no inputs when the map has none', () => {
    for (const inputs of [null, undefined, [[null]]]) {
      const table = call('RESULTS', WORKED_MAP, inputs) as [string, unknown][];
      expect(table[1]?.[1]).toBe(0);
      expect(table[3]?.[1]).toMatchObject({ code: '#DIV/0!' });
    }
    expect((call('RESULTS', WORKED_MAP) as [string, unknown][])[1]?.[1]).toBe(0);
  });

  it('takes an empty timing cell from Excel desktop (0) as the default, end of year', () => {
    expect(call('RESULTS', WORKED_MAP, 50000, null, 0)).toEqual(call('RESULTS', WORKED_MAP, 50000));
  });

  it('shows #DIV/0! for the ratio and net ratio (as SROI.RATIO does) and #N/A for the payback when there are no inputs', () => {
    const table = call('RESULTS', WORKED_MAP, [[0]]) as [string, unknown][];
    expect(table[0]?.[1]).toBeCloseTo(89554.93, 2);
    for (const row of [3, 4]) {
      expect(table[row]?.[1]).toBeInstanceOf(excel.customFunctions.Error);
      expect(table[row]?.[1]).toMatchObject({ code: '#DIV/0!' });
    }
    expect(table[5]?.[1]).toMatchObject({
      code: '#N/A',
      message: 'the inputs total nothing, so there is nothing to pay back',
    });
  });
});

describe('every function', () => {
  it('agrees with the engine on random impact-map rows (OUTCOMEPV against evaluate)', () => {
    const share = fc.integer({ min: 0, max: 100 }).map((percent) => percent / 100);
    const row = fc.record({
      quantity: fc.integer({ min: 0, max: 100000 }),
      proxy: fc.integer({ min: -500000, max: 500000 }).map((pence) => pence / 100),
      deadweight: share,
      displacement: share,
      attribution: share,
      dropOff: share,
      duration: fc.integer({ min: 1, max: 60 }),
      startYear: fc.integer({ min: 1, max: 5 }),
      rate: fc.oneof(
        fc.integer({ min: 0, max: 150 }).map((tenths) => tenths / 1000),
        fc.constantFrom('green-book', 'green-book-health'),
      ),
      timing: fc.constantFrom('end-of-year', 'start-of-year', 'mid-year'),
    });
    fc.assert(
      fc.property(row, (r) => {
        const engine = evaluate({
          name: 'row',
          timing: r.timing as 'end-of-year',
          discount: typeof r.rate === 'number' ? { rate: r.rate } : { schedule: r.rate as 'green-book' },
          stakeholders: [{ id: 's', name: 'S' }],
          inputs: [],
          outcomes: [
            {
              id: 'o',
              stakeholder: 's',
              description: 'o',
              quantity: r.quantity,
              proxy: { value: r.proxy },
              deadweight: r.deadweight,
              displacement: r.displacement,
              attribution: r.attribution,
              dropOff: r.dropOff,
              duration: r.duration,
              startYear: r.startYear,
            },
          ],
        }).presentValue.toNumber();
        const excelValue = call(
          'OUTCOMEPV',
          r.quantity,
          r.proxy,
          r.deadweight,
          r.displacement,
          r.attribution,
          r.dropOff,
          r.duration,
          r.rate,
          r.startYear,
          r.timing,
        );
        expect(Math.abs((excelValue as number) - engine)).toBeLessThanOrEqual(Math.abs(engine) * 1e-15);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves its range arguments unchanged', () => {
    const map = structuredClone(WORKED_MAP);
    const values = [[54000, null, 13500]];
    call('RESULTS', map, [[50000]]);
    call('PRESENTVALUE', values);
    expect(map).toEqual(WORKED_MAP);
    expect(values).toEqual([[54000, null, 13500]]);
  });
});
