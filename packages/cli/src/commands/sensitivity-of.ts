import { sensitivity, SroiOptionsError, type Evaluation, type Sensitivity } from '@sroi/core';
import { optionProblemsOf, readShare, type OptionProblems } from './options.js';

/**
 * Core's switching values and tornado (one call, one set of base figures) for
 * a command's --target (default 1 : 1) and --change (default 10%, a percentage
 * or a fraction), or null with the problems of both options added to
 * `problems`, so the command reports them with its others, all at once.
 *
 * @throws SroiValidationError when the evaluation is invalid (the command has validated it already)
 */
export function sensitivityOf(
  evaluation: Evaluation,
  options: { readonly target?: string; readonly change?: string },
  problems: OptionProblems,
): Sensitivity | null {
  try {
    return sensitivity(evaluation, { target: options.target ?? '1', change: readShare(options.change) ?? '0.1' });
  } catch (error) {
    if (!(error instanceof SroiOptionsError)) throw error;
    problems.push(...optionProblemsOf(error));
    return null;
  }
}
