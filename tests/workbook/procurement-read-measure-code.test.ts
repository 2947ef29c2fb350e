import { applyCatalogue, evaluate, type EvaluationWithMeasures } from '@sroi/core';
import { formatCellProblem, fromWorkbook, toWorkbook } from '@sroi/workbook';
import { frozen, testCatalogue } from './procurement-read-fixtures';

const HEADERS = ['Stakeholder', 'Outcome', 'Quantity', 'Duration', 'Measure code', 'Proxy value'];

const map = (...rows: unknown[][]) =>
  frozen('Impact Map', [
    ['Name', 'Local jobs'],
    [],
    HEADERS,
    ...rows,
    [],
    ['Inputs'],
    ['Description', 'Amount'],
    ['Contract', 10000],
  ]);

describe('fromWorkbook with a Measure code column', () => {
  it('reads a row that gives a measure code and no proxy value with proxy.measure set', () => {
    const read = fromWorkbook([map(['Residents', 'Into work', 2, 1, 'EMP-1', null])]);
    expect(read.problems).toEqual([]);
    expect(read.evaluation?.outcomes[0]?.proxy).toEqual({ measure: 'EMP-1' });
    expect(read.cellOf('outcomes[0].proxy.measure')).toBe('Impact Map!E4');
  });

  it('leaves the value to applyCatalogue, which takes it from the catalogue', () => {
    const read = fromWorkbook([map(['Residents', 'Into work', 2, 1, 'EMP-1', null])]);
    const priced = applyCatalogue(read.evaluation as EvaluationWithMeasures, testCatalogue);
    // 2 people x 1,000 a year, one year, discounted at 3.5%: 2,000 / 1.035.
    expect(evaluate(priced).presentValue.toFixed(2)).toBe((2000 / 1.035).toFixed(2));
  });

  it('passes both a code and a value on, for applyCatalogue to check they agree', () => {
    const read = fromWorkbook([map(['Residents', 'Into work', 2, 1, 'EMP-1', 1000])]);
    expect(read.problems).toEqual([]);
    expect(read.evaluation?.outcomes[0]?.proxy).toEqual({ measure: 'EMP-1', value: 1000 });
  });

  it('finds a map whose proxies all come from the catalogue, with no Proxy value column', () => {
    const sheet = frozen('Outcomes', [
      ['Stakeholder', 'Outcome', 'Quantity', 'Duration', 'TOMs code'],
      ['Residents', 'Into work', 2, 1, 'EMP-1'],
    ]);
    const read = fromWorkbook([sheet], { defaultName: 'Jobs' });
    expect(read.problems).toEqual([]);
    expect(read.evaluation?.outcomes[0]?.proxy).toEqual({ measure: 'EMP-1' });
  });

  it('still asks for a proxy value on a row that names no measure', () => {
    const read = fromWorkbook([map(['Residents', 'Into work', 2, 1, null, null])]);
    expect(read.problems.map(formatCellProblem)).toEqual([expect.stringMatching(/^Impact Map!F4: /)]);
  });

  it('does not take a Commitments table (Bidder, Measure code, Quantity) for an impact map', () => {
    const commitments = frozen('Commitments', [
      ['Bidder', 'Measure code', 'Quantity'],
      ['A', 'EMP-1', 2],
    ]);
    expect(fromWorkbook([commitments]).problems[0]?.code).toBe('no-impact-map');
  });

  it("leaves the writer's impact map as it was: the column is read, not written", () => {
    const layout = toWorkbook({
      name: 'x',
      stakeholders: [{ id: 'r', name: 'Residents' }],
      inputs: [{ description: 'Grant', amount: 1 }],
      outcomes: [{ id: 'o', stakeholder: 'r', description: 'Work', quantity: 1, proxy: { value: 1 }, duration: 1 }],
    });
    const cells = JSON.stringify(layout.sheets.map((sheet) => sheet.cells));
    expect(cells).toContain('Proxy value');
    expect(cells).not.toContain('Measure code');
  });
});
