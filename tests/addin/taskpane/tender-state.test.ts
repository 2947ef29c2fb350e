// The "Score a tender" pages in the pane's state machine: open, edit, refuse with errors, score, back.
import { paneReducer } from '../../../addin/src/taskpane/app/state/pane-reducer';
import { initialPaneState, type PaneState } from '../../../addin/src/taskpane/app/state/pane-state';
import type { PaneAction } from '../../../addin/src/taskpane/app/state/pane-actions';
import type { SelectionRead } from '../../../addin/src/taskpane/excel/read-selection';

/** The worked example's bids selected in B2:E4 of 'My bids', with A's price as given. */
function bidsSelected(priceOfA: unknown): SelectionRead {
  const cells = [
    [],
    [null, 'Bidder', 'Price', 'Quality score', 'Social value offer'],
    [null, 'A', priceOfA, 80, 50000],
    [null, 'B', 8000, 70, 20000],
  ];
  return { sheet: 'My bids', address: 'B2:E4', grid: { name: 'My bids', cells }, errorCells: [] };
}

const WORKED: Record<string, string> = {
  'weights.price': '60',
  'weights.quality': '30',
  'weights.socialValue': '10',
  'bids.0.bidder': 'A',
  'bids.0.price': '£10,000',
  'bids.0.quality': '80',
  'bids.0.socialValue': '£50,000',
  'bids.1.bidder': 'B',
  'bids.1.price': '£8,000',
  'bids.1.quality': '70',
  'bids.1.socialValue': '£20,000',
};

function run(state: PaneState, ...actions: PaneAction[]): PaneState {
  return actions.reduce(paneReducer, state);
}

const typed = (fields: Record<string, string>): PaneAction[] =>
  Object.entries(fields).map(([field, value]) => ({ type: 'tender-edit', field, value }));

describe('the tender pages’ states', () => {
  it('opens Score a tender from home with two empty bids and no errors shown', () => {
    const state = run(initialPaneState(), { type: 'score-tender' });
    expect(state.page).toBe('tender');
    expect(state.navigated).toBe(true);
    expect(state.tender.draft.bids).toHaveLength(2);
    expect(state.tender.checked).toBe(false);
  });

  it('stays on the page when Score is pressed with errors, showing them and counting the refusal', () => {
    const state = run(initialPaneState(), { type: 'score-tender' }, { type: 'tender-score' }, { type: 'tender-score' });
    expect(state.page).toBe('tender');
    expect(state.tender.checked).toBe(true);
    expect(state.tender.refused).toBe(2);
    expect(state.tender.scored).toBeNull();
  });

  it('scores the worked example and shows the results, B first; Back returns to the bids as typed', () => {
    const scored = run(initialPaneState(), { type: 'score-tender' }, ...typed(WORKED), { type: 'tender-score' });
    expect(scored.page).toBe('tender-results');
    expect(scored.tender.scored?.result.ranking).toEqual(['B', 'A']);
    const back = run(scored, { type: 'back' });
    expect(back.page).toBe('tender');
    expect(back.tender.draft.bids[1]?.price).toBe('£8,000');
    expect(run(back, { type: 'back' }).page).toBe('home');
  });

  it('forgets the scores once a bid changes, so the results never show figures the page no longer holds', () => {
    const scored = run(initialPaneState(), { type: 'score-tender' }, ...typed(WORKED), { type: 'tender-score' });
    const edited = run(scored, { type: 'back' }, { type: 'tender-edit', field: 'bids.0.price', value: '9000' });
    expect(edited.tender.scored).toBeNull();
    expect(run(edited, { type: 'tender-add-bid' }).tender.draft.bids).toHaveLength(3);
    expect(run(edited, { type: 'tender-remove-bid', index: 0 }).tender.draft.bids.map((bid) => bid.bidder)).toEqual([
      'B',
    ]);
  });

  it('keeps what was typed when the commissioner goes home and comes back, and clears it on Start again', () => {
    const typedState = run(initialPaneState(), { type: 'score-tender' }, ...typed(WORKED), { type: 'back' });
    expect(run(typedState, { type: 'score-tender' }).tender.draft.weights.price).toBe('60');
    expect(run(typedState, { type: 'start-again' }).tender.draft.weights.price).toBe('');
  });

  it('fills the bids from a selection read whole, and leaves the page as it was when the selection has a problem', () => {
    const weights = Object.fromEntries(Object.entries(WORKED).filter(([field]) => field.startsWith('weights')));
    const typedState = run(initialPaneState(), { type: 'score-tender' }, ...typed(weights));
    const refused = run(typedState, { type: 'tender-read', selection: bidsSelected('ten') });
    expect(refused.tender.draft).toBe(typedState.tender.draft);
    expect(refused.tender.read?.problems.map((problem) => problem.cell)).toEqual(['C3']);
    const read = run(refused, { type: 'tender-read', selection: bidsSelected(10000) });
    expect(read.tender.read?.problems).toEqual([]);
    expect(read.tender.draft.bids.map((bid) => bid.bidder)).toEqual(['A', 'B']);
    expect(read.tender.draft.weights.price).toBe('60');
    expect(run(read, { type: 'tender-score' }).tender.scored?.result.ranking).toEqual(['B', 'A']);
  });
});
