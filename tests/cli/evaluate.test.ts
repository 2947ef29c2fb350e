import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, formatMoney, formatRatio, toJSON, type Evaluation } from '@sroi/core';
import { fromWorkbook } from '@sroi/workbook';
import { readXlsx } from '@sroi/cli';
import { run, withProgressAfter } from './run';

const example = (name: string) => JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')) as Evaluation;
const EXAMPLES = ['social-prescribing', 'supported-employment'];

describe('sroi evaluate', () => {
  const directory = mkdtempSync(join(tmpdir(), 'sroi-cli-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it.each(EXAMPLES)('prints the headline figures of examples/%s.xlsx as the engine computes them', async (name) => {
    const result = evaluate(example(name));
    const { code, out, err } = await run('evaluate', `examples/${name}.xlsx`);
    expect(err).toBe('');
    expect(code).toBe(0);
    const line = (label: string) =>
      out
        .split('\n')
        .find((text) => text.trim().startsWith(label))
        ?.replace(/\s+/g, ' ')
        .trim();
    expect(line('SROI ratio')).toBe(`SROI ratio ${formatRatio(result.ratio)}`);
    expect(line('Net ratio')).toBe(`Net ratio ${formatRatio(result.netRatio)}`);
    expect(out).toContain(formatMoney(result.presentValue));
    expect(out).toContain(formatMoney(result.netPresentValue));
    for (const stakeholder of result.stakeholders) expect(out).toContain(stakeholder.name);
    expect(out).toContain('Value by domain');
  });

  it.each(EXAMPLES)('keeps examples/%s.xlsx and .json the same evaluation', async (name) => {
    const read = fromWorkbook(await readXlsx(readFileSync(`examples/${name}.xlsx`), `${name}.xlsx`));
    expect(read.problems).toEqual([]);
    expect(read.evaluation).toStrictEqual(example(name));
  });

  it('prints the core result as JSON with --format json', async () => {
    const { code, out } = await run('evaluate', 'examples/social-prescribing.json', '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      ...JSON.parse(JSON.stringify(toJSON(evaluate(example('social-prescribing'))))),
      reading: { file: 'examples/social-prescribing.json', mapping: [], warnings: [] },
    });
  });

  it('prints Markdown tables with --format md', async () => {
    const result = evaluate(example('supported-employment'));
    const { code, out } = await run('evaluate', 'examples/supported-employment.xlsx', '--format', 'md');
    expect(code).toBe(0);
    expect(out).toContain(`# ${result.name}`);
    expect(out).toContain(`| **SROI ratio** | **${formatRatio(result.ratio)}** |`);
    expect(out).toContain('| Stakeholder | Present value | Share | Inputs (present value) |');
  });

  it('reads a commissioner-style CSV file', async () => {
    const { code, out } = await run('evaluate', 'examples/befriending-value-map.csv');
    expect(code).toBe(0);
    expect(out).toContain('Telephone befriending for older people (illustrative)');
    // Worked by hand from the CSV, end of year at 3.5%: 85 x 900 x 0.8 x 0.75 = 45,900 in year 1 and half of it
    // in year 2; 60 x 42 x 0.7 x 0.8 = 1,411.20 and 24 x 250 x 0.75 x 0.9 = 4,050 in year 1. Present value
    // 45,900 / 1.035 + 22,950 / 1.035^2 + 5,461.20 / 1.035 = 71,048.418...; inputs 35,000 + 9,600 in year 0.
    expect(out).toMatch(/Present value\s+£71,048\.42\n/);
    expect(out).toMatch(/Inputs \(present value\)\s+£44,600\.00\n/);
    expect(out).toMatch(/SROI ratio\s+1\.59 : 1\n/);
  });

  it('writes the evaluation with --out as a workbook that reads back the same, with a Results sheet', async () => {
    const out = join(directory, 'report.xlsx');
    const { code, err } = await run('evaluate', 'examples/supported-employment.json', '--out', out);
    expect(code).toBe(0);
    expect(err).toContain(`wrote ${out}`);
    const sheets = await readXlsx(readFileSync(out), out);
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      'Settings',
      'Stakeholders',
      'Inputs',
      'Impact Map',
      'Discounting',
      'Results',
      'Sensitivity',
    ]);
    expect(fromWorkbook(sheets).evaluation).toStrictEqual(example('supported-employment'));
    const results = sheets.find((sheet) => sheet.name === 'Results')!;
    const ratioRow = results.cells.find((row) => row[0] === 'SROI ratio')!;
    expect((ratioRow[1] as { result: number }).result).toBeCloseTo(
      evaluate(example('supported-employment')).ratio!.toNumber(),
      12,
    );
  });

  it('keeps an existing --out file unless --force is given', async () => {
    const out = join(directory, 'kept.xlsx');
    writeFileSync(out, 'a colleague’s work');
    const refused = await run('evaluate', 'examples/social-prescribing.json', '--out', out);
    expect(refused).toEqual({ code: 2, out: '', err: `sroi: ${out} already exists; use --force to replace it\n` });
    expect(readFileSync(out, 'utf8')).toBe('a colleague’s work');
    const replaced = await run('evaluate', 'examples/social-prescribing.json', '--out', out, '--force');
    expect(replaced.code).toBe(0);
    expect((await readXlsx(readFileSync(out), out)).map((sheet) => sheet.name)).toContain('Results');
  });

  it('says why --out cannot be written, with exit code 5', async () => {
    const out = join(directory, 'no-such-folder', 'report.xlsx');
    const { code, err } = await run('evaluate', 'examples/social-prescribing.json', '--out', out);
    expect(code).toBe(5);
    expect(err).toBe(`sroi: cannot write ${out}: its folder does not exist\n`);
  });

  it('refuses to write --out over the file it reads', async () => {
    const { code, err } = await run(
      'evaluate',
      'examples/social-prescribing.xlsx',
      '--out',
      './examples/social-prescribing.xlsx',
    );
    expect(code).toBe(2);
    expect(err).toContain('is the file being evaluated');
  });

  it('shows progress on stderr for long runs (threshold set to 0 here, one second by default)', async () => {
    const { code, err } = await withProgressAfter('0', () => run('evaluate', 'examples/social-prescribing.xlsx'));
    expect(code).toBe(0);
    expect(err).toContain('sroi: reading examples/social-prescribing.xlsx...');
    expect(err).toMatch(/sroi: evaluating 7 outcomes\.\.\./);
    expect(err).toMatch(/sroi: done in \d+\.\d s/);
  });

  it('shows no progress for a run shorter than the threshold', async () => {
    // A threshold no test run reaches, so the result does not depend on the machine's speed.
    const { err } = await withProgressAfter('600000', () => run('evaluate', 'examples/social-prescribing.json'));
    expect(err).toBe('');
  });
});
