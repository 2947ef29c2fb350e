import fc from 'fast-check';
import {
  ESTIMATES,
  evaluate,
  oneWay,
  scenarios,
  SroiOptionsError,
  toJSON,
  toNumbers,
  type Evaluation,
  type OneWayRow,
} from '@sroi/core';
import { evaluationArbitrary } from '../arbitraries';
import { evaluationWith, outcome } from '../fixtures';
import { deepFreeze, twoOutcomes, withOutcome, workedCheck } from './fixtures';

const row = (rows: readonly OneWayRow[], outcome: string | null, estimate: string) => {
  const found = rows.find((r) => r.outcome === outcome && r.estimate === estimate);
  if (found === undefined) throw new Error(`no row for ${String(outcome)} ${estimate}`);
  return found;
};

describe('oneWay', () => {
  it('moves each estimate of the worked check down and up by 10%, or 10 points for shares', () => {
    const { rows } = oneWay(workedCheck);
    expect(rows).toHaveLength(14);
    const deadweight = row(rows, 'wellbeing', 'deadweight');
    expect([deadweight.low.value?.toString(), deadweight.high.value?.toString()]).toEqual(['0.1', '0.3']);
    // (1 - 0.1) / (1 - 0.2) x 1.7911 and (1 - 0.3) / 0.8 x 1.7911.
    expect(deadweight.low.ratio?.toFixed(4)).toBe('2.0150');
    expect(deadweight.high.ratio?.toFixed(4)).toBe('1.5672');
    const quantity = row(rows, 'wellbeing', 'quantity');
    expect([quantity.low.value?.toString(), quantity.high.value?.toString()]).toEqual(['90', '110']);
    expect(quantity.low.ratio?.toFixed(4)).toBe('1.6120');
    const duration = row(rows, 'wellbeing', 'duration');
    expect([duration.low.value?.toString(), duration.high.value?.toString()]).toEqual(['2', '4']);
  });

  it('sorts by swing, largest first (the order of a tornado chart)', () => {
    const { rows } = oneWay(twoOutcomes);
    expect(rows).toHaveLength(21);
    for (let i = 1; i < rows.length; i += 1) {
      expect((rows[i - 1] as OneWayRow).swing.gte((rows[i] as OneWayRow).swing)).toBe(true);
    }
    expect(
      rows[0]?.swing.eq((rows[0]?.high.ratio ?? rows[0]?.low.ratio)?.minus(rows[0]?.low.ratio ?? 0).abs() ?? 0),
    ).toBe(true);
    expect(rows[0]?.outcome).toBeNull(); // all outcomes together move most
  });

  // The order comes from doubles, with exact swings only where doubles cannot decide (tornado-order.ts):
  // checked here on the exact swings the rows report, pair by pair.
  const expectTornadoOrder = (evaluation: Evaluation) => {
    const { rows } = oneWay(evaluation);
    const index = new Map(evaluation.outcomes.map((o, i) => [o.id, i]));
    const place = (r: OneWayRow) =>
      (r.outcome === null ? evaluation.outcomes.length : (index.get(r.outcome) as number)) * ESTIMATES.length +
      ESTIMATES.indexOf(r.estimate);
    for (let i = 1; i < rows.length; i += 1) {
      const [before, after] = [rows[i - 1] as OneWayRow, rows[i] as OneWayRow];
      const order = before.swing.comparedTo(after.swing);
      if (order < 0 || (order === 0 && place(before) > place(after))) {
        throw new Error(`row ${i - 1} (${before.swing.toString()}) before row ${i} (${after.swing.toString()})`);
      }
    }
    expect(rows).toHaveLength((evaluation.outcomes.length + 1) * ESTIMATES.length);
  };

  it('orders every row by its exact swing, then map order (property over evaluations)', () => {
    fc.assert(fc.property(evaluationArbitrary({ reductions: 'any' }), expectTornadoOrder), { numRuns: 150 });
    fc.assert(
      fc.property(evaluationArbitrary(), (evaluation) => expectTornadoOrder({ ...evaluation, inputs: [] })),
      { numRuns: 30 },
    );
  });

  it('orders swings that differ only past the 17th digit, which doubles cannot tell apart, exactly', () => {
    // Proxies a hair apart, the largest in the middle of the map: the doubles of the swings are equal.
    const hair = ['1000.000000000000000001', '1000.000000000000000003', '1000.000000000000000002', '1000'];
    const evaluation = evaluationWith(hair.map((proxy, i) => outcome({ id: `o${i}`, proxy: { value: proxy } })));
    expectTornadoOrder(evaluation);
    const quantityRows = oneWay(evaluation).rows.filter((r) => r.estimate === 'quantity' && r.outcome !== null);
    expect(quantityRows.map((r) => r.outcome)).toEqual(['o1', 'o2', 'o0', 'o3']);
    // Twins far apart in the map, with an outcome a hair larger between them.
    const twins = ['250.5', '250.50000000000000000001', '250.5'];
    expectTornadoOrder(evaluationWith(twins.map((proxy, i) => outcome({ id: `t${i}`, proxy: { value: proxy } }))));
  });

  it('works a row out from the evaluation as it was when called, whatever is changed in it afterwards', () => {
    // Rows are worked out when read: nothing they read may come from the caller's objects.
    fc.assert(
      fc.property(evaluationArbitrary({ reductions: 'any' }), (evaluation) => {
        const expected = JSON.stringify(oneWay(structuredClone(evaluation)));
        const tornado = oneWay(evaluation);
        const changed = evaluation as unknown as { discount?: Record<string, unknown>; outcomes: object[] };
        for (const outcome of changed.outcomes as Record<string, unknown>[]) {
          Object.assign(outcome, { quantity: 7, dropOff: 0.9, duration: 40, deadweight: 0.01, proxy: { value: 1 } });
          if (Array.isArray(outcome.quantityByYear)) outcome.quantityByYear.fill(3);
        }
        if (changed.discount !== undefined && 'rates' in changed.discount)
          (changed.discount.rates as number[]).fill(0.5);
        changed.discount = { rate: 0.9 };
        expect(JSON.stringify(tornado)).toBe(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('gives every field of a row when read, in JSON and in toJSON and toNumbers', () => {
    const tornado = oneWay(workedCheck);
    const first = tornado.rows[0] as OneWayRow;
    // A row's points are worked out once: reading again gives the same objects.
    expect(first.low).toBe(first.low);
    const plain = JSON.parse(JSON.stringify(tornado.rows[0])) as Record<string, unknown>;
    expect(Object.keys(plain)).toEqual(['outcome', 'estimate', 'unit', 'base', 'low', 'high', 'swing']);
    expect(plain).toEqual(toJSON(tornado).rows[0]);
    expect(plain.swing).toBe(first.swing.toString());
    expect(toNumbers(tornado).rows[0]?.high.ratio).toBe(first.high.ratio?.toNumber());
  });

  it('keeps the impact map order among equal swings: quantity before proxy, and twin outcomes in map order', () => {
    const [wellbeing] = workedCheck.outcomes;
    const twins: Evaluation = {
      ...workedCheck,
      outcomes: [
        { ...wellbeing!, id: 'first' },
        { ...wellbeing!, id: 'second' },
      ],
    };
    const { rows } = oneWay(twins);
    const order = rows.filter((r) => r.outcome !== null).map((r) => `${r.outcome} ${r.estimate}`);
    // Quantity and proxy move the present value by the same multiple, so their swings are equal.
    expect(row(rows, 'first', 'quantity').swing.eq(row(rows, 'first', 'proxy').swing)).toBe(true);
    expect(order.indexOf('first quantity')).toBeLessThan(order.indexOf('first proxy'));
    for (const estimate of ['quantity', 'proxy', 'deadweight', 'dropOff', 'duration']) {
      expect(order.indexOf(`first ${estimate}`)).toBeLessThan(order.indexOf(`second ${estimate}`));
    }
    // The two ends of the proxy bar are their own values, with the quantity bar's totals.
    const proxy = row(rows, 'first', 'proxy');
    expect([proxy.low.value?.toString(), proxy.high.value?.toString()]).toEqual(['900', '1100']); // £1,000 -/+ 10%
  });

  it('agrees with evaluating the changed evaluation, outcome by outcome and all together', () => {
    const { rows } = oneWay(twoOutcomes, { change: 0.2 });
    for (const r of rows) {
      const [low, high] = (['low', 'high'] as const).map((side) => {
        const value = r[side].value;
        const overrides =
          r.outcome === null
            ? [togetherChange(r.estimate, side)]
            : [
                {
                  outcome: r.outcome,
                  estimate: r.estimate,
                  value: r.estimate === 'duration' ? Number(value) : String(value),
                },
              ];
        return { name: side, overrides } as never;
      }) as [never, never];
      const [lowResult, highResult] = scenarios(twoOutcomes, [low, high]);
      expect(lowResult?.result.presentValue.minus(r.low.presentValue).abs().lt('1e-20')).toBe(true);
      expect(highResult?.result.presentValue.minus(r.high.presentValue).abs().lt('1e-20')).toBe(true);
    }
  });

  it('holds shares within 0..100% and durations at one year or more', () => {
    const evaluation = withOutcome(workedCheck, 'wellbeing', {
      displacement: 0.05,
      attribution: 0.95,
      duration: 1,
      dropOff: 0,
    });
    const { rows } = oneWay(evaluation);
    expect(row(rows, 'wellbeing', 'displacement').low.value?.toString()).toBe('0');
    expect(row(rows, 'wellbeing', 'attribution').high.value?.toString()).toBe('1');
    expect(row(rows, 'wellbeing', 'duration').low.value?.toString()).toBe('1');
  });

  it('leaves drop-off and duration of an outcome measured by year unmoved, with no swing', () => {
    const byYear = withOutcome(twoOutcomes, 'jobs', {
      quantity: undefined,
      dropOff: undefined,
      quantityByYear: [10, 8, 6, 4],
    });
    const { rows } = oneWay(byYear);
    expect(row(rows, 'jobs', 'dropOff').swing.isZero()).toBe(true);
    expect(row(rows, 'jobs', 'duration').low.value).toBeNull();
    const [scaled] = scenarios(byYear, [
      { name: 'x', overrides: [{ outcome: 'jobs', estimate: 'quantity', multiple: 0.9 }] },
    ]);
    expect(scaled?.result.presentValue.eq(row(rows, 'jobs', 'quantity').low.presentValue)).toBe(true);
  });

  it('never has a higher ratio with more of a reduction (property over changes)', () => {
    for (const change of [0.05, 0.1, 0.25, 0.5, 1]) {
      for (const r of oneWay(twoOutcomes, { change }).rows) {
        if (['deadweight', 'displacement', 'attribution', 'dropOff'].includes(r.estimate)) {
          expect(r.low.ratio?.gte(r.high.ratio ?? 0)).toBe(true);
        } else {
          expect(r.low.ratio?.lte(r.high.ratio ?? 0)).toBe(true);
        }
      }
    }
  });

  it('reports present values, with a null ratio and swings of present value, without inputs', () => {
    const result = oneWay({ ...workedCheck, inputs: [] });
    expect(result.ratio).toBeNull();
    const quantity = row(result.rows, 'wellbeing', 'quantity');
    expect(quantity.low.ratio).toBeNull();
    expect(quantity.swing.toFixed(2)).toBe(result.presentValue.times(0.2).toFixed(2));
  });

  it('moves the shares by the change as a fraction of one: 0.05 is five percentage points', () => {
    const { rows, change } = oneWay(workedCheck, { change: 0.05 });
    expect(change.toString()).toBe('0.05');
    const deadweight = row(rows, 'wellbeing', 'deadweight');
    expect(deadweight.unit).toBe('share');
    expect([deadweight.low.value?.toString(), deadweight.high.value?.toString()]).toEqual(['0.15', '0.25']);
    // 89,554.93 x (1 - 0.15) / 0.8 = 95,152.11 and x (1 - 0.25) / 0.8 = 83,957.75.
    expect(deadweight.low.presentValue.toFixed(2)).toBe('95152.11');
    expect(deadweight.high.presentValue.toFixed(2)).toBe('83957.75');
    const dropOff = row(rows, 'wellbeing', 'dropOff');
    expect([dropOff.low.value?.toString(), dropOff.high.value?.toString()]).toEqual(['0.45', '0.55']);
  });

  it('rejects a change outside (0, 1]', () => {
    expect(() => oneWay(workedCheck, { change: 0 })).toThrow(SroiOptionsError);
    expect(() => oneWay(workedCheck, { change: 1.5 })).toThrow('change must be at most 1 (100%); got 1.5');
  });

  it('leaves its input unchanged', () => {
    const frozen = deepFreeze(structuredClone(twoOutcomes));
    oneWay(frozen);
    expect(frozen).toEqual(twoOutcomes);
  });
});

/** The scenario change that moves one estimate for every outcome by 20%, as the tornado does. */
function togetherChange(estimate: string, side: 'low' | 'high') {
  const sign = side === 'low' ? -1 : 1;
  if (estimate === 'quantity' || estimate === 'proxy') return { estimate, multiple: 1 + sign * 0.2 };
  if (estimate === 'duration') return { estimate, years: sign };
  return { estimate, shareChange: sign * 0.2 };
}

describe('scenarios', () => {
  it('applies named low, base and high sets of changes and evaluates each fully', () => {
    const [low, base, high] = scenarios(workedCheck, [
      {
        name: 'low',
        overrides: [
          { estimate: 'deadweight', value: 0.4 },
          { estimate: 'quantity', multiple: 0.8 },
        ],
      },
      { name: 'base', overrides: [] },
      {
        name: 'high',
        overrides: [
          { outcome: 'wellbeing', estimate: 'dropOff', shareChange: -0.2 },
          { estimate: 'duration', years: 1 },
        ],
      },
    ]);
    expect(low?.name).toBe('low');
    // 89,554.93 x 0.6 / 0.8 x 0.8 = 53,732.96.
    expect(low?.result.presentValue.toFixed(2)).toBe('53732.96');
    expect(base?.result.ratio?.toFixed(4)).toBe('1.7911');
    expect(high?.evaluation.outcomes[0]?.dropOff).toBe('0.3');
    expect(high?.evaluation.outcomes[0]?.duration).toBe(4);
    expect(high?.result.paybackMonths?.toFixed(2)).toBe('11.11');
    expect(high?.result.ratio?.gt(base?.result.ratio ?? 0)).toBe(true);
  });

  it('holds shares within 0..100% when moved by a share change', () => {
    const [result] = scenarios(workedCheck, [
      { name: 'x', overrides: [{ estimate: 'displacement', shareChange: -0.5 }] },
    ]);
    expect(result?.evaluation.outcomes[0]?.displacement).toBe('0');
  });

  it('reads a share change as a fraction of one, like the share: 0.05 takes 20% to 25%', () => {
    const [result] = scenarios(workedCheck, [
      { name: 'x', overrides: [{ estimate: 'deadweight', shareChange: 0.05 }] },
    ]);
    expect(result?.evaluation.outcomes[0]?.deadweight).toBe('0.25');
    // 89,554.93 x (1 - 0.25) / (1 - 0.2) = 83,957.75.
    expect(result?.result.presentValue.toFixed(2)).toBe('83957.75');
  });

  it('refuses the old points, which held percentage points, naming shareChange', () => {
    const old = [{ name: 'x', overrides: [{ estimate: 'deadweight', points: 5 }] }] as never;
    expect(() => scenarios(workedCheck, old)).toThrow(SroiOptionsError);
    expect(() => scenarios(workedCheck, old)).toThrow(
      'scenarios[0].overrides[0].points: points is no longer accepted: use shareChange, a fraction of one like the shares (-0.05 takes 20% to 15%; points -5 is shareChange -0.05)',
    );
  });

  it('leaves its input unchanged', () => {
    const frozen = deepFreeze(structuredClone(workedCheck));
    scenarios(frozen, [{ name: 'low', overrides: [{ estimate: 'quantity', multiple: 0.5 }] }]);
    expect(frozen).toEqual(workedCheck);
  });

  it('lists every problem with the changes, naming what is valid', () => {
    const bad = [
      { name: 'a', overrides: [{ estimate: 'deadwieght', value: 0.2 }] },
      { name: 'a', overrides: [{ outcome: 'nope', estimate: 'quantity', multiple: 2 }] },
      {
        name: 'b',
        overrides: [
          { estimate: 'quantity', multiple: 2, value: 3 },
          { estimate: 'deadweight', multiple: 2 },
        ],
      },
    ] as never;
    try {
      scenarios(workedCheck, bad);
      throw new Error('expected an error');
    } catch (error) {
      expect(error).toBeInstanceOf(SroiOptionsError);
      expect((error as SroiOptionsError).problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
        'scenarios[0].overrides[0].estimate: unknown estimate "deadwieght"; valid estimates are quantity, proxy, deadweight, displacement, attribution, dropOff, duration',
        'scenarios[1].name: scenario name "a" is used twice; names must be unique',
        'scenarios[1].overrides[0].outcome: outcome "nope" is not in the evaluation; known outcomes: "wellbeing"',
        'scenarios[2].overrides[0]: a change of quantity takes exactly one of value or multiple; got value, multiple',
        'scenarios[2].overrides[1]: a change of deadweight takes exactly one of value or shareChange; got multiple',
      ]);
    }
  });

  it('reports a changed evaluation that is invalid as a validation error', () => {
    const evaluation: Evaluation = workedCheck;
    expect(() => scenarios(evaluation, [{ name: 'x', overrides: [{ estimate: 'deadweight', value: 1.2 }] }])).toThrow(
      'deadweight must be a fraction from 0 to 1',
    );
    expect(evaluate(evaluation).ratio?.toFixed(4)).toBe('1.7911');
  });
});
