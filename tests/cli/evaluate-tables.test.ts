import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, formatMoney, type Evaluation } from '@sroi/core';
import { markdownSummary, textSummary } from '@sroi/cli';
import { outcomeRows, yearRows } from '../../packages/cli/src/report/breakdown-rows';
import { run } from './run';

/**
 * Two outcomes, worked by hand at 3.5% a year (end-of-year timing):
 * - "Improved wellbeing": 10 x £1,000 less 20% deadweight = £8,000 in year 1, halving each year
 *   (drop-off 50%) for 3 years: £8,000, £4,000, £2,000.
 *   PV = 8,000 / 1.035 + 4,000 / 1.035² + 2,000 / 1.035³ = 7,729.47 + 3,734.04 + 1,803.89 = £13,267.40.
 * - "Into work": 5 x £2,300 less 10% deadweight = £10,350 from year 2, less 10% drop-off in
 *   year 3: £10,350, £9,315. PV = 10,350 / 1.035² + 9,315 / 1.035³ = 9,661.84 + 8,401.59 = £18,063.43.
 * Total PV £31,330.83; shares 13,267.40 / 31,330.83 = 42.3% and 57.7%.
 * Inputs: £20,000 in year 0 and £1,035 in year 1 (1,035 / 1.035 = £1,000): £21,000.
 * By year: 1: 8,000 / 1.035 = 7,729.47; 2: 14,350 / 1.071225 = 13,395.88 (cumulative 21,125.35,
 * the first to reach 21,000); 3: 11,315 / 1.108717875 = 10,205.48 (cumulative 31,330.83).
 * Discounted payback: 12 + 12 x (21,000 - 7,729.47) / 13,395.88 = 23.9 months.
 */
const worked: Evaluation = Object.freeze<Evaluation>({
  name: 'Worked example',
  discount: { rate: 0.035 },
  stakeholders: [
    { id: 'participants', name: 'Participants' },
    { id: 'employers', name: 'Local employers' },
  ],
  inputs: [
    { description: 'Grant', amount: 20000 },
    { description: 'Top-up', amount: 1035, year: 1 },
  ],
  outcomes: [
    {
      id: 'wellbeing',
      stakeholder: 'participants',
      description: 'Improved wellbeing',
      domain: 'social',
      quantity: 10,
      proxy: { value: 1000 },
      deadweight: 0.2,
      dropOff: 0.5,
      duration: 3,
    },
    {
      id: 'Into work',
      stakeholder: 'employers',
      description: 'Into work',
      domain: 'economic',
      quantity: 5,
      proxy: { value: 2300 },
      deadweight: 0.1,
      dropOff: 0.1,
      duration: 2,
      startYear: 2,
    },
  ],
});

const socialPrescribing = JSON.parse(readFileSync('examples/social-prescribing.json', 'utf8')) as Evaluation;

/** A table line with its padding collapsed, found by its first cell. */
const line = (text: string, first: string) =>
  text
    .split('\n')
    .map((row) => row.replace(/\s+/g, ' ').trim())
    .find((row) => row.startsWith(`${first} `));

describe('outcomeRows', () => {
  it('gives each outcome its hand-worked impact, years, present value and share of the total', () => {
    const { header, rows } = outcomeRows(evaluate(worked));
    expect(header).toEqual([
      'Outcome',
      'Stakeholder',
      'Domain',
      'Impact (first year)',
      'Years',
      'Present value',
      'Share',
    ]);
    expect(rows).toEqual([
      ['Improved wellbeing (wellbeing)', 'Participants', 'social', '£8,000.00', '1–3', '£13,267.40', '42.3%'],
      ['Into work', 'Local employers', 'economic', '£10,350.00', '2–3', '£18,063.43', '57.7%'],
      ['Total', '', '', '£18,350.00', '1–3', '£31,330.83', '100.0%'],
    ]);
  });

  it('ends with a Total row that shows the headline impact and present value', () => {
    const result = evaluate(worked);
    const { rows, totals } = outcomeRows(result);
    expect(totals).toEqual([rows.length - 1]);
    expect(rows[rows.length - 1]?.[3]).toBe(formatMoney(result.impact));
    expect(rows[rows.length - 1]?.[5]).toBe(formatMoney(result.presentValue));
  });

  it('gives every outcome of examples/social-prescribing.json its hand-worked present value and share', () => {
    // Two-year outcomes: PV = year 1 / 1.035 + year 1 x (1 - drop-off) / 1.035²; one-year: year 1 / 1.035.
    // wellbeing 320 x 1,200 x 0.75 x 0.7 = 201,600 then 120,960; loneliness 210 x 900 x 0.8 x 0.75 = 113,400
    // then 56,700; activity 90 x 400 x 0.65 x 0.7 = 16,380 then 8,190; GP 1,450 x 42 x 0.7 x 0.8 = 34,104;
    // ED 180 x 150 x 0.7 x 0.95 x 0.7 = 12,568.50; volunteers 40 x 600 x 0.7 x 0.8 = 13,440 then 6,720;
    // travel 960 x 1.90 x 0.7 x 0.8 = 1,021.44. Total £559,006.68.
    const { rows } = outcomeRows(evaluate(socialPrescribing));
    expect(rows.map((row) => [row[0], row[3], row[4], row[5], row[6]])).toEqual([
      ['Improved mental wellbeing (wellbeing)', '£201,600.00', '1–2', '£307,700.06', '55.0%'],
      ['Less lonely (loneliness)', '£113,400.00', '1–2', '£162,495.27', '29.1%'],
      ['More physically active (walking groups) (activity)', '£16,380.00', '1–2', '£23,471.54', '4.2%'],
      ['Fewer GP appointments for non-medical needs (gp-appointments)', '£34,104.00', '1', '£32,950.72', '5.9%'],
      ['Fewer emergency department attendances (emergency-attendances)', '£12,568.50', '1', '£12,143.48', '2.2%'],
      ['More confident, with new skills (volunteer-confidence)', '£13,440.00', '1–2', '£19,258.70', '3.4%'],
      ['Fewer car journeys to the surgery (travel)', '£1,021.44', '1', '£986.90', '0.2%'],
      ['Total', '£392,513.94', '1–2', '£559,006.68', '100.0%'],
    ]);
  });
});

