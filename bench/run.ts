// Runs every bench/*.bench.ts (or those whose name contains the first
// argument). Each prints `BENCH <name> ratio=<r> ...`, a ratio against a
// baseline measured in the same run, because these machines are shared and noisy.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const only = process.argv[2];
const here = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts') && (only === undefined || file.includes(only)))
  .sort();
for (const file of files) {
  console.log(`# ${file}`);
  await import(`./${file}`);
}
