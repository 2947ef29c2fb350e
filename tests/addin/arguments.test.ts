// Reading Excel's arguments, below the Excel edge: pure functions that throw
// typed CellErrors. The edge turns them into CustomFunctions.Error.
import { SroiOptionsError, SroiValidationError } from '@sroi/core';
import { isBlank, showCell } from '../../addin/src/functions/arguments/cell-value';
import { readDiscount, readTiming } from '../../addin/src/functions/arguments/read-discount';
import { ESTIMATE_NAMES, readEstimate } from '../../addin/src/functions/arguments/read-estimate';
import { readEvaluation } from '../../addin/src/functions/arguments/read-evaluation';
import { CellsCache } from '../../addin/src/functions/arguments/reading-cache';
import { readNumber, readOptionalNumber } from '../../addin/src/functions/arguments/read-number';
import { readOutcomeRow } from '../../addin/src/functions/arguments/read-outcome-row';
import { readYearlyValues, sumOfRange, trimmedCellsOf } from '../../addin/src/functions/arguments/read-range';
import {
  CHANGE,
  DEADWEIGHT,
  INPUTS,
  PROXY,
  QUANTITY,
  START_YEAR,
  VALUES,
} from '../../addin/src/functions/arguments/rules';
import { discountFactorsUpTo } from '../../addin/src/functions/compute/discount-factors-cache';
import { atExcelEdge } from '../../addin/src/functions/errors/at-excel-edge';
import { CellError } from '../../addin/src/functions/errors/cell-error';
import { helpUrlOf } from '../../addin/src/functions/help-url';
import { statusText } from '../../addin/src/taskpane/status';
import { installCustomFunctionsGlobal } from './helpers/custom-functions-stand-in';

describe('cell values', () => {
  it('counts null, undefined, empty text and a lone dash as blank, as the workbook reader does, but not 0', () => {
    expect([null, undefined, '', '  ', '-'].map(isBlank)).toEqual([true, true, true, true, true]);
    expect([0, 'a', false].map(isBlank)).toEqual([false, false, false]);
  });

  it('shows values as a spreadsheet user writes them', () => {
    expect(showCell(1.2, true)).toBe('120%');
    expect(showCell(0.07, true)).toBe('7%');
    expect(showCell(0.1 + 0.2)).toBe('0.3');
    expect(showCell('x')).toBe('"x"');
    expect(showCell(false)).toBe('FALSE');
    expect(showCell([[1]])).toBe('a range');
  });
});

describe('readNumber', () => {
  it('reads doubles at 15 significant digits', () => {
    expect(readNumber(0.1 + 0.2, DEADWEIGHT).toString()).toBe('0.3');
    expect(readNumber(1234567.891234567, QUANTITY).toString()).toBe('1234567.89123457');
  });

  it('reads numbers in text as the workbook reader reads a cell: "1,000", "£1,200", "20%" for a share', () => {
    expect(readNumber('1,000', QUANTITY).toString()).toBe('1000');
    expect(readNumber('£1,200', PROXY).toString()).toBe('1200');
    expect(readNumber(' 1e3 ', QUANTITY).toString()).toBe('1000');
    expect(readNumber('20%', DEADWEIGHT).toString()).toBe('0.2');
    expect(readNumber('12.5%', DEADWEIGHT).toString()).toBe('0.125');
  });

  it('refuses what is not a number, and text too large for a spreadsheet', () => {
    for (const value of ['abc', '1e400', Number.POSITIVE_INFINITY, Number.NaN, true, [[1]]]) {
      expect(() => readNumber(value, QUANTITY)).toThrow(expect.objectContaining({ code: 'value' }));
    }
    expect(() => readNumber('20%', QUANTITY)).toThrow('quantity must be a number 0 or more; got "20%", a percentage');
  });

  it('throws typed errors: not-available when blank, value when invalid', () => {
    expect(() => readNumber(null, QUANTITY)).toThrow(
      new CellError('not-available', 'quantity is missing; give a number 0 or more'),
    );
    expect(() => readNumber(-1, QUANTITY)).toThrow('quantity must be 0 or more; got -1');
    expect(() => readNumber(1.2, DEADWEIGHT)).toThrow(
      'deadweight 1.2 is over 100%: did you mean 1.2%? Enter it as 1.2% or 0.012',
    );
  });

  it('gives the default for blank optional arguments, and for 0 where 0 is not valid (Excel desktop)', () => {
    expect(readOptionalNumber(null, DEADWEIGHT, 0).toString()).toBe('0');
    expect(readOptionalNumber(0.2, DEADWEIGHT, 0).toString()).toBe('0.2');
    expect(readOptionalNumber(0, DEADWEIGHT, 0.5).toString()).toBe('0');
    expect(readOptionalNumber(0, START_YEAR, 1).toString()).toBe('1');
    expect(readOptionalNumber(0, CHANGE, 0.1).toString()).toBe('0.1');
  });
});