describe('yearRows', () => {
  it('gives each year its hand-worked value, discount factor, present values and inputs, and marks the payback year', () => {
    const { header, rows } = yearRows(evaluate(worked));
    expect(header).toEqual([
      'Year',
      'Value',
      'Discount factor',
      'Present value',
      'Cumulative present value',
      'Inputs (present value)',
      'Payback',
    ]);
    expect(rows).toEqual([
      ['0', '£0.00', '1.0000', '£0.00', '£0.00', '£20,000.00', ''],
      ['1', '£8,000.00', '0.9662', '£7,729.47', '£7,729.47', '£1,000.00', ''],
      ['2', '£14,350.00', '0.9335', '£13,395.88', '£21,125.35', '£0.00', 'paid back'],
      ['3', '£11,315.00', '0.9019', '£10,205.48', '£31,330.83', '£0.00', ''],
      ['Total', '£33,665.00', '', '£31,330.83', '', '£21,000.00', '23.9 months'],
    ]);
  });

  it('ends with a Total row that shows the headline present value, inputs and discounted payback', () => {
    const result = evaluate(socialPrescribing);
    const { rows, totals } = yearRows(result);
    expect(totals).toEqual([rows.length - 1]);
    // Year 1: 392,513.94 / 1.035 = 379,240.52, already past the £210,500 of inputs (all in year 0);
    // year 2: (120,960 + 56,700 + 8,190 + 6,720) / 1.035² = 192,570 / 1.071225 = 179,766.16.
    // Discounted payback 12 x 210,500 / 379,240.52 = 6.7 months.
    expect(rows).toEqual([
      ['0', '£0.00', '1.0000', '£0.00', '£0.00', '£210,500.00', ''],
      ['1', '£392,513.94', '0.9662', '£379,240.52', '£379,240.52', '£0.00', 'paid back'],
      ['2', '£192,570.00', '0.9335', '£179,766.16', '£559,006.68', '£0.00', ''],
      ['Total', '£585,083.94', '', '£559,006.68', '', '£210,500.00', '6.7 months'],
    ]);
    expect(rows[rows.length - 1]?.[3]).toBe(formatMoney(result.presentValue));
    expect(rows[rows.length - 1]?.[5]).toBe(formatMoney(result.inputsPresentValue));
  });

  it('marks no year paid back, and says so in the Total row, when the inputs are never reached', () => {
    // £40,000 of inputs against £31,330.83 of present value.
    const { rows } = yearRows(evaluate({ ...worked, inputs: [{ description: 'Grant', amount: 40000 }] }));
    expect(rows.map((row) => row[6])).toEqual(['', '', '', '', 'not paid back']);
  });

  it('adds no year 0 row when every input is spent in a later year', () => {
    // 1,035 / 1.035 = £1,000 in year 1, paid back within it (7,729.47 reaches 1,000).
    const { rows } = yearRows(evaluate({ ...worked, inputs: [{ description: 'Grant', amount: 1035, year: 1 }] }));
    expect(rows.map((row) => row[0])).toEqual(['1', '2', '3', 'Total']);
    expect(rows[0]).toEqual(['1', '£8,000.00', '0.9662', '£7,729.47', '£7,729.47', '£1,000.00', 'paid back']);
  });
});

