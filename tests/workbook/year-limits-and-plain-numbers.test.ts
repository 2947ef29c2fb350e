/**
 * The readers take core's limits for years and core's test of a plain number,
 * so a sheet is refused for the years and the text `evaluate` refuses, in the
 * same words as before they were shared.
 */
import { readCell, type ReadCell } from '@sroi/workbook';
import { WHOLE_NUMBER_RULES } from '@sroi/core';
import { POINT_STYLE, readNumberText } from '../../packages/workbook/src/read/number-text';
import { parseWholeField } from '../../packages/workbook/src/read/values';

const cellOf = (value: unknown): ReadCell => readCell(value);

describe('parseWholeField', () => {
  it.each([
    ['duration', 1001, 'duration must be a whole number of years from 1 to 1000; got 1001'],
    ['duration', 0, 'duration must be a whole number of years from 1 to 1000; got 0'],
    ['inputYear', 1001, 'input year must be a whole number from 0 (undiscounted) to 1000; got 1001'],
    ['inputYear', -1, 'input year must be a whole number from 0 (undiscounted) to 1000; got -1'],
    ['priceYear', 1799, 'price year must be a four-digit year such as 2024; got 1799'],
    ['priceYear', 45000, 'price year must be a four-digit year such as 2024; got 45000'],
  ] as const)('refuses a %s of %d, saying what is valid', (field, value, message) => {
    expect(parseWholeField(cellOf(value), WHOLE_NUMBER_RULES[field])).toEqual({ ok: false, message });
  });

  it.each([
    ['duration', 1],
    ['duration', 1000],
    ['startYear', 1000],
    ['inputYear', 0],
    ['inputYear', 1000],
    ['priceYear', 1800],
    ['priceYear', 2300],
  ] as const)('accepts a %s of %d', (field, value) => {
    expect(parseWholeField(cellOf(value), WHOLE_NUMBER_RULES[field])).toEqual({ ok: true, value });
  });

  it('says what else a field takes where the sheet accepts more than the rule', () => {
    const rule = WHOLE_NUMBER_RULES.startYear;
    expect(parseWholeField(cellOf(1001), rule, POINT_STYLE, `${rule.expected}, or During / After`)).toEqual({
      ok: false,
      message:
        'start year must be a whole number from 1 (the year of the activity) to 1000, or During / After; got 1001',
    });
  });
});

describe('readNumberText', () => {
  it.each([
    ['12', '12'],
    ['-0.5', '-0.5'],
    ['.25', '.25'],
    ['1e3', '1e3'],
    ['+4.', '+4.'],
    ['£ 1,200.50', '1200.50'],
    ['(250)', '-250'],
  ])('reads %s as the plain number %s', (text, digits) => {
    expect(readNumberText(text, POINT_STYLE)).toEqual({ ok: true, digits, ambiguous: false });
  });

  it.each(['1.2.3', 'e3', '1e', '--1', '.', 'abc', '1 2x'])('refuses %s', (text) => {
    expect(readNumberText(text, POINT_STYLE)).toEqual({ ok: false, why: 'not-a-number' });
  });
});