describe('readDiscount and readTiming', () => {
  it('read rates, schedules and timings loosely', () => {
    expect(readDiscount(null)).toBeUndefined();
    expect(readDiscount(0.035)).toEqual({ rate: '0.035' });
    expect(readDiscount('3.5%')).toEqual({ rate: '0.035' });
    expect(readDiscount(' Green Book ')).toEqual({ schedule: 'green-book' });
    expect(readDiscount('green_book_health')).toEqual({ schedule: 'green-book-health' });
    expect(readTiming(undefined)).toBe('end-of-year');
    expect(readTiming(0)).toBe('end-of-year');
    expect(readTiming('START OF YEAR')).toBe('start-of-year');
  });
});

describe('ranges', () => {
  it('read a row or a column of yearly values, blanks as 0', () => {
    expect(readYearlyValues([[1, null, 3]], VALUES).map(String)).toEqual(['1', '0', '3']);
    expect(readYearlyValues([[1], [2]], VALUES).map(String)).toEqual(['1', '2']);
    expect(readYearlyValues(5, VALUES).map(String)).toEqual(['5']);
  });

  it('add up amounts anywhere in a range', () => {
    expect(
      sumOfRange(
        [
          [30000, null],
          [20000, 0.1 + 0.2],
        ],
        INPUTS,
      ).toString(),
    ).toBe('50000.3');
    expect(sumOfRange(50000, INPUTS).toString()).toBe('50000');
  });

  it('lose their trailing empty rows and columns, empty as either Excel sends it (null, "", 0)', () => {
    expect(
      trimmedCellsOf([
        [1, 2, 0, null],
        [0, '', 0, null],
        [3, 0, '', null],
        [null, '', 0, ' '],
        [0, 0, 0, 0],
      ]),
    ).toEqual([
      [1, 2],
      [0, ''],
      [3, 0],
    ]);
    expect(trimmedCellsOf(null)).toEqual([]);
    expect(trimmedCellsOf(0)).toEqual([]);
    expect(trimmedCellsOf(5)).toEqual([[5]]);
    expect(trimmedCellsOf([[null], [0]])).toEqual([]);
  });

  it('show an error value as the workbook reader reads an error cell, and leave the caller’s arrays alone', () => {
    const error = { code: '#N/A', message: 'from a lookup' };
    const range = Object.freeze([Object.freeze([1, error])]);
    expect(trimmedCellsOf(range)).toEqual([[1, { error: '#N/A' }]]);
    expect(range[0]?.[1]).toBe(error);
    expect(showCell(error)).toBe('#N/A');
  });

  it('read a whole column of 1,048,576 rows without overflowing the call stack', () => {
    const column: unknown[][] = new Array(1_048_576).fill([null]);
    column[0] = [54000];
    column[1] = [27000];
    expect(readYearlyValues(column, VALUES).map(String)).toEqual(['54000', '27000']);
    const full = Array.from({ length: 200_000 }, () => [1]);
    expect(readYearlyValues(full, VALUES)).toHaveLength(200_000);
  });
});

describe('readEstimate', () => {
  it("reads the engine's names in any case, with or without spaces, hyphens or underscores", () => {
    expect(
      ['Quantity', 'PROXY', 'financial proxy', 'Dead weight', 'drop-off', 'Drop_Off', 'dropOff'].map(readEstimate),
    ).toEqual(['quantity', 'proxy', 'proxy', 'deadweight', 'dropOff', 'dropOff', 'dropOff']);
  });

  it('reads back every name the tornado shows', () => {
    for (const [estimate, name] of Object.entries(ESTIMATE_NAMES)) expect(readEstimate(name)).toBe(estimate);
  });

  it('rejects other names and values, and a blank is missing', () => {
    for (const value of ['dw', 'impact', 0, true, [['quantity']]]) {
      expect(() => readEstimate(value)).toThrow(expect.objectContaining({ code: 'value' }));
    }
    expect(() => readEstimate(' ')).toThrow(expect.objectContaining({ code: 'not-available' }));
  });
});

