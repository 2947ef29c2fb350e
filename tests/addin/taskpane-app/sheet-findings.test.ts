/** Error cells in the columns the reader used stop the evaluation; those in other columns are only said. */
import { fromWorkbook } from '@sroi/workbook';
import { sheetFindings } from '../../../addin/src/taskpane/app/sheet/sheet-findings';
import { selectionGrid } from '../../../addin/src/taskpane/excel/selection-grid';

const HEADERS = ['Stakeholder', 'Outcome', 'Quantity', 'Proxy value', 'Duration', 'Deadweight', 'Notes'];

/** A value map at B2:H4 of "My map", as Excel passes it: an error cell is given with its type. */
function readMap(errors: Readonly<Record<string, string>>) {
  const rows: unknown[][] = [
    HEADERS,
    ['People', 'Wellbeing', 10, 100, 1, 0.2, 'ok'],
    ['People', 'Jobs', 5, 200, 1, 0.1, ''],
  ];
  const letters = 'BCDEFGH';
  const values = rows.map((row, r) => row.map((value, c) => errors[`${letters[c]}${r + 2}`] ?? value));
  const valueTypes = rows.map((row, r) =>
    row.map((_, c) => (errors[`${letters[c]}${r + 2}`] === undefined ? 'Double' : 'Error')),
  );
  const selection = selectionGrid({
    sheet: 'My map',
    address: 'B2:H4',
    rowIndex: 1,
    columnIndex: 1,
    values,
    valueTypes,
    merges: [],
  });
  return { selection, read: fromWorkbook([selection.grid], { defaultName: 'My map' }) };
}

describe('sheetFindings', () => {
  it('lets a clean value map be evaluated', () => {
    const { selection, read } = readMap({});
    expect(read.evaluation).not.toBeNull();
    expect(sheetFindings(selection, read)).toEqual({
      problems: [],
      errorCells: [],
      warnings: read.warnings,
      canEvaluate: true,
    });
  });

  it('stops the evaluation at a #DIV/0! in the deadweight column, which would otherwise read as 0%', () => {
    const { selection, read } = readMap({ G3: '#DIV/0!' });
    // The reader alone sees an empty deadweight, taken as 0%: it would evaluate.
    expect(read.evaluation).not.toBeNull();
    const findings = sheetFindings(selection, read);
    expect(findings.canEvaluate).toBe(false);
    expect(findings.problems).toEqual([
      { sheet: 'My map', cell: 'G3', message: 'this cell holds #DIV/0!; fix the formula or clear the cell' },
    ]);
    expect(findings.errorCells).toEqual([]);
  });

  it('only says an error in the notes, a column the reader did not use, and still lets it be evaluated', () => {
    const { selection, read } = readMap({ H4: '#N/A' });
    const findings = sheetFindings(selection, read);
    expect(findings.canEvaluate).toBe(true);
    expect(findings.problems).toEqual([]);
    expect(findings.errorCells).toEqual([
      { sheet: 'My map', cell: 'H4', message: expect.stringMatching(/^this cell holds #N\/A; Excel will not pass it/) },
    ]);
  });

  it('lists errors in used columns after the reader’s problems, and the rest apart', () => {
    const { selection, read } = readMap({ G4: '#VALUE!', H3: '#REF!' });
    const findings = sheetFindings(selection, read);
    expect(findings.problems.map((problem) => problem.cell)).toEqual([
      ...read.problems.map((problem) => problem.cell),
      'G4',
    ]);
    expect(findings.errorCells.map((cell) => cell.cell)).toEqual(['H3']);
    expect(findings.canEvaluate).toBe(false);
  });

  it('says the error, not the reader’s "missing", for a required cell that holds one', () => {
    const { selection, read } = readMap({ D3: '#N/A' });
    // The reader sees an empty quantity and says so at D3.
    expect(read.problems.map((problem) => problem.cell)).toContain('D3');
    const findings = sheetFindings(selection, read);
    expect(findings.problems.filter((problem) => problem.cell === 'D3')).toEqual([
      { sheet: 'My map', cell: 'D3', message: 'this cell holds #N/A; fix the formula or clear the cell' },
    ]);
    expect(findings.canEvaluate).toBe(false);
  });

  it('warns, at the first such row, of rows Excel was not asked about being hidden, after the reader’s warnings', () => {
    const { selection, read } = readMap({});
    const findings = sheetFindings({ ...selection, hiddenNotChecked: '10003:20002' }, read);
    expect(findings.warnings.slice(0, read.warnings.length)).toEqual(read.warnings);
    expect(findings.warnings.slice(read.warnings.length)).toEqual([
      {
        sheet: 'My map',
        cell: 'B10003',
        message:
          'rows 10003:20002 were read without asking Excel whether they are hidden or filtered out (it is asked row by row, for the first 10,000 rows only): check that no hidden row there should be left out',
      },
    ]);
    expect(findings.canEvaluate).toBe(true);
  });
});
