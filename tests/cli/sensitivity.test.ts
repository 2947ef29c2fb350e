import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatMoney, formatRatio, oneWay, switchingValues, type Evaluation } from '@sroi/core';
import { EXIT, HELP } from '@sroi/cli';
import { run } from './run';

const FILE = 'examples/social-prescribing';
const evaluation = JSON.parse(readFileSync(`${FILE}.json`, 'utf8')) as Evaluation;

/** The lines of a section of the text report, from its title to the next blank line. */
function section(out: string, title: string): string[] {
  const lines = out.split('\n');
  const start = lines.findIndex((line) => line.startsWith(title));
  const end = lines.indexOf('', start);
  return lines.slice(start + 1, end);
}

const cells = (line: string) => line.trim().split(/ {3,}/);

describe('sroi sensitivity', () => {
  it('states the base ratio at the top, as core computes it', async () => {
    const values = switchingValues(evaluation);
    const { code, out, err } = await run('sensitivity', `${FILE}.xlsx`);
    expect(err).toBe('');
    expect(code).toBe(EXIT.ok);
    expect(out.split('\n').slice(0, 2)).toEqual([
      'Social prescribing link worker service: sensitivity',
      `Base ratio ${formatRatio(values.ratio)}: present value ${formatMoney(values.presentValue)} on inputs of ${formatMoney(values.inputsPresentValue)}`,
    ]);
  });

  it("lists core's switching values under each outcome, and for all outcomes together", async () => {
    const values = switchingValues(evaluation);
    const { out } = await run('sensitivity', `${FILE}.xlsx`);
    const lines = section(out, 'Switching values: how far each estimate must move for the ratio to fall to 1.00 : 1');
    expect(cells(lines[0] ?? '')).toEqual(['Estimate', 'Base', 'Switching value', 'Change']);
    // A heading per outcome and one for all together, then one row per estimate.
    expect(lines).toHaveLength(1 + evaluation.outcomes.length * 8 + 8);
    expect(lines[1]?.trim()).toBe('Improved mental wellbeing (wellbeing)');
    expect(lines.at(-8)?.trim()).toBe('All outcomes together');
    const rows = lines.filter((line) => line.startsWith('    '));
    const all = [...values.outcomes, ...values.together];
    expect(rows).toHaveLength(all.length);
    all.forEach((value, i) => {
      const row = rows[i] ?? '';
      if (value.change === null) expect(row).toContain(`n/a — ${value.reason?.message}`);
      else expect(row).not.toContain('n/a');
    });
    // Figures checked by hand against the core values printed by docs/workbook-and-cli.md.
    expect(cells(rows[1] ?? '')).toEqual(['financial proxy', '£1,200.00', '-£159.14', 'x-0.13']);
    expect(values.outcomes[1]?.value?.toFixed(2)).toBe('-159.14');
    expect(values.together.map((value) => value.change?.toDecimalPlaces(2).toString() ?? null)).toEqual([
      '0.38',
      '0.38',
      '46.92',
      '62.27',
      '45.05',
      null,
      null,
    ]);
    expect(cells(rows.at(-7) ?? '')).toEqual(['quantity', 'x0.38']);
    expect(cells(rows.at(-5) ?? '')).toEqual(['deadweight', '+46.9 pts']);
    expect(cells(rows.at(-3) ?? '')[1]).toBe('+45.0 pts');
  });

  it("prints core's tornado rows in core's order, largest swing first", async () => {
    const tornado = oneWay(evaluation);
    const { out } = await run('sensitivity', `${FILE}.json`);
    const lines = section(out, 'One-way changes (tornado), largest swing first');
    expect(cells(lines[0] ?? '')).toEqual(['Outcome', 'Estimate', 'Base', 'Low', 'Ratio', 'High', 'Ratio', 'Swing']);
    const rows = lines.slice(1).map(cells);
    expect(rows).toHaveLength(tornado.rows.length);
    tornado.rows.forEach((row, i) => {
      const printed = rows[i] ?? [];
      expect(printed[0]).toBe(row.outcome ?? 'all outcomes');
      expect(printed.at(-1)).toBe(row.swing.toFixed(2));
      expect(printed.at(-2)).toBe(formatRatio(row.high.ratio));
      expect(printed.at(-4)).toBe(formatRatio(row.low.ratio));
    });
    expect(rows[0]).toEqual(['all outcomes', 'duration', '-1 year', '1.80 : 1', '+1 year', '3.33 : 1', '1.53']);
    expect(rows[1]).toEqual(['wellbeing', 'duration', '2 years', '1 year', '2.12 : 1', '3 years', '2.97 : 1', '0.85']);
    expect(rows).toContainEqual([
      'wellbeing',
      'attribution',
      '30.0%',
      '20.0%',
      '2.86 : 1',
      '40.0%',
      '2.45 : 1',
      '0.42',
    ]);
    expect(rows).toContainEqual([
      'all outcomes',
      'deadweight',
      '-10.0 pts',
      '3.01 : 1',
      '+10.0 pts',
      '2.30 : 1',
      '0.71',
    ]);
    expect(rows).toContainEqual(['all outcomes', 'quantity', 'x0.90', '2.39 : 1', 'x1.10', '2.92 : 1', '0.53']);
  });

  it('prints the same report from the workbook and the JSON file', async () => {
    expect((await run('sensitivity', `${FILE}.xlsx`)).out).toBe((await run('sensitivity', `${FILE}.json`)).out);
  });

  it("prints core's results as JSON with --format json, decimals as exact strings", async () => {
    const { code, out } = await run(
      'sensitivity',
      `${FILE}.xlsx`,
      '--format',
      'json',
      '--target',
      '2',
      '--change',
      '0.2',
    );
    expect(code).toBe(EXIT.ok);
    const expected = {
      switchingValues: switchingValues(evaluation, { target: 2 }),
      oneWay: oneWay(evaluation, { change: 0.2 }),
    };
    // Decimal's own toJSON gives its string, independently of the command's conversion.
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(JSON.parse(out).switchingValues.ratio).toBe('2.655613668924886702345179550860508');
  });

  it('prints Markdown tables with --format md', async () => {
    const { code, out } = await run('sensitivity', `${FILE}.json`, '--format', 'md');
    expect(code).toBe(EXIT.ok);
    expect(out).toContain('# Social prescribing link worker service: sensitivity\n\nBase ratio 2.66 : 1:');
    expect(out).toContain(
      '| Outcome | Estimate | Base | Switching value | Change |\n| --- | --- | ---: | ---: | --- |',
    );
    expect(out).toContain(
      '| Improved mental wellbeing (wellbeing) | financial proxy | £1,200.00 | -£159.14 | x-0.13 |',
    );
    expect(out).toContain('| all outcomes together | deadweight |  |  | +46.9 pts |');
    expect(out).toContain('| all outcomes | duration |  | -1 year | 1.80 : 1 | +1 year | 3.33 : 1 | 1.53 |');
  });

  it('takes --target and --change (also written as a percentage)', async () => {
    const { code, out } = await run('sensitivity', `${FILE}.json`, '--target', '3', '--change', '20%');
    expect(code).toBe(EXIT.ok);
    expect(out).toContain('must move for the ratio to rise to 3.00 : 1');
    expect(out).toContain('quantities and proxies 20% down and up, shares 20 points');
    expect((await run('sensitivity', `${FILE}.json`, '--target', '3', '--change', '0.2')).out).toBe(out);
    const quantity = switchingValues(evaluation, { target: 3 }).together[0];
    expect(out).toContain(`x${quantity?.change?.toFixed(2)}`);
  });

  it("reports every bad option at once with core's messages, exit 2", async () => {
    const { code, out, err } = await run('sensitivity', `${FILE}.json`, '--target', '0', '--change', '1.5');
    expect(code).toBe(EXIT.usage);
    expect(out).toBe('');
    expect(err).toBe(
      'sroi: sensitivity: invalid options (2 problems):\n' +
        '  --target: target must be a ratio above 0, e.g. 1 for 1 : 1; got "0"\n' +
        '  --change: change must be at most 1 (100%); got 1.5\n' +
        'Run "sroi sensitivity --help" for usage.\n',
    );
    expect((await run('sensitivity', `${FILE}.json`, '--change', 'lots')).err).toContain(
      '--change: change must be a fraction above 0 and at most 1, e.g. 0.1 for 10%; got "lots"',
    );
  });

  it('rejects the options of other commands and a bad format, exit 2', async () => {
    expect(await run('sensitivity', `${FILE}.json`, '--iterations', '10')).toMatchObject({
      code: EXIT.usage,
      err: 'sroi: sensitivity does not take --iterations. Run "sroi sensitivity --help".\n',
    });
    expect(await run('evaluate', `${FILE}.json`, '--target', '2')).toMatchObject({ code: EXIT.usage });
    expect((await run('sensitivity', `${FILE}.json`, '--format', 'csv')).err).toContain(
      '--format must be text, json or md; got "csv"',
    );
    expect((await run('sensitivity')).err).toContain('sensitivity needs a file');
  });

  it('reports file problems exactly as validate and evaluate do', async () => {
    const file = 'examples/befriending-with-problems.csv';
    const validate = await run('validate', file);
    const sensitivity = await run('sensitivity', file);
    expect(sensitivity).toEqual({ code: EXIT.problems, out: '', err: validate.err });
    expect(await run('sensitivity', 'examples/nope.xlsx')).toEqual(await run('evaluate', 'examples/nope.xlsx'));
  });

  it('reads a commissioner-style CSV value map', async () => {
    const { code, out } = await run('sensitivity', 'examples/befriending-value-map.csv');
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/^Base ratio \d+\.\d\d : 1: present value £/m);
  });

  it('has its own help with examples, and is listed in sroi --help', async () => {
    const help = await run('sensitivity', '--help');
    expect(help.code).toBe(EXIT.ok);
    expect(help.out).toContain('Usage: sroi sensitivity <file> [--target 1] [--change 0.1] [--format text|json|md]');
    expect(help.out).toContain('sroi sensitivity examples/social-prescribing.xlsx --target 2 --change 0.2');
    expect((await run('help', 'sensitivity')).out).toBe(help.out);
    expect(HELP).toContain('sroi sensitivity <file> [--target 1] [--change 0.1] [--format text|json|md]');
    expect(HELP).toContain('sroi sensitivity examples/social-prescribing.xlsx --format md > sensitivity.md');
  });

  it('without inputs, says there is no ratio and shows the tornado in present values', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'sroi-sensitivity-'));
    try {
      const file = join(directory, 'no-inputs.json');
      writeFileSync(file, JSON.stringify({ ...evaluation, inputs: [] }));
      const { code, out } = await run('sensitivity', file);
      expect(code).toBe(EXIT.ok);
      expect(out).toContain('Base ratio: n/a (the inputs total nothing); present value £559,006.68\n');
      expect(out).not.toContain('Switching values:');
      expect(out).toContain('Low   Present value');
      const top = oneWay({ ...evaluation, inputs: [] }).rows[0];
      expect(out).toContain(formatMoney(top!.swing));
      const montecarlo = await run('montecarlo', file, '--iterations', '500');
      expect(montecarlo.code).toBe(EXIT.ok);
      expect(montecarlo.out).toContain('Probability: n/a (the inputs total nothing, so there is no ratio)');
      expect(montecarlo.out).not.toContain('SROI ratio');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
