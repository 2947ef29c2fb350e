import { areaAddresses, blockAddress, columnAddress, localAddress } from '../../../addin/src/taskpane/excel/addresses';
import { chartDesign } from '../../../addin/src/taskpane/excel/chart-design';
import { columnWidthPoints } from '../../../addin/src/taskpane/excel/column-width';
import { errorAlert, validationRule } from '../../../addin/src/taskpane/excel/validation-rule';

describe('addresses', () => {
  it('names a block of rows from column A', () => {
    expect(blockAddress(0, 3, 25)).toBe('A1:Y3');
    expect(blockAddress(2, 3, 1)).toBe('A3:A3');
  });

  it('names a whole column', () => {
    expect(columnAddress(27)).toBe('AB:AB');
  });

  it('drops the sheet and the dollars from an address Excel reports', () => {
    expect(localAddress("'Impact Map'!$B$3:$K$20")).toBe('B3:K20');
    expect(localAddress('B3')).toBe('B3');
  });

  it('splits merged areas, even on a sheet whose name holds a comma', () => {
    expect(areaAddresses("'Map, 2024'!H2:H3,'Map, 2024'!I2:I3")).toEqual(['H2:H3', 'I2:I3']);
    expect(areaAddresses('Map!H2:H3')).toEqual(['H2:H3']);
    expect(areaAddresses('')).toEqual([]);
  });
});

describe('columnWidthPoints', () => {
  it("gives Excel's default column (8.43 characters, stored as 9.140625) its 64 pixels, 48 points", () => {
    expect(columnWidthPoints(9.140625)).toBe(48);
  });

  it('gives 10 characters 70 pixels, 52.5 points', () => {
    expect(columnWidthPoints(10)).toBe(52.5);
  });
});

describe('validationRule', () => {
  it('bounds a share between 0 and 1 as a decimal', () => {
    expect(validationRule({ range: 'O3:R503', type: 'decimal', min: 0, max: 1, message: '' })).toEqual({
      decimal: { formula1: 0, formula2: 1, operator: 'Between' },
    });
  });

  it('bounds a duration as a whole number', () => {
    expect(validationRule({ range: 'H3', type: 'whole', min: 1, max: 1000, message: '' })).toEqual({
      wholeNumber: { formula1: 1, formula2: 1000, operator: 'Between' },
    });
  });

  it('offers a list of choices in a drop-down, without commas inside a choice', () => {
    expect(validationRule({ range: 'B6', type: 'list', values: ['end-of-year', 'a, b'], message: '' })).toEqual({
      list: { inCellDropDown: true, source: 'end-of-year,a  b' },
    });
  });

  it('stops a wrong value with the rule message, cut to the 255 characters Excel keeps', () => {
    const message = 'Duration: whole years, 1 or more';
    expect(errorAlert({ range: 'H3', type: 'whole', min: 1, max: 1000, message })).toEqual({
      showAlert: true,
      style: 'Stop',
      title: 'Check this value',
      message,
    });
    const long = errorAlert({ range: 'H3', type: 'whole', min: 1, max: 2, message: 'x'.repeat(300) }).message;
    expect(long).toHaveLength(255);
  });
});

describe('chartDesign', () => {
  it('draws value by stakeholder as clustered columns', () => {
    expect(chartDesign('column')).toEqual({ type: 'ColumnClustered', lines: [] });
  });

  it('draws the payback as columns whose second and third series are lines', () => {
    expect(chartDesign('payback')).toEqual({ type: 'ColumnClustered', lines: [1, 2] });
  });

  it('draws the tornado as clustered bars overlapping fully with half a bar between', () => {
    expect(chartDesign('tornado')).toEqual({ type: 'BarClustered', lines: [], overlap: 100, gapWidth: 50 });
  });
});
