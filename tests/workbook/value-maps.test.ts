/**
 * Commissioners' own value maps (issue 8): each map of the corpus
 * (tests/fixtures/value-maps) is read from the cells exceljs gives, from
 * Office.js `range.values` (blank, null and 0 for empty cells) and by the
 * command line from a real .xlsx (or .csv), and must mean the evaluation its
 * definition states, with the float reference's present value and ratio.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, type Evaluation } from '@sroi/core';
import { fromWorkbook, type CellProblem, type ReadResult, type SheetGrid } from '@sroi/workbook';
import { referenceEvaluate } from '../core/reference';
import {
  csvGrids,
  csvText,
  exceljsGrids,
  layOut,
  meaningAsEvaluation,
  officeGrids,
  STAGE_5_LABELS,
  xlsxBytes,
} from '../fixtures/value-maps/build';
import type { ExpectedWarning, ValueMapDefinition } from '../fixtures/value-maps/definition';
import { socialPrescribing, subtractiveSheet, VALUE_MAPS } from '../fixtures/value-maps/maps';
import { summarise, summariseMeaning } from '../fixtures/value-maps/meaning';

// The command line is loaded when a test needs it, so that the reader's tests run on their own.
const cli = async () => ({ ...(await import('@sroi/cli')), ...(await import('../cli/run')) });

const directory = mkdtempSync(join(tmpdir(), 'sroi-value-maps-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function matches(warning: CellProblem, expected: ExpectedWarning): boolean {
  const message = warning.message.toLowerCase();
  return (
    warning.sheet === expected.sheet &&
    (expected.cell === undefined || warning.cell === expected.cell) &&
    expected.mentions.every((word) => message.includes(word.toLowerCase()))
  );
}

/** Every expected warning is given; with exact warnings, nothing else is. */
function expectWarnings(definition: ValueMapDefinition, read: ReadResult): void {
  const expected = definition.warnings ?? [];
  for (const warning of expected) {
    expect({ expected: warning, found: read.warnings.some((w) => matches(w, warning)) }).toEqual({
      expected: warning,
      found: true,
    });
  }
  if (definition.exactWarnings !== false) {
    const unexpected = read.warnings.filter((w) => !expected.some((warning) => matches(w, warning)));
    expect(unexpected).toEqual([]);
  }
}

/** The engine's present value and ratio for a read evaluation, as plain numbers. */
function figures(evaluation: Evaluation): { presentValue: number; ratio: number | null } {
  const result = evaluate(evaluation);
  return {
    presentValue: Number(result.presentValue.toString()),
    ratio: result.ratio === null ? null : Number(result.ratio.toString()),
  };
}

