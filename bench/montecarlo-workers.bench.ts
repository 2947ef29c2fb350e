// BENCH montecarlo-workers: the same run as BENCH montecarlo (10,000
// iterations over 1,000 outcomes, seed 1) through `monteCarloInWorkers` on 1
// and 2 worker threads, as a speed-up over `monteCarlo` in this thread
// (above 1 is faster), starting the threads included. The results are checked
// equal first: the same seed gives the same numbers on any number of threads.
import { availableParallelism } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { monteCarlo } from '@sroi/core';
import { monteCarloInWorkers } from '@sroi/core/node';
import { syntheticEvaluation } from './impact-map-data.js';
import { fixed, median } from './measure.js';

const options = { iterations: 10_000, seed: 1 };
const evaluation = syntheticEvaluation(1_000);

const single = monteCarlo(evaluation, options);
for (const workers of [1, 2]) {
  if (!isDeepStrictEqual(await monteCarloInWorkers(evaluation, { ...options, workers }), single))
    throw new Error(`monteCarloInWorkers on ${workers} threads does not give monteCarlo's result`);
}

// In rounds, each taking the three in turn, so that a machine busy for a while slows all three alike.
const times: [number[], number[], number[]] = [[], [], []];
const timed = async (task: () => unknown) => {
  const start = performance.now();
  await task();
  return performance.now() - start;
};
for (let round = 0; round < 6; round += 1) {
  times[0].push(await timed(() => monteCarlo(evaluation, options)));
  times[1].push(await timed(() => monteCarloInWorkers(evaluation, { ...options, workers: 1 })));
  times[2].push(await timed(() => monteCarloInWorkers(evaluation, { ...options, workers: 2 })));
}
// The first round warms up.
const [singleMs, oneMs, twoMs] = times.map((list) => median(list.slice(1))) as [number, number, number];

console.log(
  `BENCH montecarlo-workers speedup_1=${fixed(singleMs / oneMs)} speedup_2=${fixed(singleMs / twoMs)} ` +
    `single_thread_ms=${fixed(singleMs)} workers_1_ms=${fixed(oneMs)} workers_2_ms=${fixed(twoMs)} ` +
    `cores=${availableParallelism()} iterations=${options.iterations} outcomes=1000`,
);
