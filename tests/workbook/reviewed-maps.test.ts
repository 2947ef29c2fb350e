// Realistic maps a reviewer found read wrong without a word. The rule each case
// holds the reader to: a map is read to its meaning, or it is refused or warned
// at the cell that makes it doubtful; never read wrong with no problem and no
// warning. Messages are matched on a few key words only (the wording is the
// reader's). Present values are worked by hand in the comments: impact =
// quantity x value x (1 - deadweight)(1 - displacement)(1 - attribution),
// drop-off applies after year 1, and a value v in year t is worth v / 1.035^t
// (3.5%, end of year).
import { evaluate, type Evaluation } from '@sroi/core';
import { formatCellProblem, fromWorkbook, type ReadResult, type SheetGrid } from '@sroi/workbook';

const read = (...sheets: SheetGrid[]): ReadResult => fromWorkbook(sheets, { defaultName: 'Test' });
const everything = (result: ReadResult): string[] => [...result.problems, ...result.warnings].map(formatCellProblem);
const presentValue = (evaluation: Evaluation): number =>
  Number(evaluation.outcomes.length === 0 ? 0 : evaluate(evaluation).presentValue.toString());
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a message must be: an exact `Sheet!A1`, or a pattern for the address. */
type At = string | RegExp;
const addressOf = (at: At): string => (typeof at === 'string' ? escape(at) : at.source.replace(/^\^/, ''));
const messageAt = (at: At, words: RegExp): RegExp => new RegExp(`^(?:${addressOf(at)}): .*(?:${words.source})`, 'i');

/** Problems or warnings (or, with `only`, just one of them) hold a message at `at` with `words`. */
function expectFlagged(result: ReadResult, at: At, words: RegExp, only?: 'problems' | 'warnings'): void {
  const messages = only === undefined ? everything(result) : result[only].map(formatCellProblem);
  expect(messages).toContainEqual(expect.stringMatching(messageAt(at, words)));
}

/**
 * The rule: the map is read as `meant` says, or a problem or warning at `at`
 * mentions `words`. With `meant` null the map has no single meaning, so only
 * a message will do.
 */
function expectMeantOrFlagged(
  result: ReadResult,
  meant: ((evaluation: Evaluation) => void) | null,
  at: At,
  words: RegExp,
): void {
  if (everything(result).some((message) => messageAt(at, words).test(message))) return;
  if (meant !== null && result.evaluation !== null) {
    try {
      meant(result.evaluation);
      return;
    } catch {
      // Neither read as meant nor flagged: fail on the missing message below, showing every message.
    }
  }
  expectFlagged(result, at, words);
}

const H = [
  'Stakeholder',
  'Outcome',
  'Quantity',
  'Duration',
  'Value £',
  'Deadweight',
  'Displacement',
  'Attribution',
  'Drop-off',
];
/** Impact 10 x 100 x 0.8 x 1 x 0.9 = 720 in year 1, 360 in year 2: PV 720 / 1.035 + 360 / 1.035^2 = 695.65 + 336.06 = 1,031.72. */
const WARMER = ['Tenants', 'Warmer', 10, 2, 100, 0.2, 0, 0.1, 0.5];
/** Impact 20 x 50 x 0.9 = 900 in year 1: PV 900 / 1.035 = 869.57. */
const SAVES = ['Tenants', 'Saves money', 20, 1, 50, 0.1, 0, 0, 0];

