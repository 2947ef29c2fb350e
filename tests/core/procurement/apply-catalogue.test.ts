import { applyCatalogue, evaluate, SroiValidationError, type EvaluationWithMeasures } from '@sroi/core';
import { catalogue, deflator } from './fixtures';

const evaluation: EvaluationWithMeasures = Object.freeze<EvaluationWithMeasures>({
  name: 'Employment support',
  stakeholders: [{ id: 'residents', name: 'Residents' }],
  inputs: [{ description: 'Grant', amount: 1000 }],
  outcomes: [
    {
      id: 'jobs',
      stakeholder: 'residents',
      description: 'Into work',
      quantity: 2,
      proxy: { measure: 'EMP-1' },
      duration: 1,
    },
    { id: 'other', stakeholder: 'residents', description: 'Other', quantity: 1, proxy: { value: 100 }, duration: 1 },
  ],
});

describe('applyCatalogue', () => {
  it('fills a proxy that names a measure with its value in the price base', () => {
    const applied = applyCatalogue(evaluation, catalogue, { year: 2025, index: deflator });
    expect(applied.outcomes[0]?.proxy).toEqual({
      description: 'Local people employed on the contract',
      unit: 'person-year',
      source: 'Illustrative',
      value: '1250',
      year: 2025,
      measure: 'EMP-1',
    });
    expect(applied.outcomes[0]?.domain).toBe('economic');
    expect(applied.outcomes[1]).toBe(evaluation.outcomes[1]);
  });

  it('makes the result say which catalogue and price base it used', () => {
    const result = evaluate(applyCatalogue(evaluation, catalogue, { year: 2025, index: deflator }));
    // 2 x 1,250 / 1.035 + 100 / 1.035 = 2,512.08…
    expect(result.presentValue.toFixed(2)).toBe((2600 / 1.035).toFixed(2));
    expect(result.settings.pricing).toEqual({ catalogue: 'Test framework', priceYear: 2025, index: 'Test deflator' });
  });

  it('returns an evaluation that names no measure as it is, without pricing', () => {
    const plain = { ...evaluation, outcomes: [evaluation.outcomes[1]!] };
    expect(applyCatalogue(plain, catalogue)).toBe(plain);
    expect('pricing' in evaluate(applyCatalogue(plain, catalogue)).settings).toBe(false);
  });

  it('names an unknown code at the outcome', () => {
    const bad = { ...evaluation, outcomes: [{ ...evaluation.outcomes[0]!, proxy: { measure: 'NOPE' } }] };
    expect(() => applyCatalogue(bad, catalogue, { year: 2025, index: deflator })).toThrow(
      /outcomes\[0\]\.proxy\.measure: unknown measure code "NOPE"/,
    );
  });

  it('refuses a value that disagrees with the catalogue, and keeps one that agrees', () => {
    const both = (value: number) => ({
      ...evaluation,
      outcomes: [{ ...evaluation.outcomes[0]!, proxy: { measure: 'EMP-1', value } }],
    });
    expect(() => applyCatalogue(both(1000), catalogue, { year: 2025, index: deflator })).toThrow(SroiValidationError);
    expect(applyCatalogue(both(1250), catalogue, { year: 2025, index: deflator }).outcomes[0]?.proxy.value).toBe(
      '1250',
    );
  });

  it('is refused by evaluate when the catalogue was not applied', () => {
    expect(() => evaluate(evaluation as never)).toThrow(/outcomes\[0\]\.proxy\.value/);
  });
});

describe('applyCatalogue and currencies', () => {
  it('refuses a euro catalogue for a map that gives no currency (so pounds)', () => {
    expect(() =>
      applyCatalogue(evaluation, { ...catalogue, currency: 'EUR' }, { year: 2025, index: deflator }),
    ).toThrow('currency: the evaluation is in GBP (the default) but the catalogue "Test framework" is in EUR');
  });
});
