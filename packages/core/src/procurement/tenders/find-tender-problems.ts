import type { SroiProblem } from '../../model/problems.js';
import { readTender, type TenderOptions } from './read-tender.js';

/**
 * Lists every problem with a tender, each with its path (`bids[1].price`); an
 * empty list means `scoreTenders` will score it. Use it to show all problems
 * without catching an error.
 *
 * @example
 * ```ts
 * findTenderProblems({ weights: { price: 60, quality: 30, socialValue: 5 }, bids: [] }).map((p) => p.path);
 * //=> ['weights', 'bids']
 * ```
 */
export function findTenderProblems(tender: unknown, options: TenderOptions = {}): SroiProblem[] {
  return readTender(tender, options).problems;
}
