// BENCH report: `sroi report` writing the HTML page for 1,000 outcomes (evaluation, switching
// values, tornado, a 10,000-iteration Monte Carlo run with its draws kept, five charts rendered
// with vega, the page written whole) as a ratio to `sroi evaluate` printing the summary of the
// same map, both through the command line's main() from the same JSON file, in the same run.
// Most of the time is core's analyses (printed as analyses_ms: the Monte Carlo run about two
// thirds, then the switching values and the tornado), which `evaluate` does not do; the page's own
// part (reading, five charts, the page, writing) is report_ms - analyses_ms. Measured on the built
// code on a shared 2-core machine: ratio 35 (report 1.75 s, evaluate 54 ms). Goal: ratio under 50,
// the analyses plus under half a second of the page's own.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '@sroi/cli';
import { evaluate, monteCarlo, oneWay, switchingValues } from '@sroi/core';
import { syntheticEvaluation } from './impact-map-data.js';
import { fixed, median, medianMsAsync } from './measure.js';

const OUTCOMES = 1_000;
const ITERATIONS = 10_000;
const directory = mkdtempSync(join(tmpdir(), 'sroi-bench-report-'));
const map = join(directory, 'map.json');
const page = join(directory, 'report.html');
writeFileSync(map, JSON.stringify(syntheticEvaluation(OUTCOMES)));
// No progress lines: nothing is printed but the figures.
process.env['SROI_PROGRESS_AFTER_MS'] = '600000';
const quiet = { out: () => undefined, err: () => undefined };

async function sroi(...argv: string[]): Promise<void> {
  let err = '';
  const code = await main(argv, { out: () => undefined, err: (text) => (err += text) });
  if (code !== 0) throw new Error(`sroi ${argv.join(' ')} ended with ${code}: ${err}`);
}

try {
  await sroi('report', map, '--out', page, '--force', '--iterations', String(ITERATIONS));
  // Rounds alternate the two, so both meet the same load on a shared machine; the figure is the median ratio.
  const evaluation = syntheticEvaluation(OUTCOMES);
  // The analyses the page shows, run by core alone: what is left of the report's time is its own
  // (reading the file, the charts, the page and writing it).
  const analyses = () => {
    evaluate(evaluation);
    switchingValues(evaluation);
    oneWay(evaluation, { change: '0.1' });
    monteCarlo(evaluation, { iterations: ITERATIONS, keepDraws: true });
  };
  const rounds: { reportMs: number; evaluateMs: number; analysesMs: number; ratio: number }[] = [];
  for (let round = 0; round < 3; round += 1) {
    const reportMs = await medianMsAsync(
      () => sroi('report', map, '--out', page, '--force', '--iterations', String(ITERATIONS)),
      1,
      0,
    );
    const evaluateMs = await medianMsAsync(() => main(['evaluate', map], quiet), 5, 1);
    const analysesMs = await medianMsAsync(async () => analyses(), 1, 0);
    rounds.push({ reportMs, evaluateMs, analysesMs, ratio: reportMs / evaluateMs });
  }
  console.log(
    `BENCH report ratio=${fixed(median(rounds.map((r) => r.ratio)))} goal<50 report_ms=${fixed(median(rounds.map((r) => r.reportMs)), 0)} analyses_ms=${fixed(median(rounds.map((r) => r.analysesMs)), 0)} evaluate_ms=${fixed(median(rounds.map((r) => r.evaluateMs)))} iterations=${ITERATIONS} outcomes=${OUTCOMES} page_kb=${fixed(statSync(page).size / 1024, 0)}`,
  );
} finally {
  rmSync(directory, { recursive: true, force: true });
}
