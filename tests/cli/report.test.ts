import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, formatMoney, formatPercent, formatRatio, monteCarlo, toDecimal, type Evaluation } from '@sroi/core';
import { main } from '@sroi/cli';
import { workedCheck } from '../core/fixtures';
import { checkSvg } from '../../packages/cli/src/report/html/figure';
import { escapeHtml } from '../../packages/cli/src/report/html/escape';
import { run } from './run';

// METHOD.md's worked check, by hand: 100 × £1,000 × 0.8 × 0.9 × 0.75 = £54,000 in year 1, halving
// each year for 3 years, discounted at 3.5% at the end of each year; inputs £50,000 in year 0.
const YEAR_PRESENT_VALUES = [54000 / 1.035, 27000 / 1.035 ** 2, 13500 / 1.035 ** 3];
const PRESENT_VALUE = YEAR_PRESENT_VALUES.reduce((sum, value) => sum + value, 0);
const INPUTS = 50000;
const pounds = (value: number) =>
  `£${value.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** Every row of one section's tables, each as its cells' text (tags stripped, entities read back). */
function tableRows(html: string, section: string): string[][] {
  const body = new RegExp(`<section id="${section}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(([, row = '']) =>
    [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell = '']) => textOf(cell)),
  );
}

function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

/** The cells after the row headed `name` in a section's tables. */
function row(html: string, section: string, name: string): string[] | undefined {
  return tableRows(html, section)
    .find((cells) => cells[0] === name)
    ?.slice(1);
}

