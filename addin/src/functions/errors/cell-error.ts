/**
 * Which spreadsheet error a failure becomes at the Excel edge:
 * - `value`: a wrong argument (`#VALUE!`, message shown to the user);
 * - `not-available`: a required value is missing, or there is no answer (`#N/A`, message shown);
 * - `division-by-zero`: the result divides by zero (`#DIV/0!`, Excel shows no message);
 * - `number`: the result is too large for a spreadsheet number (`#NUM!`, no message).
 */
export type CellErrorCode = 'value' | 'not-available' | 'division-by-zero' | 'number';

/**
 * The typed error the add-in throws inside; only `atExcelEdge` turns it into a
 * `CustomFunctions.Error`, so everything below the edge runs (and is tested)
 * without Office.
 *
 * @example
 * ```ts
 * throw new CellError('value', 'deadweight must be between 0% and 100%; got 120%');
 * ```
 */
export class CellError extends Error {
  override readonly name = 'CellError';

  constructor(
    readonly code: CellErrorCode,
    message: string,
  ) {
    super(message);
  }
}
