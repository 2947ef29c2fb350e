/**
 * The "Score a tender" pages' part of the pane's state machine: pure, like
 * `paneReducer`, which hands it the tender actions. Checking and scoring are
 * exact and fast, so they run here.
 */
import { scoreTenders } from '@sroi/core';
import { checkTender } from '../../model/tender-check.js';
import { addBid, removeBid, setTenderField } from '../../model/tender-draft.js';
import { readTenderSelection } from '../../model/tender-read.js';
import type { PaneState } from '../state/pane-state.js';
import type { TenderAction } from './tender-actions.js';
import type { TenderState } from './tender-state.js';

/**
 * The state after a tender action. Never changes `state`.
 *
 * @example
 * ```ts
 * tenderReducer(initialPaneState(), { type: 'score-tender' }).page; //=> 'tender'
 * ```
 */
export function tenderReducer(state: PaneState, action: TenderAction): PaneState {
  const tender = state.tender;
  const withTender = (changes: Partial<TenderState>): PaneState => ({ ...state, tender: { ...tender, ...changes } });
  switch (action.type) {
    case 'score-tender':
      return { ...state, page: 'tender', navigated: true };
    case 'tender-edit':
      return withTender({ draft: setTenderField(tender.draft, action.field, action.value), scored: null });
    case 'tender-add-bid':
      return withTender({ draft: addBid(tender.draft), scored: null });
    case 'tender-remove-bid':
      return withTender({ draft: removeBid(tender.draft, action.index), scored: null });
    case 'tender-score': {
      const check = checkTender(tender.draft);
      if (check.tender === null) return withTender({ checked: true, refused: tender.refused + 1 });
      const scored = { tender: check.tender, result: scoreTenders(check.tender) };
      return { ...state, page: 'tender-results', navigated: true, tender: { ...tender, checked: true, scored } };
    }
    case 'tender-read': {
      const read = readTenderSelection(action.selection, tender.draft);
      // A sheet read whole replaces what was typed; one with problems leaves it as it was.
      return withTender(read.draft === null ? { read } : { read, draft: read.draft, checked: false, scored: null });
    }
  }
}
