/**
 * The adapters with office-addin-mock's OfficeMockObject as the request context: what they ask
 * of Excel, in which order, and how many times they sync. The mock has no ranges, so each
 * sheet and range here records what is set on it.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { excelAbilities } from '../../../addin/src/taskpane/excel/abilities';
import { selectCell } from '../../../addin/src/taskpane/excel/select-cell';
import { writePlan } from '../../../addin/src/taskpane/excel/write-plan';
import { largePlan, workedCheckPlan } from './plans';

type Log = string[];

/** A range that logs each property set on it, with the number of rows of an array. */
function recordingRange(log: Log, where: string): Record<string, unknown> {
  const setter = (name: string) => ({
    set(value: unknown) {
      log.push(`${where} ${name}${Array.isArray(value) ? ` ${value.length} rows` : ''}`);
    },
  });
  const range = Object.defineProperties(
    { select: () => log.push(`${where} select`) },
    {
      formulas: setter('formulas'),
      numberFormat: setter('numberFormat'),
    },
  );
  const format = Object.defineProperties(
    { font: Object.defineProperties({}, { bold: setter('bold') }) },
    { columnWidth: setter('width') },
  );
  const dataValidation = Object.defineProperties({}, { rule: setter('rule'), errorAlert: setter('alert') });
  return Object.assign(range, { format, dataValidation });
}

/** A new sheet that logs what is written to it. */
function recordingSheet(log: Log, name: string) {
  const chart = () => ({
    title: {},
    axes: { valueAxis: { title: {} }, categoryAxis: { title: {} } },
    series: { getItemAt: () => ({}) },
    setPosition: (anchor: string) => log.push(`${name} chart at ${anchor}`),
  });
  return {
    name,
    getRange: (address: string) => recordingRange(log, `${name}!${address}`),
    names: { add: (added: string) => log.push(`${name} name ${added}`) },
    tables: { add: (range: string) => (log.push(`${name} table ${range}`), {}) },
    charts: { add: (type: string) => (log.push(`${name} ${type}`), chart()) },
    comments: { add: () => log.push(`${name} note`) },
    freezePanes: {
      freezeRows: (rows: number) => log.push(`${name} freeze ${rows}`),
      freezeAt: () => log.push(`${name} freeze at`),
    },
    activate: () => log.push(`${name} activate`),
    delete: () => log.push(`${name} delete`),
  };
}

function mockContext(log: Log) {
  const context = new OfficeMockObject({
    workbook: {
      worksheets: {
        items: [{ name: 'Sheet1' }],
        getItem: (name: string) => ({
          ...recordingSheet(log, name),
          names: { getItemOrNullObject: () => ({ load() {}, isNullObject: true }) },
        }),
        add: (name: string) => (log.push(`add ${name}`), recordingSheet(log, name)),
      },
    },
    application: { suspendApiCalculationUntilNextSync: () => log.push('hold calculation') },
  });
  const sync = context.sync.bind(context);
  let syncs = 0;
  context.sync = async () => {
    syncs += 1;
    log.push('sync');
    await sync();
  };
  // The mock's load cannot navigate 'items/name'; the sheet names are there from the start.
  (context as unknown as { workbook: { worksheets: { load(): void; items: unknown } } }).workbook.worksheets.load =
    () => {};
  (context as unknown as { workbook: { worksheets: { items: unknown } } }).workbook.worksheets.items = [
    { name: 'Sheet1' },
  ];
  return { context: context as unknown as Excel.RequestContext, syncs: () => syncs };
}

describe('writePlan with OfficeMockObject', () => {
  it('reads once, adds each sheet with its mark at once, writes formats before formulas and activates, in two syncs', async () => {
    const log: Log = [];
    const { context, syncs } = mockContext(log);
    expect(
      await writePlan(
        context,
        workedCheckPlan(),
        excelAbilities(() => true),
      ),
    ).toEqual({ syncs: 2 });
    expect(syncs()).toBe(2);
    expect(log[0]).toBe('sync');
    // Each sheet is marked as the add-in's right after it is added, before anything that can fail.
    expect(log.slice(1, 13)).toEqual(
      ['Settings', 'Stakeholders', 'Inputs', 'Impact Map', 'Discounting', 'Results'].flatMap((name) => [
        `add ${name}`,
        `${name} name SROI_AddinSheet`,
      ]),
    );
    expect(log).toContain('hold calculation');
    const format = log.indexOf('Impact Map!A1:W4 numberFormat 4 rows');
    expect(format).toBeGreaterThan(0);
    expect(log[format + 1]).toBe('Impact Map!A1:W4 formulas 4 rows');
    expect(log).toContain('Impact Map table A2:W3');
    expect(log).toContain('Results name SROIRatio');
    expect(log).toContain('Results name SROI_AddinSheet');
    expect(log).toContain('Discounting chart at G2');
    expect(log.slice(-2)).toEqual(['Results activate', 'sync']);
  });

  it('writes a 1,000-outcome evaluation in at most three syncs', async () => {
    const log: Log = [];
    const { context, syncs } = mockContext(log);
    await writePlan(
      context,
      largePlan(1000),
      excelAbilities(() => true),
    );
    expect(syncs()).toBeLessThanOrEqual(3);
  });
});

describe('selectCell with OfficeMockObject', () => {
  it('activates the sheet and selects the cell in one sync', async () => {
    const log: Log = [];
    const { context, syncs } = mockContext(log);
    await selectCell(context, 'Impact Map', 'H7');
    expect(log).toEqual(['Impact Map activate', 'Impact Map!H7 select', 'sync']);
    expect(syncs()).toBe(1);
  });
});
