/**
 * The task pane's state machine: a pure function from the state and an action
 * to the next state. Excel and the engine's slow work happen in components,
 * which report back with actions; the reader and `evaluate` are pure and fast,
 * so they run here.
 */
import { evaluate, type Evaluation } from '@sroi/core';
import { fromWorkbook, sheetReference } from '@sroi/workbook';
import { checkDraft } from '../../model/check-draft.js';
import { sheetFindings } from '../sheet/sheet-findings.js';
import {
  addRow,
  emptyDraft,
  exampleDraft,
  newInput,
  newOutcome,
  newStakeholder,
  removeRow,
  setField,
} from '../../model/draft.js';
import type { EvaluationDraft, DraftRows } from '../../model/draft.js';
import type { SelectionRead } from '../../excel/read-selection.js';
import { tenderReducer } from '../tender/tender-reducer.js';
import { correctColumn, correctableTable } from './column-correction.js';
import type { PaneAction } from './pane-actions.js';
import { initialPaneState, type PaneState, type Page } from './pane-state.js';
import { WIZARD_STEPS } from './wizard-steps.js';

/**
 * The state after an action. Never changes `state`.
 *
 * @example
 * ```ts
 * paneReducer(initialPaneState(), { type: 'open-example' }).page; //=> 'wizard'
 * ```
 */
export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'new-evaluation':
      return startWizard(state, emptyDraft());
    case 'open-example':
      return startWizard(state, exampleDraft());
    case 'evaluate-sheet':
      return { ...go(state, 'sheet'), sheet: null };
    case 'edit':
      return { ...state, draft: setField(state.draft, action.field, action.value) };
    case 'add-row':
      return { ...state, draft: addRow(state.draft, action.rows, blankRow(state.draft, action.rows)) };
    case 'remove-row':
      return { ...state, draft: removeRow(state.draft, action.rows, action.index) };
    case 'next':
      return next(state);
    case 'go-to-step':
      return goToStep(state, action.index);
    case 'back':
      return back(state);
    case 'written':
      return withWritten(showResults(state, action.evaluation, null, state.draft.scope.period), action.sheet);
    case 'selection-read':
      return {
        ...state,
        sheet: {
          selection: action.selection,
          columns: null,
          read: fromWorkbook([action.selection.grid], { defaultName: action.selection.sheet }),
        },
      };
    case 'correct-column':
      return correct(state, action.letter, action.field);
    case 'evaluate':
      // The same rule as the Evaluate button: no evaluation while an error cell sits in a column read.
      return state.sheet?.read.evaluation == null || !sheetFindings(state.sheet.selection, state.sheet.read).canEvaluate
        ? state
        : showResults(state, state.sheet.read.evaluation, sourceOf(state.sheet.selection), '');
    case 'sensitivity':
      return state.evaluated === null ? state : go(state, 'sensitivity');
    case 'start-again':
      return { ...initialPaneState(), navigated: true };
    case 'score-tender':
    case 'tender-edit':
    case 'tender-add-bid':
    case 'tender-remove-bid':
    case 'tender-score':
    case 'tender-read':
      return tenderReducer(state, action);
  }
}

function go(state: PaneState, page: Page): PaneState {
  return { ...state, page, navigated: true };
}

function startWizard(state: PaneState, draft: EvaluationDraft): PaneState {
  return { ...go(state, 'wizard'), draft, step: 0, checkedSteps: [] };
}

function blankRow(draft: EvaluationDraft, rows: DraftRows) {
  if (rows === 'stakeholders') return newStakeholder(draft);
  if (rows === 'inputs') return newInput(draft);
  return newOutcome(draft);
}

/** Next shows the step's errors; it moves on only when the step has none. */
function next(state: PaneState): PaneState {
  const current = WIZARD_STEPS[state.step];
  if (current === undefined || state.step >= WIZARD_STEPS.length - 1) return state;
  const checkedSteps = state.checkedSteps.includes(current.step)
    ? state.checkedSteps
    : [...state.checkedSteps, current.step];
  const blocked = checkDraft(state.draft).errors.some((error) => error.step === current.step);
  return blocked ? { ...state, checkedSteps } : { ...state, checkedSteps, step: state.step + 1, navigated: true };
}

function back(state: PaneState): PaneState {
  switch (state.page) {
    case 'wizard':
      return state.step > 0 ? { ...state, step: state.step - 1, navigated: true } : go(state, 'home');
    case 'sensitivity':
      return go(state, 'results');
    case 'tender-results':
      return go(state, 'tender');
    default:
      return go(state, 'home');
  }
}

function showResults(state: PaneState, evaluation: Evaluation, source: string | null, firstYear: string): PaneState {
  return { ...go(state, 'results'), evaluated: { evaluation, result: evaluate(evaluation), source, firstYear } };
}

/** The results, saying which sheet the wizard's write left showing (the wizard's own status goes with it). */
function withWritten(state: PaneState, sheet: string | undefined): PaneState {
  return sheet === undefined || state.evaluated === null
    ? state
    : { ...state, evaluated: { ...state.evaluated, written: sheet } };
}

/** Straight to a step (from the review), showing its errors at once. */
function goToStep(state: PaneState, index: number): PaneState {
  const target = WIZARD_STEPS[index];
  if (target === undefined) return state;
  const checkedSteps = state.checkedSteps.includes(target.step)
    ? state.checkedSteps
    : [...state.checkedSteps, target.step];
  return { ...state, step: index, checkedSteps, navigated: true };
}

function correct(state: PaneState, letter: string, field: string | null): PaneState {
  const sheet = state.sheet;
  const impactMap = sheet === null ? null : correctableTable(sheet.selection, sheet.read);
  if (sheet === null || impactMap === null) return state;
  const mapping = correctColumn(impactMap, letter, field);
  const read = fromWorkbook([sheet.selection.grid], { columns: mapping, defaultName: sheet.selection.sheet });
  return { ...state, sheet: { selection: sheet.selection, columns: mapping, read } };
}

/** Where the evaluation was read, as Excel writes a reference: `Sheet1!B3:K20`, `'My map'!B3:K20`. */
function sourceOf(selection: SelectionRead): string {
  return `${sheetReference(selection.sheet)}!${selection.address}`;
}
