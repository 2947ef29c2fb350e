/// <reference types="custom-functions-runtime" />
import { SroiOptionsError, SroiValidationError } from '@sroi/core';
import { CellError, type CellErrorCode } from './cell-error.js';

/** Excel shows at most this many characters of a custom error message comfortably. */
const MAX_MESSAGE = 250;

/**
 * Runs a custom function's body and turns any failure into the spreadsheet
 * error Excel shows: typed errors keep their code and message, invalid
 * evaluations and options become `#VALUE!` with the engine's messages, and anything
 * unexpected (a programming error) becomes `#VALUE!` too, so no exception ever
 * escapes untyped; that one is also logged with `console.error`, with its stack,
 * so that it can be found in the add-in's developer tools and reported.
 *
 * @example
 * ```ts
 * return atExcelEdge(() => readNumber(quantity, QUANTITY).toNumber());
 * ```
 */
export function atExcelEdge<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    throw toExcelError(error);
  }
}

/** The `CustomFunctions.Error` for an error thrown inside a custom function. */
export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof CellError) return excelError(error.code, error.message);
  if (error instanceof SroiValidationError || error instanceof SroiOptionsError) {
    return excelError('value', error.problems.map((problem) => problem.message).join('; '));
  }
  console.error('SROI add-in: unexpected error in a custom function', error);
  const reason = error instanceof Error ? error.message : String(error);
  return excelError('value', `SROI could not compute this: ${reason}`);
}

/** A `CustomFunctions.Error` of a code, to return inside a spilled table. */
export function excelError(code: CellErrorCode, message: string): CustomFunctions.Error {
  const text = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message;
  switch (code) {
    case 'not-available':
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, text);
    case 'division-by-zero':
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
    case 'number':
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
    case 'value':
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, text);
  }
}
