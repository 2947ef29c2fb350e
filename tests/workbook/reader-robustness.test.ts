/**
 * The reader never breaks on what a sheet can hold (issue 8): any grid gives an
 * evaluation or problems, never an exception, and a huge cell is never echoed
 * whole; any bytes given to the command line as .csv or .xlsx give an
 * evaluation, problems or a CliError, and never hang.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { fromWorkbook, type CellProblem, type SheetGrid } from '@sroi/workbook';
import { exceljsGrids, layOut, xlsxBytes } from '../fixtures/value-maps/build';
import { socialPrescribing } from '../fixtures/value-maps/maps';

const HUGE = 'Quantity '.repeat(5000).slice(0, 40_000);
const PROTOTYPE_KEYS = ['constructor', '__proto__', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const HEADER_WORDS = [
  'Stakeholders',
  'Inputs',
  'Outputs',
  'The Outcomes (what changes)',
  'Description',
  'Value £',
  'Quantity',
  'Duration',
  'Outcomes start',
  'Financial proxy',
  'Source',
  'Deadweight %',
  'Displacement %',
  'Attribution %',
  'Drop off %',
  'Impact',
  'Total',
  'Discount rate (%)',
  'Total Present Value (PV)',
  'Social Return £ per £',
  'Number of people',
  'Value per person (£)',
  'Cost (£)',
  'Budget',
  'Item',
  'Year 1',
  '20%',
  '1.650,00',
  '1.450',
  '20,5%',
];

const cell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HEADER_WORDS) },
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.double() },
  { weight: 3, arbitrary: fc.integer({ min: -5, max: 5000 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
  { weight: 1, arbitrary: fc.constant(HUGE) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      { formula: 'A1*2', result: 40 },
      { formula: 'A1' },
      { formula: 'B2', result: { error: '#REF!' } },
      { sharedFormula: 'C3', result: '20%' },
      { error: '#N/A' },
      { error: HUGE },
      { richText: [{ text: 'Dead' }, { text: 'weight %' }] },
      { richText: [{ text: HUGE }] },
      { richText: 'not a list' },
      { text: 'Quantity', hyperlink: 'https://example.org' },
      new Date(Date.UTC(2024, 0, 1)),
      new Date(Number.NaN),
      JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1}') as unknown,
      Object.create(null) as unknown,
      [1, [2]],
      Number.POSITIVE_INFINITY,
      Number.NaN,
      true,
      '',
      '-',
      undefined,
    ),
  },
);

const row = fc.array(cell, { maxLength: 22 });
const sheet: fc.Arbitrary<SheetGrid> = fc.record({
  name: fc.oneof(fc.constantFrom('Impact Map', 'Sheet1', 'Costs', ...PROTOTYPE_KEYS), fc.string({ maxLength: 10 })),
  cells: fc.array(row, { maxLength: 16 }),
  decimalMark: fc.constantFrom('.' as const, ',' as const),
});
const options = fc.record({
  emptyCellsAsZero: fc.boolean(),
  columns: fc.option(
    fc.record({
      sheet: fc.option(fc.constantFrom('Impact Map', 'Nope', '__proto__'), { nil: undefined }),
      headerRow: fc.option(fc.integer({ min: -2, max: 30 }), { nil: undefined }),
      columns: fc.dictionary(
        fc.constantFrom('quantity', 'proxyValue', 'deadweight', 'constructor', '__proto__', 'nonsense'),
        fc.constantFrom('A', 'D', 'ZZZZ', 'Quantity', '', HUGE, 'toString'),
      ),
    }),
    { nil: undefined },
  ),
});

/** Reports a counterexample with the huge cells shortened, so that a failure stays readable. */
function shortReport<T>(details: fc.RunDetails<T>): void {
  if (!details.failed) return;
  const shown = JSON.stringify(details.counterexample, (_, value: unknown) =>
    typeof value === 'string' && value.length > 200 ? `<${value.length} characters>` : value,
  );
  throw new Error(
    `counterexample after ${details.numRuns} runs (seed ${details.seed}): ${shown}\n${String(details.errorInstance)}`,
  );
}

