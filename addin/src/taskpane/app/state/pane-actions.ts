/** Everything that can happen in the task pane, as actions for `paneReducer`. */
import type { Evaluation } from '@sroi/core';
import type { SelectionRead } from '../../excel/read-selection.js';
import type { DraftRows } from '../../model/draft.js';
import type { TenderAction } from '../tender/tender-actions.js';

export type PaneAction =
  /** Home: start the wizard with an empty draft, or with the example filled in. */
  | { readonly type: 'new-evaluation' }
  | { readonly type: 'open-example' }
  /** Home: read a value map selected in Excel. */
  | { readonly type: 'evaluate-sheet' }
  /** Wizard: one field typed or chosen, by field id (`scope.rate`, `outcomes.2.deadweight`). */
  | { readonly type: 'edit'; readonly field: string; readonly value: string }
  | { readonly type: 'add-row'; readonly rows: DraftRows }
  | { readonly type: 'remove-row'; readonly rows: DraftRows; readonly index: number }
  | { readonly type: 'next' }
  /** Wizard: go straight to a step (from the review's list of what is missing). */
  | { readonly type: 'go-to-step'; readonly index: number }
  /** Back one wizard step, or from a page to the one it came from. */
  | { readonly type: 'back' }
  /** Wizard: the draft was written to the workbook (showing `sheet`); show its results. */
  | { readonly type: 'written'; readonly evaluation: Evaluation; readonly sheet?: string }
  /** Evaluate my sheet: a selection was read from Excel. */
  | { readonly type: 'selection-read'; readonly selection: SelectionRead }
  /** Evaluate my sheet: column `letter` holds `field` (null: not used). */
  | { readonly type: 'correct-column'; readonly letter: string; readonly field: string | null }
  | { readonly type: 'evaluate' }
  | { readonly type: 'sensitivity' }
  | { readonly type: 'start-again' }
  /** Score a tender (its own pages: see tender-actions.ts). */
  | TenderAction;
