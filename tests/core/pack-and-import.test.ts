/**
 * Proves "importable by other TypeScript projects": packs @sroi/core with
 * `npm pack`, installs the tarball into a throwaway ESM TypeScript project,
 * type-checks it strictly with NodeNext resolution and runs it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const consumer = `
import { evaluate, formatRatio, toNumbers, SroiValidationError, type Evaluation, type EvaluationResult } from '@sroi/core';
import schema from '@sroi/core/evaluation.schema.json' with { type: 'json' };

const evaluation: Evaluation = {
  name: 'Consumer check',
  stakeholders: [{ id: 'people', name: 'Participants' }],
  inputs: [{ description: 'Grant', amount: 50000 }],
  outcomes: [{ id: 'wellbeing', stakeholder: 'people', description: 'Improved wellbeing', quantity: 100,
    proxy: { value: 1000 }, deadweight: 0.2, displacement: 0.1, attribution: 0.25, dropOff: 0.5, duration: 3 }],
};
const result: EvaluationResult = evaluate(evaluation);
const numbers = toNumbers(result);
const pv: number = numbers.presentValue;
let rejected = '';
try { evaluate({ ...evaluation, outcomes: [{ ...evaluation.outcomes[0]!, deadweight: 20 }] }); }
catch (error) { if (error instanceof SroiValidationError) rejected = error.problems[0]!.path; }
console.log(JSON.stringify({ pv: pv.toFixed(2), ratio: formatRatio(result.ratio), rejected, schema: schema.title }));
`;

describe('@sroi/core as a published package', () => {
  let workspace = '';
  afterAll(() => workspace && rmSync(workspace, { recursive: true, force: true }));

  it('packs, installs, type-checks and runs in a separate TypeScript project', () => {
    workspace = mkdtempSync(join(tmpdir(), 'sroi-consumer-'));
    run('npm', ['pack', '--silent', '--pack-destination', workspace], join(root, 'packages/core'));
    const tarball = readdirSync(workspace).find((file) => file.endsWith('.tgz'));
    expect(tarball).toMatch(/^sroi-core-.*\.tgz$/);

    const listing = run('tar', ['-tzf', join(workspace, tarball!)], workspace);
    expect(listing).toContain('package/dist/index.d.ts');
    expect(listing).toContain('package/dist/evaluation.schema.json');
    expect(listing).not.toContain('package/src/');

    const project = join(workspace, 'consumer');
    run('mkdir', ['-p', project], workspace);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noUncheckedIndexedAccess: true,
          resolveJsonModule: true,
          lib: ['ES2022', 'DOM'],
          outDir: 'out',
        },
        files: ['main.ts'],
      }),
    );
    writeFileSync(join(project, 'main.ts'), consumer);
    run(
      'npm',
      ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent', join(workspace, tarball!)],
      project,
    );

    run(process.execPath, [tsc, '-p', 'tsconfig.json'], project);
    const output = JSON.parse(run(process.execPath, ['out/main.js'], project));
    expect(output).toEqual({
      pv: '89554.93',
      ratio: '1.79 : 1',
      rejected: 'outcomes[0].deadweight',
      schema: 'SROI evaluation',
    });
  });
});
