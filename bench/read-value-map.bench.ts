// Reading commissioners' own maps, and refusing hostile files.
//
// read-value-map-10k: @sroi/workbook reading a 10,000-outcome SROI Network
// value map (two header rows, inputs in the map, a blank stakeholder carried
// down, Stage 5 below, the sheet's own Impact checked) as Office.js would pass
// it, against evaluating the same evaluation with the core engine.
// Goal: reading costs no more than 3 evaluations.
//
// refuse-inflating-xlsx: the command line refusing a 4 MB workbook whose parts
// inflate to 320 MB, against exceljs loading the project's own 10,000-outcome
// workbook. Goal: under 1 (refused faster than a normal large file is read).
import { deflateRawSync } from 'node:zlib';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { evaluate, type Evaluation } from '@sroi/core';
import { fromWorkbook, toWorkbook } from '@sroi/workbook';
import { main, xlsxBytes } from '@sroi/cli';
import { readZip, writeZip } from '../tests/cli/zip.js';
import { fixed, median, medianMs, medianMsAsync, seededRandom } from './measure.js';

const OUTCOMES = 10_000;
const random = seededRandom(20261130);
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;

const groups = [
  'Stakeholders',
  'Intended/unintended changes',
  'Inputs',
  null,
  'Outputs',
  'The Outcomes (what changes)',
  ...Array.from({ length: 8 }, () => null),
  'Deadweight %',
  'Displacement %',
  'Attribution %',
  'Drop off %',
  'Impact',
];
const subs = [
  null,
  null,
  'Description',
  'Value £',
  'Summary of activity in numbers',
  'Description',
  'Indicator',
  'Source',
  'Quantity',
  'Duration',
  'Outcomes start',
  'Financial proxy',
  'Value £',
  'Source',
  null,
  null,
  null,
  null,
  null,
];
const rows: unknown[][] = [['The SROI Network: Impact Map'], [], groups, subs];
for (let i = 0; i < OUTCOMES; i += 1) {
  const quantity = 1 + Math.floor(random() * 500);
  const value = Math.round(random() * 500000) / 100;
  const [dw, ds, at] = [pick([0, 0.1, 0.2]), pick([0, 0.05]), pick([0, 0.25])];
  rows.push([
    i % 5 === 0 ? `Stakeholder ${i / 5}` : null,
    'Better wellbeing',
    i % 50 === 0 ? 'Grant' : null,
    i % 50 === 0 ? 10000 : null,
    12,
    `Outcome ${i}`,
    'Survey',
    'Exit survey',
    quantity,
    1 + Math.floor(random() * 5),
    pick([1, 2]),
    'Illustrative proxy',
    value,
    'Illustrative',
    dw,
    ds,
    at,
    pick([0, 0.2, 0.5]),
    quantity * value * (1 - dw) * (1 - ds) * (1 - at),
  ]);
}
rows.push(['Total'], [], ['Stage 5'], ['Discount rate (%)', 0.035]);
const sheets = [{ name: 'Impact Map', cells: rows }];

const read = fromWorkbook(sheets, { defaultName: 'Benchmark value map' });
if (read.evaluation === null || read.evaluation.outcomes.length !== OUTCOMES || read.warnings.length > 0) {
  throw new Error(`the value map did not read cleanly: ${JSON.stringify(read.problems.slice(0, 3))}`);
}
const evaluation: Evaluation = read.evaluation;
const readTimes: number[] = [];
const evaluateTimes: number[] = [];
for (let run = 0; run < 5; run += 1) {
  readTimes.push(medianMs(() => fromWorkbook(sheets, { defaultName: 'Benchmark value map' }), 1, 0));
  evaluateTimes.push(medianMs(() => evaluate(evaluation), 1, 0));
}
const reading = median(readTimes);
const evaluating = median(evaluateTimes);
console.log(
  `BENCH read-value-map-10k ratio=${fixed(reading / evaluating)} goal<=3 ${reading / evaluating <= 3 ? 'met' : 'OVER'} read_ms=${fixed(reading, 0)} evaluate_ms=${fixed(evaluating, 0)} outcomes=${OUTCOMES}`,
);

// A hostile workbook: five parts of 64 MB of zeros, each small once compressed.
const directory = mkdtempSync(join(tmpdir(), 'sroi-bench-'));
const zeros = { deflated: deflateRawSync(Buffer.alloc(64 * 1024 * 1024)), size: 64 * 1024 * 1024 };
const small = new ExcelJS.Workbook();
small.addWorksheet('Impact Map').addRows([
  ['Stakeholder', 'Outcome', 'Quantity', 'Duration', 'Proxy value'],
  ['Patients', 'Less lonely', 10, 1, 100],
]);
const parts = readZip(new Uint8Array(await small.xlsx.writeBuffer()));
const hostile = join(directory, 'inflates.xlsx');
writeFileSync(
  hostile,
  writeZip({ ...parts, ...Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`xl/media/image${i}.png`, zeros])) }),
);
const quiet = { out: () => undefined, err: () => undefined };
const large = await xlsxBytes(toWorkbook(evaluation));
const refuseTimes: number[] = [];
const loadTimes: number[] = [];
for (let run = 0; run < 3; run += 1) {
  refuseTimes.push(
    await medianMsAsync(
      async () => {
        const code = await main(['validate', hostile], quiet);
        if (code !== 4) throw new Error(`the hostile workbook was not refused (exit ${code})`);
      },
      1,
      0,
    ),
  );
  loadTimes.push(await medianMsAsync(() => new ExcelJS.Workbook().xlsx.load(large as unknown as ArrayBuffer), 1, 0));
}
rmSync(directory, { recursive: true, force: true });
const refusing = median(refuseTimes);
const loading = median(loadTimes);
console.log(
  `BENCH refuse-inflating-xlsx ratio=${fixed(refusing / loading)} goal<1 ${refusing < loading ? 'met' : 'OVER'} refuse_ms=${fixed(refusing, 0)} exceljs_load_10k_ms=${fixed(loading, 0)}`,
);
