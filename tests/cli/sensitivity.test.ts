import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatMoney, formatRatio, oneWay, switchingValues, type Evaluation } from '@sroi/core';
import { EXIT, HELP } from '@sroi/cli';
import { workedCheck } from '../core/fixtures';
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

/** Any control character but the newline. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

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

  it('lists the estimates closest to tipping the ratio, closest first, with their switching values', async () => {
    const { out } = await run('sensitivity', `${FILE}.xlsx`);
    const lines = section(out, 'Switching values: the 5 estimates closest to bringing the ratio down to 1.00 : 1');
    expect(cells(lines[0] ?? '')).toEqual([
      'Rank',
      'What would tip the ratio',
      'Switching value',
      'Change',
      'Distance',
    ]);
    // Every outcome's attribution +45.05 points, deadweight +46.92, displacement +62.27, quantity
    // and proxy x0.3766 (core's figures, as docs/workbook-and-cli.md prints them). The most room:
    // attribution 80 points (the lowest is 20%), deadweight 80 (20%), displacement 100 (all 0%
    // but one at 5%); so 56.3%, 58.7%, 62.27% and 62.34%.
    expect(lines.slice(1, 6).map(cells)).toEqual([
      ['1', 'Attribution of every outcome must rise by 45.0 points', '+45.0 pts', '56%'],
      ['2', 'Deadweight of every outcome must rise by 46.9 points', '+46.9 pts', '59%'],
      ['3', 'Displacement of every outcome must rise by 62.3 points', '+62.3 pts', '62%'],
      ['4', 'Quantity of every outcome must fall by 62.3%', 'x0.38', '62%'],
      ['5', 'Financial proxy of every outcome must fall by 62.3%', 'x0.38', '62%'],
    ]);
    expect(lines[6]).toMatch(/^Distance: the share of the way from the base to the edge of what the estimate can be/);
  });

  it('sums up in one line the estimates that cannot tip the ratio, and never prints a negative price', async () => {
    const { out } = await run('sensitivity', `${FILE}.xlsx`);
    // Each of the 7 outcomes alone cannot bring the ratio to 1 : 1 with any of its 7 estimates (a
    // proxy only below £0), nor can every drop-off or every duration: 49 + 2.
    const summary = out.split('\n').filter((line) => line.includes('cannot bring the ratio'));
    expect(summary).toEqual([
      '51 estimates cannot bring the ratio down to 1.00 : 1 whatever their value: every estimate of each outcome ' +
        'on its own; and the drop-off and duration of all outcomes together. No price for any one outcome tips ' +
        'the result: even at £0 the other outcomes keep the ratio above 1.00 : 1.',
    ]);
    expect(out).not.toContain('-£');
    expect(out).not.toContain('n/a —');
    expect(out.split('\n').length).toBeLessThan(30);
  });

  it('ranks the estimates of single outcomes with those of every outcome when they can tip the ratio', async () => {
    const { out } = await run('sensitivity', `${FILE}.json`, '--target', '2', '--top', '8');
    const lines = section(out, 'Switching values: the 8 estimates closest to bringing the ratio down to 2.00 : 1');
    // docs/workbook-and-cli.md: at 2 : 1 wellbeing's quantity falls to 176.48 (x0.55), 44.85% of
    // the way to 0; every outcome's drop-off must rise 42.9 points, of 100 (some are 0%).
    expect(lines.slice(6, 9).map(cells)).toEqual([
      ['6', 'Drop-off of every outcome must rise by 42.9 points', '+42.9 pts', '43%'],
      ['7', 'Quantity of Improved mental wellbeing (wellbeing) must fall from 320 to 176.48', '176.48', 'x0.55', '45%'],
      [
        '8',
        'Financial proxy of Improved mental wellbeing (wellbeing) must fall from £1,200.00 to £661.79',
        '£661.79',
        'x0.55',
        '45%',
      ],
    ]);
  });

  it("prints the tornado's largest swings in core's order, and says how many were left out", async () => {
    const tornado = oneWay(evaluation);
    // 7 outcomes x 7 estimates, and 7 for every outcome together.
    expect(tornado.rows).toHaveLength(56);
    const top = await run('sensitivity', `${FILE}.json`);
    const kept = section(top.out, 'One-way changes (tornado), the 10 largest swings of 56 (46 left out):');
    expect(kept).toHaveLength(1 + 10);
    const { out } = await run('sensitivity', `${FILE}.json`, '--top', '56');
    const lines = section(out, 'One-way changes (tornado), largest swing first');
    expect(cells(lines[0] ?? '')).toEqual(['Outcome', 'Estimate', 'Base', 'Low', 'Ratio', 'High', 'Ratio', 'Swing']);
    const rows = lines.slice(1).map(cells);
    expect(rows).toHaveLength(tornado.rows.length);
    // Columns are as wide as the rows kept need, so compare the cells.
    expect(kept.map(cells)).toEqual(lines.slice(0, 11).map(cells));
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
    const { code, out } = await run('sensitivity', `${FILE}.json`, '--format', 'md', '--top', '3');
    expect(code).toBe(EXIT.ok);
    expect(out).toContain('# Social prescribing link worker service: sensitivity\n\nBase ratio 2.66 : 1:');
    expect(out).toContain(
      '## Switching values: the 3 estimates closest to bringing the ratio down to 1.00 : 1, of 5 that can\n\n' +
        '| Rank | What would tip the ratio | Switching value | Change | Distance |\n' +
        '| ---: | --- | ---: | ---: | ---: |\n' +
        '| 1 | Attribution of every outcome must rise by 45.0 points |  | +45.0 pts | 56% |\n',
    );
    expect(out).toContain('\n\n51 estimates cannot bring the ratio down to 1.00 : 1 whatever their value: ');
    expect(out).toContain('## One-way changes (tornado), the 3 largest swings of 56 (53 left out): ');
    expect(out).toContain('| all outcomes | duration |  | -1 year | 1.80 : 1 | +1 year | 3.33 : 1 | 1.53 |');
    const tornadoRows = out
      .split('## One-way changes')[1]
      ?.split('\n')
      .filter((line) => /^\| [a-z]/.test(line));
    expect(tornadoRows).toHaveLength(3);
  });

  it('takes --target and --change (also written as a percentage)', async () => {
    const { code, out } = await run('sensitivity', `${FILE}.json`, '--target', '3', '--change', '20%');
    expect(code).toBe(EXIT.ok);
    expect(out).toContain('closest to bringing the ratio up to 3.00 : 1');
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

  it('takes --top as a whole number of 1 or more, and reports a bad one with the others, exit 2', async () => {
    const all = await run('sensitivity', `${FILE}.json`, '--top', '0', '--change', '1.5', '--target', '0');
    expect(all).toEqual({
      code: EXIT.usage,
      out: '',
      err:
        'sroi: sensitivity: invalid options (3 problems):\n' +
        '  --target: target must be a ratio above 0, e.g. 1 for 1 : 1; got "0"\n' +
        '  --change: change must be at most 1 (100%); got 1.5\n' +
        '  --top: top must be a whole number of 1 or more, e.g. 10; got "0"\n' +
        'Run "sroi sensitivity --help" for usage.\n',
    });
    for (const top of ['2.5', '-3', 'ten', '']) {
      const { code, err } = await run('sensitivity', `${FILE}.json`, '--top', top);
      expect(code).toBe(EXIT.usage);
      expect(err).toContain(`  --top: top must be a whole number of 1 or more, e.g. 10; got ${JSON.stringify(top)}\n`);
    }
    const three = await run('sensitivity', `${FILE}.json`, '--top', '3');
    expect(three.out).toContain(
      'Switching values: the 3 estimates closest to bringing the ratio down to 1.00 : 1, of 5 that can\n',
    );
    expect(three.out).toContain('One-way changes (tornado), the 3 largest swings of 56 (53 left out)');
    // The JSON is core's whole result, whatever --top says.
    expect((await run('sensitivity', `${FILE}.json`, '--top', '3', '--format', 'json')).out).toBe(
      (await run('sensitivity', `${FILE}.json`, '--format', 'json')).out,
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
    expect(help.out).toContain(
      'Usage: sroi sensitivity <file> [--target 1] [--change 0.1] [--top 10] [--format text|json|md]',
    );
    expect(help.out).toContain('sroi sensitivity examples/social-prescribing.xlsx --target 2 --change 0.2');
    expect((await run('help', 'sensitivity')).out).toBe(help.out);
    expect(HELP).toContain('sroi sensitivity <file> [--target 1] [--change 0.1] [--top 10] [--format text|json|md]');
    expect(HELP).toContain('sroi sensitivity examples/social-prescribing.xlsx --format md > sensitivity.md');
  });

  it('shows hostile names only as text: no control character in the terminal, no markup in Markdown', async () => {
    const hostile = '\u001b[2J\u001b]0;pwned\u0007<script>alert(1)</script> [x](javascript:alert(1))';
    const directory = mkdtempSync(join(tmpdir(), 'sroi-sensitivity-'));
    try {
      const file = join(directory, 'hostile.json');
      const [first, ...rest] = evaluation.outcomes;
      const outcomes = [{ ...first!, description: hostile }, ...rest];
      writeFileSync(file, JSON.stringify({ ...evaluation, name: hostile, outcomes }));
      const shown = '\\u001b[2J\\u001b]0;pwned\\u0007<script>alert(1)</script> [x](javascript:alert(1))';
      // At 2 : 1 the first outcome's quantity is among the closest (see above).
      const text = await run('sensitivity', file, '--target', '2');
      expect(text.code).toBe(EXIT.ok);
      expect(text.out).not.toMatch(CONTROL);
      expect(text.out.split('\n')[0]).toBe(`${shown}: sensitivity`);
      expect(text.out).toContain(`Quantity of ${shown} (wellbeing) must fall from 320 to 176.48`);
      const md = await run('sensitivity', file, '--target', '2', '--format', 'md');
      expect(md.out).not.toMatch(CONTROL);
      expect(md.out).not.toContain('<script>');
      expect(md.out).not.toContain('[x](');
      // Markdown shows the backslash of \\u001b literally too.
      const escaped =
        '\\\\u001b\\[2J\\\\u001b\\]0;pwned\\\\u0007\\<script\\>alert(1)\\</script\\> \\[x\\](javascript:alert(1))';
      expect(md.out.split('\n')[0]).toBe(`# ${escaped}: sensitivity`);
      expect(md.out).toContain(`| Quantity of ${escaped} (wellbeing) must fall from 320 to 176.48 |`);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('gives a share change as a fraction of one in JSON and as percentage points in text', async () => {
    // METHOD.md's worked check: present value 54,000 / 1.035 + 27,000 / 1.035^2 + 13,500 / 1.035^3 =
    // 89,554.93 on inputs of 50,000; 1 : 1 needs (1 - deadweight) x 89,554.93 / 0.8 = 50,000, so
    // deadweight 55.33% and a change of 0.8 - 0.8 x 50,000 / 89,554.93 = 0.353347 (float64, by hand).
    const reference = 0.3533467484262192;
    const directory = mkdtempSync(join(tmpdir(), 'sroi-sensitivity-'));
    try {
      const file = join(directory, 'worked-check.json');
      writeFileSync(file, JSON.stringify(workedCheck));
      const json = JSON.parse((await run('sensitivity', file, '--format', 'json', '--change', '0.05')).out) as {
        switchingValues: { outcomes: { estimate: string; unit: string; change: string }[] };
        oneWay: {
          change: string;
          rows: { outcome: string | null; estimate: string; unit: string; low: { value: string } }[];
        };
      };
      const deadweight = json.switchingValues.outcomes.find((value) => value.estimate === 'deadweight');
      expect(deadweight?.unit).toBe('share');
      expect(Math.abs(Number(deadweight?.change) - reference)).toBeLessThan(1e-12);
      // The tornado's change is in the same unit: 0.05 takes deadweight from 20% to 15% and 25%.
      expect(json.oneWay.change).toBe('0.05');
      const row = json.oneWay.rows.find((r) => r.outcome === 'wellbeing' && r.estimate === 'deadweight');
      expect([row?.unit, row?.low.value]).toEqual(['share', '0.15']);

      const { out } = await run('sensitivity', file);
      const deadweightRow = section(out, 'Switching values:')
        .map(cells)
        .find((line) => line[1]?.startsWith('Deadweight'));
      // Distance: 35.33 of the 80 points deadweight can rise, 44%.
      expect(deadweightRow?.slice(1)).toEqual([
        'Deadweight of Improved wellbeing (wellbeing) must rise from 20.0% to 55.3%',
        '55.3%',
        '+35.3 pts',
        '44%',
      ]);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
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