describe('readOutcomeRow', () => {
  const range = [
    ['Stakeholder', 'Outcome', 'Quantity', 'Proxy', 'Duration'],
    ['P', 'a', 1, 10, 1],
    [null, null, null, null, null],
    ['Total', null, 1, 10, null],
    ['P', 'b', 2, 10, 1],
  ];
  const map = readEvaluation('test', range, 100);

  it('names the outcome by its row under the headers, or all outcomes by 0 or "all"', () => {
    expect(readOutcomeRow(1, map)).toBe('row-2');
    expect(readOutcomeRow('4', map)).toBe('row-5');
    expect(readOutcomeRow(0, map)).toBeNull();
    expect(readOutcomeRow(' All ', map)).toBeNull();
  });

  it('rejects rows outside the range and rows that hold no outcome', () => {
    for (const value of [5, -1, 1.5, 'first', true]) {
      expect(() => readOutcomeRow(value, map)).toThrow(expect.objectContaining({ code: 'value' }));
    }
    expect(() => readOutcomeRow(2, map)).toThrow('outcomeRow 2 holds no outcome of impactMap');
    expect(() => readOutcomeRow(3, map)).toThrow('outcomeRow 3 holds no outcome of impactMap');
    expect(() => readOutcomeRow(null, map)).toThrow(expect.objectContaining({ code: 'not-available' }));
  });

  it('finds outcomes by the row they were read from when the map has an Outcome ID column', () => {
    const withIds = readEvaluation(
      'test',
      [
        ['Outcome ID', 'Stakeholder', 'Outcome', 'Quantity', 'Proxy', 'Duration'],
        ['jobs', 'P', 'a', 1, 10, 1],
        ['wellbeing', 'P', 'b', 2, 10, 1],
      ],
      100,
    );
    expect([readOutcomeRow(1, withIds), readOutcomeRow(2, withIds)]).toEqual(['jobs', 'wellbeing']);
    expect(withIds.rowOf.get('wellbeing')).toBe(2);
  });
});

describe('readEvaluation', () => {
  const range = [
    ['Stakeholder', 'Outcome', 'Quantity', 'Proxy', 'Duration'],
    ['P', 'a', 1, 10, 1],
  ];
  const duration = (reading: ReturnType<typeof readEvaluation>) => reading.evaluation.outcomes[0]?.duration;

  it('shares one reading between calls with the same cells, and no more', () => {
    const first = readEvaluation('test', range, [[100]]);
    expect(readEvaluation('test', structuredClone(range), [[100]])).toBe(first);
    expect(readEvaluation('test', range, [[100], [1]])).not.toBe(first);
    expect(readEvaluation('other', range, [[100]])).not.toBe(first);
    expect(duration(readEvaluation('test', [range[0], ['P', 'a', 1, 10, 2]], [[100]]))).toBe(2);
  });

  it('finds a reading by the trimmed cells, so trailing empty rows neither miss it nor fill the cache', () => {
    const first = readEvaluation('trimmed', range, [[100]]);
    expect(readEvaluation('trimmed', range, [[100], [null], [0]])).toBe(first);
    // A whole column of the same map: the same rows under the headers, so the same reading.
    const column: unknown[][] = new Array(1_048_576).fill(['', '', 0, null, 0]);
    column[0] = range[0] as unknown[];
    column[1] = range[1] as unknown[];
    const whole = readEvaluation('trimmed', column, [[100]]);
    expect(whole.evaluation).toEqual(first.evaluation);
    expect(whole.rows).toBe(1_048_575);
    expect(readEvaluation('trimmed', column.slice(), [[100]])).toBe(whole);
  });

  it('keeps its own copy, so a caller changing its arrays changes nothing kept', () => {
    const mine = structuredClone(range);
    const first = readEvaluation('copy', mine, 5);
    (mine[1] as number[])[4] = 3;
    expect(duration(readEvaluation('copy', mine, 5))).toBe(3);
    expect(readEvaluation('copy', range, 5)).toBe(first);
  });
});

