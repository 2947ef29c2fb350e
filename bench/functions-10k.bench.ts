// 10,000 =SROI.OUTCOMEPV calls through the built bundle's registration (as
// Excel calls them: plain numbers in, a number out) against the same 10,000
// rows computed by direct core calls on decimals. The ratio is the cost of the
// Excel edge (argument reading, checks, conversion). Also reports the gzipped
// size of the functions bundle, which Excel downloads (goal: under 60 KB).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { discountTable, impactOf, toDecimal, yearlyValues, type Decimal } from '@sroi/core';
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

const gzipKb = gzipSync(bundle, { level: 9 }).length / 1024;
console.log(
  `BENCH functions-bundle-size gzip_kb=${fixed(gzipKb, 1)} raw_kb=${fixed(bundle.length / 1024, 1)} goal=60 ${gzipKb < 60 ? 'ok' : 'OVER'}`,
);
