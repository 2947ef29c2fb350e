/**
 * What the "Score a tender" pages hold: the draft as typed, whether its errors
 * are shown yet, what reading a sheet found, and the scored tender. Plain
 * data, changed only by `tenderReducer`.
 */
import type { Tender, TenderResult } from '@sroi/core';
import { emptyTender, type TenderDraft } from '../../model/tender-draft.js';
import type { TenderSheetRead } from '../../model/tender-read.js';

/** A tender with its exact result, ready to show and write. */
export interface ScoredTender {
  readonly tender: Tender;
  readonly result: TenderResult;
}

export interface TenderState {
  readonly draft: TenderDraft;
  /** True once Score was pressed: from then on every error is shown beside its field (warnings always are). */
  readonly checked: boolean;
  /** Changes each time Score is refused, so the list of errors takes focus and the refusal is heard. */
  readonly refused: number;
  /** What reading the selection found; null until it is read. */
  readonly read: TenderSheetRead | null;
  readonly scored: ScoredTender | null;
}

/** The tender pages as they first open: two empty bids, nothing checked. */
export function initialTenderState(): TenderState {
  return { draft: emptyTender(), checked: false, refused: 0, read: null, scored: null };
}
