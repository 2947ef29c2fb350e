import fc from 'fast-check';
import { findProblems, type Evaluation, type Outcome } from '@sroi/core';
import { fromWorkbook, toWorkbook } from '@sroi/workbook';

const word = fc.constantFrom(
  'care',
  'home',
  'GP',
  'wellbeing',
  'Café',
  '£5',
  '=SUM(A1)',
  '+44',
  '-x',
  '@user',
  'x y',
  'Total',
  'Quantity',
  'value',
);
const text = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
const share = fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000);
const money = fc.integer({ min: -2_000_000, max: 5_000_000 }).map((n) => n / 100);
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** Drops undefined fields, as a JSON evaluation has none. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const outcomeOf = (stakeholders: string[], index: number) =>
  fc
    .record({
      stakeholder: fc.constantFrom(...stakeholders),
      description: text,
      indicator: optional(text),
      source: optional(text),
      domain: optional(fc.constantFrom('economic' as const, 'social' as const, 'environmental' as const)),
      quantity: fc.integer({ min: 0, max: 100_000 }),
      byYear: fc.boolean(),
      proxy: fc.record({
        value: money,
        description: optional(text),
        source: optional(text),
        unit: optional(text),
        year: optional(fc.integer({ min: 1990, max: 2030 })),
      }),
      deadweight: optional(share),
      displacement: optional(share),
      attribution: optional(share),
      dropOff: optional(share),
      duration: fc.integer({ min: 1, max: 8 }),
      startYear: optional(fc.integer({ min: 1, max: 3 })),
    })
    .map(({ byYear, proxy, quantity, dropOff, ...rest }): Outcome => {
      const base = { ...defined(rest), id: `outcome-${index}`, proxy: defined(proxy) };
      if (!byYear) return defined({ ...base, quantity, dropOff });
      return { ...base, quantityByYear: Array.from({ length: rest.duration }, (_, k) => quantity + k) };
    });

const evaluationArbitrary: fc.Arbitrary<Evaluation> = fc
  .record({
    name: text,
    currency: optional(fc.constantFrom('GBP', 'EUR', 'USD', 'NOK')),
    kind: optional(fc.constantFrom('forecast' as const, 'evaluative' as const)),
    timing: optional(fc.constantFrom('end-of-year' as const, 'start-of-year' as const, 'mid-year' as const)),
    discount: optional(
      fc.oneof(
        share.map((rate) => ({ rate: rate / 10 })),
        fc.constantFrom({ schedule: 'green-book' as const }, { schedule: 'green-book-health' as const }),
        fc
          .array(
            share.map((rate) => rate / 10),
            { minLength: 12, maxLength: 14 },
          )
          .map((rates) => ({ rates })),
      ),
    ),
    reductions: optional(fc.constantFrom('multiplicative' as const, 'subtractive' as const)),
    stakeholderCount: fc.integer({ min: 1, max: 3 }),
    stakeholderNames: fc.array(text, { minLength: 3, maxLength: 3 }),
    outcomeCount: fc.integer({ min: 1, max: 5 }),
    inputs: fc.array(
      fc.record({
        description: text,
        amount: fc.integer({ min: 0, max: 1_000_000 }),
        year: optional(fc.integer({ min: 0, max: 3 })),
        withStakeholder: fc.boolean(),
      }),
      { maxLength: 3 },
    ),
  })
  .chain(({ stakeholderCount, stakeholderNames, outcomeCount, inputs, ...settings }) => {
    const ids = Array.from({ length: stakeholderCount }, (_, i) => `s${i}`);
    return fc.tuple(...Array.from({ length: outcomeCount }, (_, i) => outcomeOf(ids, i))).map(
      (outcomes) =>
        defined({
          ...settings,
          stakeholders: ids.map((id, i) => ({ id, name: stakeholderNames[i] as string })),
          inputs: inputs.map(({ withStakeholder, ...input }) =>
            defined({ ...input, stakeholder: withStakeholder ? ids[0] : undefined }),
          ),
          outcomes,
        }) as Evaluation,
    );
  })
  .filter((evaluation) => findProblems(evaluation).length === 0);

/** An evaluation with every number as Excel holds it in a cell: 15 significant digits. */
function atExcelPrecision<T>(value: T): T {
  if (typeof value === 'number') return Number(value.toPrecision(15)) as T;
  if (Array.isArray(value)) return value.map(atExcelPrecision) as T;
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, atExcelPrecision(field)])) as T;
  return value;
}

describe('workbook laws (fast-check)', () => {
  it('gives back every valid evaluation unchanged: fromWorkbook(toWorkbook(e)) = e', () => {
    fc.assert(
      fc.property(evaluationArbitrary, (evaluation) => {
        const layout = toWorkbook(evaluation);
        const read = fromWorkbook(layout.sheets.map((sheet) => ({ name: sheet.name, cells: sheet.cells })));
        expect(read.problems).toEqual([]);
        // Cells are read as Excel shows them, at 15 significant digits (0.1 + 0.2 is 0.3).
        expect(read.evaluation).toStrictEqual(atExcelPrecision(evaluation));
      }),
      { numRuns: 150 },
    );
  });

  const cell = fc.oneof(
    fc.constant(null),
    fc.string({ maxLength: 8 }),
    fc.double(),
    fc.integer({ min: -5, max: 200 }),
    fc.boolean(),
    fc.constantFrom(
      'Quantity',
      'Proxy value',
      'Duration',
      'Deadweight',
      'DW',
      'Stakeholder',
      'Outcome',
      'ID',
      'Name',
      'Amount',
      'Total',
      '20%',
      'rates',
      'Discount',
      'Year',
      'Rate',
      'Outcome ID',
      'Year 1 of outcome',
    ),
    fc.constantFrom(
      { error: '#N/A' },
      { formula: 'A1' },
      { formula: 'A1', result: 3 },
      { richText: [{ text: 'Quantity' }] },
      new Date(0),
      [1],
      { weird: true },
      undefined,
      Number.NaN,
    ),
  );
  const grid = fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 14 });

  it('never crashes on garbage grids: it gives an evaluation or problems, each with a cell where it has a sheet', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: fc.string({ minLength: 1, maxLength: 12 }), cells: grid }), {
          minLength: 1,
          maxLength: 3,
        }),
        (sheets) => {
          const read = fromWorkbook(sheets, { defaultName: 'garbage' });
          if (read.evaluation === null) expect(read.problems.length).toBeGreaterThan(0);
          else expect(read.problems).toEqual([]);
          for (const problem of read.problems) {
            expect(problem.message.length).toBeGreaterThan(0);
            if (problem.sheet !== null)
              expect(problem.cell === null || /^[A-Z]+[1-9]\d*$/.test(problem.cell)).toBe(true);
            else expect(problem.cell).toBeNull();
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
