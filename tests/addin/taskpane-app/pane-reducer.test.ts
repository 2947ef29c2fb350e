/**
 * The task pane's state machine, without a DOM or Excel: which page shows,
 * when Next moves on, and what reading a selection and correcting a column do.
 * Expected figures come from METHOD.md's worked check or are worked out by hand.
 */
import type { SelectionRead } from '../../../addin/src/taskpane/excel/read-selection';
import { checkDraft } from '../../../addin/src/taskpane/model/check-draft';
import { exampleDraft } from '../../../addin/src/taskpane/model/draft';
import { correctColumn } from '../../../addin/src/taskpane/app/state/column-correction';
import type { PaneAction } from '../../../addin/src/taskpane/app/state/pane-actions';
import { paneReducer } from '../../../addin/src/taskpane/app/state/pane-reducer';
import { initialPaneState, type PaneState } from '../../../addin/src/taskpane/app/state/pane-state';
import { shownMessages } from '../../../addin/src/taskpane/app/state/shown-messages';
import { stepLabel } from '../../../addin/src/taskpane/app/state/wizard-steps';

function run(...actions: PaneAction[]): PaneState {
  return actions.reduce(paneReducer, initialPaneState());
}

const next: PaneAction = { type: 'next' };

/** A value map selected at B2:G4 of a sheet called "My map" (row 1 and column A empty). */
function selection(valueHeader: string): SelectionRead {
  const cells = [
    [],
    [null, 'Stakeholder', 'Outcome', 'Quantity', valueHeader, 'Duration', 'Deadweight'],
    [null, 'Patients', 'Improved wellbeing', 100, 1000, 1, '20%'],
    [null, 'Patients', 'Fewer GP visits', 40, 50, 2, 0],
  ];
  return { sheet: 'My map', address: 'B2:G4', grid: { name: 'My map', cells }, errorCells: [] };
}