describe('fromWorkbook on maps a reviewer found read wrong without a word', () => {
  describe('a header that gives its unit in brackets is read in that unit, or refused or warned at the header cell', () => {
    const REDUCTIONS = ['Deadweight', 'Displacement', 'Attribution', 'Drop-off'];
    const grid = (headers: string[], row: unknown[]): SheetGrid => ({
      name: 'Sheet1',
      cells: [
        [...headers, ...REDUCTIONS],
        [...row, 0.2, 0, 0.1, 0.5],
      ],
    });
    const proxyOf = (evaluation: Evaluation): number => Number(evaluation.outcomes[0]?.proxy.value);
    const cases: [string, SheetGrid, ((evaluation: Evaluation) => void) | null, string, RegExp][] = [
      [
        'Cost (£000)',
        grid(['Stakeholder', 'Outcome', 'Quantity', 'Value £', 'Duration', 'Cost (£000)'], ['A', 'x', 10, 100, 2, 35]),
        // 35 thousand pounds of inputs.
        (evaluation) => expect(evaluation.inputs.reduce((sum, input) => sum + Number(input.amount), 0)).toBe(35000),
        'Sheet1!F1',
        /£000|thousand|unit/,
      ],
      [
        'Value (£000)',
        grid(['Stakeholder', 'Outcome', 'Quantity', 'Value (£000)', 'Duration'], ['A', 'x', 10, 1.5, 2]),
        (evaluation) => expect(proxyOf(evaluation)).toBe(1500),
        'Sheet1!D1',
        /£000|thousand|unit/,
      ],
      [
        'Value (£k)',
        grid(['Stakeholder', 'Outcome', 'Quantity', 'Value (£k)', 'Duration'], ['A', 'x', 10, 1.5, 2]),
        (evaluation) => expect(proxyOf(evaluation)).toBe(1500),
        'Sheet1!D1',
        /£k|thousand|unit/,
      ],
      [
        'Duration (months)',
        grid(['Stakeholder', 'Outcome', 'Quantity', 'Value £', 'Duration (months)'], ['A', 'x', 10, 100, 24]),
        // 24 months is 2 years.
        (evaluation) => expect(evaluation.outcomes[0]?.duration).toBe(2),
        'Sheet1!E1',
        /month|unit|year/,
      ],
      [
        'Value (£ per week)',
        grid(['Stakeholder', 'Outcome', 'Quantity', 'Value (£ per week)', 'Duration'], ['A', 'x', 10, 50, 2]),
        // How many weeks a year the change lasts is not said: no single meaning.
        null,
        'Sheet1!D1',
        /week|unit|year/,
      ],
      [
        'Quantity (% of cohort)',
        grid(['Stakeholder', 'Outcome', 'Quantity (% of cohort)', 'Value £', 'Duration'], ['A', 'x', 0.4, 100, 2]),
        // The cohort's size is not given: no single meaning.
        null,
        'Sheet1!C1',
        /%|cohort|percent|share|unit/,
      ],
    ];
    it.each(cases)('reads or flags the header "%s"', (_header, sheet, meant, at, words) => {
      expectMeantOrFlagged(read(sheet), meant, at, words);
    });
  });

  describe('shares and Outcomes start merged down over two outcome rows', () => {
    const cells = [
      [...H, 'Outcomes start'],
      ['Tenants', 'Warmer', 10, 2, 100, 0.2, 0, 0.25, 0.5, 'After'],
      [null, 'Saves money', 20, 1, 50, 0.1, 0, null, 0, null],
    ];

    it('reads the merged attribution and start in both rows when the merges are given', () => {
      // Both rows attribution 25%, both start after the activity (year 2).
      // Warmer: 10 x 100 x 0.8 x 0.75 = 600 in year 2, 300 in year 3: 600 / 1.035^2 + 300 / 1.035^3 = 560.11 + 270.58.
      // Saves money: 20 x 50 x 0.9 x 0.75 = 675 in year 2: 675 / 1.035^2 = 630.12. Total 1,460.81.
      const result = read({ name: 'Impact Map', cells, merges: ['A2:A3', 'H2:H3', 'J2:J3'] });
      expect(result.problems.map(formatCellProblem)).toEqual([]);
      const outcomes = result.evaluation!.outcomes;
      expect(outcomes.map((outcome) => [outcome.stakeholder, Number(outcome.attribution), outcome.startYear])).toEqual([
        ['Tenants', 0.25, 2],
        ['Tenants', 0.25, 2],
      ]);
      expect(presentValue(result.evaluation!)).toBeCloseTo(1460.81, 2);
    });

    it('warns at the blank attribution below a filled one when no merges are given', () => {
      // As Office.js gives a merged H2:H3: H3 is blank, and may be a merge copy or a forgotten 0%.
      expectFlagged(read({ name: 'Impact Map', cells }), 'Impact Map!H3', /blank|empty|merged|missing|no value/);
    });

    it('warns at the blank Outcomes start below a filled one when no merges are given', () => {
      expectFlagged(read({ name: 'Impact Map', cells }), 'Impact Map!J3', /blank|empty|merged|missing|no value/);
    });
  });

  it('reads a European semicolon CSV with a Ref column of 1.1 and 1.2 and values 1.650 and 2.400 as 1,650 and 2,400', () => {
    // Warmer: 40 x 1,650 x 0.8 x 0.9 = 47,520 in year 1, 23,760 in year 2: 45,913.04 + 22,180.21.
    // Spart Geld: 12 x 2,400 x 0.9 = 25,920 in year 1: 25,043.48. Total 93,136.74.
    const text = [
      'Ref;Stakeholder;Outcome;Quantity;Duration;Value €;Deadweight;Displacement;Attribution;Drop-off',
      '1.1;Mieter;Wärmer;40;2;1.650;20%;0%;10%;50%',
      '1.2;Mieter;Spart Geld;12;1;2.400;10%;0%;0%;0%',
    ];
    const result = read({ name: 'eu-ids.csv', decimalMark: ',', cells: text.map((line) => line.split(';')) });
    expect(result.problems.map(formatCellProblem)).toEqual([]);
    expect(result.evaluation!.outcomes.map((outcome) => Number(outcome.proxy.value))).toEqual([1650, 2400]);
    expect(presentValue(result.evaluation!)).toBeCloseTo(93136.74, 2);
  });

  it('warns about the second impact map on a sheet, naming the one it does not read', () => {
    const second = ['Tenants', 'Saves money', 25, 1, 50, 0.1, 0, 0, 0];
    const cells = [['Forecast 2023'], H, WARMER, SAVES, [], ['Evaluation 2024'], H, WARMER, second];
    const result = read({ name: 'Sheet1', cells });
    // Whichever it reads, the message is at the other one's title or header row.
    const readSecond = result.evaluation?.outcomes.some((outcome) => Number(outcome.quantity) === 25) === true;
    expectFlagged(result, readSecond ? /Sheet1![A-I][12]/ : /Sheet1![A-I][67]/, /map|table/);
  });

  describe('subtotal and total rows', () => {
    const HEADERS = [...H, 'Impact'];
    /** Impacts: Warmer 720, Saves money 900, Council 5 x 200 = 1,000 (PV 1,000 / 1.035 = 966.18). */
    const ARREARS = ['Council', 'Less arrears', 5, 1, 200, 0, 0, 0, 0];
    const withImpact = (row: unknown[], impact: number): unknown[] => [...row, impact];
    const totalRow = (label: string, quantity: number, impact: number): unknown[] => [
      label,
      null,
      quantity,
      null,
      null,
      null,
      null,
      null,
      null,
      impact,
    ];

    it('skips a Subtotal row per stakeholder and does not check it as the grand total', () => {
      // PV 695.65 + 336.06 + 869.57 + 966.18 = 2,867.46; the grand total 2,620 = 720 + 900 + 1,000 agrees.
      const cells = [
        HEADERS,
        withImpact(WARMER, 720),
        withImpact(SAVES, 900),
        totalRow('Subtotal', 30, 1620),
        withImpact(ARREARS, 1000),
        totalRow('Subtotal', 5, 1000),
        totalRow('Total', 35, 2620),
      ];
      const result = read({ name: 'Impact Map', cells });
      expect(result.problems.map(formatCellProblem)).toEqual([]);
      expect(result.warnings.map(formatCellProblem).filter((warning) => /differs/i.test(warning))).toEqual([]);
      expect(result.evaluation!.outcomes.map((outcome) => outcome.description)).toEqual([
        'Warmer',
        'Saves money',
        'Less arrears',
      ]);
      expect(presentValue(result.evaluation!)).toBeCloseTo(2867.46, 2);
    });

    it.each(['Tenants total', 'Total (£)', 'Sum'])(
      'skips a "%s" row with no duration as a total, with no problem',
      (label) => {
        // PV 1,031.72 + 869.57 = 1,901.28.
        const cells = [HEADERS, withImpact(WARMER, 720), withImpact(SAVES, 900), totalRow(label, 30, 1620)];
        const result = read({ name: 'Impact Map', cells });
        expect(result.problems.map(formatCellProblem)).toEqual([]);
        expect(result.evaluation!.outcomes).toHaveLength(2);
        expect(presentValue(result.evaluation!)).toBeCloseTo(1901.28, 2);
      },
    );
  });

  describe('rows below the map that are not outcomes', () => {
    const cases: [string, unknown[], (evaluation: Evaluation) => void, string][] = [
      [
        'a Name row',
        ['Name', 'Warm homes'],
        (evaluation) => expect(evaluation.name).toBe('Warm homes'),
        'Impact Map!A4',
      ],
      ['a Currency row', ['Currency', 'EUR'], (evaluation) => expect(evaluation.currency).toBe('EUR'), 'Impact Map!A4'],
      [
        'a Note row',
        [null, 'Note: proxies from PSSRU 2023'],
        (evaluation) => expect(evaluation.outcomes).toHaveLength(1),
        'Impact Map!B4',
      ],
    ];
    it.each(cases)('does not refuse %s as an outcome: it is read, or warned at its cell', (_label, row, meant, at) => {
      const result = read({ name: 'Impact Map', cells: [H, WARMER, [], row] });
      expect(result.problems.map(formatCellProblem)).toEqual([]);
      expect(result.evaluation!.outcomes).toHaveLength(1);
      expectMeantOrFlagged(result, meant, at, /./);
    });
  });

  it('reads the SVUK value map with a Stage row, a group row, a question row and then a sub-header row', () => {
    // prettier-ignore
    const stage = ['Stage 1', null, 'Stage 2', null, null, 'Stage 3', null, null, null, null, null, null, null, null, 'Stage 4', null, null, null, null];
    // prettier-ignore
    const group = ['Stakeholders', 'Intended/unintended changes', 'Inputs', null, 'Outputs', 'The Outcomes (what changes)', null, null, null, null, null, null, null, null, 'Deadweight %', 'Displacement %', 'Attribution %', 'Drop off %', 'Impact'];
    // prettier-ignore
    const questions = ['Who do we have an effect on? Who has an effect on us?', 'What do we think will change for them?', 'What do they invest?', 'Value £', 'Summary of activity in numbers', 'How would the stakeholder describe the changes?', 'How would we measure it?', 'Where did we get the information from?', 'How much change was there?', 'How long does it last?', 'Does it start during or after the activity?', 'What proxy would we use to value the change?', 'What is the value of the change?', 'Where did we get the information from?', 'What would have happened without the activity?', 'What activity would we displace?', 'Who else would contribute to the change?', 'Does the outcome drop off in future years?', 'Quantity times financial proxy, less deadweight, displacement and attrribution'];
    // prettier-ignore
    const sub = [null, null, 'Description', 'Value £', 'Summary of activity in numbers', 'Description', 'Indicator', 'Source', 'Quantity', 'Duration', 'Outcomes start', 'Financial proxy', 'Value £', 'Source', null, null, null, null, null];
    // prettier-ignore
    const outcome = ['Older people', 'Less isolated', 'Time', 0, '40 sessions', 'Less lonely', 'UCLA', 'Survey', 40, 3, 'During', 'GP visits avoided', 250, 'PSSRU', 0.2, 0, 0.25, 0.1, 6000];
    // prettier-ignore
    const grant = ['Council', '', 'Grant', 20000, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null];
    // prettier-ignore
    const total = ['Total', null, null, 20000, null, null, null, null, null, null, null, null, null, null, null, null, null, null, 6000];
    // Impact 40 x 250 x 0.8 x 0.75 = 6,000 in year 1, less 10% a year after:
    // 6,000 / 1.035 + 5,400 / 1.035^2 + 4,860 / 1.035^3 = 5,797.10 + 5,040.96 + 4,383.44 = 15,221.50.
    // Inputs 20,000 (and 0 of time): ratio 15,221.50 / 20,000 = 0.7611.
    const result = read({ name: 'Impact Map', cells: [stage, group, questions, sub, outcome, grant, total] });
    expect(result.problems.map(formatCellProblem)).toEqual([]);
    const evaluation = result.evaluation!;
    expect(evaluation.outcomes).toHaveLength(1);
    expect(presentValue(evaluation)).toBeCloseTo(15221.5, 2);
    expect(Number(evaluate(evaluation).ratio?.toString())).toBeCloseTo(0.7611, 4);
  });

  describe('plain-English headers are recognised', () => {
    // Older people, 85 x 900, lasting 2 years, 20% deadweight, 25% attribution, 50% drop-off:
    // 85 x 900 x 0.8 x 0.75 = 45,900 in year 1, 22,950 in year 2: 44,347.826 + 21,424.071 = 65,771.897.
    const standard = [
      'Stakeholder',
      'Outcome',
      'Quantity',
      'Value £',
      'Duration',
      'Deadweight',
      'Displacement',
      'Attribution',
      'Drop-off',
    ];
    const row = ['Older people', 'Less lonely', 85, 900, 2, 0.2, 0, 0.25, 0.5];
    const cases: [string, string, string, number][] = [
      ['% would have happened anyway', 'Deadweight', 'deadweight', 0.2],
      ['% due to others', 'Attribution', 'attribution', 0.25],
      ['% reduction each year', 'Drop-off', 'dropOff', 0.5],
      ['Years benefit lasts', 'Duration', 'duration', 2],
    ];
    it.each(cases)('reads "%s" as %s', (header, replaced, field, value) => {
      const headers = standard.map((text) => (text === replaced ? header : text));
      const result = read({ name: 'Sheet1', cells: [headers, row] });
      expect(result.problems.map(formatCellProblem)).toEqual([]);
      const outcome = result.evaluation!.outcomes[0] as unknown as Record<string, unknown>;
      expect(outcome[field] === undefined ? undefined : Number(outcome[field])).toBe(value);
      expect(presentValue(result.evaluation!)).toBeCloseTo(65771.9, 2);
    });
  });

  describe('currency signs in the values', () => {
    it('warns about the currency when values are written in euros and no Currency is set (so GBP)', () => {
      const result = read({ name: 'Impact Map', cells: [H, ['A', 'x', 10, 1, '€500', 0, 0, 0, 0]] });
      // Read as meant would be an evaluation in EUR; otherwise a message at the value or its header.
      expectMeantOrFlagged(
        result,
        (evaluation) => expect(evaluation.currency).toBe('EUR'),
        /Impact Map!E[12]/,
        /currency|€|EUR|GBP|euro/,
      );
    });

    it('refuses a column with £100 in one row and €100 in the next', () => {
      const cells = [H, ['A', 'x', 10, 1, '£100', 0, 0, 0, 0], ['A', 'y', 10, 1, '€100', 0, 0, 0, 0]];
      expectFlagged(read({ name: 'Impact Map', cells }), /Impact Map!E[123]/, /currency|€|£|EUR|GBP/, 'problems');
    });
  });
});
