import {
  findCatalogueProblems,
  findPriceIndexProblems,
  priceCatalogue,
  SroiValidationError,
  upliftValue,
  validateCatalogue,
} from '@sroi/core';
import { catalogue, deflator } from './fixtures';

describe('upliftValue', () => {
  it('moves 1,000 from 2020 prices (index 80) to 2025 prices (index 100): 1,250', () => {
    const uplift = upliftValue(1000, 2020, 2025, deflator);
    expect(uplift.value.toString()).toBe('1250');
    expect(uplift.factor.toString()).toBe('1.25');
    expect([uplift.fromIndex?.toString(), uplift.toIndex?.toString(), uplift.index]).toEqual([
      '80',
      '100',
      'Test deflator',
    ]);
  });

  it('deflates as well: 1,000 in 2025 prices is 800 in 2020 prices', () => {
    expect(upliftValue(1000, 2025, 2020, deflator).value.toString()).toBe('800');
  });

  it('is exact where a float is not: 0.1 x 84 / 80 is 0.105', () => {
    expect(upliftValue('0.1', 2020, 2021, deflator).value.toString()).toBe('0.105');
    expect((0.1 * 84) / 80).not.toBe(0.105);
  });

  it('needs no index when the years are the same', () => {
    const same = upliftValue(42, 2024, 2024);
    expect([same.value.toString(), same.factor.toString(), same.index]).toEqual(['42', '1', null]);
  });

  it('names the missing year and the years the index covers', () => {
    expect(() => upliftValue(1000, 2019, 2025, deflator)).toThrow(
      'the index "Test deflator" has no value for 2019; it covers 2020–2021 and 2024–2025',
    );
  });

  it('asks for an index when the years differ and none is given', () => {
    expect(() => upliftValue(1000, 2020, 2025)).toThrow(/give a price index/);
  });

  it('refuses a bad value and bad years, all at once', () => {
    try {
      upliftValue('1,000', 20, 2025.5, deflator);
      throw new Error('expected a problem');
    } catch (error) {
      expect(error).toBeInstanceOf(SroiValidationError);
      expect((error as SroiValidationError).problems.map((p) => p.path)).toEqual(['value', 'fromYear', 'toYear']);
    }
  });
});

describe('findPriceIndexProblems', () => {
  it('names a year given twice and an index of 0', () => {
    const index = {
      name: 'X',
      values: [
        { year: 2020, index: 0 },
        { year: 2020, index: 90 },
      ],
    };
    expect(findPriceIndexProblems(index).map((p) => p.path)).toEqual(['values[0].index', 'values[1].year']);
  });

  it('refuses an empty index and unknown fields', () => {
    expect(findPriceIndexProblems({ name: 'X', values: [], base: 2020 }).map((p) => p.path)).toEqual(['', 'values']);
  });
});

describe('priceCatalogue', () => {
  it('prices every measure in the price base with its uplift', () => {
    const priced = priceCatalogue(catalogue, { year: 2025, index: deflator });
    expect(priced.measures.map((m) => [m.measure.code, m.proxy.toString(), m.uplift.factor.toString()])).toEqual([
      ['EMP-1', '1250', '1.25'],
      ['VOL-1', '17.5', '1.041666666666666666666666666666667'],
      ['CO2-1', '250', '1'],
    ]);
    expect(priced.pricing).toEqual({ catalogue: 'Test framework', priceYear: 2025, index: 'Test deflator' });
  });

  it('defaults the price base to the latest price year, and then needs an index for older measures', () => {
    try {
      priceCatalogue(catalogue);
      throw new Error('expected a problem');
    } catch (error) {
      const problems = (error as SroiValidationError).problems;
      expect(problems.map((p) => p.path)).toEqual(['measures[0].priceYear', 'measures[1].priceYear']);
      expect(problems[0]?.message).toContain('in 2020 prices and the price base is 2025');
    }
  });
});

describe('findCatalogueProblems', () => {
  it('accepts the test catalogue', () => {
    expect(validateCatalogue(catalogue)).toBe(catalogue);
  });

  it('names every problem in a bad measure at once', () => {
    const bad = {
      name: 'Bad',
      measures: [
        { ...catalogue.measures[0], code: 'EMP-1' },
        { ...catalogue.measures[0], domain: 'Economic', proxy: '£1,000', priceYear: 24, source: '' },
      ],
    };
    const problems = findCatalogueProblems(bad);
    expect(problems.map((p) => p.path)).toEqual([
      'measures[1].code',
      'measures[1].domain',
      'measures[1].source',
      'measures[1].proxy',
      'measures[1].priceYear',
    ]);
    expect(problems[0]?.message).toContain('already used by measures[0]');
  });
});

describe('problems carry the value found at their path', () => {
  it('gives the index for a missing index year, and the price year for an unpriceable measure', () => {
    const index = { name: 'Short', values: [{ year: 2025, index: 100 }] };
    try {
      upliftValue(100, 2020, 2025, index);
    } catch (error) {
      expect((error as SroiValidationError).problems[0]?.value).toBe(index);
    }
    try {
      priceCatalogue(catalogue, { year: 2025, index });
    } catch (error) {
      expect((error as SroiValidationError).problems.map((p) => p.value)).toEqual([2020, 2024]);
    }
    expect.assertions(2);
  });
});
