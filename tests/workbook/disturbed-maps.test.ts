/**
 * A law of the reader (issue 8): an Impact Map made someone's own (other
 * header words, two-row headers, merges, titles, blank and total rows, moved
 * and extra columns, "20%" text) still means the evaluation that was written.
 */
import fc from 'fast-check';
import type { Evaluation } from '@sroi/core';
import { fromWorkbook, toWorkbook, type SheetGrid } from '@sroi/workbook';
import { evaluationArbitrary } from '../core/arbitraries';
import { disturb, percentText, type Disturbance } from '../fixtures/value-maps/disturb';

/** The evaluation as a workbook holds it: decimal strings become numbers (15 significant digits, as Excel keeps them). */
function asWritten(evaluation: Evaluation): Evaluation {
  const number = (value: unknown) => (typeof value === 'string' ? Number(value) : value);
  const shares = ['deadweight', 'displacement', 'attribution', 'dropOff'] as const;
  return {
    ...evaluation,
    ...(evaluation.discount !== undefined && 'rates' in evaluation.discount
      ? { discount: { rates: evaluation.discount.rates.map(number) as number[] } }
      : {}),
    outcomes: evaluation.outcomes.map((outcome) => {
      const copy: Record<string, unknown> = { ...outcome };
      for (const share of shares) if (copy[share] !== undefined) copy[share] = number(copy[share]);
      return copy as unknown as Evaluation['outcomes'][number];
    }),
  };
}

const disturbance: fc.Arbitrary<Disturbance> = fc.record({
  aliases: fc.array(fc.nat(5), { minLength: 40, maxLength: 40 }),
  headerCase: fc.constantFrom('as written' as const, 'lower' as const, 'upper' as const, 'spaced' as const),
  order: fc.oneof(fc.constant([]), fc.array(fc.nat(100), { minLength: 40, maxLength: 40 })),
  extra: fc.array(
    fc.record({
      at: fc.nat(30),
      header: fc.constantFrom('Notes', 'RAG status', 'Comments', 'Lead officer'),
      value: fc.constantFrom('see appendix', 'TBC', 12, null),
    }),
    { maxLength: 2 },
  ),
  header: fc.constantFrom('one row' as const, 'repeated' as const, 'blank' as const, 'questions' as const),
  titleRows: fc.nat(3),
  blankRowsBefore: fc.array(fc.nat(6), { maxLength: 2 }),
  percentText: fc.boolean(),
  stakeholderOnce: fc.boolean(),
});

function sheetsOf(evaluation: Evaluation, how: Disturbance | null): SheetGrid[] {
  return toWorkbook(evaluation).sheets.map((sheet) => ({
    name: sheet.name,
    cells: how !== null && sheet.name === 'Impact Map' ? disturb(sheet.cells, how) : sheet.cells,
  }));
}

describe('an Impact Map disturbed as people do (fast-check)', () => {
  it('reads back as the evaluation that was written', () => {
    fc.assert(
      fc.property(evaluationArbitrary({ reductions: 'any' }), disturbance, (evaluation, how) => {
        const written = asWritten(evaluation);
        const plain = fromWorkbook(sheetsOf(evaluation, null));
        expect(plain.problems).toEqual([]);
        expect(plain.evaluation).toStrictEqual(written);
        const read = fromWorkbook(sheetsOf(evaluation, how));
        expect(read.problems).toEqual([]);
        expect(read.evaluation).toStrictEqual(written);
      }),
      { numRuns: 60 },
    );
  });

  it('writes shares as text people type: 0.125 as "12.5%", 0.07 as "7%"', () => {
    expect([percentText(0.125), percentText(0.07), percentText(0), percentText(1)]).toEqual([
      '12.5%',
      '7%',
      '0%',
      '100%',
    ]);
  });

  it('moves, renames and merges the headers, and keeps the data under them', () => {
    const cells = [
      ['Impact map: test'],
      ['Stakeholder', 'Quantity', 'Deadweight'],
      ['people', 10, 0.2],
      ['people', 20, 0.3],
      ['Total', null, null],
    ];
    const how: Disturbance = {
      aliases: [2, 1, 1],
      headerCase: 'upper',
      order: [3, 1, 2],
      extra: [{ at: 1, header: 'Notes', value: 'TBC' }],
      header: 'repeated',
      titleRows: 1,
      blankRowsBefore: [],
      percentText: true,
      stakeholderOnce: true,
    };
    expect(disturb(cells, how)).toEqual([
      ['Impact map: test'],
      ['SROI value map (our copy)'],
      ['The Outcomes (what changes)', null, 'DW', null],
      ['QTY', 'Notes', 'DW', 'STAKEHOLDER GROUP'],
      [10, 'TBC', '20%', 'people'],
      [20, 'TBC', '30%', null],
      ['Total', null, null, null],
    ]);
  });
});
