/**
 * The built add-in in dist/, as Excel would load it. Builds it with webpack
 * (production mode) when it is missing or older than its sources, so that
 * `npm test` works on a fresh clone; a lock keeps parallel test files from
 * building at once.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { customFunctionsStandIn, type CustomFunction, type CustomFunctionsStandIn } from './custom-functions-stand-in';

export const ROOT = path.resolve(__dirname, '../../..');
export const DIST = path.join(ROOT, 'dist');
const LOCK = path.join(ROOT, 'node_modules/.cache/sroi-addin-build.lock');
const BUILT_FILES = ['functions.js', 'functions.json', 'taskpane.html', 'manifest.xml'];
const SOURCES = [
  'addin/src',
  'addin/assets',
  'addin/tsconfig.json',
  'addin/scripts',
  'packages/core/src',
  'packages/workbook/src',
  'manifest.xml',
  'webpack.config.js',
];

function newestSource(file: string): number {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(file).map((name) => newestSource(path.join(file, name))));
}

function isFresh(): boolean {
  if (!BUILT_FILES.every((file) => existsSync(path.join(DIST, file)))) return false;
  const built = Math.min(...BUILT_FILES.map((file) => statSync(path.join(DIST, file)).mtimeMs));
  return Math.max(...SOURCES.map((source) => newestSource(path.join(ROOT, source)))) <= built;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Builds dist/ unless it is already up to date. */
export function ensureBuilt(): void {
  if (isFresh()) return;
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Another test file is building; a lock older than 5 minutes is abandoned.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 300_000)
        rmSync(LOCK, { recursive: true, force: true });
      sleep(200);
    }
  }
  try {
    if (isFresh()) return;
    const webpack = path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js');
    const build = spawnSync(process.execPath, [webpack, '--mode', 'production'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`webpack failed:\n${build.stdout}\n${build.stderr}`);
    // webpack leaves unchanged files untouched; mark them as built now so the next run does not rebuild.
    const now = new Date();
    for (const file of BUILT_FILES) utimesSync(path.join(DIST, file), now, now);
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export function readBuilt(file: string): string {
  ensureBuilt();
  return readFileSync(path.join(DIST, file), 'utf8');
}

/** The functions bundle run in a fresh context with a `CustomFunctions` stand-in, and what it registered. */
export interface LoadedFunctions {
  readonly customFunctions: CustomFunctionsStandIn;
  /** Calls a registered function by id, as Excel does. */
  call(id: string, ...args: unknown[]): unknown;
}

export function loadFunctionsBundle(): LoadedFunctions {
  const code = readBuilt('functions.js');
  const customFunctions = customFunctionsStandIn();
  // Only what a browser runtime offers that the bundle might touch; no Node globals.
  const context = vm.createContext({ CustomFunctions: customFunctions, console });
  vm.runInContext(code, context, { filename: 'dist/functions.js' });
  return {
    customFunctions,
    call(id, ...args) {
      const fn: CustomFunction | undefined = customFunctions.registered.get(id);
      if (fn === undefined) throw new Error(`${id} is not registered`);
      return fn(...args);
    },
  };
}

/**
 * What a cell shows for a call: the value, or the error thrown as
 * `{ error, message }` so that tests can pin both.
 */
export function cell(functions: LoadedFunctions, id: string, ...args: unknown[]): unknown {
  try {
    return functions.call(id, ...args);
  } catch (error) {
    if (error instanceof functions.customFunctions.Error) return { error: error.code, message: error.message };
    throw error;
  }
}
