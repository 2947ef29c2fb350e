// What real Excel sends a custom function, fed to the built bundle: an empty
// cell as 0 (Excel desktop) or null (Excel on the web, and "" for a cell
// holding empty text), booleans, dates as serial numbers, error values, whole
// columns of 1,048,576 rows, and ranges of shapes that do not match.
// Expected figures are METHOD.md's worked check by hand: quantity 100, proxy
// 1000, deadweight 20%, displacement 10%, attribution 25%, drop-off 50%,
// 3 years, 3.5% end of year: yearly values 54,000, 27,000 and 13,500, present
// value 89,554.93; inputs 50,000 give a ratio of 1.7911.
import vm from 'node:vm';
import { fromWorkbook } from '@sroi/workbook';
import { cell, loadFunctionsBundle, readBuilt, type LoadedFunctions } from './helpers/built-addin';
import { customFunctionsStandIn } from './helpers/custom-functions-stand-in';
import { MAP_HEADERS } from './helpers/impact-map-headers';

let excel: LoadedFunctions;
const call = (id: string, ...args: unknown[]) => cell(excel, id, ...args);

beforeAll(() => {
  excel = loadFunctionsBundle();
});

/** The worked check's present value at 3.5%, end of year, by hand: 54000/1.035 + 27000/1.035^2 + 13500/1.035^3. */
const WORKED_PV = 54000 / 1.035 + 27000 / 1.035 ** 2 + 13500 / 1.035 ** 3;
/** The same undiscounted (a 0% rate). */
const WORKED_UNDISCOUNTED = 54000 + 27000 + 13500;
const WORKED_ROW = ['Participants', 'Improved wellbeing', 100, 1000, 0.2, 0.1, 0.25, 0.5, 3];
const WORKED_MAP = [MAP_HEADERS, WORKED_ROW];
const WORKED_ARGS = [100, 1000, 0.2, 0.1, 0.25, 0.5, 3];

/** An empty cell as each Excel sends it: desktop 0, web null, and "" for a cell holding empty text. */
const EMPTY_CELLS = [
  ['Excel desktop', 0],
  ['Excel on the web', null],
  ['a cell of empty text', ''],
] as const;

/** RESULTS' figures by label, errors as `{ error, message }`. */
function figures(result: unknown): Record<string, unknown> {
  if (!Array.isArray(result)) return { error: result };
  return Object.fromEntries(
    (result as [string, unknown][]).map(([label, value]) => [
      label,
      value instanceof excel.customFunctions.Error ? { error: value.code, message: value.message } : value,
    ]),
  );
}

function expectClose(actual: unknown, expected: number, relative = 1e-12): void {
  expect(typeof actual).toBe('number');
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(Math.abs(expected) * relative);
}

