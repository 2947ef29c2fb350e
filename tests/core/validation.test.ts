import { evaluate, findProblems, SroiValidationError, validateEvaluation, type Evaluation } from '@sroi/core';
import { evaluationWith, outcome, workedCheck } from './fixtures';

/** Runs evaluate on something invalid and returns the error it throws. */
function rejection(evaluation: unknown): SroiValidationError {
  try {
    evaluate(evaluation as Evaluation);
  } catch (error) {
    if (error instanceof SroiValidationError) return error;
    throw error;
  }
  throw new Error('evaluate accepted an invalid evaluation');
}

const paths = (evaluation: unknown) => findProblems(evaluation).map((p) => p.path);

describe('validation', () => {
  it('accepts the worked check and returns it unchanged', () => {
    expect(validateEvaluation(workedCheck)).toBe(workedCheck);
    expect(findProblems(workedCheck)).toEqual([]);
  });

  it('reports every problem at once, each with its path, value and what is valid', () => {
    const error = rejection({
      name: '',
      currency: 'pounds',
      discount: { rate: 3.5 },
      reductions: 'subtractive',
      stakeholders: [
        { id: 'people', name: 'Participants' },
        { id: 'people', name: 'Again' },
      ],
      inputs: [{ description: 'Grant', amount: '', stakeholder: 'council' }],
      outcomes: [
        {
          id: 'a',
          stakeholder: 'nobody',
          description: 'Wellbeing',
          quantity: Number.NaN,
          proxy: { value: Number.POSITIVE_INFINITY },
          deadweight: 20,
          displacement: '20%',
          attribution: 0.9,
          duration: 2.5,
          quantityByYear: [1, 2],
          dropOff: 0.1,
          dropoff: 0.1,
        },
        {
          id: 'a',
          stakeholder: 'people',
          description: 'Skills',
          proxy: { value: '1,000' },
          duration: 0,
          deadweight: 0.5,
          displacement: 0.4,
          attribution: 0.3,
        },
      ],
    });
    expect(error.problems.length).toBeGreaterThanOrEqual(17);
    expect(error.message).toMatchSnapshot();
    expect(error.problems).toMatchSnapshot();
  });

  it('hints that 20 was meant as 20%', () => {
    const [problem] = findProblems(evaluationWith([outcome({ id: 'a', deadweight: 20 })]));
    expect(problem?.path).toBe('outcomes[0].deadweight');
    expect(problem?.value).toBe(20);
    expect(problem?.message).toContain('Did you mean 20%? Write 0.2');
  });

  it('rejects a subtractive sum over 100%', () => {
    const evaluation = evaluationWith([outcome({ id: 'a', deadweight: 0.5, displacement: 0.3, attribution: '0.3' })], {
      reductions: 'subtractive',
    });
    expect(findProblems(evaluation).map((p) => p.message)).toEqual([
      'deadweight + displacement + attribution is 110%, over 100%, which subtractive reductions cannot take; lower them or use multiplicative reductions',
    ]);
    expect(findProblems({ ...evaluation, reductions: 'multiplicative' })).toEqual([]);
  });

  it.each([
    ['zero', 0],
    ['a fraction', 1.5],
    ['negative', -2],
    ['text', '3'],
  ])('rejects a duration that is %s', (_, duration) => {
    expect(paths(evaluationWith([outcome({ id: 'a', duration: duration as number })]))).toEqual([
      'outcomes[0].duration',
    ]);
  });

  it('rejects an unknown stakeholder, naming the known ones', () => {
    const [problem] = findProblems(evaluationWith([outcome({ id: 'a', stakeholder: 'carers' })]));
    expect(problem?.message).toBe('stakeholder "carers" is not in the stakeholders list; known stakeholders: "people"');
  });

  it('rejects ids that differ only in capitals, which a spreadsheet would treat as one', () => {
    const evaluation = evaluationWith([outcome({ id: 'a' })], {
      stakeholders: [
        { id: 'people', name: 'Participants' },
        { id: 'People', name: 'Also participants' },
      ],
    });
    expect(findProblems(evaluation).map((p) => [p.path, p.message])).toEqual([
      [
        'stakeholders[1].id',
        'stakeholder id "People" differs from "people" only in capitals; spreadsheets treat them as the same, so ids must differ in more than case',
      ],
    ]);
  });

  it('rejects duplicate outcome ids', () => {
    expect(paths(evaluationWith([outcome({ id: 'a' }), outcome({ id: 'a' })]))).toEqual(['outcomes[1].id']);
  });

  it('rejects quantityByYear with drop-off, or with a different duration', () => {
    const withDropOff = outcome({ id: 'a', quantity: undefined, quantityByYear: [1, 2], duration: 2, dropOff: 0.2 });
    expect(paths(evaluationWith([withDropOff]))).toEqual(['outcomes[0].dropOff']);
    const tooShort = outcome({ id: 'a', quantity: undefined, quantityByYear: [1, 2], duration: 3 });
    expect(paths(evaluationWith([tooShort]))).toEqual(['outcomes[0].quantityByYear']);
  });

  it.each([
    ['NaN', Number.NaN, 'got NaN (not a number)'],
    ['Infinity', Number.POSITIVE_INFINITY, 'which is infinite'],
    ['an empty string', '', 'got an empty string'],
    ['words', 'lots', 'got "lots"'],
  ])('rejects %s for a number', (_, quantity, words) => {
    const [problem] = findProblems(evaluationWith([outcome({ id: 'a', quantity: quantity as number })]));
    expect(problem?.path).toBe('outcomes[0].quantity');
    expect(problem?.message).toContain(words);
    expect(problem?.message).toContain('must be a number, 0 or more');
  });

  it('rejects amounts too large to be money, which would overflow as numbers', () => {
    const [problem] = findProblems(evaluationWith([outcome({ id: 'a', proxy: { value: '1e400' } })]));
    expect(problem).toEqual({
      path: 'outcomes[0].proxy.value',
      value: '1e400',
      message: 'financial proxy must be at most 1,000,000,000,000,000 either side of zero; got "1e400"',
    });
  });

  it('rejects a list of rates shorter than the years it must discount', () => {
    const evaluation = { ...workedCheck, discount: { rates: [0.035, 0.035] } };
    expect(findProblems(evaluation).map((p) => p.message)).toEqual([
      'discount.rates has 2 rates but the evaluation discounts 3 years; give one rate per year, year 1 first',
    ]);
    expect(findProblems({ ...evaluation, timing: 'start-of-year' })).toEqual([]);
  });

  it('rejects unknown fields, listing the valid ones, so typos are caught', () => {
    const [problem] = findProblems({ ...workedCheck, discountRate: 0.035 });
    expect(problem?.message).toMatch(/^unknown field "discountRate"; valid fields are name, currency, kind/);
  });

  it('rejects things that are not an evaluation at all', () => {
    expect(findProblems(null).map((p) => p.message)).toEqual(['the evaluation must be an object; got null']);
    expect(paths({})).toEqual(['name', 'stakeholders', 'inputs', 'outcomes']);
  });
});
