/** What the pane says about draws typed and about errors from Excel or the engine. */
import { SroiCancelledError } from '@sroi/core';
import { inWords } from '../../../addin/src/taskpane/app/common/in-words';
import { readIterations } from '../../../addin/src/taskpane/app/sensitivity/iterations';

describe('readIterations', () => {
  it('reads 10,000 with or without the comma', () => {
    expect(readIterations('10,000')).toBe(10000);
    expect(readIterations(' 10000 ')).toBe(10000);
  });

  it('refuses none, fractions, words and more than a million, saying what is valid', () => {
    for (const text of ['0', '2.5', 'lots', '', '1000001', '1,0,0', '10%']) {
      expect(readIterations(text)).toBe('Enter a whole number of draws from 1 to 1,000,000, such as 10,000.');
    }
  });
});

describe('inWords', () => {
  it('says a cancelled run changed nothing', () => {
    expect(inWords(new SroiCancelledError(3000, 10000))).toBe('Cancelled; nothing was changed.');
  });

  it('tells the commissioner to leave cell editing when Excel is busy with a cell', () => {
    expect(inWords({ code: 'InvalidOperationInCellEditMode', message: 'x' })).toMatch(/Press Enter or Esc/);
  });

  it("passes on the add-in's own worded refusals, and never a stack", () => {
    const error = new Error(
      'The workbook already has a sheet called "Results", so nothing was written.\n    at write (x.js:1)',
    );
    error.name = 'SheetNameTakenError';
    expect(inWords(error)).toBe('The workbook already has a sheet called "Results", so nothing was written.');
  });
});
