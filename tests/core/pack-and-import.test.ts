/**
 * Proves "importable by other TypeScript projects": packs @sroi/core once with
 * `npm pack`, installs the tarball once, and has three consumers use it:
 * an ESM project with NodeNext resolution, a CommonJS project that calls
 * `require` (Node 20.19+ loads ESM through require), and a project with
 * bundler resolution that checks the declarations (`skipLibCheck: false`)
 * without zod installed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = join(__dirname, '../..');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const evaluation = `{
  name: 'Consumer check',
  stakeholders: [{ id: 'people', name: 'Participants' }],
  inputs: [{ description: 'Grant', amount: 50000 }],
  outcomes: [{ id: 'wellbeing', stakeholder: 'people', description: 'Improved wellbeing', quantity: 100,
    proxy: { value: 1000 }, deadweight: 0.2, displacement: 0.1, attribution: 0.25, dropOff: 0.5, duration: 3 }],
}`;

const esmConsumer = `
import { evaluate, formatRatio, monteCarlo, toNumbers, SroiValidationError, type Evaluation, type EvaluationResult } from '@sroi/core';
import { monteCarloInWorkers } from '@sroi/core/node';
import schema from '@sroi/core/evaluation.schema.json' with { type: 'json' };

const evaluation: Evaluation = ${evaluation};
const result: EvaluationResult = evaluate(evaluation);
const numbers = toNumbers(result);
const pv: number = numbers.presentValue;
let rejected = '';
try { evaluate({ ...evaluation, outcomes: [{ ...evaluation.outcomes[0]!, deadweight: 20 }] }); }
catch (error) { if (error instanceof SroiValidationError) rejected = error.problems[0]!.path; }
// The Node-only entry: worker threads give the single-thread run's figures, draw for draw.
const inWorkers = await monteCarloInWorkers(evaluation, { iterations: 1200, seed: 7, workers: 2 });
const sameRun = JSON.stringify(inWorkers) === JSON.stringify(monteCarlo(evaluation, { iterations: 1200, seed: 7 }));
console.log(JSON.stringify({ pv: pv.toFixed(2), ratio: formatRatio(result.ratio), rejected, schema: schema.title, sameRun }));
`;

const commonJsConsumer = `
import core = require('@sroi/core');

const evaluation: core.Evaluation = ${evaluation};
const result = core.evaluate(evaluation);
let code = '';
try { core.rateOfYear({ rates: [0.05] }, 2); }
catch (error) { if (error instanceof core.SroiError) code = error.code; }
console.log(JSON.stringify({ pv: core.toNumbers(result).presentValue.toFixed(2), ratio: core.formatRatio(result.ratio), code }));
`;

const bundlerConsumer = `
import { evaluate, formatRatio, SroiError, type Evaluation, type SroiErrorCode } from '@sroi/core';

const evaluation: Evaluation = ${evaluation};
const ratio: string = formatRatio(evaluate(evaluation).ratio);
const code: SroiErrorCode | undefined = (new Error() as unknown) instanceof SroiError ? 'validation' : undefined;
export { ratio, code };
`;

/** Every declaration file that `entry` reaches through its relative imports and exports. */
function declarationGraph(entry: string): Map<string, string> {
  const seen = new Map<string, string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    // Without comments: a TSDoc example may show an import.
    const text = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    seen.set(file, text);
    for (const [, specifier] of text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
      if (specifier!.startsWith('.')) pending.push(resolve(dirname(file), specifier!.replace(/\.js$/, '.d.ts')));
    }
  }
  return seen;
}

/** The modules a declaration file imports from outside the package. */
const packagesImported = (text: string) =>
  [...text.matchAll(/(?:from|import)\s*\(?\s*'([^'.][^']*)'/g)].map(([, specifier]) => specifier);

function writeProject(project: string, type: 'module' | 'commonjs', compilerOptions: object, file: string) {
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: `consumer-${type}`, private: true, type }));
  const base = { target: 'ES2022', strict: true, noUncheckedIndexedAccess: true, skipLibCheck: false, outDir: 'out' };
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { ...base, ...compilerOptions }, files: ['main.ts'] }),
  );
  writeFileSync(join(project, 'main.ts'), file);
}

describe('@sroi/core as a published package', () => {
  let workspace = '';
  afterAll(() => workspace && rmSync(workspace, { recursive: true, force: true }));

  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), 'sroi-consumer-'));
    run('npm', ['pack', '--silent', '--pack-destination', workspace], join(root, 'packages/core'));
    // One install for every consumer: each project below resolves @sroi/core from the workspace's node_modules.
    writeFileSync(join(workspace, 'package.json'), JSON.stringify({ name: 'consumers', private: true }));
    run(
      'npm',
      ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent', join(workspace, tarball())],
      workspace,
    );
  });

  const tarball = () => readdirSync(workspace).find((file) => file.endsWith('.tgz'))!;
  const installed = () => join(workspace, 'node_modules/@sroi/core');

  it('packs the declarations, the JSON Schema and the build, not the sources', () => {
    expect(tarball()).toMatch(/^sroi-core-.*\.tgz$/);
    const listing = run('tar', ['-tzf', join(workspace, tarball())], workspace);
    expect(listing).toContain('package/dist/index.d.ts');
    expect(listing).toContain('package/dist/evaluation.schema.json');
    expect(listing).not.toContain('package/src/');
  });

  it('declares its public API without zod: only decimal.js is imported from outside the package', () => {
    const graph = declarationGraph(join(installed(), 'dist/index.d.ts'));
    expect(graph.size).toBeGreaterThan(10);
    const outside = new Set([...graph.values()].flatMap(packagesImported));
    expect([...outside]).toEqual(['decimal.js']);
  });

  it('type-checks strictly and runs in an ESM project with NodeNext resolution', () => {
    const project = join(workspace, 'esm');
    writeProject(
      project,
      'module',
      { module: 'NodeNext', moduleResolution: 'NodeNext', resolveJsonModule: true, lib: ['ES2022', 'DOM'] },
      esmConsumer,
    );
    run(process.execPath, [tsc, '-p', 'tsconfig.json'], project);
    expect(JSON.parse(run(process.execPath, ['out/main.js'], project))).toEqual({
      pv: '89554.93',
      ratio: '1.79 : 1',
      rejected: 'outcomes[0].deadweight',
      schema: 'SROI evaluation',
      sameRun: true,
    });
  });

  it('type-checks and runs in a CommonJS project that requires it', () => {
    const project = join(workspace, 'commonjs');
    writeProject(
      project,
      'commonjs',
      { module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM'] },
      commonJsConsumer,
    );
    run(process.execPath, [tsc, '-p', 'tsconfig.json'], project);
    expect(readFileSync(join(project, 'out/main.js'), 'utf8')).toContain('require("@sroi/core")');
    // Node 20.19 loads ESM through require() without a flag, but warns that it is experimental.
    const output = execFileSync(process.execPath, ['--no-warnings', 'out/main.js'], { cwd: project, encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual({ pv: '89554.93', ratio: '1.79 : 1', code: 'evaluation' });
  });

  // Last: it removes zod from the shared install.
  it('type-checks its declarations with bundler resolution and no zod installed', () => {
    rmSync(join(workspace, 'node_modules/zod'), { recursive: true, force: true });
    expect(existsSync(join(workspace, 'node_modules/zod'))).toBe(false);
    const project = join(workspace, 'bundler');
    writeProject(
      project,
      'module',
      { module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022'], noEmit: true },
      bundlerConsumer,
    );
    run(process.execPath, [tsc, '-p', 'tsconfig.json'], project);
  });
});
