// The wizard's draft, checked: everything as typed, every problem at once, on its field and step.
import { evaluate } from '@sroi/core';
import { checkDraft } from '../../../addin/src/taskpane/model/check-draft';
import { exampleDraft, setField, type EvaluationDraft } from '../../../addin/src/taskpane/model/draft';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

function edit(draft: EvaluationDraft, changes: Record<string, string>): EvaluationDraft {
  return Object.entries(changes).reduce((d, [field, value]) => setField(d, field, value), draft);
}

describe('checkDraft', () => {
  it('turns the example draft into a valid evaluation with no problems', () => {
    const check = checkDraft(deepFreeze(exampleDraft()));
    expect(check.errors).toEqual([]);
    expect(check.evaluation).not.toBeNull();
  });

  it('evaluates the example to the figures of METHOD.md’s worked check, worked out by hand', () => {
    const evaluation = checkDraft(exampleDraft()).evaluation;
    if (evaluation === null) throw new Error('the example should be valid');
    const result = evaluate(evaluation);
    // 100 x 1,000 less 20% deadweight, 10% displacement, 25% attribution; 50% drop-off; 3 years at 3.5%.
    const impact = 100 * 1000 * (1 - 0.2) * (1 - 0.1) * (1 - 0.25);
    const values = [impact, impact * 0.5, impact * 0.25];
    const presentValue = values.reduce((sum, value, index) => sum + value / 1.035 ** (index + 1), 0);
    expect(impact).toBeCloseTo(54000, 9);
    expect(result.presentValue.toNumber()).toBeCloseTo(presentValue, 6);
    expect(result.presentValue.toFixed(2)).toBe('89554.93');
    expect(result.inputsPresentValue.toNumber()).toBe(50000);
    expect(result.ratio?.toNumber()).toBeCloseTo(presentValue / 50000, 12);
    expect(result.paybackMonths?.toNumber()).toBeCloseTo(50000 / (impact / 12), 9);
  });

  it('reads "20%", "0.2" and " 20 %" as the same share, and "£50,000" as 50000', () => {
    for (const typed of ['20%', '0.2', ' 20 %']) {
      const evaluation = checkDraft(edit(exampleDraft(), { 'outcomes.0.deadweight': typed })).evaluation;
      expect(Number(evaluation?.outcomes[0]?.deadweight)).toBe(0.2);
    }
    const evaluation = checkDraft(edit(exampleDraft(), { 'inputs.0.amount': '£50,000' })).evaluation;
    expect(evaluation?.inputs[0]?.amount).toBe(50000);
  });

  it('reports every kind of problem at once, each on its field and wizard step', () => {
    const draft = deepFreeze(
      edit(exampleDraft(), {
        'scope.name': ' ',
        'scope.currency': 'pounds',
        'scope.rate': '3.5',
        'scope.period': 'last year',
        'stakeholders.1.name': 'participants',
        'inputs.0.description': '',
        'inputs.0.amount': '-5',
        'outcomes.0.stakeholder': 'stakeholder-9',
        'outcomes.0.quantity': 'lots',
        'outcomes.0.duration': '2.5',
        'outcomes.0.startYear': '0',
        'outcomes.0.proxyValue': '',
        'outcomes.0.priceYear': '24',
        'outcomes.0.deadweight': '20',
        'outcomes.0.displacement': '-10%',
        'outcomes.0.attribution': '120%',
        'outcomes.0.dropOff': 'half',
      }),
    );
    const check = checkDraft(draft);
    expect(check.evaluation).toBeNull();
    expect(check.errors.map((e) => [e.step, e.field])).toEqual([
      ['scope', 'scope.name'],
      ['scope', 'scope.currency'],
      ['scope', 'scope.rate'],
      ['scope', 'scope.period'],
      ['stakeholders', 'stakeholders.1.name'],
      ['inputs', 'inputs.0.description'],
      ['inputs', 'inputs.0.amount'],
      ['outcomes', 'outcomes.0.stakeholder'],
      ['outcomes', 'outcomes.0.quantity'],
      ['outcomes', 'outcomes.0.duration'],
      ['outcomes', 'outcomes.0.startYear'],
      ['outcomes', 'outcomes.0.proxyValue'],
      ['outcomes', 'outcomes.0.priceYear'],
      ['impact', 'outcomes.0.deadweight'],
      ['impact', 'outcomes.0.displacement'],
      ['impact', 'outcomes.0.attribution'],
      ['impact', 'outcomes.0.dropOff'],
    ]);
    const message = (field: string) => check.errors.find((e) => e.field === field)?.message;
    expect(message('scope.rate')).toBe('Discount rate 3.5 is over 100%: did you mean 3.5%? Enter it as 3.5% or 0.035');
    expect(message('outcomes.0.deadweight')).toBe(
      'Outcome 1: deadweight 20 is over 100%: did you mean 20%? Enter it as 20% or 0.2',
    );
    expect(message('stakeholders.1.name')).toBe(
      'Stakeholder 2: "participants" is already the name of stakeholder 1; give each stakeholder a different name',
    );
    expect(message('outcomes.0.stakeholder')).toBe('Outcome 1: choose the stakeholder who experiences this change');
    expect(message('outcomes.0.proxyValue')).toMatch(/^Outcome 1: financial proxy is blank; enter /);
    // Ranges come from the engine's own rules, mapped back to the field.
    expect(message('outcomes.0.startYear')).toMatch(/^Outcome 1: start year must be a whole number from 1/);
    expect(message('outcomes.0.priceYear')).toMatch(/^Outcome 1: price year must be a four-digit year/);
    expect(check.warnings).toEqual([]);
  });

  it('asks for at least one stakeholder and one outcome', () => {
    const check = checkDraft({ ...exampleDraft(), stakeholders: [], inputs: [], outcomes: [] });
    expect(check.errors.map((e) => [e.step, e.field])).toEqual([
      ['stakeholders', 'stakeholders'],
      ['outcomes', 'outcomes'],
    ]);
  });

  it('puts a subtractive sum over 100% on the outcome’s deadweight, on the impact step', () => {
    const draft = edit(exampleDraft(), { 'scope.reductions': 'subtractive', 'outcomes.0.attribution': '80%' });
    const check = checkDraft(draft);
    expect(check.errors).toHaveLength(1);
    expect(check.errors[0]).toMatchObject({ step: 'impact', field: 'outcomes.0.deadweight' });
    expect(check.errors[0]?.message).toMatch(/^Outcome 1: deadweight \+ displacement \+ attribution is 110%/);
  });

  it('gives the engine’s warnings about unusual values on their fields', () => {
    const draft = edit(exampleDraft(), {
      'outcomes.0.deadweight': '60%',
      'outcomes.0.dropOff': '',
      'outcomes.0.duration': '12',
    });
    const check = checkDraft(draft);
    expect(check.errors).toEqual([]);
    expect(check.warnings.map((w) => [w.step, w.field])).toEqual([
      ['impact', 'outcomes.0.deadweight'],
      ['impact', 'outcomes.0.dropOff'],
      ['outcomes', 'outcomes.0.duration'],
    ]);
    expect(check.warnings[0]?.message).toMatch(/^Outcome 1: deadweight of 60% .* is over 50%/);
  });

  it('puts the warning about no inputs on the inputs step', () => {
    const check = checkDraft({ ...exampleDraft(), inputs: [] });
    expect(check.warnings.find((w) => w.field === 'inputs')?.step).toBe('inputs');
  });

  it('asks whether a discount rate typed as 1 means 1%, as the reader does, rather than discounting at 100%', () => {
    const check = checkDraft(edit(exampleDraft(), { 'scope.rate': '1' }));
    expect(check.evaluation).toBeNull();
    expect(check.errors).toEqual([
      {
        step: 'scope',
        field: 'scope.rate',
        message: 'Discount rate 1 is 100% a year: did you mean 1%? Enter it as 1% or 0.01',
      },
    ]);
    expect(checkDraft(edit(exampleDraft(), { 'scope.rate': '1%' })).evaluation?.discount).toEqual({ rate: 0.01 });
  });

  it('refuses an amount whose sign names another currency than the evaluation’s, on its field', () => {
    const check = checkDraft(
      edit(exampleDraft(), { 'scope.currency': 'GBP', 'inputs.0.amount': '$1,000', 'outcomes.0.proxyValue': '€900' }),
    );
    expect(check.errors).toEqual([
      {
        step: 'inputs',
        field: 'inputs.0.amount',
        message:
          'Input 1: $1,000 is in US dollars but the evaluation is in GBP; type the amount in GBP or change the currency',
      },
      {
        step: 'outcomes',
        field: 'outcomes.0.proxyValue',
        message:
          'Outcome 1: €900 is in euros but the evaluation is in GBP; type the amount in GBP or change the currency',
      },
    ]);
  });

  it('reads an amount whose sign is the evaluation’s own currency', () => {
    const evaluation = checkDraft(
      edit(exampleDraft(), { 'scope.currency': 'usd', 'inputs.0.amount': '$1,000' }),
    ).evaluation;
    expect(evaluation?.inputs[0]?.amount).toBe(1000);
  });

  it('accepts as first year exactly what the results can name years after', () => {
    for (const period of ['2024', '2024/25', '2024-2025', ' 2024 / 25 ']) {
      expect(checkDraft(edit(exampleDraft(), { 'scope.period': period })).errors).toEqual([]);
    }
    for (const period of ['24/25', '2024/5', 'FY2024']) {
      expect(checkDraft(edit(exampleDraft(), { 'scope.period': period })).errors.map((e) => e.field)).toEqual([
        'scope.period',
      ]);
    }
  });

  it('uses the Green Book schedule when chosen, ignoring the rate field', () => {
    const draft = edit(exampleDraft(), { 'scope.discount': 'green-book', 'scope.rate': 'anything' });
    expect(checkDraft(draft).evaluation?.discount).toEqual({ schedule: 'green-book' });
  });
});
