import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { monteCarlo, SroiCancelledError, SroiOptionsError, type MonteCarloOptions } from '@sroi/core';
import { monteCarloInWorkers } from '@sroi/core/node';
import { twoOutcomes, withOutcome, workedCheck } from './fixtures';

/**
 * The worker pool against core's single-thread monteCarlo: equal results,
 * draw for draw, whatever the number of threads. Each block of 500
 * iterations draws from its own streams, so 1,234 iterations are blocks of
 * 500, 500 and 234 that the threads take in whatever order they finish.
 */
describe('monteCarloInWorkers', () => {
  const options: MonteCarloOptions = {
    iterations: 1234,
    seed: 7,
    keepDraws: true,
    // Every kind of draw: PERT and the normal take a varying number of uniforms from their block's second stream.
    distributions: {
      proxy: { type: 'pert', min: -0.2, mode: 0.1, max: 0.2 },
      deadweight: { type: 'normal', sd: 0.1 },
      duration: { type: 'uniform', min: -1, max: 2 },
    },
    byOutcome: { jobs: { quantity: { type: 'uniform', min: -0.5, max: 0.5 } } },
  };
  const evaluation = withOutcome(twoOutcomes, 'wellbeing', { startYear: 2 });

  it('gives the same result as monteCarlo at 1, 2 and 3 workers, every draw and percentile equal', async () => {
    const single = monteCarlo(evaluation, options);
    for (const workers of [1, 2, 3]) {
      const pooled = await monteCarloInWorkers(evaluation, { ...options, workers });
      // toEqual on Float64Arrays compares every element exactly (Object.is).
      expect(pooled).toEqual(single);
    }
    expect(single.draws?.presentValue).toHaveLength(1234);
  });

  it('gives the default distributions the same numbers as monteCarlo, with more threads than blocks', async () => {
    const run = { iterations: 700, seed: 42 };
    await expect(monteCarloInWorkers(workedCheck, { ...run, workers: 4 })).resolves.toEqual(
      monteCarlo(workedCheck, run),
    );
  });

  it('reports progress after each block, ending at the total', async () => {
    const seen: number[] = [];
    await monteCarloInWorkers(workedCheck, {
      iterations: 1700,
      workers: 2,
      onProgress: ({ done, total }) => {
        expect(total).toBe(1700);
        seen.push(done);
      },
    });
    // Blocks of 500, 500, 500 and 200, finishing in whatever order the threads take.
    const steps = seen.map((done, i) => done - (seen[i - 1] ?? 0));
    expect(steps.sort((a, b) => a - b)).toEqual([200, 500, 500, 500]);
    expect(seen.at(-1)).toBe(1700);
  });

  it('rejects a bad number of workers with the other option problems', async () => {
    const rejected = await monteCarloInWorkers(workedCheck, { iterations: 0, workers: 0 }).catch((e: unknown) => e);
    expect(rejected).toBeInstanceOf(SroiOptionsError);
    expect((rejected as SroiOptionsError).problems.map((p) => p.path)).toEqual(['iterations', 'workers']);
    await expect(monteCarloInWorkers(workedCheck, { workers: 2.5 })).rejects.toThrow(
      'workers must be a whole number from 1 to 64; got 2.5',
    );
  });

  it('stops every thread when aborted, with how many iterations had finished', async () => {
    const controller = new AbortController();
    const pending = monteCarloInWorkers(workedCheck, {
      iterations: 5000,
      workers: 2,
      signal: controller.signal,
      onProgress: ({ done }) => done >= 1000 && controller.abort(),
    });
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SroiCancelledError);
    expect((error as SroiCancelledError).done).toBeGreaterThanOrEqual(1000);
    expect((error as SroiCancelledError).done).toBeLessThan(5000);
    await expect(monteCarloInWorkers(workedCheck, { signal: { aborted: true } })).rejects.toMatchObject({
      name: 'SroiCancelledError',
      done: 0,
      total: 10000,
    });
  });
});

describe("core's main entry", () => {
  it('reaches no Node.js module, so that it runs in a browser (the worker pool is only in @sroi/core/node)', () => {
    const source = join(__dirname, '../../../packages/core/src');
    const seen = new Set<string>();
    const pending = [join(source, 'index.ts')];
    const nodeImports: string[] = [];
    while (pending.length > 0) {
      const file = pending.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const [, specifier] of text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
        if (specifier!.startsWith('node:')) nodeImports.push(`${file}: ${specifier}`);
        if (specifier!.startsWith('.')) pending.push(resolve(dirname(file), specifier!.replace(/\.js$/, '.ts')));
      }
    }
    expect(seen.size).toBeGreaterThan(50);
    expect([...seen].filter((file) => file.includes('/src/node/'))).toEqual([]);
    expect(nodeImports).toEqual([]);
  });
});
