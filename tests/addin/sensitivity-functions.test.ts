// SROI.SWITCHINGVALUE and SROI.TORNADO called as Excel calls them, through the
// built bundle: checked against the engine's switchingValues and oneWay, by
// evaluating the changed map back with SROI.RESULTS (the ratio reaches the
// target to the cent), and against METHOD.md's worked check by hand.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { oneWay, switchingValues, type Evaluation, type SwitchingValue } from '@sroi/core';
import { fromWorkbook } from '@sroi/workbook';
import { cell, loadFunctionsBundle, ROOT, type LoadedFunctions } from './helpers/built-addin';
import { MAP_HEADERS_WITH_START_YEAR as HEADERS } from './helpers/impact-map-headers';

let excel: LoadedFunctions;
const call = (id: string, ...args: unknown[]) => cell(excel, id, ...args);

beforeAll(() => {
  excel = loadFunctionsBundle();
});

/** Quantity .. start year, as the columns after Stakeholder and Outcome. */
type Figures = [number, number, number, number, number, number, number, number];
interface Row {
  readonly stakeholder: string;
  readonly outcome: string;
  readonly figures: Figures;
}
const COLUMN = { quantity: 2, proxy: 3, deadweight: 4, displacement: 5, attribution: 6, dropOff: 7, duration: 8 };
const ESTIMATES = ['quantity', 'proxy', 'deadweight', 'displacement', 'attribution', 'dropOff', 'duration'] as const;
type Estimate = (typeof ESTIMATES)[number];

const WELLBEING: Row = {
  stakeholder: 'Participants',
  outcome: 'Improved wellbeing',
  figures: [100, 1000, 0.2, 0.1, 0.25, 0.5, 3, 1],
};
const JOBS: Row = { stakeholder: 'Participants', outcome: 'Jobs', figures: [10, 3000, 0.3, 0, 0.2, 0.2, 4, 2] };

const rangeOf = (rows: readonly Row[]): unknown[][] => [
  HEADERS,
  ...rows.map((row) => [row.stakeholder, row.outcome, ...row.figures]),
];

/** The same map written directly for the engine; ids as the add-in gives them (range row 2 is "row-2"). */
function evaluationOf(rows: readonly Row[], inputs: number): Evaluation {
  return {
    name: 'test',
    stakeholders: [...new Set(rows.map((row) => row.stakeholder))].map((name) => ({ id: name, name })),
    inputs: [{ description: 'Inputs', amount: inputs }],
    outcomes: rows.map((row, index) => {
      const [quantity, proxy, deadweight, displacement, attribution, dropOff, duration, startYear] = row.figures;
      return {
        id: `row-${index + 2}`,
        stakeholder: row.stakeholder,
        description: row.outcome,
        quantity,
        proxy: { value: proxy },
        deadweight,
        displacement,
        attribution,
        dropOff,
        duration,
        startYear,
      };
    }),
  };
}

/** The map with one estimate of one row (or of every row, `row` null) changed as the switching value says. */
function changed(rows: readonly Row[], row: number | null, estimate: Estimate, answer: number): unknown[][] {
  const range = rangeOf(rows).map((cells) => [...cells]);
  range.slice(1).forEach((cells, index) => {
    if (row !== null && index + 1 !== row) return;
    const column = COLUMN[estimate];
    const base = cells[column] as number;
    if (row !== null) cells[column] = answer;
    else if (estimate === 'quantity' || estimate === 'proxy') cells[column] = base * answer;
    else if (estimate === 'duration') cells[column] = Math.max(1, base + answer);
    else cells[column] = Math.min(1, Math.max(0, base + answer));
  });
  return range;
}

/** What the command line's reader finds wrong in a range (SROI.RESULTS's message lists the same). */
const readerProblems = (range: unknown[][]) =>
  fromWorkbook([{ name: 'impactMap', cells: range }], { defaultName: 'test' }).problems;

