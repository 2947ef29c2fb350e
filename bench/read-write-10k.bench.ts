// Reading and writing a 10,000-outcome impact-map workbook with @sroi/workbook
// and the CLI's exceljs adapter, against exceljs loading and saving the same
// file untouched (the least any tool must do). ratio = ours / exceljs.
import ExcelJS from 'exceljs';
import type { Evaluation, Outcome } from '@sroi/core';
import { fromWorkbook, toWorkbook } from '@sroi/workbook';
import { readXlsx, xlsxBytes } from '@sroi/cli';
import { fixed, median, medianMsAsync, seededRandom } from './measure.js';

const OUTCOMES = 10_000;

function largeEvaluation(random: () => number): Evaluation {
  const stakeholders = Array.from({ length: 20 }, (_, i) => ({ id: `s${i}`, name: `Stakeholder group ${i}` }));
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  return {
    name: 'Benchmark map',
    stakeholders,
    inputs: Array.from({ length: 50 }, (_, i) => ({
      stakeholder: pick(stakeholders).id,
      description: `Input ${i}`,
      amount: Math.round(random() * 1e7) / 100,
      year: i % 3,
    })),
    outcomes: Array.from({ length: OUTCOMES }, (_, i): Outcome => ({
      id: `o${i}`,
      stakeholder: pick(stakeholders).id,
      description: `Outcome ${i}`,
      domain: pick(['economic', 'social', 'environmental'] as const),
      quantity: Math.ceil(random() * 500),
      proxy: { value: Math.round(random() * 500000) / 100, source: 'Illustrative' },
      deadweight: pick([0, 0.1, 0.2, 0.25, 0.3]),
      attribution: pick([0, 0.1, 0.25, 0.5]),
      dropOff: pick([0, 0.1, 0.2, 0.5]),
      duration: 1 + Math.floor(random() * 5),
      startYear: pick([1, 1, 2]),
    })),
  };
}

const evaluation = largeEvaluation(seededRandom(20260124));
const bytes = await xlsxBytes(toWorkbook(evaluation));

async function oursOnce(): Promise<number> {
  const read = fromWorkbook(await readXlsx(bytes, 'bench.xlsx'));
  await xlsxBytes(toWorkbook(read.evaluation ?? evaluation));
  return read.evaluation?.outcomes.length ?? 0;
}

async function exceljsOnce(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  await workbook.xlsx.writeBuffer();
}

const outcomesRead = await oursOnce();
if (outcomesRead !== OUTCOMES) throw new Error(`read ${outcomesRead} outcomes, expected ${OUTCOMES}`);
// Interleaved, so that both see the same load on a shared machine; medians of 5.
const oursTimes: number[] = [];
const exceljsTimes: number[] = [];
for (let run = 0; run < 5; run += 1) {
  oursTimes.push(await medianMsAsync(oursOnce, 1, 0));
  exceljsTimes.push(await medianMsAsync(exceljsOnce, 1, 0));
}
const ours = median(oursTimes);
const exceljs = median(exceljsTimes);

console.log(
  `BENCH read-write-10k ratio=${fixed(ours / exceljs)} ours_ms=${fixed(ours, 0)} exceljs_load_save_ms=${fixed(exceljs, 0)} outcomes=${OUTCOMES} file_kb=${fixed(bytes.length / 1024, 0)}`,
);
