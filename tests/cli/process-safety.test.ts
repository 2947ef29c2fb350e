import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { largeEvaluation } from './large';

// The `sroi` process as a shell runs it, from the TypeScript sources (nothing
// is built): what only a real process meets, a pipe closed by its reader and
// a signal in the middle of writing a file.

const directory = mkdtempSync(join(tmpdir(), 'sroi-process-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const map = join(directory, 'large.json');
beforeAll(() => writeFileSync(map, JSON.stringify(largeEvaluation(2000))));

interface Ended {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs sroi with `args`; `onStderr` sees stderr as it grows and may act on the
 * process (signal it, close its stdout).
 */
function sroi(
  args: readonly string[],
  onStderr: (stderr: string, child: ReturnType<typeof spawn>) => void = () => undefined,
  onStdout: (child: ReturnType<typeof spawn>) => void = () => undefined,
): Promise<Ended> {
  const loader = join(process.cwd(), 'node_modules/tsx/dist/loader.mjs');
  const child = spawn('node', ['--import', loader, 'packages/cli/src/bin.ts', ...args], {
    env: { ...process.env, SROI_PROGRESS_AFTER_MS: '0' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    onStdout(child);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    onStderr(stderr, child);
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('a reader that stops early', () => {
  it('ends the output quietly, with exit code 0 and nothing on stderr but progress', async () => {
    // Megabytes of JSON, far more than a pipe holds: the reader closes the pipe after the first chunk, like head -c 20.
    const ended = await sroi(['evaluate', map, '--format', 'json'], undefined, (child) => child.stdout?.destroy());
    expect(ended.code).toBe(0);
    expect(ended.stderr).not.toMatch(/EPIPE|Error|at /);
    expect(
      ended.stderr.split('\n').filter((line) => line !== '' && !/^sroi: (reading|evaluating|done)/.test(line)),
    ).toEqual([]);
  });
});

describe('output that cannot be written in full', () => {
  it('says so, with exit code 5, when stdout is a full disk', async () => {
    const loader = join(process.cwd(), 'node_modules/tsx/dist/loader.mjs');
    // /dev/full refuses every write with ENOSPC, as a full disk under "> out.json" does.
    const full = openSync('/dev/full', 'w');
    const child = spawn('node', ['--import', loader, 'packages/cli/src/bin.ts', 'evaluate', map, '--format', 'json'], {
      stdio: ['ignore', full, 'pipe'],
    });
    closeSync(full);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(5);
    expect(stderr).toContain('sroi: the output could not be written in full: the disk is full\n');
    expect(stderr).not.toMatch(/Error|at /);
  });
});

describe('a signal while --out is being written', () => {
  it.each([
    ['Ctrl-C (SIGINT)', 'SIGINT', 130, 'sroi: cancelled (Ctrl-C)'],
    ['SIGTERM', 'SIGTERM', 143, 'sroi: stopped (SIGTERM)'],
  ] as const)(
    '%s ends the run with its exit code, leaving neither the file nor a temporary file',
    async (_, signal, code, said) => {
      const folder = join(directory, signal);
      mkdirSync(folder);
      const out = join(folder, 'report.xlsx');
      const ended = await sroi(['evaluate', map, '--out', out], (stderr, child) => {
        if (!child.killed && stderr.includes(`sroi: writing ${out}`)) child.kill(signal);
      });
      expect(ended.code).toBe(code);
      expect(ended.stderr).toContain(`${said}\n`);
      expect(readdirSync(folder)).toEqual([]);
    },
  );

  it('leaves the file --force would have replaced as it was', async () => {
    const folder = join(directory, 'forced');
    mkdirSync(folder);
    const out = join(folder, 'report.xlsx');
    writeFileSync(out, 'last week’s report');
    const ended = await sroi(['evaluate', map, '--out', out, '--force'], (stderr, child) => {
      if (!child.killed && stderr.includes(`sroi: writing ${out}`)) child.kill('SIGINT');
    });
    expect(ended.code).toBe(130);
    expect(readFileSync(out, 'utf8')).toBe('last week’s report');
    expect(readdirSync(folder)).toEqual(['report.xlsx']);
  });
});
