import { Worker } from 'node:worker_threads';

/**
 * Starts one Monte Carlo worker thread: the compiled script beside this
 * module. Its own module so that the test runner, whose transform does not
 * reach worker threads, can put a thread running the TypeScript source in
 * its place (jest.config.js).
 */
export function startWorker(workerData: unknown): Worker {
  // Plain JavaScript that needs no loader: not the parent's flags (tsx's loader, under the benchmarks), which
  // would only slow its start.
  return new Worker(new URL('./monte-carlo-worker.js', import.meta.url), { workerData, execArgv: [] });
}
