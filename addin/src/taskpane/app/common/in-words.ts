/**
 * An error from Excel or the engine in a commissioner's words: what happened
 * and what to do, never a stack or an internal name.
 */
import { SroiCancelledError, SroiOptionsError, SroiValidationError } from '@sroi/core';

/** What Office.js error codes mean to the person at the keyboard. */
const EXCEL_CODES: Readonly<Record<string, string>> = {
  RequestPayloadSizeLimitExceeded:
    'The workbook refused this much at once (Excel on the web takes at most 5 MB per request). Try fewer outcomes, or Excel on the desktop.',
  EditModeCellEditing: 'A cell is being edited in Excel. Press Enter or Esc in the cell, then try again.',
  ItemAlreadyExists: 'The workbook already has a sheet or name with that name. Try again: the add-in picks new names.',
  AccessDenied:
    'The workbook is protected or read-only here. Unprotect it, or save a copy you can edit, then try again.',
  InvalidOperationInCellEditMode: 'A cell is being edited in Excel. Press Enter or Esc in the cell, then try again.',
  ItemNotFound:
    'Something the add-in needed in the workbook was not there (a sheet may have been renamed or deleted). Try again.',
  ApiNotFound: 'This version of Excel cannot do this. Update Excel, or use Excel on the web.',
  // What getSelectedRange throws when several separate areas are selected ("The current selection
  // is invalid for this operation"); only reading the selection asks Excel for it.
  InvalidSelection: 'Select one block of cells (not several separate areas), then press Read selection.',
};

/** The add-in's own errors, whose messages are already written for the commissioner. */
const WORDED = new Set([
  'SelectionTooBigError',
  'SheetNotOursError',
  'SheetNameTakenError',
  'OutsidePlanError',
  'CannotWriteError',
]);

/**
 * The message to show for an error thrown by Excel, the reader or the engine.
 *
 * @example
 * ```ts
 * inWords({ code: 'EditModeCellEditing', message: '…' }); //=> 'A cell is being edited in Excel. …'
 * ```
 */
export function inWords(error: unknown): string {
  if (error instanceof SroiCancelledError) return 'Cancelled; nothing was changed.';
  if (error instanceof SroiValidationError || error instanceof SroiOptionsError) {
    const problems = error.problems.map((problem) => problem.message);
    return `The evaluation cannot be calculated: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? '; …' : ''}.`;
  }
  if (typeof error === 'object' && error !== null) {
    const { code, message, name } = error as { code?: unknown; message?: unknown; name?: unknown };
    if (typeof code === 'string' && EXCEL_CODES[code] !== undefined) return EXCEL_CODES[code];
    if (typeof name === 'string' && WORDED.has(name) && typeof message === 'string') return firstLine(message);
    if (typeof message === 'string' && message.trim() !== '') {
      return `Excel or the add-in stopped before finishing: ${firstLine(message)} Try again; if it happens again, close the pane and open it again.`;
    }
  }
  return 'Something went wrong before the add-in finished. Try again; if it happens again, close the pane and open it again.';
}

/** The first line of a message, with a full stop, so no stack or detail dump reaches the screen. */
function firstLine(message: string): string {
  const line = message.split('\n')[0]?.trim() ?? '';
  return /[.!?]$/.test(line) ? line : `${line}.`;
}
