/**
 * Validation runs on hand-written field checks (packages/core/src/model/field-checks.ts) so that
 * the add-in's functions bundle does not carry zod, while the zod schema (model/schema.ts) stays
 * the source of the published JSON Schema. The two must say the same thing: here they are
 * compared on thousands of disturbed evaluations, field by field, in the same order: the same
 * paths wrong, and the same evaluations passing.
 */
import { isDeepStrictEqual } from 'node:util';
import { seededRandom } from '../../bench/measure';
import { fieldProblems } from '../../packages/core/src/model/field-checks';
import { evaluationSchema } from '../../packages/core/src/model/schema';

const random = seededRandom(20261201);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

// Values people and programs put in the wrong place: every kind, edge numbers, text numbers, shapes.
const ODD: readonly unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  -0,
  1,
  -1,
  0.5,
  1.5,
  2,
  100,
  101,
  1000,
  1999,
  2000,
  1799,
  2024,
  2301,
  1e15,
  2 ** 53 + 2,
  -(2 ** 53) - 2,
  1e300,
  NaN,
  Infinity,
  -Infinity,
  '',
  ' ',
  'abc',
  '0.5',
  ' 0.5 ',
  '1e3',
  '1e400',
  '20%',
  '1,000',
  '.5',
  '+1',
  '-0.1',
  'GBP',
  'gbp',
  'social',
  'Social',
  'mid-year',
  'subtractive',
  'green-book',
  'people',
  [],
  [1],
  [0.1, 'x'],
  [true],
  ['1,000'],
  {},
  { length: 2 },
  { rate: 0.035 },
  { rate: 2 },
  { rate: 'x' },
  { rates: [] },
  { rates: [0.1, 2] },
  { rates: 'x' },
  { schedule: 'green-book' },
  { schedule: 'x' },
  { rate: 0.1, schedule: 'green-book' },
  { rate: 0.1, extra: 1 },
  { rates: ['x'] },
  { value: 1 },
  { value: '1,000', price: 2 },
  { value: 1, year: 1700 },
  { catalogue: 'c', priceYear: 2024, index: null },
  { catalogue: '', priceYear: 1.5 },
  Object.assign(Object.create({ inherited: 1 }) as object, { id: 'p', name: 'P' }),
];

const OUTCOME_KEYS = [
  'id',
  'stakeholder',
  'description',
  'indicator',
  'source',
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
];
const TOP_KEYS = [
  'name',
  'currency',
  'kind',
  'timing',
  'discount',
  'reductions',
  'pricing',
  'stakeholders',
  'inputs',
  'outcomes',
  'extra',
];

function disturb(target: Record<string, unknown>, keys: readonly string[], times: number): void {
  for (let i = 0; i < times; i += 1) {
    const key = pick(keys);
    if (random() < 0.1) delete target[key];
    else target[key] = pick(ODD);
  }
}

function disturbedEvaluation(): unknown {
  if (random() < 0.02) return pick(ODD);
  const outcome = () => ({
    id: pick(['a', 'b']),
    stakeholder: 'people',
    description: 'Wellbeing',
    quantity: 10,
    proxy: { value: 100 },
    duration: 3,
    deadweight: 0.2,
  });
  const evaluation: Record<string, unknown> = {
    name: 'Test',
    stakeholders: [{ id: 'people', name: 'People' }],
    inputs: [{ description: 'Grant', amount: 100 }],
    outcomes: [outcome(), outcome()],
  };
  if (random() < 0.3) evaluation.discount = pick(ODD);
  if (random() < 0.5) disturb(evaluation, TOP_KEYS, 1 + Math.floor(random() * 3));
  for (const row of Array.isArray(evaluation.outcomes) ? evaluation.outcomes : []) {
    if (random() < 0.6 && typeof row === 'object' && row !== null && Object.getPrototypeOf(row) === Object.prototype) {
      disturb(row as Record<string, unknown>, OUTCOME_KEYS, 1 + Math.floor(random() * 4));
      const proxy = (row as { proxy?: unknown }).proxy;
      if (
        random() < 0.3 &&
        typeof proxy === 'object' &&
        proxy !== null &&
        Object.getPrototypeOf(proxy) === Object.prototype
      )
        disturb(proxy as Record<string, unknown>, ['value', 'description', 'source', 'year', 'price'], 1);
    }
  }
  const inputs = evaluation.inputs;
  if (Array.isArray(inputs) && random() < 0.3) disturb((inputs[0] = { ...inputs[0] }), ['amount', 'year', 'x'], 2);
  return evaluation;
}

describe("the hand-written field checks and the JSON Schema's zod definition", () => {
  it('find the same fields wrong, in the same order, on 20,000 disturbed evaluations', () => {
    let invalid = 0;
    for (let run = 0; run < 20_000; run += 1) {
      const evaluation = disturbedEvaluation();
      const zod = evaluationSchema.safeParse(evaluation);
      const byZod = zod.success ? [] : zod.error.issues.map((issue) => issue.path.map(String).join('.'));
      const byHand = fieldProblems(evaluation).map((problem) => problem.path.map(String).join('.'));
      if (byZod.length > 0) invalid += 1;
      // zod lists some problems twice or once where a message needs it; the fields named are the same.
      if (!isDeepStrictEqual([...new Set(byHand)], [...new Set(byZod)])) {
        throw new Error(`${JSON.stringify(evaluation)}\nby hand: ${byHand.join(', ')}\nby zod: ${byZod.join(', ')}`);
      }
    }
    // Most of the disturbed evaluations are wrong somewhere, and some are right.
    expect(invalid).toBeGreaterThan(10_000);
    expect(invalid).toBeLessThan(20_000);
  });
});
