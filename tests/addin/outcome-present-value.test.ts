// SROI.OUTCOMEPV's computation and the year arguments, below the Excel edge
// (no built bundle): the add-in takes the engine's one projection and core's
// year limits, so a function and `evaluate` agree on every digit and every year.
import fc from 'fast-check';
import { evaluate, type Discount, type Outcome, type Timing } from '@sroi/core';
import { readWholeNumber } from '../../addin/src/functions/arguments/read-number';
import { DURATION, FROM_YEAR, START_YEAR, YEAR } from '../../addin/src/functions/arguments/rules';
import { outcomePresentValue } from '../../addin/src/functions/compute/outcome-present-value';
import { workedCheck } from '../core/fixtures';
import { estimatesOf, WORKED_CHECK_PRESENT_VALUE } from '../core/outcome-estimates';

describe('outcomePresentValue (SROI.OUTCOMEPV)', () => {
  it('gives the worked check: 54,000 halved each year over 3 years at 3.5%', () => {
    const row = estimatesOf(workedCheck.outcomes[0]!);
    expect(outcomePresentValue(row, undefined, 'end-of-year').toFixed(20)).toBe(WORKED_CHECK_PRESENT_VALUE);
  });

  it('equals the present value evaluate gives the same row, to the last digit', () => {
    // Values as Excel holds them: doubles of up to 15 significant digits.
    const excelNumber = (min: number, max: number) =>
      fc.double({ min, max, noNaN: true }).map((value) => Number(value.toPrecision(15)));
    const share = excelNumber(0, 1);
    const discount = fc.oneof(
      excelNumber(0, 0.15).map((rate): Discount => ({ rate })),
      fc.constantFrom<Discount>({ schedule: 'green-book' }, { schedule: 'green-book-health' }),
    );
    const row = fc.record({
      quantity: excelNumber(0, 1e6),
      proxy: excelNumber(-1e5, 1e5),
      deadweight: share,
      displacement: share,
      attribution: share,
      dropOff: share,
      duration: fc.integer({ min: 1, max: 80 }),
      startYear: fc.integer({ min: 1, max: 5 }),
      discount,
      timing: fc.constantFrom<Timing>('end-of-year', 'start-of-year', 'mid-year'),
    });
    fc.assert(
      fc.property(row, ({ discount, timing, proxy, ...estimates }) => {
        const outcome: Outcome = { id: 'o', stakeholder: 's', description: 'o', ...estimates, proxy: { value: proxy } };
        const engine = evaluate({
          name: 'row',
          timing,
          discount,
          stakeholders: [{ id: 's', name: 'S' }],
          inputs: [],
          outcomes: [outcome],
        });
        expect(outcomePresentValue(estimatesOf(outcome), discount, timing).toString()).toBe(
          engine.outcomes[0]!.presentValue.toString(),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('the year arguments', () => {
  it('accept the years evaluate accepts: durations and start years 1 to 1000, years 0 to 1999', () => {
    expect(readWholeNumber(1000, DURATION)).toBe(1000);
    expect(readWholeNumber(1, START_YEAR)).toBe(1);
    expect(readWholeNumber(0, YEAR)).toBe(0);
    expect(readWholeNumber(1999, YEAR)).toBe(1999);
    expect(readWholeNumber(2300, FROM_YEAR)).toBe(2300);
  });

  it('refuse the years beyond, saying what is valid', () => {
    expect(() => readWholeNumber(1001, DURATION)).toThrow('duration must be a whole number from 1 to 1000; got 1001');
    expect(() => readWholeNumber(0, START_YEAR)).toThrow('startYear must be a whole number from 1 to 1000; got 0');
    expect(() => readWholeNumber(-1, YEAR)).toThrow('year must be a whole number from 0 to 1999; got -1');
    expect(() => readWholeNumber(2000, YEAR)).toThrow('year must be a whole number from 0 to 1999; got 2000');
    expect(() => readWholeNumber(1799, FROM_YEAR)).toThrow(
      'fromYear must be a year from 1800 to 2300, such as 2024; got 1799',
    );
  });
});
