import { asideNames, checkPlan } from '../../../addin/src/taskpane/excel/plan-check';
import {
  OutsidePlanError,
  SheetNameTakenError,
  SheetNotOursError,
} from '../../../addin/src/taskpane/excel/write-errors';
import { workedCheckPlan } from './plans';

const LAYOUT = ['Settings', 'Stakeholders', 'Inputs', 'Impact Map', 'Discounting', 'Results'];

describe('checkPlan', () => {
  it('accepts new sheets beside the user’s', () => {
    expect(() => checkPlan(workedCheckPlan(), ['Sheet1'], [])).not.toThrow();
  });

  it('accepts replacing sheets that carry the mark', () => {
    expect(() =>
      checkPlan(
        workedCheckPlan(LAYOUT),
        ['Sheet1', ...LAYOUT],
        LAYOUT.map(() => true),
      ),
    ).not.toThrow();
  });

  it('refuses to replace a sheet without the mark, naming it', () => {
    const check = () => checkPlan(workedCheckPlan(['Results']), ['Results'], [false]);
    expect(check).toThrow(SheetNotOursError);
    expect(check).toThrow(
      'The add-in did not make "Results" (or it has been changed or removed since), so nothing was replaced. Run it again to write new sheets beside it.',
    );
  });

  it('refuses a new sheet whose name is taken, whatever its case', () => {
    expect(() => checkPlan(workedCheckPlan(), ['impact map'], [])).toThrow(SheetNameTakenError);
  });

  it('refuses a chart, table or name on a sheet the plan does not write', () => {
    const plan = workedCheckPlan();
    const stray = { ...plan, names: [...plan.names, { sheet: 'Sheet1', name: 'Rate', cell: 'A1', comment: '' }] };
    expect(() => checkPlan(stray, ['Sheet1'], [])).toThrow(OutsidePlanError);
  });
});

describe('asideNames', () => {
  it('picks names no sheet has, old or new', () => {
    expect(asideNames(['SROI old 1', 'Results'], ['sroi old 2'], 2)).toEqual(['SROI old 3', 'SROI old 4']);
  });
});
