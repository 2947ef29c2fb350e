import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Evaluation } from '../model/types.js';
import { SroiCancelledError } from '../sensitivity/errors.js';
import { BLOCK_ITERATIONS } from '../sensitivity/monte-carlo/kernel.js';
import type { MonteCarloOptions, MonteCarloResult } from '../sensitivity/monte-carlo/monte-carlo.js';
import { prepareRun, type PreparedRun } from '../sensitivity/monte-carlo/prepare-run.js';
import { startWorker } from './monte-carlo-worker-script.js';

/** More threads than this only queue for the same cores. */
const MAX_WORKERS = 64;
/** How often a run looks at `signal` while every thread is busy, in milliseconds. */
const CANCEL_CHECK_MS = 50;

/** Options of {@link monteCarloInWorkers}: those of `monteCarlo`, and how many threads. */
export interface MonteCarloWorkerOptions extends MonteCarloOptions {
  /**
   * Worker threads to run the iterations on, from 1 to 64; default the number
   * of cores, at most 4. The result is the same whatever the number.
   */
  readonly workers?: number;
}

/**
 * `monteCarlo` across worker threads, so that a long run scales with the
 * cores. The iterations are split into blocks of 500 that each draw from their
 * own streams of the seed (sensitivity.md, "Reproducibility and precision"),
 * so the threads may run them in any order and the result is that of
 * `monteCarlo` with the same options, draw for draw, whatever the number of
 * workers.
 *
 * `onProgress` is called after each block; aborting `signal` stops every
 * thread within a twentieth of a second and rejects with
 * {@link SroiCancelledError}. Starting a thread takes some milliseconds: for
 * a small run, `monteCarlo` or `monteCarloAsync` is quicker.
 *
 * @param evaluation - the impact map (validated)
 * @param options - those of `monteCarlo`, and `workers`
 * @throws (rejects with) SroiValidationError, SroiOptionsError (a bad `workers` among them) and
 *   SroiCancelledError, as `monteCarlo`
 *
 * @example
 * ```ts
 * import { monteCarlo } from '@sroi/core';
 * import { monteCarloInWorkers } from '@sroi/core/node';
 * const run = await monteCarloInWorkers(workedCheck, { iterations: 100000, seed: 7, workers: 2 });
 * run.ratio?.p50 === monteCarlo(workedCheck, { iterations: 100000, seed: 7 }).ratio?.p50; //=> true
 * ```
 */
export async function monteCarloInWorkers(
  evaluation: Evaluation,
  options: MonteCarloWorkerOptions = {},
): Promise<MonteCarloResult> {
  const workers = options.workers ?? Math.min(availableParallelism(), 4);
  const run = prepareRun(evaluation, options, (problems) => {
    if (!Number.isInteger(workers) || workers < 1 || workers > MAX_WORKERS) {
      problems.add(
        'workers',
        options.workers,
        `workers must be a whole number from 1 to ${MAX_WORKERS}; got ${String(options.workers)}`,
      );
    }
  });
  return run.finish(await runBlocks(run, workers, options));
}

/**
 * Every iteration's present value, in draw order: each thread is given the
 * next block as soon as it has posted its last, so a slow thread holds up no
 * other, and each block's values go to the block's place.
 */
function runBlocks(run: PreparedRun, workers: number, options: MonteCarloOptions): Promise<Float64Array> {
  const { iterations } = run;
  const blocks = Math.ceil(iterations / BLOCK_ITERATIONS);
  const values = new Float64Array(iterations);
  if (options.signal?.aborted) return Promise.reject(new SroiCancelledError(0, iterations));

  return new Promise((resolve, reject) => {
    const threads: Worker[] = [];
    let nextBlock = 0;
    let done = 0;
    let settled = false;
    const settle = (error?: unknown) => {
      if (settled) return;
      settled = true;
      clearInterval(watch);
      for (const thread of threads) void thread.terminate();
      if (error === undefined) resolve(values);
      else reject(error);
    };
    const cancelIfAborted = () => {
      if (options.signal?.aborted) settle(new SroiCancelledError(done, iterations));
    };
    const giveNextBlock = (thread: Worker) => {
      if (nextBlock >= blocks) return;
      const from = nextBlock * BLOCK_ITERATIONS;
      nextBlock += 1;
      thread.postMessage({ from, to: Math.min(iterations, from + BLOCK_ITERATIONS) });
    };
    const watch = setInterval(cancelIfAborted, CANCEL_CHECK_MS);

    for (let t = 0; t < Math.min(workers, blocks); t += 1) {
      const thread = startWorker({ data: run.data, seed: run.seed });
      threads.push(thread);
      thread.on('message', (message: { readonly from: number; readonly values: Float64Array }) => {
        if (settled) return;
        values.set(message.values, message.from);
        done += message.values.length;
        try {
          options.onProgress?.({ done, total: iterations });
        } catch (error) {
          settle(error);
          return;
        }
        // As monteCarlo: a run aborted after its last block has finished, and is not cancelled.
        if (done === iterations) settle();
        else {
          cancelIfAborted();
          if (!settled) giveNextBlock(thread);
        }
      });
      thread.on('error', settle);
      thread.on('exit', (code) => settle(new Error(`a Monte Carlo worker thread stopped early (exit code ${code})`)));
      giveNextBlock(thread);
    }
  });
}
