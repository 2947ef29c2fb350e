// BENCH report: `sroi report` writing the HTML page for 1,000 outcomes (evaluation, switching
// values, tornado, a 10,000-iteration Monte Carlo run with its draws kept, five charts rendered
// with vega, the page written whole) as a ratio to `sroi evaluate` printing the summary of the
// same map, both through the command line's main() from the same JSON file, in the same run.
// Most of the time is the Monte Carlo run, the switching values and the tornado, which `evaluate`
// does not do; the charts and the page itself are a small part. Measured on source on a shared
// 2-core machine: ratio 19 (report 5.4 s, evaluate 0.28 s). Goal: ratio under 30.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../packages/cli/src/main.js';
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
  const rounds: { reportMs: number; evaluateMs: number; ratio: number }[] = [];
  for (let round = 0; round < 3; round += 1) {
    const reportMs = await medianMsAsync(
      () => sroi('report', map, '--out', page, '--force', '--iterations', String(ITERATIONS)),
      1,
      0,
    );
    const evaluateMs = await medianMsAsync(() => main(['evaluate', map], quiet), 5, 1);
    rounds.push({ reportMs, evaluateMs, ratio: reportMs / evaluateMs });
  }
  console.log(
    `BENCH report ratio=${fixed(median(rounds.map((r) => r.ratio)))} goal<30 report_ms=${fixed(median(rounds.map((r) => r.reportMs)), 0)} evaluate_ms=${fixed(median(rounds.map((r) => r.evaluateMs)))} iterations=${ITERATIONS} outcomes=${OUTCOMES} page_kb=${fixed(statSync(page).size / 1024, 0)}`,
  );
} finally {
  rmSync(directory, { recursive: true, force: true });
}
