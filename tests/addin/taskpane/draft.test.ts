// The wizard's draft: blank rows with keys no row has, and edits that leave the draft as it was.
import {
  emptyDraft,
  exampleDraft,
  newInput,
  newOutcome,
  newStakeholder,
  removeRow,
  setField,
  addRow,
} from '../../../addin/src/taskpane/model/draft';

describe('the draft', () => {
  it('starts empty with the Green Book rate and end-of-year timing', () => {
    expect(emptyDraft().scope).toMatchObject({ rate: '3.5%', timing: 'end-of-year', discount: 'constant' });
  });

  it('gives a new row a key no row had, even after a row is removed', () => {
    let draft = exampleDraft();
    draft = addRow(draft, 'outcomes', newOutcome(draft));
    draft = addRow(draft, 'outcomes', newOutcome(draft));
    expect(draft.outcomes.map((o) => o.key)).toEqual(['outcome-1', 'outcome-2', 'outcome-3']);
    draft = removeRow(draft, 'outcomes', 1);
    expect(newOutcome(draft).key).toBe('outcome-4');
    expect(newStakeholder(draft).key).toBe('stakeholder-3');
    expect(newInput(draft).key).toBe('input-2');
  });

  it('gives a new outcome the first stakeholder and a one-year duration starting in year 1', () => {
    expect(newOutcome(exampleDraft())).toMatchObject({ stakeholder: 'stakeholder-1', duration: '1', startYear: '1' });
  });

  it('holds only what the evaluation keeps about a stakeholder: a name, and no notes that would go nowhere', () => {
    expect(newStakeholder(exampleDraft())).toEqual({ key: 'stakeholder-3', name: '' });
    expect(exampleDraft().stakeholders.every((s) => Object.keys(s).sort().join() === 'key,name')).toBe(true);
  });

  it('gives a new input no stakeholder until one is chosen', () => {
    expect(newInput(exampleDraft()).stakeholder).toBe('');
  });

  it('changes one field by its id and leaves the draft it was given unchanged', () => {
    const draft = Object.freeze(exampleDraft());
    const changed = setField(draft, 'outcomes.0.deadweight', '25%');
    expect(changed.outcomes[0]?.deadweight).toBe('25%');
    expect(draft.outcomes[0]?.deadweight).toBe('20%');
    expect(setField(draft, 'scope.rate', '1.5%').scope.rate).toBe('1.5%');
  });

  it('ignores an id that names no field, and never changes a row’s key', () => {
    const draft = exampleDraft();
    expect(setField(draft, 'outcomes.7.deadweight', '1')).toBe(draft);
    expect(setField(draft, 'outcomes.0.colour', '1')).toBe(draft);
    expect(setField(draft, 'outcomes.0.key', 'x')).toBe(draft);
  });
});