describe.each(VALUE_MAPS.map((definition) => [definition.id, definition] as const))(
  'the value map %s',
  (_, definition) => {
    const laidOut = layOut(definition);
    const reference = referenceEvaluate(meaningAsEvaluation(definition.means));
    const meaning = summariseMeaning(definition.means);
    const read = (sheets: readonly SheetGrid[], options: { emptyCellsAsZero?: boolean } = {}) =>
      fromWorkbook(sheets, {
        defaultName: definition.id,
        ...(definition.options === undefined ? {} : { columns: definition.options.columns }),
        ...options,
      });
    /** The evaluation a read must give, with no problems. */
    const evaluationOf = (result: ReadResult): Evaluation => {
      expect(result.problems).toEqual([]);
      expect(result.evaluation).not.toBeNull();
      return result.evaluation as Evaluation;
    };
    const expectReferenceFigures = (evaluation: Evaluation) => {
      const { presentValue, ratio } = figures(evaluation);
      expect(presentValue).toBeCloseTo(reference.presentValue, 2);
      expect(ratio).not.toBeNull();
      expect(ratio as number).toBeCloseTo(reference.ratio as number, 6);
    };

    if (definition.csv !== undefined) {
      const grids = csvGrids(laidOut.sheets[0]!, definition.csv.decimalMark);

      it(`reads, from ${definition.about}, the evaluation it means`, () => {
        expect(summarise(evaluationOf(read(grids)))).toEqual(meaning);
      });

      it('gives the float reference present value and ratio to the cent', () => {
        expectReferenceFigures(evaluationOf(read(grids)));
      });

      it('gives the warnings the map calls for', () => {
        expectWarnings(definition, read(grids));
      });

      it('is read the same by the command line from the .csv file Excel saves', async () => {
        const file = join(directory, definition.sheet);
        writeFileSync(file, csvText(laidOut.sheets[0]!), 'utf8');
        const { loadEvaluation, run } = await cli();
        const loaded = await loadEvaluation(file);
        expect(loaded.problems).toEqual([]);
        expect(summarise(loaded.evaluation as Evaluation)).toEqual(meaning);
        const { code, out } = await run('evaluate', file, '--format', 'json');
        expect(code).toBe(0);
        const printed = JSON.parse(out) as { presentValue: string; ratio: string };
        expect(Number(printed.presentValue)).toBeCloseTo(reference.presentValue, 2);
        expect(Number(printed.ratio)).toBeCloseTo(reference.ratio as number, 6);
      });
      return;
    }

    const exceljs = exceljsGrids(laidOut.sheets);
    const office = officeGrids(laidOut.sheets, '');
    const file = join(directory, `${definition.id}.xlsx`);
    const written = xlsxBytes(laidOut.sheets).then((bytes) => {
      writeFileSync(file, bytes);
      return bytes;
    });

    it('is read back by the command line as Excel holds it: a merged value in its top-left cell only', async () => {
      const { readXlsx } = await cli();
      // exceljs repeats a merged value in every cell of the merge; readXlsx keeps the top-left one, as Office.js does.
      const trimmed = (grids: readonly SheetGrid[]) =>
        grids.map((sheet) => ({
          name: sheet.name,
          cells: sheet.cells.map((row) => {
            // Array.from, not map: exceljs rows are sparse.
            const cells = Array.from(row, (cell: unknown) => {
              const value = typeof cell === 'object' && cell !== null && 'result' in cell ? cell.result : cell;
              return value === '' || value === undefined ? null : value;
            });
            while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
            return cells;
          }),
        }));
      expect(trimmed(await readXlsx(await written, `${definition.id}.xlsx`))).toEqual(
        trimmed(officeGrids(laidOut.sheets, null)),
      );
    });

    // exceljs repeats a merged input in every row it covers, so readXlsx keeps only the top-left copy
    // (tested above); raw exceljs cells of a map with merged data are not what any front end reads.
    if (!definition.mergedData) {
      it(`reads, from the cells exceljs gives for ${definition.about}, the evaluation it means`, () => {
        expect(summarise(evaluationOf(read(exceljs)))).toEqual(meaning);
      });
    }

    it(`reads, from Office.js range.values of ${definition.about} (merged cells blank), the evaluation it means`, () => {
      const evaluation = evaluationOf(read(office));
      expect(summarise(evaluation)).toEqual(meaning);
      if (!definition.mergedData) expect(evaluation).toStrictEqual(read(exceljs).evaluation);
    });

    it('gives the float reference present value and ratio to the cent', () => {
      expectReferenceFigures(evaluationOf(read(definition.mergedData ? office : exceljs)));
    });

    it('reads the same from a custom function, whose empty cells are null on the web and 0 on the desktop', () => {
      const fromOffice = evaluationOf(read(office));
      const fromWeb = evaluationOf(read(officeGrids(laidOut.sheets, null), { emptyCellsAsZero: true }));
      expect(fromWeb).toStrictEqual(fromOffice);
      const fromDesktop = evaluationOf(read(officeGrids(laidOut.sheets, 0), { emptyCellsAsZero: true }));
      // A blank share read as 0 is 0%, as a blank is: the meaning is the same.
      expect(summarise(fromDesktop)).toEqual(summarise(fromOffice));
      expectReferenceFigures(fromDesktop);
    });

    if (definition.options === undefined) {
      it("is read by the add-in's SROI.RESULTS from the selected map, desktop zeros and all, to the same outcomes", async () => {
        const { readImpactMap } = await import('../../addin/src/functions/arguments/read-impact-map');
        const byCli = read(office);
        const sheet = byCli.mapping.find((table) => table.table === 'impactMap')?.sheet;
        const grid = officeGrids(laidOut.sheets, 0).find((candidate) => candidate.name === sheet);
        const essentials = (evaluation: Evaluation) =>
          evaluation.outcomes.map((o) => [
            o.description,
            Number(o.quantity),
            Number(o.proxy.value),
            Number(o.deadweight ?? 0),
            Number(o.displacement ?? 0),
            Number(o.attribution ?? 0),
            Number(o.dropOff ?? 0),
            o.duration,
            o.startYear ?? 1,
          ]);
        const byAddin = readImpactMap(grid?.cells ?? [], 'SROI.RESULTS').evaluation;
        expect(essentials(byAddin)).toEqual(essentials(evaluationOf(byCli)));
      });
    }

    it('gives the warnings the map calls for, from exceljs and from Office.js cells alike', () => {
      if (!definition.mergedData) expectWarnings(definition, read(exceljs));
      expectWarnings(definition, read(office));
    });

    if (definition.options === undefined) {
      it('is read the same by the command line from a real .xlsx, which prints the reference ratio', async () => {
        await written;
        const { loadEvaluation, run } = await cli();
        const loaded = await loadEvaluation(file);
        expect(loaded.problems).toEqual([]);
        const evaluation = loaded.evaluation as Evaluation;
        expect(summarise(evaluation)).toEqual(meaning);
        if (!definition.mergedData) expect(evaluation).toStrictEqual(read(exceljs).evaluation);
        const { code, out } = await run('evaluate', file, '--format', 'json');
        expect(code).toBe(0);
        const printed = JSON.parse(out) as { presentValue: string; ratio: string };
        expect(Number(printed.presentValue)).toBeCloseTo(reference.presentValue, 2);
        expect(Number(printed.ratio)).toBeCloseTo(reference.ratio as number, 6);
      });
    }
  },
);

