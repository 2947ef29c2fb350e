// In place of packages/core/src/node/monte-carlo-worker-script.ts under jest (jest.config.js maps it here):
// ts-jest transforms only the test's own thread, so each worker thread registers tsx and imports the
// worker's TypeScript source, which is then the code under test, not a build that may be out of date.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const source = pathToFileURL(join(__dirname, '../../../packages/core/src/node/monte-carlo-worker.ts')).href;

export function startWorker(workerData: unknown): Worker {
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}