describe('empty cells, as Excel desktop (0) and Excel on the web (null, "") send them', () => {
  it.each(EMPTY_CELLS)('takes an empty timing and start year from %s as their defaults', (_, empty) => {
    expectClose(call('OUTCOMEPV', ...WORKED_ARGS, undefined, empty, empty), WORKED_PV);
    expectClose(call('DISCOUNTFACTOR', 1, undefined, empty), 1 / 1.035);
    expect(call('VALUES', 54000, 3, 0.5, empty)).toEqual([[54000, 27000, 13500]]);
  });

  it.each(EMPTY_CELLS)('takes an empty target from %s as 1 : 1', (_, empty) => {
    // By hand: the present value scales with (1 - deadweight); it reaches 50,000 at
    // 1 - deadweight = 0.8 x 50,000 / 89,554.93.
    const expected = 1 - (0.8 * 50000) / WORKED_PV;
    expectClose(call('SWITCHINGVALUE', WORKED_MAP, 50000, 1, 'deadweight', empty), expected, 1e-9);
  });

  it.each(EMPTY_CELLS)('takes an empty change from %s as 10%%', (_, empty) => {
    expect(call('TORNADO', WORKED_MAP, 50000, empty)).toEqual(call('TORNADO', WORKED_MAP, 50000, 0.1));
  });

  it.each([
    ['Excel on the web', null],
    ['a cell of empty text', ''],
    ['a cell of spaces', '  '],
  ])('takes an empty rate from %s as 3.5%%', (_, empty) => {
    expectClose(call('OUTCOMEPV', ...WORKED_ARGS, empty), WORKED_PV);
    expectClose(figures(call('RESULTS', WORKED_MAP, 50000, empty))['Present value'], WORKED_PV);
  });

  it('takes a rate of 0 as 0%, as typed on purpose (Excel desktop sends an empty rate cell as 0 too: see the docs)', () => {
    expectClose(call('OUTCOMEPV', ...WORKED_ARGS, 0), WORKED_UNDISCOUNTED);
    expect(figures(call('RESULTS', WORKED_MAP, 50000, 0))['SROI ratio']).toBe(WORKED_UNDISCOUNTED / 50000);
    expect(call('DISCOUNTFACTOR', 5, 0)).toBe(1);
  });

  it.each(EMPTY_CELLS)('skips a blank row inside an impact map from %s', (_, empty) => {
    const blank = MAP_HEADERS.map(() => empty);
    const map = [MAP_HEADERS, WORKED_ROW, blank, ['Families', 'Less isolation', ...WORKED_ROW.slice(2)], blank];
    const result = figures(call('RESULTS', map, 50000));
    expectClose(result['Present value'], 2 * WORKED_PV);
    expectClose(result['SROI ratio'], (2 * WORKED_PV) / 50000);
  });

  it.each(EMPTY_CELLS)('reads empty reduction cells from %s as 0%% in a map', (_, empty) => {
    const row = ['Participants', 'Improved wellbeing', 100, 1000, empty, empty, empty, 0.5, 3];
    expectClose(
      figures(call('RESULTS', [MAP_HEADERS, row], 50000))['Present value'],
      100000 / 1.035 + 50000 / 1.035 ** 2 + 25000 / 1.035 ** 3,
    );
  });

  it.each(EMPTY_CELLS)('takes an empty inputs argument from %s as the map’s own inputs (here none)', (_, empty) => {
    for (const inputs of [empty, [[empty]], [[empty], [empty]]]) {
      const result = figures(call('RESULTS', WORKED_MAP, inputs));
      expect(result['Inputs']).toBe(0);
      expect(result['SROI ratio']).toEqual({ error: '#DIV/0!', message: undefined });
    }
  });

  it.each(EMPTY_CELLS)('counts empty cells from %s in a row of yearly values as 0', (_, empty) => {
    expectClose(call('PRESENTVALUE', [[54000, empty, 13500]]), 54000 / 1.035 + 13500 / 1.035 ** 3);
  });
});