describe('the value-map corpus', () => {
  it('has at least eight layouts, each meaning a different evaluation', () => {
    expect(VALUE_MAPS.length).toBeGreaterThanOrEqual(8);
    const meanings = VALUE_MAPS.map((definition) => JSON.stringify(summariseMeaning(definition.means)));
    expect(new Set(meanings).size).toBe(VALUE_MAPS.length);
  });

  it('keeps examples/value-map.xlsx the map it is made from (examples/make-value-map.ts)', async () => {
    const { loadEvaluation } = await cli();
    const loaded = await loadEvaluation('examples/value-map.xlsx');
    expect(loaded.problems).toEqual([]);
    expect(summarise(loaded.evaluation as Evaluation)).toEqual(summariseMeaning(socialPrescribing.means));
  });

  it('names, for the subtractive map, the cells that hold its Impact column and Stage 5 results', () => {
    const laidOut = layOut(subtractiveSheet);
    expect([laidOut.cell('impact', 0), laidOut.cell('impact', 1)]).toEqual(['S3', 'S4']);
    expect([laidOut.stage5(STAGE_5_LABELS.presentValue), laidOut.stage5(STAGE_5_LABELS.ratio)]).toEqual(['B8', 'B10']);
    const cells = subtractiveSheet.warnings?.map((warning) => warning.cell);
    expect(cells).toEqual(['S3', 'S4', 'B8', 'B10']);
  });

  it('computes the subtractive map own Impact by hand: 50 x 1,000 x (1 - 20% - 10% - 25%) = 22,500', () => {
    const grid = exceljsGrids(layOut(subtractiveSheet).sheets)[0]!.cells;
    expect(grid[2]?.[18]).toEqual({ formula: 'I3*M3*(1-O3-P3-Q3)', result: expect.closeTo(22500, 6) });
    expect(grid[3]?.[18]).toEqual({ formula: 'I4*M4*(1-O4-P4-Q4)', result: expect.closeTo(30 * 400 * 0.3, 6) });
  });
});