describe('paneReducer', () => {
  it('opens on the home page without taking focus', () => {
    const state = initialPaneState();
    expect(state.page).toBe('home');
    expect(state.navigated).toBe(false);
  });

  it('opens the example in the wizard at step 1, and moves focus from then on', () => {
    const state = run({ type: 'open-example' });
    expect(state.page).toBe('wizard');
    expect(stepLabel(state.step)).toBe('Step 1 of 6: Scope');
    expect(state.draft).toEqual(exampleDraft());
    expect(state.navigated).toBe(true);
  });

  it('keeps a new evaluation on Scope when Next is pressed without a name, and shows that error', () => {
    const state = run({ type: 'new-evaluation' }, next);
    expect(state.step).toBe(0);
    expect(state.checkedSteps).toEqual(['scope']);
    const shown = shownMessages(checkDraft(state.draft), state.checkedSteps);
    expect(shown['scope.name']?.error).toBeDefined();
  });

  it('shows no error before Next is pressed on a step', () => {
    const state = run({ type: 'new-evaluation' });
    expect(shownMessages(checkDraft(state.draft), state.checkedSteps)['scope.name']).toBeUndefined();
  });

  it('moves on from Scope once the evaluation has a name', () => {
    const state = run({ type: 'new-evaluation' }, { type: 'edit', field: 'scope.name', value: 'Pilot' }, next);
    expect(stepLabel(state.step)).toBe('Step 2 of 6: Stakeholders');
  });

  it('walks the example through all six steps to Review, and Next goes no further', () => {
    const state = run({ type: 'open-example' }, next, next, next, next, next, next);
    expect(stepLabel(state.step)).toBe('Step 6 of 6: Review');
  });

  it('stops at Impact when a deadweight of 120% is typed, on that field', () => {
    const state = run(
      { type: 'open-example' },
      { type: 'edit', field: 'outcomes.0.deadweight', value: '120%' },
      next,
      next,
      next,
      next,
      next,
    );
    expect(stepLabel(state.step)).toBe('Step 5 of 6: Impact');
    const shown = shownMessages(checkDraft(state.draft), state.checkedSteps);
    expect(shown['outcomes.0.deadweight']?.error).toMatch(/deadweight/i);
  });

  it('goes back one step, and from the first step back home', () => {
    expect(run({ type: 'open-example' }, next, next, { type: 'back' }).step).toBe(1);
    expect(run({ type: 'open-example' }, { type: 'back' }).page).toBe('home');
  });

  it('adds an outcome with a key no other outcome has, and removes the one asked for', () => {
    const added = run({ type: 'open-example' }, { type: 'add-row', rows: 'outcomes' });
    const before = exampleDraft().outcomes;
    expect(added.draft.outcomes).toHaveLength(before.length + 1);
    const keys = added.draft.outcomes.map((outcome) => outcome.key);
    expect(new Set(keys).size).toBe(keys.length);
    const removed = paneReducer(added, { type: 'remove-row', rows: 'outcomes', index: 0 });
    expect(removed.draft.outcomes.map((outcome) => outcome.key)).toEqual(keys.slice(1));
  });

  it('goes straight to a step from the review and shows its errors there', () => {
    const state = run({ type: 'new-evaluation' }, { type: 'go-to-step', index: 3 });
    expect(stepLabel(state.step)).toBe('Step 4 of 6: Outcomes');
    expect(state.checkedSteps).toContain('outcomes');
  });

  it("shows the worked check's results once the example is written: £89,554.93 and 1.7911 : 1", () => {
    const evaluation = checkDraft(exampleDraft()).evaluation;
    if (evaluation === null) throw new Error('the example should be valid');
    const state = run({ type: 'open-example' }, { type: 'written', evaluation });
    expect(state.page).toBe('results');
    expect(state.evaluated?.result.presentValue.toFixed(2)).toBe('89554.93');
    expect(state.evaluated?.result.ratio?.toFixed(4)).toBe('1.7911');
    expect(state.evaluated?.source).toBeNull();
  });

  it('opens Sensitivity only when there are results, and Back returns to them', () => {
    expect(run({ type: 'sensitivity' }).page).toBe('home');
    const evaluation = checkDraft(exampleDraft()).evaluation;
    if (evaluation === null) throw new Error('the example should be valid');
    const sensitivity = run({ type: 'written', evaluation }, { type: 'sensitivity' });
    expect(sensitivity.page).toBe('sensitivity');
    expect(paneReducer(sensitivity, { type: 'back' }).page).toBe('results');
  });

  it('starts again on an empty home page', () => {
    const state = run({ type: 'open-example' }, next, { type: 'start-again' });
    expect(state.page).toBe('home');
    expect(state.draft.outcomes).toEqual([]);
  });

  it('reads a selected value map, names the evaluation after its sheet, and evaluates it with the selection as source', () => {
    const read = run({ type: 'evaluate-sheet' }, { type: 'selection-read', selection: selection('Proxy value') });
    expect(read.sheet?.read.problems).toEqual([]);
    const impactMap = read.sheet?.read.mapping.find((table) => table.table === 'impactMap');
    expect(impactMap?.columns.find((column) => column.column === 'E')?.field).toBe('proxyValue');
    const results = paneReducer(read, { type: 'evaluate' });
    expect(results.page).toBe('results');
    expect(results.evaluated?.source).toBe("'My map'!B2:G4");
    expect(results.evaluated?.result.name).toBe('My map');
    // 100 x 1,000 x (1 - 20%) / 1.035 + 40 x 50 / 1.035 + 40 x 50 / 1.035^2 (no drop-off), end-of-year at 3.5%
    const expected = (100 * 1000 * 0.8) / 1.035 + (40 * 50) / 1.035 + (40 * 50) / 1.035 ** 2;
    expect(results.evaluated?.result.presentValue.toNumber()).toBeCloseTo(expected, 6);
  });

  it('does not evaluate a selection that has problems', () => {
    const read = run({ type: 'evaluate-sheet' }, { type: 'selection-read', selection: selection('Worth') });
    expect(read.sheet?.read.evaluation).toBeNull();
    expect(paneReducer(read, { type: 'evaluate' }).page).toBe('sheet');
  });

  it('does not evaluate a selection with an error cell in a column it reads, whatever sends the action', () => {
    const clean = selection('Proxy value');
    const cells = clean.grid.cells.map((row) => [...row]);
    cells[3]![6] = null; // Excel passes the #DIV/0! deadweight of G4 as nothing: alone, it would read as 0%.
    const withError: SelectionRead = {
      ...clean,
      grid: { ...clean.grid, cells },
      errorCells: [{ cell: 'G4', error: '#DIV/0!' }],
    };
    const read = run({ type: 'evaluate-sheet' }, { type: 'selection-read', selection: withError });
    expect(read.sheet?.read.evaluation).not.toBeNull();
    expect(paneReducer(read, { type: 'evaluate' }).page).toBe('sheet');
  });

  it('reads a column under a header nobody knows once the user says it holds the financial proxy', () => {
    const corrected = run(
      { type: 'evaluate-sheet' },
      { type: 'selection-read', selection: selection('Worth') },
      { type: 'correct-column', letter: 'E', field: 'proxyValue' },
    );
    expect(corrected.sheet?.columns?.columns['proxyValue']).toBe('E');
    expect(corrected.sheet?.read.problems).toEqual([]);
    const impactMap = corrected.sheet?.read.mapping.find((table) => table.table === 'impactMap');
    expect(impactMap?.columns.find((column) => column.column === 'E')?.field).toBe('proxyValue');
  });

  it('never changes the state it is given', () => {
    const state = run({ type: 'open-example' });
    const copy = JSON.parse(JSON.stringify(state));
    paneReducer(state, { type: 'edit', field: 'scope.name', value: 'Changed' });
    paneReducer(state, next);
    expect(JSON.parse(JSON.stringify(state))).toEqual(copy);
  });
});

describe('correctColumn', () => {
  const table = {
    table: 'impactMap' as const,
    sheet: 'My map',
    headers: 'B2:G2',
    rows: '3:4',
    columns: [
      { field: 'quantity', column: 'D', header: 'Quantity', how: 'header' as const },
      { field: 'proxyValue', column: 'E', header: 'Proxy value', how: 'header' as const },
      { field: null, column: 'F', header: 'People', how: 'ignored' as const },
    ],
  };

  it('moves a field to the column the user chose, leaving its old column', () => {
    expect(correctColumn(table, 'F', 'quantity')).toEqual({
      sheet: 'My map',
      headerRow: 2,
      columns: { proxyValue: 'E', quantity: 'F' },
    });
  });

  it('drops a column the user marks as not used', () => {
    expect(correctColumn(table, 'E', null).columns).toEqual({ quantity: 'D' });
  });
});
