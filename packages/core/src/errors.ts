/**
 * What kind of problem a {@link SroiError} reports, stable across versions:
 * - `validation`: an evaluation, tender, catalogue or price index is invalid ({@link SroiValidationError});
 * - `options`: a sensitivity function's options are invalid ({@link SroiOptionsError});
 * - `cancelled`: a Monte Carlo run was cancelled through its signal ({@link SroiCancelledError});
 * - `evaluation`: a figure cannot be computed from the values given ({@link SroiEvaluationError}).
 */
export type SroiErrorCode = 'validation' | 'options' | 'cancelled' | 'evaluation';

/**
 * The base of every error `@sroi/core` throws on purpose. Anything else it
 * throws is a fault in the engine, not in the caller's values.
 *
 * @example
 * ```ts
 * try { evaluate(evaluation); }
 * catch (error) {
 *   if (error instanceof SroiError) console.log(error.code, error.message); //=> 'validation', 'Invalid evaluation (1 problem): ...'
 *   else throw error;
 * }
 * ```
 */
export abstract class SroiError extends Error {
  abstract readonly code: SroiErrorCode;
}

/**
 * Thrown when a figure cannot be computed from values that were not checked
 * first, such as `rateOfYear` asked for a year beyond a `rates` list.
 * `evaluate` validates first, so it reports such values as a {@link SroiValidationError}.
 */
export class SroiEvaluationError extends SroiError {
  override readonly name = 'SroiEvaluationError';
  readonly code = 'evaluation';
}
