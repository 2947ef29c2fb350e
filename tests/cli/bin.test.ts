import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, formatRatio } from '@sroi/core';
import { toWorkbook } from '@sroi/workbook';
import { writeXlsx } from '@sroi/cli';
import { largeEvaluation } from './large';

const BIN = 'packages/cli/dist/bin.js';

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
    const done = spawnSync('node', [BIN, 'evaluate', 'examples/social-prescribing.xlsx'], { encoding: 'utf8' });
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
    });
    expect(done.status).toBe(0);
    expect(done.stderr).toContain(`sroi: reading ${file}...`);
    expect(done.stderr).toContain('sroi: evaluating 10,000 outcomes...');
    expect(done.stdout).toMatch(
      new RegExp(`SROI ratio\\s+${formatRatio(evaluate(evaluation).ratio).replace('.', '\\.')}`),
    );
  });
});
