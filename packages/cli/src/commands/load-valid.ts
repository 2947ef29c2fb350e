import type { Evaluation } from '@sroi/core';
import { loadEvaluation, type Loaded, type Stage } from '../io/load.js';
import { reportProblems, type Output } from './output.js';

/** A loaded file whose evaluation is valid. */
export type LoadedValid = Loaded & { readonly evaluation: Evaluation };

/**
 * Loads a file for a command that needs a valid evaluation (evaluate,
 * sensitivity, montecarlo). If it has problems they are listed on stderr and
 * the result is null: the command then exits with EXIT.problems.
 */
export async function loadValid(file: string, output: Output, stage: Stage): Promise<LoadedValid | null> {
  const loaded = await loadEvaluation(file, stage);
  if (loaded.evaluation !== null) return loaded as LoadedValid;
  reportProblems(output, file, loaded.problems);
  return null;
}