/** Messages say what is wrong briefly: a huge cell is shortened, not echoed. */
function expectReadable(problems: readonly CellProblem[]): void {
  for (const problem of problems) {
    expect(typeof problem.message).toBe('string');
    expect(problem.message.length).toBeGreaterThan(0);
    expect(problem.message.length).toBeLessThan(500);
    if (problem.sheet !== null) expect(problem.cell === null || /^[A-Z]{1,3}[1-9]\d*$/.test(problem.cell)).toBe(true);
  }
}

describe('the reader on any grid (fast-check)', () => {
  it('never throws: it gives an evaluation or its problems, each message under 500 characters', () => {
    fc.assert(
      fc.property(fc.array(sheet, { minLength: 1, maxLength: 3 }), options, (sheets, { columns, emptyCellsAsZero }) => {
        const read = fromWorkbook(sheets, {
          defaultName: 'random',
          emptyCellsAsZero,
          ...(columns === undefined ? {} : { columns }),
        });
        if (read.evaluation === null) expect(read.problems.length).toBeGreaterThan(0);
        else expect(read.problems).toEqual([]);
        expectReadable(read.problems);
        expectReadable(read.warnings);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: 300, reporter: shortReport },
    );
  });

  it('never echoes a 40,000-character cell whole, in a map where it stands for a number', () => {
    const grid = exceljsGrids(layOut(socialPrescribing).sheets);
    const map = grid.find((s) => s.name === 'Impact Map') as SheetGrid;
    const cells = map.cells.map((r) => [...r]);
    // The first data row's quantity (column I) and deadweight (column O).
    const first = cells.findIndex((r) => r[8] === 120);
    (cells[first] as unknown[])[8] = HUGE;
    (cells[first] as unknown[])[14] = HUGE;
    const read = fromWorkbook([{ name: 'Impact Map', cells }], { defaultName: 'huge' });
    expect(read.evaluation).toBeNull();
    expect(read.problems.length).toBeGreaterThan(0);
    expectReadable(read.problems);
  });
});

describe('the command line on any bytes (fast-check)', () => {
  const directory = mkdtempSync(join(tmpdir(), 'sroi-robust-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  let count = 0;

  /** Loads bytes as a file; resolves to what happened, failing if it takes longer than `seconds`. */
  async function load(bytes: Uint8Array, extension: '.csv' | '.xlsx', seconds = 20): Promise<string> {
    const { CliError, loadEvaluation } = await import('@sroi/cli');
    const file = join(directory, `random-${(count += 1)}${extension}`);
    writeFileSync(file, bytes);
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${file} still loading after ${seconds} s`)), seconds * 1000);
    });
    try {
      const loaded = await Promise.race([loadEvaluation(file), hang]);
      expect(loaded.evaluation === null ? loaded.problems.length > 0 : loaded.problems.length === 0).toBe(true);
      for (const problem of loaded.problems) expect(problem.length).toBeLessThan(800);
      return 'read';
    } catch (error) {
      expect(error).toBeInstanceOf(CliError);
      return 'refused';
    } finally {
      clearTimeout(timer);
    }
  }

  const text = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc
      .array(fc.constantFrom(...HEADER_WORDS, ';', ',', '\n', '"', '\r\n', '\u00a3', '\ufeff', HUGE.slice(0, 2000)), {
        maxLength: 80,
      })
      .map((parts) => parts.join('')),
  );

  it('reads random text and bytes as .csv into an evaluation, problems or a CliError, never hanging', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          text.map((t) => new TextEncoder().encode(t)),
          fc.uint8Array({ maxLength: 2000 }),
        ),
        async (bytes) => {
          await load(bytes, '.csv');
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads random bytes and damaged workbooks as .xlsx into an evaluation, problems or a CliError, never hanging', async () => {
    const real = await xlsxBytes(layOut(socialPrescribing).sheets);
    const damaged = fc
      .array(fc.record({ at: fc.nat(real.length - 1), value: fc.nat(255) }), { minLength: 1, maxLength: 20 })
      .map((changes) => {
        const bytes = real.slice();
        for (const { at, value } of changes) bytes[at] = value;
        return bytes;
      });
    const truncated = fc.nat(real.length - 1).map((length) => real.slice(0, length));
    const zipLike = fc.uint8Array({ maxLength: 2000 }).map((rest) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...rest]));
    await fc.assert(
      fc.asyncProperty(fc.oneof(damaged, truncated, zipLike, fc.uint8Array({ maxLength: 500 })), async (bytes) => {
        await load(bytes, '.xlsx');
      }),
      { numRuns: 40 },
    );
  });
});
