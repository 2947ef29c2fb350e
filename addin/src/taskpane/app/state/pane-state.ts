/**
 * What the task pane holds: which page is shown, the wizard's draft, what was
 * read from a selection and what was evaluated. Plain data, changed only by
 * `paneReducer`, so every transition can be tested without a DOM or Excel.
 */
import type { Evaluation, EvaluationResult } from '@sroi/core';
import type { ColumnMapping, ReadResult } from '@sroi/workbook';
import type { SelectionRead } from '../../excel/read-selection.js';
import type { WizardStep } from '../../model/check-draft.js';
import { emptyDraft, type EvaluationDraft } from '../../model/draft.js';
import { initialTenderState, type TenderState } from '../tender/tender-state.js';

/** The pages, as a state machine (the pane has no router). */
export type Page = 'home' | 'wizard' | 'sheet' | 'results' | 'sensitivity' | 'tender' | 'tender-results';

/** A selection read from Excel and how the one reader read it. */
export interface SheetRead {
  readonly selection: SelectionRead;
  /** The user's corrections as the reader's column mapping; null until one is made. */
  readonly columns: ColumnMapping | null;
  readonly read: ReadResult;
}

/** An evaluation with its exact result, ready to show, write and test for sensitivity. */
export interface Evaluated {
  readonly evaluation: Evaluation;
  readonly result: EvaluationResult;
  /** Where it was read, e.g. `Sheet1!B3:K20`; null when it came from the wizard. */
  readonly source: string | null;
  /** What year 1 is called ("2024/25"), to name the years; '' when not known. */
  readonly firstYear: string;
  /** The sheet the workbook shows after the wizard wrote it, so the results can say it was written. */
  readonly written?: string;
}

export interface PaneState {
  readonly page: Page;
  /**
   * True once the user has moved between pages: only then does focus move to
   * the new page's heading (on first load the pane must not take focus from Excel).
   */
  readonly navigated: boolean;
  readonly draft: EvaluationDraft;
  /** Index into WIZARD_STEPS. */
  readonly step: number;
  /** Steps whose errors are shown: a step's errors appear once the user presses Next on it. */
  readonly checkedSteps: readonly WizardStep[];
  readonly sheet: SheetRead | null;
  readonly evaluated: Evaluated | null;
  /** Score a tender: its draft, what was read and what was scored. */
  readonly tender: TenderState;
}

/** The pane as it first opens: the home page with an empty draft. */
export function initialPaneState(): PaneState {
  return {
    page: 'home',
    navigated: false,
    draft: emptyDraft(),
    step: 0,
    checkedSteps: [],
    sheet: null,
    evaluated: null,
    tender: initialTenderState(),
  };
}
