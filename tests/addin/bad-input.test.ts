// Bad input, as Excel would pass it, through the built bundle: #VALUE! with a
// message naming the argument and what is valid, #N/A for missing required
// values, #DIV/0! for a ratio without inputs; never a number, never an
// exception other than CustomFunctions.Error.
import fc from 'fast-check';
import { fromWorkbook } from '@sroi/workbook';
import { cell, loadFunctionsBundle, type LoadedFunctions } from './helpers/built-addin';
import { MAP_HEADERS } from './helpers/impact-map-headers';

let excel: LoadedFunctions;
const call = (id: string, ...args: unknown[]) => cell(excel, id, ...args);
const value = (message: string) => ({ error: '#VALUE!', message });
const notAvailable = (message: string) => ({ error: '#N/A', message });

beforeAll(() => {
  excel = loadFunctionsBundle();
});

describe('error messages', () => {
  it.each([
    ['IMPACT', [100, 1000, 1.2], value('deadweight 1.2 is over 100%: did you mean 1.2%? Enter it as 1.2% or 0.012')],
    [
      'IMPACT',
      [100, 1000, 1000],
      value('deadweight 1000 is over 100%; enter a share from 0% to 100%, such as 20% or 0.2'),
    ],
    [
      'IMPACT',
      [100, 1000, 0, -0.05],
      value('displacement -0.05 is below 0%; enter a share from 0% to 100%, such as 20% or 0.2'),
    ],
    ['IMPACT', [100, 1000, 0, 0, 25], value('attribution 25 is over 100%: did you mean 25%? Enter it as 25% or 0.25')],
    ['IMPACT', [-5, 1000], value('quantity must be 0 or more; got -5')],
    ['IMPACT', ['abc', 1000], value('quantity must be a number 0 or more; got "abc"')],
    ['IMPACT', [100, true], value('proxy must be a number; got TRUE')],
    ['IMPACT', [100, Number.NaN], value('proxy: the cell holds NaN, not a number')],
    [
      'IMPACT',
      ['1,000', '£1,200', '20%', 'x'],
      value('displacement must be a share from 0% to 100%, such as 20% or 0.2; got "x"'),
    ],
    ['IMPACT', ['20%', 1000], value('quantity must be a number 0 or more; got "20%", a percentage')],
    ['IMPACT', [null, 1000], notAvailable('quantity is missing; give a number 0 or more')],
    ['IMPACT', [100, ''], notAvailable('proxy is missing; give a number')],
    ['VALUES', [54000, 2.5], value('duration must be a whole number from 1 to 1000; got 2.5')],
    ['VALUES', [54000, 0], value('duration must be a whole number from 1 to 1000; got 0')],
    ['VALUES', [54000, 3, -0.1], value('dropOff -0.1 is below 0%; enter a share from 0% to 100%, such as 20% or 0.2')],
    ['VALUES', [54000, 3, 0.5, -1], value('startYear must be a whole number from 1 to 1000; got -1')],
    ['VALUES', [54000, null], notAvailable('duration is missing; give a whole number from 1 to 1000')],
    ['DISCOUNTFACTOR', [-1], value('year must be a whole number from 0 to 1999; got -1')],
    ['DISCOUNTFACTOR', [2000], value('year must be a whole number from 0 to 1999; got 2000')],
    ['DISCOUNTFACTOR', [1, 3.5], value('rate 3.5 is over 100%: did you mean 3.5%? Enter it as 3.5% or 0.035')],
    [
      'DISCOUNTFACTOR',
      [1, 'green'],
      value('rate must be a rate between 0% and 100%, "green-book" or "green-book-health"; got "green"'),
    ],
    [
      'DISCOUNTFACTOR',
      [1, null, 'eoy'],
      value('timing must be "end-of-year", "start-of-year" or "mid-year"; got "eoy"'),
    ],
    ['DISCOUNTFACTOR', [1, null, 2], value('timing must be "end-of-year", "start-of-year" or "mid-year"; got 2')],
    [
      'PRESENTVALUE',
      [
        [
          [1, 2],
          [3, 4],
        ],
      ],
      value('values must be one row or one column of yearly values; got 2 rows and 2 columns'),
    ],
    ['PRESENTVALUE', [[[100, 'x']]], value('values must be a number; got "x" in year 2')],
    [
      'OUTCOMEPV',
      [100, 1000, null, 0.1, 0.25, 0.5, 3],
      notAvailable('deadweight is missing; give a number between 0% and 100%'),
    ],
    [
      'OUTCOMEPV',
      [100, 1000, 0.2, 0.1, 0.25, 1.5, 3],
      value('dropOff 1.5 is over 100%: did you mean 1.5%? Enter it as 1.5% or 0.015'),
    ],
    ['RATIO', [100, -5], value('inputs must be 0 or more; got -5')],
    ['RATIO', [null, 5], notAvailable('presentValue is missing; give a number')],
    ['NETRATIO', [100, 'none'], value('inputs must be a number 0 or more; got "none"')],
    ['PAYBACK', [50000, 0], value('impact must be more than 0 to pay back the inputs; got 0')],
    ['PAYBACK', [0, 54000], notAvailable('inputs are 0, so there is nothing to pay back')],
    [
      'RESULTS',
      [[MAP_HEADERS, ['A', 'x', 100, 1000, 0.2, 0, 0, 0, 3]], [['Grant', 100]]],
      value('inputs must be a number 0 or more; got "Grant" in row 1, column 1 of the range'),
    ],
    [
      'RESULTS',
      [[MAP_HEADERS, ['A', 'x', 100, 1000, 0.2, 0, 0, 0, 3]], [[100]], 'seven'],
      value('rate must be a rate between 0% and 100%, "green-book" or "green-book-health"; got "seven"'),
    ],
  ])('%s(%j) shows %j', (id, args, expected) => {
    expect(call(id, ...args)).toEqual(expected);
  });

  it('shows #DIV/0! for a ratio or net ratio without inputs', () => {
    expect(call('RATIO', 100, 0)).toMatchObject({ error: '#DIV/0!' });
    expect(call('NETRATIO', 100, 0)).toMatchObject({ error: '#DIV/0!' });
  });

  it('shows #NUM! for a result too large for a spreadsheet number, never Infinity', () => {
    expect(call('RATIO', 1e308, 1e-300)).toMatchObject({ error: '#NUM!' });
    expect(call('IMPACT', 1e300, 1e300)).toMatchObject({ error: '#NUM!' });
  });

  it('shows the problems of an impact map as the workbook reader finds them, at their cells in the range', () => {
    const noQuantity = [
      ['Stakeholder', 'Proxy', 'Duration'],
      ['A', 1, 1],
    ];
    expect(call('RESULTS', noQuantity, 100)).toEqual(
      value(
        "impactMap: no impact map found: select the map from its header row down; the headers need Quantity and Proxy value (or the value map's Quantity and Value £) columns",
      ),
    );
    const map = [MAP_HEADERS, ['A', 'x', 100, 1000, 1.2, 0, 0, 0, 3]];
    const [problem] = fromWorkbook([{ name: 'impactMap', cells: map }], { defaultName: 'x' }).problems;
    expect(problem?.cell).toBe('E2');
    expect(call('RESULTS', map, 100)).toEqual(value(`impactMap: E2: ${problem?.message}`));
  });

  it('lists the first three problems of an impact map and counts the rest', () => {
    const rows = [1, 2, 3, 4, 5].map((n) => ['A', `o${n}`, -n, 1000, 0, 0, 0, 0, 3]);
    const problems = fromWorkbook([{ name: 'impactMap', cells: [MAP_HEADERS, ...rows] }], {
      defaultName: 'x',
    }).problems;
    expect(problems.map((problem) => problem.cell)).toEqual(['C2', 'C3', 'C4', 'C5', 'C6']);
    const first = problems.slice(0, 3).map((problem) => `${problem.cell}: ${problem.message}`);
    expect(call('RESULTS', [MAP_HEADERS, ...rows], 100)).toEqual(value(`impactMap: ${first.join('; ')}; and 2 more`));
  });
});