/** Present value and ratio of a range, through SROI.RESULTS. */
function evaluated(range: unknown[][], inputs: number): { presentValue: number; ratio: number } {
  const table = call('RESULTS', range, [[inputs]]) as [string, number][];
  return { presentValue: table[0]?.[1] as number, ratio: table[3]?.[1] as number };
}

/** What SROI.SWITCHINGVALUE should show for one of the engine's answers: a share change in the engine's unit, a fraction. */
function expectedCell(item: SwitchingValue): unknown {
  const answer = item.outcome !== null ? item.value : item.change;
  return answer === null || answer === undefined ? { error: '#N/A', message: item.reason?.message } : answer.toNumber();
}

const rowNumber = (item: SwitchingValue) => (item.outcome === null ? 'all' : Number(item.outcome.slice(4)) - 1);

describe('SROI.SWITCHINGVALUE', () => {
  const worked = rangeOf([WELLBEING]);

  it('gives the worked check deadweight of 55.33%, as METHOD.md works it by hand', () => {
    // Present value 89,554.93 over inputs 50,000: (1 - deadweight) must scale by 1 / 1.7911.
    const presentValue = 54000 * (1 / 1.035 + 0.5 / 1.035 ** 2 + 0.25 / 1.035 ** 3);
    const byHand = 1 - 0.8 / (presentValue / 50000);
    const deadweight = call('SWITCHINGVALUE', worked, [[50000]], 1, 'deadweight') as number;
    expect(byHand).toBeCloseTo(0.5533, 4);
    expect(Math.abs(deadweight - byHand)).toBeLessThan(1e-12);
    // For all outcomes together, the shift of every share as a fraction of one, as the engine and
    // scenarios' shareChange state it: from 20%, 0.3533 (+35.33 percentage points), not 35.33.
    const shift = call('SWITCHINGVALUE', worked, [[50000]], 'all', 'deadweight') as number;
    expect(Math.abs(shift - (byHand - 0.2))).toBeLessThan(1e-12);
  });

  it('gives the worked check table of docs/sensitivity.md', () => {
    const at = (estimate: string, target?: number) => call('SWITCHINGVALUE', worked, 50000, 1, estimate, target);
    expect(at('quantity')).toBeCloseTo(55.83, 2);
    expect(at('proxy')).toBeCloseTo(558.32, 2);
    expect(at('displacement')).toBeCloseTo(0.4975, 4);
    expect(at('attribution')).toBeCloseTo(0.5813, 4);
    expect(at('drop-off')).toEqual({
      error: '#N/A',
      message: 'even 100% drop-off leaves the ratio at 1.04 : 1, above the target 1.00 : 1',
    });
    expect(at('duration')).toEqual({
      error: '#N/A',
      message: 'even a duration of 1 year leaves the ratio at 1.04 : 1, above the target 1.00 : 1',
    });
    expect(at('drop-off', 1.5)).toBeCloseTo(0.6593, 4);
    expect(at('duration', 1.5)).toBe(1);
  });

  it.each(['dropOff', 'drop-off', 'drop off', 'Drop Off', 'DROPOFF', ' drop_off '])('reads %j as drop-off', (name) => {
    expect(call('SWITCHINGVALUE', worked, 50000, 1, name, 1.5)).toBeCloseTo(0.6593, 4);
  });

  it('reads 0, "all" and "ALL" as all outcomes together, and 1 as the first row under the headers', () => {
    const two = rangeOf([WELLBEING, JOBS]);
    const together = call('SWITCHINGVALUE', two, 50000, 0, 'deadweight');
    expect(together).toBeCloseTo(0.4788, 4);
    expect(call('SWITCHINGVALUE', two, 50000, 'all', 'deadweight')).toBe(together);
    expect(call('SWITCHINGVALUE', two, 50000, ' ALL ', 'deadweight')).toBe(together);
    expect(call('SWITCHINGVALUE', two, 50000, 1, 'quantity')).toBeCloseTo(6.23, 2);
    expect(call('SWITCHINGVALUE', two, 50000, '2', 'proxy')).toBeCloseTo(-2671.6, 2);
  });

  it('counts rows within the range, so an empty row keeps its number', () => {
    const range = [...rangeOf([WELLBEING]), [], ['Participants', 'Jobs', ...JOBS.figures]];
    expect(call('SWITCHINGVALUE', range, 50000, 3, 'proxy')).toBeCloseTo(-2671.6, 2);
    expect(call('SWITCHINGVALUE', range, 50000, 2, 'proxy')).toEqual({
      error: '#VALUE!',
      message: "outcomeRow 2 holds no outcome of impactMap: it is empty, a total, a heading or a funder's inputs",
    });
  });

  describe.each([1, 2, 0.5])('on two outcomes with target %d', (target) => {
    const rows = [WELLBEING, JOBS];
    const engine = switchingValues(evaluationOf(rows, 50000), { target });
    const items = [...engine.outcomes, ...engine.together];

    it('agrees with the engine on every estimate of every outcome and of all outcomes', () => {
      for (const item of items) {
        const shown = call('SWITCHINGVALUE', rangeOf(rows), [[30000], [20000]], rowNumber(item), item.estimate, target);
        expect([rowNumber(item), item.estimate, shown]).toEqual([rowNumber(item), item.estimate, expectedCell(item)]);
      }
    });

    it('reaches the target ratio to the cent when the map is evaluated back', () => {
      for (const item of items) {
        const row = rowNumber(item);
        const shown = call('SWITCHINGVALUE', rangeOf(rows), 50000, row, item.estimate, target);
        if (typeof shown !== 'number') continue;
        const back = evaluated(changed(rows, row === 'all' ? null : row, item.estimate, shown), 50000);
        if (item.estimate === 'duration') {
          // Whole years: the ratio reaches or passes the target, from the base's side.
          const side = Math.sign(engine.ratio!.toNumber() - target);
          expect(Math.sign(back.ratio - target)).not.toBe(side);
        } else {
          expect(Math.abs(back.presentValue - target * 50000)).toBeLessThanOrEqual(0.005);
        }
      }
    });
  });

  it('agrees with the engine and evaluates back to the target on random maps', () => {
    const share = fc.integer({ min: 0, max: 100 }).map((percent) => percent / 100);
    const figures = fc.tuple(
      fc.integer({ min: 0, max: 5000 }),
      fc.integer({ min: -50000, max: 500000 }).map((pence) => pence / 100),
      share,
      share,
      share,
      share,
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 3 }),
    );
    const map = fc.array(
      figures.map((f): Row => ({ stakeholder: 'S', outcome: 'o', figures: f as Figures })),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(
        map,
        fc.integer({ min: 1, max: 2000000 }),
        fc.constantFrom(...ESTIMATES),
        fc.nat(),
        fc.constantFrom(1, 1.5, 3),
        (rows, inputs, estimate, pick, target) => {
          const row = (pick % (rows.length + 1)) as number; // 0: all outcomes
          const engine = switchingValues(evaluationOf(rows, inputs), { target });
          const item = (
            row === 0 ? engine.together : engine.outcomes.filter((o) => o.outcome === `row-${row + 1}`)
          ).find((o) => o.estimate === estimate) as SwitchingValue;
          const shown = call('SWITCHINGVALUE', rangeOf(rows), inputs, row, estimate, target);
          expect(shown).toEqual(expectedCell(item));
          if (typeof shown !== 'number' || estimate === 'duration') return;
          const back = evaluated(changed(rows, row === 0 ? null : row, estimate, shown), inputs);
          // To the cent, with room for the 15 significant digits a cell keeps of the value.
          expect(Math.abs(back.presentValue - target * inputs)).toBeLessThanOrEqual(0.005 + target * inputs * 1e-13);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('answers a changed map afresh (nothing stale is shared between calls)', () => {
    const first = call('SWITCHINGVALUE', worked, 50000, 1, 'deadweight');
    const heavier = rangeOf([{ ...WELLBEING, figures: [200, 1000, 0.2, 0.1, 0.25, 0.5, 3, 1] }]);
    const second = call('SWITCHINGVALUE', heavier, 50000, 1, 'deadweight');
    const engine = switchingValues(
      evaluationOf([{ ...WELLBEING, figures: [200, 1000, 0.2, 0.1, 0.25, 0.5, 3, 1] }], 50000),
    );
    expect(second).toBe(engine.outcomes.find((o) => o.estimate === 'deadweight')?.value?.toNumber());
    expect(second).not.toBe(first);
    expect(call('SWITCHINGVALUE', worked, 50000, 1, 'deadweight')).toBe(first);
    expect(call('SWITCHINGVALUE', worked, 60000, 1, 'deadweight')).not.toBe(first);
    expect(call('SWITCHINGVALUE', worked, 50000, 1, 'deadweight', 1.2)).not.toBe(first);
  });

  it('tells apart cells that look alike when sharing a reading between calls', () => {
    const withDeadweight = (deadweight: unknown) => [HEADERS, ['A', 'x', 100, 1000, deadweight, 0.1, 0.25, 0.5, 3, 1]];
    const blank = call('SWITCHINGVALUE', withDeadweight(null), 50000, 1, 'quantity');
    expect(blank).toBeCloseTo(44.67, 2); // no deadweight: 55.83 x 0.8
    expect(call('SWITCHINGVALUE', withDeadweight(Number.NaN), 50000, 1, 'quantity')).toEqual({
      error: '#VALUE!',
      message: `impactMap: E2: ${readerProblems(withDeadweight(Number.NaN))[0]?.message}`,
    });
    expect(call('SWITCHINGVALUE', withDeadweight('x'), 50000, 1, 'quantity')).toMatchObject({ error: '#VALUE!' });
    expect(call('SWITCHINGVALUE', withDeadweight(undefined), 50000, 1, 'quantity')).toBe(blank);
    expect(call('SWITCHINGVALUE', withDeadweight(0.2), 50000, 1, 'quantity')).toBeCloseTo(55.83, 2);
    expect(call('SWITCHINGVALUE', withDeadweight(null), [[50000], [0]], 1, 'quantity')).toBe(blank);
    expect(call('SWITCHINGVALUE', withDeadweight(null), [[50000, 1]], 1, 'quantity')).not.toBe(blank);
  });

  it.each([
    [
      [1, 'deadwieght'],
      '#VALUE!',
      'estimate must be one of quantity, proxy, deadweight, displacement, attribution, dropOff, duration ("drop-off" and "drop off" work too); got "deadwieght"',
    ],
    [
      [1, 3],
      '#VALUE!',
      'estimate must be one of quantity, proxy, deadweight, displacement, attribution, dropOff, duration ("drop-off" and "drop off" work too); got 3',
    ],
    [
      [1, null],
      '#N/A',
      'estimate is missing; give one of quantity, proxy, deadweight, displacement, attribution, dropOff, duration ("drop-off" and "drop off" work too)',
    ],
    [
      [2, 'quantity'],
      '#VALUE!',
      'outcomeRow must be a whole number from 1 to 1 (a row under impactMap\'s headers), or 0 or "all" for all outcomes together; got 2',
    ],
    [
      [1.5, 'quantity'],
      '#VALUE!',
      'outcomeRow must be a whole number from 1 to 1 (a row under impactMap\'s headers), or 0 or "all" for all outcomes together; got 1.5',
    ],
    [
      ['first', 'quantity'],
      '#VALUE!',
      'outcomeRow must be a whole number from 1 to 1 (a row under impactMap\'s headers), or 0 or "all" for all outcomes together; got "first"',
    ],
    [
      [null, 'quantity'],
      '#N/A',
      'outcomeRow is missing; give a whole number from 1 to 1 (a row under impactMap\'s headers), or 0 or "all" for all outcomes together',
    ],
    [[1, 'quantity', -1], '#VALUE!', 'target must be above 0, e.g. 1 for a ratio of 1 : 1; got -1'],
    [[1, 'quantity', 'high'], '#VALUE!', 'target must be a number above 0, e.g. 1 for a ratio of 1 : 1; got "high"'],
  ])('with (%j) shows %s: %s', (args, error, message) => {
    expect(call('SWITCHINGVALUE', worked, 50000, ...args)).toEqual({ error, message });
  });

  it('takes a target of 0 (an empty cell in Excel desktop) as the default, 1 : 1', () => {
    expect(call('SWITCHINGVALUE', worked, 50000, 1, 'quantity', 0)).toBe(
      call('SWITCHINGVALUE', worked, 50000, 1, 'quantity'),
    );
  });

  it("shows #N/A with the engine's reason when there are no inputs", () => {
    expect(call('SWITCHINGVALUE', worked, [[0], [null]], 1, 'quantity')).toEqual({
      error: '#N/A',
      message: 'the inputs total nothing, so there is no ratio to move; add what each stakeholder invests',
    });
  });

  it("shows the impact map's problems as SROI.RESULTS does", () => {
    const bad = [HEADERS, ['A', 'x', 100, 1000, 1.2, 0, 0, 0, 3, 1]];
    expect(call('SWITCHINGVALUE', bad, 100, 1, 'quantity')).toEqual(call('RESULTS', bad, 100));
    expect(call('SWITCHINGVALUE', bad, 100, 1, 'quantity')).toEqual({
      error: '#VALUE!',
      message: `impactMap: E2: ${readerProblems(bad)[0]?.message}`,
    });
    expect(readerProblems(bad)[0]?.message).toContain('deadweight 1.2 is over 100%');
  });
});

describe('SROI.TORNADO', () => {
  const two = rangeOf([WELLBEING, JOBS]);

  it("spills a header row, then the engine's rows in its order (largest swing first)", () => {
    const table = call('TORNADO', two, [[50000]]) as unknown[][];
    const engine = oneWay(evaluationOf([WELLBEING, JOBS], 50000));
    expect(table[0]).toEqual([
      'Row',
      'Outcome',
      'Estimate',
      'Base value',
      'Low value',
      'High value',
      'Ratio at low',
      'Ratio at high',
      'Swing',
    ]);
    expect(table).toHaveLength(1 + engine.rows.length);
    expect(engine.rows).toHaveLength(21);
    engine.rows.forEach((row, index) => {
      const shown = table[index + 1] as unknown[];
      expect(shown.slice(0, 3)).toEqual(
        row.outcome === null
          ? ['all', 'All outcomes', row.estimate === 'dropOff' ? 'drop-off' : row.estimate]
          : [
              Number(row.outcome.slice(4)) - 1,
              row.outcome === 'row-2' ? 'Improved wellbeing' : 'Jobs',
              row.estimate === 'dropOff' ? 'drop-off' : row.estimate,
            ],
      );
      expect(shown.slice(6)).toEqual([row.low.ratio?.toNumber(), row.high.ratio?.toNumber(), row.swing.toNumber()]);
      if (row.outcome !== null)
        expect(shown.slice(3, 6)).toEqual([
          row.base?.toNumber(),
          row.low.value?.toNumber(),
          row.high.value?.toNumber(),
        ]);
    });
  });

  it('gives the two-outcome figures of docs/sensitivity.md', () => {
    const table = call('TORNADO', two, 50000) as unknown[][];
    const top = table[1] as unknown[];
    expect(top.slice(0, 6)).toEqual(['all', 'All outcomes', 'deadweight', '', '-10 points', '+10 points']);
    expect(top[6]).toBeCloseTo(3.03, 2);
    expect(top[7]).toBeCloseTo(2.33, 2);
    expect(top[8]).toBeCloseTo(0.7, 2);
    const byKey = new Map(table.slice(1).map((row) => [`${String(row[0])} ${String(row[2])}`, row]));
    expect(byKey.get('all quantity')?.slice(4, 6)).toEqual(['x 0.9', 'x 1.1']);
    expect(byKey.get('all duration')?.slice(4, 6)).toEqual(['-1 year', '+1 year']);
    expect(byKey.get('1 attribution')?.slice(3, 6)).toEqual([0.25, 0.15, 0.35]);
    expect(byKey.get('2 displacement')?.slice(3, 6)).toEqual([0, 0, 0.1]);
    expect(byKey.get('2 duration')?.slice(3, 6)).toEqual([4, 3, 5]);
    expect(byKey.get('2 proxy')?.[8]).toBeCloseTo(0.18, 2);
  });

  it('shows the ratio the map gives when evaluated at each moved value', () => {
    const rows = [WELLBEING, JOBS];
    const table = call('TORNADO', rangeOf(rows), 50000) as unknown[][];
    for (const shown of table.slice(1)) {
      if (shown[0] === 'all') continue;
      const estimate = (shown[2] === 'drop-off' ? 'dropOff' : shown[2]) as Estimate;
      for (const [value, ratio] of [
        [shown[4], shown[6]],
        [shown[5], shown[7]],
      ] as [number, number][]) {
        const back = evaluated(changed(rows, shown[0] as number, estimate, value), 50000);
        expect(Math.abs(back.ratio - ratio)).toBeLessThanOrEqual(ratio * 1e-12);
      }
    }
  });

  it('moves by the change given, as the engine does', () => {
    const table = call('TORNADO', two, 50000, 0.2) as unknown[][];
    const engine = oneWay(evaluationOf([WELLBEING, JOBS], 50000), { change: 0.2 });
    expect(table.slice(1).map((row) => row[8])).toEqual(engine.rows.map((row) => row.swing.toNumber()));
    const byKey = new Map(table.slice(1).map((row) => [`${String(row[0])} ${String(row[2])}`, row]));
    expect(byKey.get('all proxy')?.slice(4, 6)).toEqual(['x 0.8', 'x 1.2']);
    expect(byKey.get('all drop-off')?.slice(4, 6)).toEqual(['-20 points', '+20 points']);
    expect(byKey.get('1 deadweight')?.slice(4, 6)).toEqual([0, 0.4]);
  });

  it('describes an all-outcome duration move that differs by outcome', () => {
    const long = { ...JOBS, figures: [10, 3000, 0.3, 0, 0.2, 0.2, 20, 2] as Figures };
    const table = call('TORNADO', rangeOf([WELLBEING, long]), 50000) as unknown[][];
    const row = table.find((cells) => cells[0] === 'all' && cells[2] === 'duration');
    expect(row?.slice(4, 6)).toEqual(['-10% of each, at least 1 year', '+10% of each, at least 1 year']);
  });

  it('holds only numbers and text, never an empty value', () => {
    const table = call('TORNADO', two, 50000) as unknown[][];
    for (const item of table.flat()) expect(['number', 'string']).toContain(typeof item);
    expect(table.every((row) => row.length === 9)).toBe(true);
  });

  it('takes a change of 0 (an empty cell in Excel desktop) as the default, 10%', () => {
    expect(call('TORNADO', two, 50000, 0)).toEqual(call('TORNADO', two, 50000));
  });

  it.each([
    [1.5, '#VALUE!', 'change 1.5 is over 100%: did you mean 1.5%? Enter it as 1.5% or 0.015'],
    [-0.1, '#VALUE!', 'change -0.1 is below 0%; enter a share from 0% to 100%, such as 20% or 0.2'],
    ['lots', '#VALUE!', 'change must be a share from 0% to 100%, such as 20% or 0.2; got "lots"'],
  ])('with change %j shows %s: %s', (change, error, message) => {
    expect(call('TORNADO', two, 50000, change)).toEqual({ error, message });
  });

  it('shows #N/A when the inputs total nothing', () => {
    expect(call('TORNADO', two, 0)).toEqual({
      error: '#N/A',
      message: 'the inputs total nothing, so there is no ratio to move; add what each stakeholder invests',
    });
  });

  it('leaves its range arguments unchanged', () => {
    const range = rangeOf([WELLBEING, JOBS]);
    const copy = structuredClone(range);
    const inputs = [[30000], [20000]];
    call('TORNADO', range, inputs);
    call('SWITCHINGVALUE', range, inputs, 1, 'deadweight');
    expect(range).toEqual(copy);
    expect(inputs).toEqual([[30000], [20000]]);
  });
});

describe('docs/excel-functions.md', () => {
  const docs = readFileSync(path.join(ROOT, 'docs/excel-functions.md'), 'utf8');
  const ranges: Record<string, unknown[][]> = { 'A1:I2': rangeOf([WELLBEING]), 'A1:J3': rangeOf([WELLBEING, JOBS]) };

  it('shows what SROI.SWITCHINGVALUE gives in every example', () => {
    const example =
      /^=SROI\.SWITCHINGVALUE\((A1:I2|A1:J3), 50000, ("all"|\d+), ("[^"]+")(?:, ([\d.]+))?\)\s+→ (\S+)[ \t]*(.*)$/gm;
    const examples = [...docs.matchAll(example)];
    expect(examples.length).toBe(16);
    for (const [, range, row, estimate, target, shown, rest] of examples) {
      const args = [ranges[range as string], 50000, JSON.parse(row as string), JSON.parse(estimate as string)];
      const result = call('SWITCHINGVALUE', ...args, target === undefined ? null : Number(target));
      if ((shown as string).startsWith('#')) {
        expect(result).toEqual({ error: shown, message: (rest as string).trim() });
      } else {
        const decimals = (shown as string).split('.')[1]?.length ?? 0;
        expect([args.slice(2), (result as number).toFixed(decimals)]).toEqual([args.slice(2), shown]);
      }
    }
  });

  it('shows the table SROI.TORNADO spills, rounded', () => {
    const table = call('TORNADO', ranges['A1:J3'], 50000) as unknown[][];
    const start = docs.indexOf('| Row | Outcome');
    const lines = docs
      .slice(start)
      .split('\n')
      .slice(2)
      .filter((line, index, all) => all.slice(0, index + 1).every((item) => item.startsWith('|')));
    expect(lines).toHaveLength(table.length - 1);
    lines.forEach((line, index) => {
      const cells = line
        .split('|')
        .slice(1, -1)
        .map((item) => item.trim());
      const row = table[index + 1] as unknown[];
      expect(cells.slice(0, 3)).toEqual(row.slice(0, 3).map(String));
      expect(cells.slice(6)).toEqual(row.slice(6).map((value) => (value as number).toFixed(4)));
    });
  });
});

describe('SROI.SWITCHINGVALUE and SROI.TORNADO with a rate and timing', () => {
  const two = rangeOf([WELLBEING, JOBS]);
  const settings = [
    ['green-book', 'mid-year', { schedule: 'green-book' }],
    [0.05, 'start-of-year', { rate: '0.05' }],
  ] as const;

  it.each(settings)('discount as SROI.RESULTS does: rate %s, timing %s', (rate, timing, discount) => {
    const evaluation: Evaluation = { ...evaluationOf([WELLBEING, JOBS], 50000), discount, timing };
    const engine = switchingValues(evaluation);
    for (const item of engine.outcomes) {
      expect(call('SWITCHINGVALUE', two, 50000, rowNumber(item), item.estimate, null, rate, timing)).toEqual(
        expectedCell(item),
      );
    }
    const plain = call('SWITCHINGVALUE', two, 50000, 1, 'deadweight');
    expect(call('SWITCHINGVALUE', two, 50000, 1, 'deadweight', null, rate, timing)).not.toEqual(plain);

    const table = call('TORNADO', two, 50000, null, rate, timing) as unknown[][];
    const rows = oneWay(evaluation).rows;
    expect(table.slice(1).map((row) => row[8])).toEqual(rows.map((row) => row.swing.toNumber()));
  });

  it('rejects a timing it does not know', () => {
    expect(call('TORNADO', two, 50000, null, null, 'midyear')).toEqual({
      error: '#VALUE!',
      message: 'timing must be "end-of-year", "start-of-year" or "mid-year"; got "midyear"',
    });
  });
});