describe('whole columns and large ranges', () => {
  const WHOLE_COLUMN = 1_048_576;
  const OUTCOMES = 200;

  /**
   * A whole-column selection (A:J) as Excel sends it: 1,048,576 rows of 10
   * cells, a header row, 200 outcomes, then empty rows. The empty rows share
   * one array, so building it costs little; the functions only read it.
   */
  function wholeColumnMap(empty: null | 0): unknown[][] {
    const headers = [...MAP_HEADERS, 'Notes'];
    const blank = Object.freeze(headers.map(() => empty));
    const rows: unknown[][] = new Array(WHOLE_COLUMN);
    rows[0] = headers;
    for (let index = 1; index <= OUTCOMES; index += 1) {
      rows[index] = [`Group ${index}`, `Outcome ${index}`, ...WORKED_ROW.slice(2), empty];
    }
    rows.fill(blank as unknown[], OUTCOMES + 1);
    return rows;
  }

  it.each([
    ['Excel desktop', 0],
    ['Excel on the web', null],
  ] as const)('evaluates a whole-column map of 200 outcomes from %s within a second or two', (_, empty) => {
    const map = wholeColumnMap(empty);
    const started = performance.now();
    const result = figures(call('RESULTS', map, 50000));
    const elapsed = performance.now() - started;
    expectClose(result['Present value'], OUTCOMES * WORKED_PV, 1e-11);
    expectClose(result['SROI ratio'], (OUTCOMES * WORKED_PV) / 50000, 1e-11);
    expect(elapsed).toBeLessThan(3000);
  });

  it('answers a sheet of SWITCHINGVALUE cells over one whole-column map from one reading', () => {
    const map = wholeColumnMap(null);
    call('SWITCHINGVALUE', map, 50000, 1, 'deadweight');
    const started = performance.now();
    for (let row = 1; row <= 10; row += 1) {
      // Excel passes fresh arrays to every cell: the reading is found by the cells, trimmed.
      const fresh = map.slice();
      expect(call('SWITCHINGVALUE', fresh, 50000, row, 'quantity')).toEqual(expect.objectContaining({ error: '#N/A' }));
    }
    // Trimming a million rows and finding the kept reading takes about a tenth of a second a cell here;
    // before, a map this large was never kept, and every cell read all of it again (seconds each).
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('tells outcome rows of a whole-column map from the rows below its outcomes', () => {
    const map = wholeColumnMap(null);
    // Row 1 is an outcome: the engine explains why it has no switching value, rather than refusing the row.
    expect(call('SWITCHINGVALUE', map, 50000, 1, 'deadweight')).toEqual({
      error: '#N/A',
      message: expect.stringMatching(/the other outcomes alone exceed it$/) as unknown,
    });
    expect(call('SWITCHINGVALUE', map, 50000, 500, 'deadweight')).toEqual({
      error: '#VALUE!',
      message: "outcomeRow 500 holds no outcome of impactMap: it is empty, a total, a heading or a funder's inputs",
    });
  });

  it.each([
    ['Excel desktop', 0],
    ['Excel on the web', null],
  ] as const)('gives the present value of a whole column of yearly values from %s', (_, empty) => {
    const column: unknown[][] = new Array(WHOLE_COLUMN);
    column.fill([empty]);
    column[0] = [54000];
    column[1] = [27000];
    column[2] = [13500];
    expectClose(call('PRESENTVALUE', column), WORKED_PV);
    const wholeRow = [new Array(16_384).fill(empty)];
    wholeRow[0]?.splice(0, 3, 54000, 27000, 13500);
    expectClose(call('PRESENTVALUE', wholeRow), WORKED_PV);
  });

  it('never overflows the call stack on a long range of values', () => {
    // 150,000 rows of yearly values, none blank: more than the ~125,000 that a spread of the rows overflowed at.
    const column = Array.from({ length: 150_000 }, () => [1]);
    const result = call('PRESENTVALUE', column);
    expect(JSON.stringify(result)).not.toMatch(/call stack/);
  });
});

describe('error values', () => {
  const na = () => new excel.customFunctions.Error('#N/A');

  it('shows an error value in a map cell by its code, at its cell', () => {
    const row = WORKED_ROW.map((value, index) => (index === 2 ? na() : value));
    expect(call('RESULTS', [MAP_HEADERS, row], 50000)).toEqual({
      error: '#VALUE!',
      message: 'impactMap: C2: quantity: the cell shows the error #N/A',
    });
  });

  it('shows an error value given for an argument by its code', () => {
    expect(call('RESULTS', WORKED_MAP, 50000, null, na())).toEqual({
      error: '#VALUE!',
      message: 'timing must be "end-of-year", "start-of-year" or "mid-year"; got #N/A',
    });
    expect(call('IMPACT', new excel.customFunctions.Error('#REF!'), 1000)).toEqual({
      error: '#VALUE!',
      message: 'quantity: the cell shows the error #REF!',
    });
    expect(call('PRESENTVALUE', [[54000, na()]])).toEqual({
      error: '#VALUE!',
      message: 'values: the cell shows the error #N/A in year 2',
    });
  });

  it('never prints "[object Object]" for an error value anywhere in a map, headers included', () => {
    const maps = [
      WORKED_MAP,
      [
        [...MAP_HEADERS, 'Outcome ID'],
        [...WORKED_ROW, 'a'],
      ],
    ];
    for (const map of maps) {
      map.forEach((row, rowIndex) =>
        row.forEach((_, columnIndex) => {
          const withError = map.map((cells, r) =>
            cells.map((value, c) => (r === rowIndex && c === columnIndex ? na() : value)),
          );
          for (const result of [
            call('RESULTS', withError, 50000),
            call('TORNADO', withError, 50000),
            call('SWITCHINGVALUE', withError, 50000, 1, 'quantity'),
          ]) {
            const shown = JSON.stringify(result, (key, value: unknown) =>
              value instanceof excel.customFunctions.Error ? { code: value.code, message: value.message } : value,
            );
            expect(shown).not.toMatch(/object Object/);
          }
        }),
      );
    }
  });
});

describe('the same answer for the same question', () => {
  it('gives #DIV/0! for a ratio without inputs in RATIO, NETRATIO and RESULTS alike, and #N/A for a payback as PAYBACK does', () => {
    expect(call('RATIO', WORKED_PV, 0)).toEqual({ error: '#DIV/0!', message: undefined });
    expect(call('NETRATIO', WORKED_PV, 0)).toEqual({ error: '#DIV/0!', message: undefined });
    expect(call('PAYBACK', 0, 54000)).toMatchObject({ error: '#N/A' });
    const result = figures(call('RESULTS', WORKED_MAP, [[0]]));
    expect(result['SROI ratio']).toEqual({ error: '#DIV/0!', message: undefined });
    expect(result['Net ratio']).toEqual({ error: '#DIV/0!', message: undefined });
    expect(result['Payback (months)']).toEqual({
      error: '#N/A',
      message: 'the inputs total nothing, so there is nothing to pay back',
    });
  });

  it('refuses duplicate outcome ids as the command line does, with the reader’s message at the cell', () => {
    const map = [
      [...MAP_HEADERS, 'Outcome ID'],
      [...WORKED_ROW, 'wellbeing'],
      [...WORKED_ROW, 'Wellbeing'],
    ];
    // The command line reads a sheet with fromWorkbook; its problem is the one RESULTS shows.
    const read = fromWorkbook([{ name: 'impactMap', cells: map }]);
    expect(read.evaluation).toBeNull();
    const problem = read.problems.find((item) => /only in capitals/.test(item.message));
    expect(problem).toBeDefined();
    expect(call('RESULTS', map, 50000)).toEqual({
      error: '#VALUE!',
      message: `impactMap: ${problem?.cell ?? ''}: ${problem?.message ?? ''}`,
    });
  });

  it('logs a programming error with console.error as well as showing #VALUE!', () => {
    const logged: unknown[][] = [];
    const customFunctions = customFunctionsStandIn();
    const console = { error: (...args: unknown[]) => logged.push(args), log() {}, warn() {}, info() {} };
    vm.runInContext(readBuilt('functions.js'), vm.createContext({ CustomFunctions: customFunctions, console }));
    // A value whose reading throws an untyped error stands for any bug inside a function.
    const broken = {
      get code(): string {
        throw new TypeError('broken value');
      },
    };
    let shown: unknown;
    try {
      customFunctions.registered.get('IMPACT')?.(broken, 1000);
    } catch (error) {
      shown = error;
    }
    expect(shown).toBeInstanceOf(customFunctions.Error);
    // The error comes from this test's realm, not the bundle's, so the bundle shows it as String(error) does.
    expect(shown).toMatchObject({ code: '#VALUE!', message: 'SROI could not compute this: TypeError: broken value' });
    expect(logged).toHaveLength(1);
    expect(logged[0]?.some((item) => String(item) === 'TypeError: broken value')).toBe(true);
  });

  it('logs nothing for a typed error (a wrong argument)', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(call('IMPACT', true, 1000)).toMatchObject({ error: '#VALUE!' });
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});

describe('booleans, date serials and ranges of other shapes', () => {
  // 45000 is 15 March 2023 as Excel's date serial: a date cell arrives as that number.
  const DATE = 45000;

  it.each([
    ['IMPACT', [true, 1000], 'quantity must be a number 0 or more; got TRUE'],
    ['IMPACT', [100, 1000, false], 'deadweight must be a share from 0% to 100%, such as 20% or 0.2; got FALSE'],
    ['IMPACT', [100, 1000, DATE], 'deadweight 45000 is over 100%; enter a share from 0% to 100%, such as 20% or 0.2'],
    ['OUTCOMEPV', [...WORKED_ARGS.slice(0, 6), DATE], 'duration must be a whole number from 1 to 1000; got 45000'],
    ['OUTCOMEPV', [...WORKED_ARGS.slice(0, 6), true], 'duration must be a whole number from 1 to 1000; got TRUE'],
    ['OUTCOMEPV', [...WORKED_ARGS, null, DATE], 'startYear must be a whole number from 1 to 1000; got 45000'],
    ['OUTCOMEPV', [...WORKED_ARGS, true], 'rate must be a share from 0% to 100%, such as 20% or 0.2; got TRUE'],
    ['OUTCOMEPV', [...WORKED_ARGS, DATE], 'rate 45000 is over 100%; enter a share from 0% to 100%, such as 20% or 0.2'],
    ['DISCOUNTFACTOR', [DATE], 'year must be a whole number from 0 to 1999; got 45000'],
    ['DISCOUNTFACTOR', [1, null, DATE], 'timing must be "end-of-year", "start-of-year" or "mid-year"; got 45000'],
    ['DISCOUNTFACTOR', [1, null, true], 'timing must be "end-of-year", "start-of-year" or "mid-year"; got TRUE'],
    ['PRESENTVALUE', [[[54000, true]]], 'values must be a number; got TRUE in year 2'],
    ['RESULTS', [WORKED_MAP, [[true]]], 'inputs must be a number 0 or more; got TRUE'],
    [
      'RESULTS',
      [[MAP_HEADERS, WORKED_ROW.map((value, index) => (index === 8 ? DATE : value))], 50000],
      'impactMap: I2: duration must be a whole number of years from 1 to 1000; got 45000',
    ],
    [
      'SWITCHINGVALUE',
      [WORKED_MAP, 50000, true, 'deadweight'],
      'outcomeRow must be a whole number from 1 to 1 (a row under impactMap\'s headers), or 0 or "all" for all outcomes together; got TRUE',
    ],
    [
      'SWITCHINGVALUE',
      [WORKED_MAP, 50000, 1, true],
      'estimate must be one of quantity, proxy, deadweight, displacement, attribution, dropOff, duration ("drop-off" and "drop off" work too); got TRUE',
    ],
    ['TORNADO', [WORKED_MAP, 50000, true], 'change must be a share from 0% to 100%, such as 20% or 0.2; got TRUE'],
  ])('%s(%j) is #VALUE!: %s', (id, args, message) => {
    expect(call(id, ...(args as unknown[]))).toEqual({ error: '#VALUE!', message });
  });

  it('refuses a block of yearly values of several rows and columns, naming the argument', () => {
    expect(
      call('PRESENTVALUE', [
        [54000, 27000],
        [13500, 0],
      ]),
    ).toEqual({
      error: '#VALUE!',
      message: 'values must be one row or one column of yearly values; got 2 rows and 2 columns',
    });
  });

  it('adds up an inputs range of any shape, whatever the shape of the map (no function pairs two ranges cell by cell)', () => {
    for (const inputs of [
      [[30000, 20000]],
      [[30000], [20000]],
      [
        [30000, null],
        [0, 20000],
      ],
    ]) {
      expectClose(figures(call('RESULTS', WORKED_MAP, inputs))['SROI ratio'], WORKED_PV / 50000);
    }
  });

  it('reads rows of different lengths (which Excel never sends) as if the short ones were padded with blanks', () => {
    const map = [MAP_HEADERS, WORKED_ROW, ['Families']];
    expectClose(figures(call('RESULTS', map, 50000))['Present value'], WORKED_PV);
  });
});
