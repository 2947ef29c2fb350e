// 10,000 =SROI.OUTCOMEPV calls through the built bundle's registration (as
// Excel calls them: plain numbers in, a number out) against the same 10,000
// rows computed by direct core calls on decimals. The ratio is the cost of the
// Excel edge (argument reading, checks, conversion). Then the sensitivity
// functions against core on the same map: a sheet of SROI.SWITCHINGVALUE cells
// (every estimate of every outcome of a 100-row map) against one
// switchingValues call, and SROI.TORNADO on 1,000 rows against oneWay. Also
// reports the gzipped size of the functions bundle, which Excel downloads
// before any function works (goal: under 64 KB; it was 60 KB for the eleven
// SROI functions, and the four procurement functions added 3.6 KB; issue 11's
// fast arithmetic added 3 KB, and validation without zod took 9 KB off).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import {
  discountTable,
  ESTIMATES,
  impactOf,
  oneWay,
  switchingValues,
  toDecimal,
  yearlyValues,
  type Decimal,
  type Evaluation,
} from '@sroi/core';
import { syntheticEvaluation } from './impact-map-data.js';
import { fixed, medianMs, seededRandom } from './measure.js';

const CALLS = 10_000;
const bundlePath = fileURLToPath(new URL('../dist/functions.js', import.meta.url));
if (!existsSync(bundlePath)) throw new Error('dist/functions.js is missing: run `npm run build:addin` first');
const bundle = readFileSync(bundlePath);

type Fn = (...args: unknown[]) => unknown;
const registered = new Map<string, Fn>();
class CustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const context = vm.createContext({
  CustomFunctions: {
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!' },
    associate: (id: string, fn: Fn) => registered.set(id, fn),
  },
});
vm.runInContext(bundle.toString('utf8'), context);
const outcomePv = registered.get('OUTCOMEPV') as Fn;

// Impact-map rows as a spreadsheet holds them: two-decimal shares and proxies.
const random = seededRandom(20241124);
const twoPlaces = (value: number) => Math.round(value * 100) / 100;
const rows = Array.from({ length: CALLS }, () => [
  1 + Math.floor(random() * 1000), // quantity
  twoPlaces(10 + random() * 5000), // proxy
  twoPlaces(random() * 0.5), // deadweight
  twoPlaces(random() * 0.3), // displacement
  twoPlaces(random() * 0.5), // attribution
  twoPlaces(random() * 0.6), // drop-off
  1 + Math.floor(random() * 10), // duration
]) as [number, number, number, number, number, number, number][];

function throughExcel(): number {
  let total = 0;
  for (const row of rows) total += outcomePv(...row, 0.035, null, null) as number;
  return total;
}

function directCore(): number {
  let total = 0;
  for (const [quantity, proxy, deadweight, displacement, attribution, dropOff, duration] of rows) {
    const shares = {
      deadweight: toDecimal(deadweight),
      displacement: toDecimal(displacement),
      attribution: toDecimal(attribution),
    };
    const values = yearlyValues(impactOf(toDecimal(quantity), toDecimal(proxy), shares), toDecimal(dropOff), duration);
    const { factors } = discountTable({ rate: 0.035 }, 'end-of-year', duration);
    let presentValue = toDecimal(0);
    values.forEach((value, k) => {
      presentValue = presentValue.plus(value.times(factors[k + 1] as Decimal));
    });
    total += presentValue.toNumber();
  }
  return total;
}

// Same answers first: a benchmark of different computations would mean nothing.
const [excelTotal, coreTotal] = [throughExcel(), directCore()];
if (Math.abs(excelTotal - coreTotal) > Math.abs(coreTotal) * 1e-12) {
  throw new Error(`OUTCOMEPV and core disagree: ${excelTotal} vs ${coreTotal}`);
}

const excelMs = medianMs(throughExcel, 7, 2);
const coreMs = medianMs(directCore, 7, 2);
console.log(
  `BENCH functions-10k ratio=${fixed(excelMs / coreMs)} outcomepv_ms=${fixed(excelMs, 1)} core_ms=${fixed(coreMs, 1)} calls=${CALLS}`,
);

/** An evaluation as a worksheet range: headers, then one row per outcome. */
function rangeOf(evaluation: Evaluation): unknown[][] {
  const headers = [
    'Stakeholder',
    'Outcome',
    'Quantity',
    'Proxy',
    'Deadweight',
    'Displacement',
    'Attribution',
    'Drop-off',
    'Duration',
    'Start year',
  ];
  return [
    headers,
    ...evaluation.outcomes.map((o) => [
      o.stakeholder,
      o.description,
      Number(o.quantity),
      Number(o.proxy.value),
      Number(o.deadweight),
      Number(o.displacement),
      Number(o.attribution),
      Number(o.dropOff),
      o.duration,
      o.startYear ?? 1,
    ]),
  ];
}
const inputsOf = (evaluation: Evaluation) => Number(evaluation.inputs[0]?.amount);

// A recalculation of the sheet: every run uses new inputs, so nothing is reused from the run before.
const small = syntheticEvaluation(100);
const smallRange = rangeOf(small);
const switchingValue = registered.get('SWITCHINGVALUE') as Fn;
// The map must read without problems, or the timings below would measure error messages.
try {
  (registered.get('TORNADO') as Fn)(smallRange, [[inputsOf(small)]], null);
} catch (error) {
  throw new Error(`the benchmark's impact map does not read: ${(error as CustomFunctionsError).message ?? error}`);
}
let run = 0;
function sheetOfSwitchingValues(): void {
  run += 1;
  const inputs = inputsOf(small) + run;
  for (let row = 1; row <= small.outcomes.length; row += 1)
    for (const estimate of ESTIMATES) {
      try {
        switchingValue(smallRange, [[inputs]], row, estimate, null);
      } catch (error) {
        if (!(error instanceof CustomFunctionsError)) throw error;
      }
    }
}
function coreSwitchingValues(): void {
  run += 1;
  switchingValues({ ...small, inputs: [{ description: 'Inputs', amount: inputsOf(small) + run }] });
}
const sheetMs = medianMs(sheetOfSwitchingValues, 5, 1);
const svCoreMs = medianMs(coreSwitchingValues, 5, 1);
console.log(
  `BENCH switchingvalue-sheet ratio=${fixed(sheetMs / svCoreMs)} sheet_ms=${fixed(sheetMs, 1)} core_ms=${fixed(svCoreMs, 1)} cells=${small.outcomes.length * ESTIMATES.length}`,
);

const large = syntheticEvaluation(1000);
const largeRange = rangeOf(large);
const tornado = registered.get('TORNADO') as Fn;
const tornadoMs = medianMs(() => tornado(largeRange, [[inputsOf(large)]], null), 5, 1);
// Every row read, as the function's table shows them all (a row works out its points when first read).
const oneWayMs = medianMs(() => oneWay(large).rows.forEach((row) => [row.low, row.high, row.swing]), 5, 1);
console.log(
  `BENCH tornado-1k ratio=${fixed(tornadoMs / oneWayMs)} tornado_ms=${fixed(tornadoMs, 1)} core_ms=${fixed(oneWayMs, 1)} outcomes=${large.outcomes.length}`,
);

const gzipKb = gzipSync(bundle, { level: 9 }).length / 1024;
console.log(
  `BENCH functions-bundle-size ratio=${fixed(gzipKb / 64)} gzip_kb=${fixed(gzipKb, 1)} raw_kb=${fixed(bundle.length / 1024, 1)} goal=64 ${gzipKb < 64 ? 'ok' : 'OVER'}`,
);