describe('textSummary', () => {
  it('prints the table by outcome always, and the table by year only when asked', () => {
    const result = evaluate(worked);
    const plain = textSummary(result);
    expect(plain).toContain('\nValue by outcome\n');
    expect(line(plain, 'Improved wellbeing')).toBe(
      'Improved wellbeing (wellbeing) Participants social £8,000.00 1–3 £13,267.40 42.3%',
    );
    expect(plain).not.toContain('Value by year');
    const withYears = textSummary(result, undefined, { years: true });
    expect(withYears).toContain('\nValue by year\n');
    expect(line(withYears, '2')).toBe('2 £14,350.00 0.9335 £13,395.88 £21,125.35 £0.00 paid back');
  });

  it('prints no control character from a hostile name in the title, any table or a warning', () => {
    const hostile = 'Name\u001b[2J\u001b]0;x\u0007';
    const result = evaluate({
      ...worked,
      name: hostile,
      stakeholders: [
        { id: 'participants', name: hostile },
        { id: 'employers', name: 'Local employers' },
      ],
      outcomes: worked.outcomes.map((outcome, i) =>
        i === 0 ? { ...outcome, description: hostile, deadweight: 0.9 } : outcome,
      ),
    });
    expect(result.warnings.length).toBeGreaterThan(0);
    const text = textSummary(result, () => `Sheet${hostile}!A1`, { years: true });
    // Only the newlines between lines remain of the C0 and C1 controls.
    // eslint-disable-next-line no-control-regex
    expect(text.match(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g)).toBeNull();
    expect(text.split('\n')[0]).toBe('Name\\u001b[2J\\u001b]0;x\\u0007 (forecast)');
    expect(text).toContain('Name\\u001b[2J\\u001b]0;x\\u0007 (wellbeing)');
    expect(text).toContain('- SheetName\\u001b[2J');
  });
});

describe('markdownSummary', () => {
  it('adds "## Value by outcome" always and "## Value by year" only when asked, with bold Total rows', () => {
    const result = evaluate(worked);
    const plain = markdownSummary(result);
    expect(plain).toContain('## Value by outcome');
    expect(plain).toContain(
      '| Improved wellbeing (wellbeing) | Participants | social | £8,000.00 | 1–3 | £13,267.40 | 42.3% |',
    );
    expect(plain).toContain('| **Total** |  |  | **£18,350.00** | **1–3** | **£31,330.83** | **100.0%** |');
    expect(plain).not.toContain('Value by year');
    const withYears = markdownSummary(result, undefined, { years: true });
    expect(withYears).toContain('## Value by year');
    expect(withYears).toContain('| 2 | £14,350.00 | 0.9335 | £13,395.88 | £21,125.35 | £0.00 | paid back |');
    expect(withYears).toContain(
      '| **Total** | **£33,665.00** |  | **£31,330.83** |  | **£21,000.00** | **23.9 months** |',
    );
  });

  it('escapes HTML, links and images in names, so they show as text', () => {
    const script = '<script>alert(1)</script>';
    const link = '[x](javascript:alert(1))';
    const image = '![i](http://x)';
    const result = evaluate({
      ...worked,
      name: script,
      stakeholders: [
        { id: 'participants', name: link },
        { id: 'employers', name: image },
      ],
      outcomes: worked.outcomes.map((outcome, i) =>
        i === 0 ? { ...outcome, description: image, deadweight: 0.9 } : { ...outcome, description: link },
      ),
    });
    expect(result.warnings.length).toBeGreaterThan(0);
    const md = markdownSummary(result, () => `Sheet ${script}`, { years: true });
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('[x](');
    expect(md).not.toContain('![i]');
    expect(md.split('\n')[0]).toBe('# \\<script\\>alert(1)\\</script\\>');
    expect(md).toContain('\n| \\!\\[i\\](http://x) (wellbeing) | \\[x\\](javascript:alert(1)) | social |');
    expect(md).toContain('\n- Sheet \\<script\\>alert(1)\\</script\\>: ');
  });
});

describe('sroi evaluate --years', () => {
  const directory = mkdtempSync(join(tmpdir(), 'sroi-tables-'));
  const file = join(directory, 'worked.json');
  writeFileSync(file, JSON.stringify(worked));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('adds the table by year to the text output, which has none without it', async () => {
    const without = await run('evaluate', file);
    expect(without.code).toBe(0);
    expect(line(without.out, 'Into work')).toBe('Into work Local employers economic £10,350.00 2–3 £18,063.43 57.7%');
    expect(without.out).not.toContain('Value by year');
    const withYears = await run('evaluate', file, '--years');
    expect(withYears.code).toBe(0);
    expect(withYears.out).toContain('\nValue by year\n');
    expect(line(withYears.out, '3')).toBe('3 £11,315.00 0.9019 £10,205.48 £31,330.83 £0.00');
  });

  it('adds the table by year to the Markdown output, which has none without it', async () => {
    const without = await run('evaluate', file, '--format', 'md');
    expect(without.code).toBe(0);
    expect(without.out).not.toContain('## Value by year');
    const withYears = await run('evaluate', file, '--format', 'md', '--years');
    expect(withYears.code).toBe(0);
    expect(withYears.out).toContain('| 1 | £8,000.00 | 0.9662 | £7,729.47 | £7,729.47 | £1,000.00 |  |');
  });
});
