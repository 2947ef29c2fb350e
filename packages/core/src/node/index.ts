/**
 * `@sroi/core/node`: what only Node.js can run. The package's main entry
 * stays platform-neutral (the Excel add-in runs it in a browser).
 *
 * ```ts
 * import { monteCarloInWorkers } from '@sroi/core/node';
 * const run = await monteCarloInWorkers(evaluation, { iterations: 100000, seed: 42, workers: 4 });
 * ```
 *
 * @packageDocumentation
 */
export { monteCarloInWorkers, type MonteCarloWorkerOptions } from './monte-carlo-workers.js';
