import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DISTRIBUTIONS, evaluate, formatRatio, monteCarlo, type Evaluation } from '@sroi/core';
import { toWorkbook } from '@sroi/workbook';
import { writeXlsx } from '@sroi/cli';
import { readFileSync } from 'node:fs';
import { largeEvaluation } from './large';

const BIN = 'packages/cli/dist/bin.js';
/** Progress waits this long: longer than any test run, so "no progress" does not depend on the machine's speed. */
const QUIET = { ...process.env, SROI_PROGRESS_AFTER_MS: '600000' };

/** The built `sroi` executable, as a user runs it. */
describe('the sroi bin', () => {
  const directory = mkdtempSync(join(tmpdir(), 'sroi-bin-'));
  beforeAll(() => {
    try {
      execFileSync('npx', ['tsc', '-b', 'tsconfig.build.json'], { stdio: 'pipe', encoding: 'utf8' });
    } catch (error) {
      throw new Error(`the build failed:\n${(error as { stdout?: string }).stdout ?? String(error)}`);
    }
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('runs the README command on an example', () => {
    const done = spawnSync('node', [BIN, 'evaluate', 'examples/social-prescribing.xlsx'], {
      encoding: 'utf8',
      env: QUIET,
    });
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    expect(done.stdout).toContain('Social prescribing link worker service');
    expect(done.stdout).toMatch(/SROI ratio\s+\d+\.\d\d : 1/);
  });

  it('exits with the documented codes', () => {
    expect(spawnSync('node', [BIN, 'evaluate', join(directory, 'missing.xlsx')]).status).toBe(3);
    expect(spawnSync('node', [BIN, 'frobnicate']).status).toBe(2);
  });

  it('reads 10,000 outcomes, showing progress on stderr (threshold 0 here; one second by default)', async () => {
    const evaluation = largeEvaluation(10_000);
    const file = join(directory, 'large.xlsx');
    await writeXlsx(toWorkbook(evaluation), file);
    const done = spawnSync('node', [BIN, 'evaluate', file], {
      encoding: 'utf8',
      env: { ...process.env, SROI_PROGRESS_AFTER_MS: '0' },
      // A row per outcome: about 2 MB of text, over spawnSync's 1 MB default.
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(done.status).toBe(0);
    expect(done.stderr).toContain(`sroi: reading ${file}...`);
    expect(done.stderr).toContain('sroi: evaluating 10,000 outcomes...');
    expect(done.stdout).toMatch(
      new RegExp(`SROI ratio\\s+${formatRatio(evaluate(evaluation).ratio).replace('.', '\\.')}`),
    );
  });

  it('runs montecarlo, printing only results on stdout; progress goes to stderr', () => {
    const example = JSON.parse(readFileSync('examples/social-prescribing.json', 'utf8')) as Evaluation;
    const args = [BIN, 'montecarlo', 'examples/social-prescribing.xlsx', '--iterations', '50000', '--seed', '9'];
    const quiet = spawnSync('node', [...args, '--format', 'json'], { encoding: 'utf8', env: QUIET });
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toBe('');
    const { ranges, ...figures } = JSON.parse(quiet.stdout) as { ranges: unknown };
    expect(figures).toEqual(JSON.parse(JSON.stringify(monteCarlo(example, { iterations: 50_000, seed: 9 }))));
    // The map has no Ranges sheet: core's defaults, said to be so.
    expect(ranges).toEqual({ source: null, distributions: DEFAULT_DISTRIBUTIONS, byOutcome: {} });
    // 3.9 million outcome draws run on worker threads, started from the build: the same on any number of them.
    const three = spawnSync('node', [...args, '--format', 'json', '--workers', '3'], { encoding: 'utf8', env: QUIET });
    expect(three.stdout).toBe(quiet.stdout);
    const shown = spawnSync('node', [...args, '--format', 'json'], {
      encoding: 'utf8',
      env: { ...process.env, SROI_PROGRESS_AFTER_MS: '0' },
    });
    expect(shown.status).toBe(0);
    expect(shown.stdout).toBe(quiet.stdout);
    expect(shown.stderr).toContain(
      'sroi: Monte Carlo [##############################] 100% (50,000 of 50,000 iterations)\n',
    );
    expect(shown.stderr).toMatch(/sroi: done in \d+\.\d s\n$/);
  });

  it('cancels montecarlo on Ctrl-C (SIGINT) with exit code 130 and a message, printing no results', async () => {
    const child = spawn('node', [BIN, 'montecarlo', 'examples/social-prescribing.json', '--iterations', '10000000'], {
      env: { ...process.env, SROI_PROGRESS_AFTER_MS: '0' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      // One Ctrl-C: a second, once the run has stopped listening, ends the process as usual.
      if (!child.killed && stderr.includes('sroi: Monte Carlo [')) child.kill('SIGINT');
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/sroi: montecarlo cancelled after [\d,]+ of 10,000,000 iterations; nothing was printed/);
  });
});
