// The reader's rules the task pane shares: a rate a year, a currency sign, a whole number.
import { currencyOf, parseRate, parseWhole, readCell } from '@sroi/workbook';

const rate = (value: unknown) => parseRate(readCell(value), 'discount rate');

describe('parseRate', () => {
  it('asks whether a bare 1 means 1%, typed as text or held in a number cell', () => {
    const question = { ok: false, message: 'discount rate 1 is 100% a year: did you mean 1%? Enter it as 1% or 0.01' };
    expect(rate(1)).toEqual(question);
    expect(rate('1')).toEqual(question);
    expect(rate('1.0')).toEqual(question);
  });

  it('reads 1% and 3.5% as shares, and takes 100% as written with its sign', () => {
    expect(rate('1%')).toEqual({ ok: true, value: 0.01 });
    expect(rate('3.5%')).toEqual({ ok: true, value: 0.035 });
    expect(rate(0.035)).toEqual({ ok: true, value: 0.035 });
    expect(rate('100%')).toEqual({ ok: true, value: 1 });
  });

  it('asks about a bare 3.5 as a share does', () => {
    expect(rate('3.5')).toEqual({
      ok: false,
      message: 'discount rate 3.5 is over 100%: did you mean 3.5%? Enter it as 3.5% or 0.035',
    });
  });
});

describe('currencyOf', () => {
  it('names the currency of a sign or code, and none for a bare amount', () => {
    expect(currencyOf('$1,000')).toBe('USD');
    expect(currencyOf('€500')).toBe('EUR');
    expect(currencyOf('£1,200.50')).toBe('GBP');
    expect(currencyOf('1000 usd')).toBe('USD');
    expect(currencyOf('1,000')).toBeNull();
  });
});

describe('parseWhole', () => {
  it('reads "10,000" but not "1,0,0" or 2.5', () => {
    expect(parseWhole(readCell('10,000'), 'draws', 1, 1e6, 'a whole number')).toEqual({ ok: true, value: 10000 });
    expect(parseWhole(readCell('1,0,0'), 'draws', 1, 1e6, 'a whole number').ok).toBe(false);
    expect(parseWhole(readCell('2.5'), 'draws', 1, 1e6, 'a whole number').ok).toBe(false);
  });
});