describe('sroi report', () => {
  const directory = mkdtempSync(join(tmpdir(), 'sroi-report-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  const mapFile = (name: string, evaluation: Evaluation) => {
    const file = join(directory, `${name}.json`);
    writeFileSync(file, JSON.stringify(evaluation));
    return file;
  };
  const worked = mapFile('worked-check', workedCheck);

  describe('the page holds the figures', () => {
    let html = '';
    let stderr = '';
    beforeAll(async () => {
      const out = join(directory, 'worked.html');
      const done = await run('report', worked, '--out', out, '--iterations', '2000', '--seed', '7');
      expect(done.code).toBe(0);
      stderr = done.err;
      html = readFileSync(out, 'utf8');
    });

    it('shows the headline figures of the worked check as worked by hand', () => {
      expect(row(html, 'headline', 'Present value')).toEqual([pounds(PRESENT_VALUE)]);
      expect(row(html, 'headline', 'Present value')).toEqual(['£89,554.93']);
      expect(row(html, 'headline', 'Inputs (present value)')).toEqual(['£50,000.00']);
      expect(row(html, 'headline', 'Net present value')).toEqual([pounds(PRESENT_VALUE - INPUTS)]);
      expect(row(html, 'headline', 'SROI ratio')).toEqual(['1.79 : 1']);
      expect(row(html, 'headline', 'Net ratio')).toEqual(['0.79 : 1']);
      // £50,000 over £54,000 a year is 11.1 months; discounted, over £52,173.91 in year 1, 11.5 months.
      expect(row(html, 'headline', 'Payback')).toEqual(['11.1 months']);
      expect(row(html, 'headline', 'Discounted payback')).toEqual(['11.5 months']);
      expect(html).toContain('<strong>1.79 : 1</strong>');
      expect(textOf(html)).toContain('For every £1.00 invested, £1.79 of social value');
    });

    it('shows each year’s value, discount factor, present value and cumulative present value as worked by hand', () => {
      let cumulative = 0;
      ['£54,000.00', '£27,000.00', '£13,500.00'].forEach((value, index) => {
        const presentValue = YEAR_PRESENT_VALUES[index] as number;
        cumulative += presentValue;
        const factor = (1 / 1.035 ** (index + 1)).toFixed(4);
        expect(row(html, 'years', String(index + 1))?.slice(0, 4)).toEqual([
          value,
          factor,
          pounds(presentValue),
          pounds(cumulative),
        ]);
      });
    });

    it('shows the outcome with its impact of £54,000 and present value', () => {
      const outcome = row(html, 'outcomes', 'Improved wellbeing (wellbeing)');
      expect(outcome).toContain('£54,000.00');
      expect(outcome).toContain('£89,554.93');
      expect(outcome).toContain('Participants');
    });

    it('shows the deadweight and quantity switching values worked by hand', () => {
      // The ratio is proportional to (1 − deadweight) and to the quantity: 1 : 1 at
      // 1 − 0.8 / 1.7911 = 55.3% deadweight (+35.3 points) and at 1 / 1.7911 = x0.56 of the quantity.
      const ratio = PRESENT_VALUE / INPUTS;
      const deadweight = 1 - 0.8 / ratio;
      // Ranked as sroi sensitivity ranks them: rank, what would tip the ratio, switching value, change, distance.
      const switching = tableRows(html, 'sensitivity').map((cells) => cells.slice(1, 4));
      expect(switching).toContainEqual([
        `Deadweight of Improved wellbeing (wellbeing) must rise from 20.0% to ${(deadweight * 100).toFixed(1)}%`,
        `${(deadweight * 100).toFixed(1)}%`,
        `+${((deadweight - 0.2) * 100).toFixed(1)} pts`,
      ]);
      expect(switching).toContainEqual([
        `Quantity of Improved wellbeing (wellbeing) must fall from 100 to ${(100 / ratio).toFixed(2)}`,
        (100 / ratio).toFixed(2),
        `x${(1 / ratio).toFixed(2)}`,
      ]);
    });

    it('shows the Monte Carlo percentiles, probability and ranges of the seeded run, and the command that repeats it', () => {
      const expected = monteCarlo(workedCheck, { iterations: 2000, seed: 7 });
      const ratio = (value: number) => formatRatio(toDecimal(value));
      expect(row(html, 'monte-carlo', 'SROI ratio')).toEqual([
        '1.79 : 1',
        ratio(expected.ratio!.p10),
        ratio(expected.ratio!.p50),
        ratio(expected.ratio!.p90),
      ]);
      expect(row(html, 'monte-carlo', 'Present value')?.[2]).toBe(formatMoney(toDecimal(expected.presentValue.p50)));
      const count = Math.round(expected.probabilityAtLeastTarget! * 2000);
      expect(textOf(html)).toContain(
        `Probability that the ratio is at least 1.00 : 1: ${((count / 2000) * 100).toFixed(2)}% (${count.toLocaleString('en-GB')} of 2,000 iterations).`,
      );
      expect(textOf(html)).toContain('financial proxy: triangular -20% to +20% (mode 0%)');
      expect(textOf(html)).toContain('deadweight: triangular -10 pts to +10 pts (mode 0 pts)');
      expect(textOf(html)).toContain(`sroi montecarlo ${worked} --iterations 2000 --seed 7`);
    });

    it('says in the warnings section that there are none, and names the file and version in the footer', () => {
      expect(textOf(/<section id="warnings"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '')).toContain('No warnings');
      expect(textOf(/<footer>[\s\S]*<\/footer>/.exec(html)?.[0] ?? '')).toContain('From worked-check.json, written on');
      expect(html).toContain('by sroi 0.1.0');
    });

    it('holds eight sections in the order a board reads them, each with its heading', () => {
      const headings = [...html.matchAll(/<section id="([\w-]+)"[^>]*>\s*<h2[^>]*>([^<]*)<\/h2>/g)].map((m) => m[2]);
      expect(headings).toEqual([
        'Headline figures',
        'Method and settings',
        'Value by stakeholder and by domain',
        'By outcome',
        'By year',
        'Sensitivity',
        'Monte Carlo ranges',
        'Warnings',
      ]);
    });

    it('is one self-contained page: a policy that forbids requests, no script, nothing linked from elsewhere', () => {
      expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
      expect(html).toContain('<meta charset="utf-8">');
      expect(html).toContain(
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
      );
      expect(html).not.toMatch(/<script|<link|<iframe|<img|<object|<embed|@import/i);
      expect(html).not.toMatch(/\s(src|srcset|action|formaction)\s*=/i);
      // In-page references only (an SVG's own clip paths and gradients).
      expect(
        [...html.matchAll(/\shref\s*=\s*["']?([^"'\s>]*)/gi)].map((m) => m[1]).filter((h) => !h?.startsWith('#')),
      ).toEqual([]);
      expect(
        [...html.matchAll(/url\(\s*["']?([^"')]*)/gi)].map((m) => m[1]).filter((u) => !u?.startsWith('#')),
      ).toEqual([]);
    });

    it('puts every chart in a figure whose caption says what it shows', () => {
      const figures = [...html.matchAll(/<figure[^>]*>([\s\S]*?)<\/figure>/g)].map(([, inner = '']) => inner);
      expect(figures).toHaveLength(5);
      for (const figure of figures) {
        expect(figure).toContain('<svg');
        expect(textOf(/<figcaption[^>]*>([\s\S]*?)<\/figcaption>/.exec(figure)?.[1] ?? '').length).toBeGreaterThan(20);
      }
    });

    it('ends stderr with the page it wrote', () => {
      expect(stderr).toBe(`sroi: wrote ${join(directory, 'worked.html')}\n`);
    });
  });

  it('shows every stakeholder’s and domain’s present value and share as the engine computes them', async () => {
    const out = join(directory, 'social-prescribing.html');
    const { code } = await run('report', 'examples/social-prescribing.xlsx', '--out', out, '--iterations', '200');
    expect(code).toBe(0);
    const html = readFileSync(out, 'utf8');
    const result = evaluate(JSON.parse(readFileSync('examples/social-prescribing.json', 'utf8')) as Evaluation);
    for (const stakeholder of result.stakeholders)
      expect(row(html, 'value-by', stakeholder.name)).toEqual([
        formatMoney(stakeholder.presentValue),
        formatPercent(stakeholder.share),
        formatMoney(stakeholder.inputsPresentValue),
      ]);
    const social = result.domains.find((domain) => domain.domain === 'social')!;
    expect(row(html, 'value-by', 'Social')).toEqual([formatMoney(social.presentValue), formatPercent(social.share)]);
  });

  it('draws from a --ranges file, says so, and lists the ranges for every outcome and per outcome', async () => {
    const ranges = {
      distributions: { proxy: { type: 'fixed' } },
      byOutcome: { wellbeing: { deadweight: { type: 'uniform', min: -0.05, max: 0.05 } } },
    } as const;
    const rangesFile = join(directory, 'ranges.json');
    writeFileSync(rangesFile, JSON.stringify(ranges));
    const out = join(directory, 'ranges.html');
    const { code } = await run('report', worked, '--out', out, '--iterations', '500', '--ranges', rangesFile);
    expect(code).toBe(0);
    const html = readFileSync(out, 'utf8');
    const expected = monteCarlo(workedCheck, { iterations: 500, seed: 1, ...ranges });
    expect(row(html, 'monte-carlo', 'SROI ratio')?.[2]).toBe(formatRatio(toDecimal(expected.ratio!.p50)));
    const text = textOf(html);
    expect(text).toContain('Ranges from ranges.json');
    expect(text).toContain('financial proxy: fixed at its base value');
    expect(text).toContain('For these outcomes, instead:');
    expect(text).toContain('"wellbeing": deadweight: uniform -5 pts to +5 pts');
    expect(text).toContain(`--ranges ${rangesFile}`);
  });

  it('holds hostile names as text: no markup, no link, no terminal control code', async () => {
    const hostile: Evaluation = {
      ...workedCheck,
      name: '<script>alert(1)</script>',
      stakeholders: [{ id: 'people', name: '<img src=x onerror=alert(1)>' }],
      outcomes: [
        {
          ...workedCheck.outcomes[0]!,
          description:
            '[click](javascript:alert(1)) <a href="javascript:alert(2)">here</a> \u001b[2J\u001b]0;pwned\u0007',
        },
      ],
    };
    const out = join(directory, 'hostile.html');
    const { code } = await run('report', mapFile('hostile', hostile), '--out', out, '--iterations', '200');
    expect(code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<script|<img|<a[\s>]/i);
    // No control character but the newlines between lines.
    const controls = [...html].filter((c) => c !== '\n' && (c < ' ' || (c >= '\u007f' && c <= '\u009f')));
    expect(controls).toEqual([]);
    expect(html).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(row(html, 'value-by', '<img src=x onerror=alert(1)>')?.[0]).toBe('£89,554.93');
    expect(textOf(html)).toContain(
      '[click](javascript:alert(1)) <a href="javascript:alert(2)">here</a> \\u001b[2J\\u001b]0;pwned\\u0007',
    );
    // The running title printed on each page is a CSS string: the name cannot end it, nor the style.
    expect(/<style>[\s\S]*<\/style>/.exec(html)?.[0].match(/<\/style/g)).toHaveLength(1);
  });

  it('writes a page for a map without inputs, saying there is no ratio', async () => {
    const out = join(directory, 'no-inputs.html');
    const file = mapFile('no-inputs', { ...workedCheck, inputs: [] });
    const { code } = await run('report', file, '--out', out, '--iterations', '200');
    expect(code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(row(html, 'headline', 'SROI ratio')).toEqual(['n/a']);
    expect(row(html, 'headline', 'Present value')).toEqual(['£89,554.93']);
    expect(textOf(html)).toContain('The inputs total nothing, so there is no ratio');
    expect(row(html, 'monte-carlo', 'SROI ratio')).toBeUndefined();
  });

  describe('refuses what it cannot do, and writes nothing', () => {
    it('needs --out, and names it', async () => {
      expect(await run('report', worked)).toEqual({
        code: 2,
        out: '',
        err: 'sroi: report needs the page to write: --out report.html. Run "sroi report --help".\n',
      });
    });

    it('takes no --format', async () => {
      const out = join(directory, 'format.html');
      const { code, err } = await run('report', worked, '--out', out, '--format', 'md');
      expect(code).toBe(2);
      expect(err).toContain('takes no --format');
      expect(readdirSync(directory)).not.toContain('format.html');
    });

    it('refuses an --out that is not an HTML page', async () => {
      const out = join(directory, 'report.md');
      const { code, err } = await run('report', worked, '--out', out);
      expect(code).toBe(2);
      expect(err).toContain(`--out ${out} would hold an HTML page (.html)`);
      expect(readdirSync(directory)).not.toContain('report.md');
    });

    it('keeps an existing page unless --force is given', async () => {
      const out = join(directory, 'kept.html');
      writeFileSync(out, 'a colleague’s page');
      const refused = await run('report', worked, '--out', out, '--iterations', '100');
      expect(refused).toEqual({ code: 2, out: '', err: `sroi: ${out} already exists; use --force to replace it\n` });
      expect(readFileSync(out, 'utf8')).toBe('a colleague’s page');
      const replaced = await run('report', worked, '--out', out, '--iterations', '100', '--force');
      expect(replaced.code).toBe(0);
      expect(readFileSync(out, 'utf8')).toContain('<h1>Worked check</h1>');
    });

    it('reports a bad --target, --change, --top, --iterations, --seed and --workers together', async () => {
      const out = join(directory, 'bad-options.html');
      const { code, err } = await run(
        'report',
        worked,
        '--out',
        out,
        '--target',
        '-1',
        '--change',
        '2',
        '--top',
        '0',
        '--iterations',
        '0',
        '--seed',
        'abc',
        '--workers',
        '0',
      );
      expect(code).toBe(2);
      const problems = err.split('\n').filter((line) => line.startsWith('  --'));
      expect(problems.map((line) => line.trim().split(':')[0])).toEqual([
        '--target',
        '--change',
        '--top',
        '--iterations',
        '--seed',
        '--workers',
      ]);
      expect(err).toContain('report: invalid options (6 problems)');
      expect(readdirSync(directory)).not.toContain('bad-options.html');
    });

    it('says why the page cannot be written (exit 5), leaving no file behind', async () => {
      const out = join(directory, 'no-such-folder', 'report.html');
      const { code, err } = await run('report', worked, '--out', out, '--iterations', '100');
      expect(code).toBe(5);
      expect(err).toBe(`sroi: cannot write ${out}: its folder does not exist\n`);
    });

    it('leaves nothing beside the target when the page cannot replace it (a folder of that name)', async () => {
      const folder = join(directory, 'atomic');
      mkdirSync(join(folder, 'page.html'), { recursive: true });
      const { code } = await run(
        'report',
        worked,
        '--out',
        join(folder, 'page.html'),
        '--force',
        '--iterations',
        '100',
      );
      expect(code).toBe(5);
      expect(readdirSync(folder)).toEqual(['page.html']);
      expect(readdirSync(join(folder, 'page.html'))).toEqual([]);
    });

    it('cancels on Ctrl-C during Monte Carlo with exit code 130, writing nothing', async () => {
      const out = join(directory, 'cancelled.html');
      const controller = new AbortController();
      controller.abort();
      let err = '';
      const code = await main(
        ['report', worked, '--out', out],
        { out: () => undefined, err: (text) => (err += text) },
        {
          signal: controller.signal,
        },
      );
      expect(code).toBe(130);
      expect(err).toContain('sroi: report cancelled after 0 of 10,000 Monte Carlo iterations; nothing was written');
      expect(readdirSync(directory)).not.toContain('cancelled.html');
    });

    it('lists the problems of a map that is not valid, and writes nothing', async () => {
      const out = join(directory, 'invalid.html');
      const { code, err } = await run('report', 'examples/befriending-with-problems.csv', '--out', out);
      expect(code).toBe(1);
      expect(err).toMatch(/^sroi: examples\/befriending-with-problems.csv has \d+ problems:/);
      expect(readdirSync(directory)).not.toContain('invalid.html');
    });
  });

  describe('the page’s own guards', () => {
    it('escapes the five characters HTML reads as markup, and shows control characters as text', () => {
      expect(escapeHtml(`<a href="x" title='y'>&\u001b[2J</a>`)).toBe(
        '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;\\u001b[2J&lt;/a&gt;',
      );
    });

    it.each([
      ['a script', '<svg><script>alert(1)</script></svg>'],
      ['an event handler', '<svg><rect onclick="alert(1)"/></svg>'],
      ['a link out', '<svg><a href="https://example.com"><text>x</text></a></svg>'],
      ['an image from elsewhere', '<svg><image href="https://example.com/x.png"/></svg>'],
      ['a fill from elsewhere', '<svg><rect fill="url(https://example.com/p.svg#p)"/></svg>'],
      ['embedded HTML', '<svg><foreignObject><div>x</div></foreignObject></svg>'],
    ])('refuses a chart whose SVG holds %s', (_, svg) => {
      expect(() => checkSvg(svg)).toThrow('a chart’s SVG holds markup the report does not allow');
    });

    it('accepts a chart whose labels quote hostile names as text, and in-page references', () => {
      const svg =
        '<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="&#60;img src=x onerror=alert(1)&#62;">' +
        '<clipPath id="c"><rect/></clipPath><g clip-path="url(#c)"><text>&lt;script&gt; onload=x</text></g></svg>';
      expect(() => checkSvg(svg)).not.toThrow();
    });
  });
});
