import { readFileSync } from 'node:fs';
import { formatMoney, formatRatio, monteCarlo, toDecimal, type Evaluation } from '@sroi/core';
import { EXIT, HELP, main, type Output } from '@sroi/cli';
import { run, withProgressAfter } from './run';

const FILE = 'examples/social-prescribing';
const evaluation = JSON.parse(readFileSync(`${FILE}.json`, 'utf8')) as Evaluation;

/** Runs in-process as a terminal would: stderr a TTY or not, progress from the start, an optional signal. */
async function runWith(
  argv: string[],
  options: { errIsTTY?: boolean; signal?: AbortSignal; onErr?: (text: string) => void } = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const output: Output = {
    out: (text) => (out += text),
    err: (text) => {
      err += text;
      options.onErr?.(text);
    },
    errIsTTY: options.errIsTTY ?? false,
  };
  const code = await main(argv, output, options.signal === undefined ? {} : { signal: options.signal });
  return { code, out, err };
}

const row = (out: string, label: string) =>
  out
    .split('\n')
    .find((line) => line.trim().startsWith(label))
    ?.trim()
    .split(/ {3,}/);

describe('sroi montecarlo', () => {
  it("prints core's percentiles, mean and probability, with the seed and iterations to reproduce the run", async () => {
    const result = monteCarlo(evaluation, { iterations: 2000, seed: 7 });
    const { code, out, err } = await run('montecarlo', `${FILE}.xlsx`, '--iterations', '2000', '--seed', '7');
    expect(err).toBe('');
    expect(code).toBe(EXIT.ok);
    const keys = ['p5', 'p25', 'p50', 'p75', 'p95', 'mean'] as const;
    expect(row(out, '5%')).toEqual(['5%', '25%', 'Median', '75%', '95%', 'Mean']);
    expect(row(out, 'SROI ratio')).toEqual([
      'SROI ratio',
      ...keys.map((key) => formatRatio(toDecimal(result.ratio![key]))),
    ]);
    expect(row(out, 'Present value')).toEqual([
      'Present value',
      ...keys.map((key) => formatMoney(toDecimal(result.presentValue[key]))),
    ]);
    expect(out.split('\n').slice(0, 2)).toEqual([
      'Social prescribing link worker service: Monte Carlo, 2,000 iterations, seed 7',
      'Base ratio 2.66 : 1: present value £559,006.68 on inputs of £210,500.00',
    ]);
    expect(result.probabilityAtLeastTarget).toBe(1);
    expect(out).toContain('Probability that the ratio is at least 1.00 : 1: 100.00% (2,000 of 2,000 iterations)');
    expect(out).toContain('  deadweight: triangular -10 pts to +10 pts (mode 0 pts)\n');
    expect(out).toContain('  duration: fixed at its base value\n');
    expect(out).toContain(`Reproduce: sroi montecarlo ${FILE}.xlsx --iterations 2000 --seed 7\n`);
  });

  it('repeats --columns in the command that reproduces the run, since another column is another map', async () => {
    const { out, code } = await run(
      'montecarlo',
      'examples/value-map.xlsx',
      '--columns',
      'sheet=Impact Map',
      '-n',
      '100',
    );
    expect(code).toBe(0);
    expect(out).toContain(
      "Reproduce: sroi montecarlo examples/value-map.xlsx --iterations 100 --seed 1 --columns 'sheet=Impact Map'\n",
    );
  });

  it('runs 10,000 iterations with seed 1 by default, and says so', async () => {
    const { out } = await run('montecarlo', `${FILE}.json`, '--format', 'json');
    expect(JSON.parse(out)).toMatchObject({ iterations: 10000, seed: 1 });
    const expected = JSON.parse(JSON.stringify(monteCarlo(evaluation)));
    // No Ranges sheet and no --ranges: core's defaults, which the JSON says (source null).
    expect(JSON.parse(out)).toEqual({
      ...expected,
      ranges: { source: null, distributions: expected.distributions, byOutcome: {} },
    });
    const help = await run('montecarlo', '--help');
    expect(help.out).toContain('--iterations   a whole number from 1 to 10000000 (default 10000)');
    expect(help.out).toContain('--seed         any number (default 1)');
  });

  it("prints core's result as JSON with --format json, with the ranges used", async () => {
    const { code, out } = await run(
      'montecarlo',
      `${FILE}.xlsx`,
      '-f',
      'json',
      '-n',
      '3000',
      '--seed',
      '42',
      '--target',
      '2.5',
    );
    expect(code).toBe(EXIT.ok);
    const expected = monteCarlo(evaluation, { iterations: 3000, seed: 42, target: 2.5 });
    const ranges = { source: null, distributions: expected.distributions, byOutcome: {} };
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify({ ...expected, ranges })));
    expect(expected.probabilityAtLeastTarget).toBeGreaterThan(0);
    expect(expected.probabilityAtLeastTarget).toBeLessThan(1);
  });

  it('gives the same output for the same seed, and different output for another', async () => {
    const first = await run('montecarlo', `${FILE}.xlsx`, '--iterations', '5000', '--seed', '123');
    const again = await run('montecarlo', `${FILE}.xlsx`, '--iterations', '5000', '--seed', '123');
    const other = await run('montecarlo', `${FILE}.xlsx`, '--iterations', '5000', '--seed', '124');
    expect(again.out).toBe(first.out);
    expect(other.out).not.toBe(first.out);
    // The workbook and the JSON file are the same evaluation, so the same run.
    const json = await run('montecarlo', `${FILE}.json`, '--iterations', '5000', '--seed', '123');
    expect(json.out.replace(`${FILE}.json`, `${FILE}.xlsx`)).toBe(first.out);
  });

  it('prints a Markdown table with --format md', async () => {
    const { code, out } = await run('montecarlo', `${FILE}.json`, '--format', 'md', '--iterations', '1000');
    expect(code).toBe(EXIT.ok);
    expect(out).toContain(
      '|  | 5% | 25% | Median | 75% | 95% | Mean |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    expect(out).toMatch(/\| SROI ratio \| \d\.\d\d : 1 \|/);
    expect(out).toContain(`Reproduce: \`sroi montecarlo ${FILE}.json --iterations 1000 --seed 1\``);
  });

  it('reports every bad option at once, naming what is valid, exit 2', async () => {
    const { code, out, err } = await run('montecarlo', `${FILE}.json`, '--seed', 'abc', '--iterations', '0');
    expect(code).toBe(EXIT.usage);
    expect(out).toBe('');
    expect(err).toBe(
      'sroi: montecarlo: invalid options (2 problems):\n' +
        '  --iterations: iterations must be a whole number from 1 to 10000000; got 0\n' +
        '  --seed: seed must be a number, e.g. 42; got "abc"\n' +
        'Run "sroi montecarlo --help" for usage.\n',
    );
    const message = async (...options: string[]) => (await run('montecarlo', `${FILE}.json`, ...options)).err;
    expect(await message('--iterations', '-5')).toContain(
      '--iterations: iterations must be a whole number from 1 to 10000000; got -5\n',
    );
    expect(await message('--iterations', '2.5')).toContain('got 2.5\n');
    expect(await message('--iterations', '1e9')).toContain(
      '--iterations: iterations must be a whole number from 1 to 10000000; got 1000000000\n',
    );
    expect(await message('--iterations', 'many')).toContain(
      '--iterations: iterations must be a whole number from 1 to 10000000; got "many"\n',
    );
    expect(await message('--target', '0')).toContain(
      '--target: target must be a ratio above 0, e.g. 1 for 1 : 1; got "0"\n',
    );
    expect((await run('montecarlo', `${FILE}.json`, '--iterations', '1e9')).code).toBe(EXIT.usage);
    expect((await run('montecarlo', `${FILE}.json`, '--change', '0.1')).err).toBe(
      'sroi: montecarlo does not take --change. Run "sroi montecarlo --help".\n',
    );
  });

  it('accepts iterations written with thousands separators', async () => {
    const comma = await run('montecarlo', `${FILE}.json`, '--iterations', '2,000');
    expect(comma.code).toBe(EXIT.ok);
    expect(comma.out).toBe((await run('montecarlo', `${FILE}.json`, '--iterations', '2000')).out);
  });

  it('reports file problems exactly as validate and evaluate do', async () => {
    const file = 'examples/befriending-with-problems.csv';
    expect(await run('montecarlo', file)).toEqual({
      code: EXIT.problems,
      out: '',
      err: (await run('validate', file)).err,
    });
    expect(await run('montecarlo', 'examples/nope.json')).toEqual(await run('evaluate', 'examples/nope.json'));
  });

  it('shows no progress for a run shorter than the threshold', async () => {
    // A threshold no test run reaches, so the result does not depend on the machine's speed.
    const { err } = await withProgressAfter('600000', () => run('montecarlo', `${FILE}.json`, '--iterations', '1000'));
    expect(err).toBe('');
  });

  it('draws a progress bar in place on a terminal, on stderr only', async () => {
    const quiet = await run('montecarlo', `${FILE}.json`, '--iterations', '20000');
    const { code, out, err } = await withProgressAfter('0', () =>
      runWith(['montecarlo', `${FILE}.json`, '--iterations', '20000'], { errIsTTY: true }),
    );
    expect(code).toBe(EXIT.ok);
    expect(out).toBe(quiet.out);
    expect(err).toContain(
      '\rsroi: Monte Carlo [##############################] 100% (20,000 of 20,000 iterations)\x1b[K\n',
    );
    expect(err).toMatch(/sroi: done in \d+\.\d s\n$/);
  });

  it('writes one progress line per tenth of the run when stderr is not a terminal', async () => {
    const { out, err } = await withProgressAfter('0', () =>
      runWith(['montecarlo', `${FILE}.json`, '--iterations', '60000']),
    );
    expect(out).toContain('Monte Carlo, 60,000 iterations, seed 1');
    expect(err).not.toContain('\r');
    const lines = err.split('\n').filter((line) => line.startsWith('sroi: Monte Carlo ['));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.length).toBeLessThanOrEqual(11);
    expect(lines.at(-1)).toBe('sroi: Monte Carlo [##############################] 100% (60,000 of 60,000 iterations)');
  });

  it('cancels cleanly when its signal is aborted: exit 130, a message, no results', async () => {
    const controller = new AbortController();
    const { code, out, err } = await withProgressAfter('0', () =>
      runWith(['montecarlo', `${FILE}.json`, '--iterations', '10000000'], {
        signal: controller.signal,
        onErr: (text) => text.includes('Monte Carlo [') && controller.abort(),
      }),
    );
    expect(code).toBe(EXIT.cancelled);
    expect(code).toBe(130);
    expect(out).toBe('');
    expect(err).toMatch(
      /sroi: montecarlo cancelled after [\d,]+ of 10,000,000 iterations; nothing was printed, because the percentiles of an unfinished run would look like a finished one\n/,
    );
  });

  it('is cancelled before it starts by a signal already aborted', async () => {
    const { code, out, err } = await runWith(['montecarlo', `${FILE}.json`], { signal: AbortSignal.abort() });
    expect({ code, out }).toEqual({ code: EXIT.cancelled, out: '' });
    expect(err).toContain('sroi: montecarlo cancelled after 0 of 10,000 iterations');
  });

  it('cancels on Ctrl-C (SIGINT), and stops listening for it afterwards', async () => {
    const listeners = process.listenerCount('SIGINT');
    let sent = false;
    const { code, out } = await withProgressAfter('0', () =>
      runWith(['montecarlo', `${FILE}.json`, '--iterations', '10000000'], {
        onErr: (text) => {
          if (sent || !text.includes('Monte Carlo [')) return;
          sent = true;
          process.emit('SIGINT');
        },
      }),
    );
    expect(code).toBe(EXIT.cancelled);
    expect(out).toBe('');
    expect(process.listenerCount('SIGINT')).toBe(listeners);
  });

  it('prints the same on any number of worker threads (--workers), and says what a bad number should be', async () => {
    // 1,200 iterations are three blocks of 500, 500 and 200; without --workers so small a run stays in this thread.
    const args = ['montecarlo', `${FILE}.json`, '--iterations', '1200', '--seed', '5', '--format', 'json'];
    const inThread = await run(...args);
    expect(inThread.code).toBe(EXIT.ok);
    expect(JSON.parse(inThread.out)).toMatchObject(
      JSON.parse(JSON.stringify(monteCarlo(evaluation, { iterations: 1200, seed: 5 }))),
    );
    for (const workers of ['1', '2', '3']) expect(await run(...args, '--workers', workers)).toEqual(inThread);
    const bad = await run('montecarlo', `${FILE}.json`, '--workers', '0', '--seed', 'x');
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.err).toContain(
      '  --seed: seed must be a number, e.g. 42; got "x"\n' +
        '  --workers: workers must be a whole number from 1 to 64; got 0\n',
    );
    expect((await run('montecarlo', `${FILE}.json`, '--workers', 'all')).err).toContain(
      '--workers: workers must be a whole number from 1 to 64, e.g. 2; got "all"',
    );
    expect((await run('help', 'montecarlo')).out).toContain('--workers      threads to run on, 1 to 64');
  });

  it('is listed in sroi --help with examples', async () => {
    expect(HELP).toContain(
      'sroi montecarlo <file> [--iterations 10000] [--seed 1] [--target 1] [--ranges FILE] [--format text|json|md]',
    );
    expect(HELP).toContain('sroi montecarlo examples/social-prescribing.xlsx --iterations 100000 --seed 42');
    expect(HELP).toMatch(/130 +cancelled/);
    expect((await run('help', 'montecarlo')).out).toContain('Ctrl-C cancels it');
  });
});