describe('CellsCache', () => {
  it('finds a result by the same cells in other arrays, and not by other cells', () => {
    const cache = new CellsCache<string>(8, 100);
    cache.set(['f', [[1, null]]], 'kept');
    expect(cache.get(['f', [[1, null]]])).toBe('kept');
    expect(cache.get(['f', [[1, undefined]]])).toBeUndefined();
    expect(cache.get(['g', [[1, null]]])).toBeUndefined();
  });

  it('keeps at most its number of results, dropping the oldest', () => {
    const cache = new CellsCache<number>(2, 100);
    [1, 2, 3].forEach((n) => cache.set([n], n));
    expect([cache.get([1]), cache.get([2]), cache.get([3])]).toEqual([undefined, 2, 3]);
  });

  it('keeps at most its number of cells in all, and never a result larger than that alone', () => {
    const cache = new CellsCache<string>(8, 10);
    const cells = (n: number) => [Array.from({ length: n }, (_, i) => i)];
    cache.set([cells(4)], 'four');
    cache.set([cells(5)], 'five');
    expect(cache.cells).toBe(9);
    cache.set([cells(3)], 'three');
    expect(cache.get([cells(4)])).toBeUndefined();
    expect(cache.cells).toBe(8);
    cache.set([cells(11)], 'eleven');
    expect(cache.get([cells(11)])).toBeUndefined();
    expect(cache.get([cells(5)])).toBe('five');
  });
});

describe('discountFactorsUpTo', () => {
  it('shares one table per setting and extends it when more years are needed', () => {
    const short = discountFactorsUpTo({ rate: '0.05' }, 'mid-year', 2);
    const long = discountFactorsUpTo({ rate: '0.05' }, 'mid-year', 40);
    expect(long.length).toBe(41);
    expect(long[2]?.toString()).toBe(short[2]?.toString());
    expect(discountFactorsUpTo({ rate: '0.05' }, 'mid-year', 10)).toBe(long);
    expect(discountFactorsUpTo({ rate: '0.05' }, 'end-of-year', 1)[1]?.toString()).not.toBe(long[1]?.toString());
  });
});

describe('atExcelEdge', () => {
  const customFunctions = installCustomFunctionsGlobal();
  const thrown = (compute: () => unknown) => {
    try {
      atExcelEdge(compute);
    } catch (error) {
      return error;
    }
    throw new Error('nothing thrown');
  };

  it('turns typed errors into spreadsheet errors with their messages', () => {
    expect(
      thrown(() => {
        throw new CellError('value', 'bad');
      }),
    ).toEqual(new customFunctions.Error('#VALUE!', 'bad'));
    expect(
      thrown(() => {
        throw new CellError('not-available', 'none');
      }),
    ).toEqual(new customFunctions.Error('#N/A', 'none'));
    expect(
      thrown(() => {
        throw new CellError('division-by-zero', 'zero');
      }),
    ).toEqual(new customFunctions.Error('#DIV/0!'));
  });

  it('turns the engine’s validation errors and unexpected errors into #VALUE!, logging only the unexpected', () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const invalid = new SroiValidationError([{ path: 'x', value: 1, message: 'x is wrong' }]);
    expect(
      thrown(() => {
        throw invalid;
      }),
    ).toEqual(new customFunctions.Error('#VALUE!', 'x is wrong'));
    const options = new SroiOptionsError([{ path: 'target', value: 0, message: 'target must be above 0' }]);
    expect(
      thrown(() => {
        throw options;
      }),
    ).toEqual(new customFunctions.Error('#VALUE!', 'target must be above 0'));
    expect(
      thrown(() => {
        throw new RangeError('boom');
      }),
    ).toEqual(new customFunctions.Error('#VALUE!', 'SROI could not compute this: boom'));
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0]?.[1]).toEqual(new RangeError('boom'));
    logged.mockRestore();
  });

  it('returns what the computation returns', () => {
    expect(atExcelEdge(() => 42)).toBe(42);
  });
});

describe('help and task pane text', () => {
  it('points help at the function’s heading', () => {
    expect(helpUrlOf('OUTCOMEPV')).toBe(
      'https://github.com/sroi-calculator/sroi/blob/main/docs/excel-functions.md#sroioutcomepv',
    );
  });

  it('says whether the page runs in Excel', () => {
    expect(statusText(true)).toMatch(/^Ready/);
    expect(statusText(false)).toMatch(/from Excel/);
  });
});
