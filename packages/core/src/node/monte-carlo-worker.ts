// One thread of monteCarloInWorkers: builds the kernel from the run's data once, then runs each block of
// iterations it is sent and posts back the block's present values (the buffer is moved, not copied).
import { parentPort, workerData } from 'node:worker_threads';
import { createKernel, type KernelData } from '../sensitivity/monte-carlo/kernel.js';

const { data, seed } = workerData as { readonly data: KernelData; readonly seed: number };
const kernel = createKernel(data, seed);

parentPort?.on('message', ({ from, to }: { readonly from: number; readonly to: number }) => {
  const values = new Float64Array(to - from);
  kernel.run(values, from, to);
  parentPort?.postMessage({ from, values }, [values.buffer]);
});