describe('any input', () => {
  const anyCell = fc.oneof(
    fc.double(),
    fc.integer({ min: -5, max: 2000 }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.string({ maxLength: 6 }),
    fc.constantFrom('green-book', 'mid-year', '20%', '1e400', '', ' '),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
  );
  const anyArgument = fc.oneof(
    anyCell,
    fc.array(fc.array(anyCell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
  );

  it.each([
    'IMPACT',
    'VALUES',
    'DISCOUNTFACTOR',
    'PRESENTVALUE',
    'OUTCOMEPV',
    'RATIO',
    'NETRATIO',
    'PAYBACK',
    'RESULTS',
    'SWITCHINGVALUE',
    'TORNADO',
  ])('%s gives a finite number, a table or a spreadsheet error, never an exception', (id) => {
    fc.assert(
      fc.property(fc.array(anyArgument, { maxLength: 10 }), (args) => {
        let result: unknown;
        try {
          result = excel.call(id, ...args);
        } catch (error) {
          expect(error).toBeInstanceOf(excel.customFunctions.Error);
          return;
        }
        const cells = Array.isArray(result) ? (result as unknown[][]).flat() : [result];
        for (const item of cells) {
          const ok =
            (typeof item === 'number' && Number.isFinite(item)) ||
            typeof item === 'string' ||
            item instanceof excel.customFunctions.Error;
          expect(ok).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('SWITCHINGVALUE and TORNADO give a number, a table or a spreadsheet error on impact maps with any cells', () => {
    const figure = fc.oneof(anyCell, fc.integer({ min: 0, max: 200 }), fc.double({ min: 0, max: 1, noNaN: true }));
    const map = fc
      .array(fc.array(figure, { minLength: MAP_HEADERS.length, maxLength: MAP_HEADERS.length }), { maxLength: 4 })
      .map((rows) => [MAP_HEADERS, ...rows]);
    const estimate = fc.oneof(fc.constantFrom('quantity', 'proxy', 'deadweight', 'drop-off', 'duration'), anyCell);
    const isCellValue = (item: unknown) =>
      (typeof item === 'number' && Number.isFinite(item)) ||
      typeof item === 'string' ||
      item instanceof excel.customFunctions.Error;
    fc.assert(
      fc.property(map, anyArgument, anyCell, estimate, anyCell, (impactMap, inputs, row, name, extra) => {
        for (const [id, args] of [
          ['SWITCHINGVALUE', [impactMap, inputs, row, name, extra]],
          ['TORNADO', [impactMap, inputs, extra]],
        ] as const) {
          let result: unknown;
          try {
            result = excel.call(id, ...args);
          } catch (error) {
            expect(error).toBeInstanceOf(excel.customFunctions.Error);
            continue;
          }
          const cells = Array.isArray(result) ? (result as unknown[][]).flat() : [result];
          expect(cells.every(isCellValue)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
