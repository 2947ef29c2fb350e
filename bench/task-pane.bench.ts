// The task pane as a commissioner meets it: its gzipped size (what Excel
// downloads; goal under 250 KB for the pane's own code, not counting the
// functions bundle the same page loads) and its time to first render in
// headless Chromium (the Home page's buttons on screen), as a ratio to an
// empty React page built and served the same way in the same run.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import webpack from 'webpack';
import { fixed, median } from './measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = path.join(ROOT, 'dist');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const RUNS = 9;

if (!existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/ is missing: run `npm run build:addin` first');

// Size: the pane's entry and every chunk it loads on demand (not functions.js or commands.js).
const paneFiles = readdirSync(DIST).filter(
  (file) => file.endsWith('.js') && file !== 'functions.js' && file !== 'commands.js',
);
const gzipKb = paneFiles.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(DIST, file))).length, 0) / 1024;
console.log(
  `BENCH task-pane-size ratio=${fixed(gzipKb / 250)} gzip_kb=${fixed(gzipKb, 1)} goal=250 ${gzipKb < 250 ? 'met' : 'OVER'} files=${paneFiles.length}`,
);

if (!existsSync(CHROMIUM)) {
  console.log(`BENCH task-pane-first-render SKIPPED: ${CHROMIUM} is missing (apt-get install chromium)`);
} else {
  const baseline = mkdtempSync(path.join(tmpdir(), 'sroi-bench-react-'));
  try {
    await buildBaseline(baseline);
    console.log(await firstRender(baseline));
  } finally {
    rmSync(baseline, { recursive: true, force: true });
  }
}

async function buildBaseline(out: string): Promise<void> {
  const compiler = webpack({
    mode: 'production',
    context: ROOT,
    entry: './bench/task-pane/empty-react.tsx',
    output: { path: out, filename: 'empty.js' },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          use: {
            loader: 'ts-loader',
            options: { configFile: path.join(ROOT, 'addin/tsconfig.json'), transpileOnly: true },
          },
        },
      ],
    },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) => {
      if (error || stats?.hasErrors()) reject(error ?? new Error(stats?.toString('errors-only')));
      else compiler.close(() => resolve());
    }),
  );
  writeFileSync(
    path.join(out, 'empty.html'),
    `<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Empty</title>` +
      `<script src="${OFFICE_JS}"></script><script defer src="empty.js"></script></head>` +
      `<body><div id="pane"></div></body></html>`,
  );
}

async function firstRender(baselineDir: string): Promise<string> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x').pathname;
    const dir = url.startsWith('/empty') ? baselineDir : DIST;
    const file = path.join(dir, decodeURIComponent(url));
    if (!file.startsWith(dir) || !existsSync(file)) return void response.writeHead(404).end();
    const type = file.endsWith('.html') ? 'text/html' : 'text/javascript';
    response.writeHead(200, { 'content-type': type }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  // Office.js stand-in: ready at once, in Excel, every API set present.
  const office = `window.Office = { HostType: { Excel: 'Excel' }, context: { requirements: { isSetSupported: () => true } },
    onReady(callback) { const info = { host: 'Excel', platform: 'PC' }; setTimeout(() => callback(info), 0); return Promise.resolve(info); },
    actions: { associate() {} } };
    window.CustomFunctions = { ErrorCode: {}, Error: class {}, associate() {} };`;
  const timeOnce = async (url: string, ready: string): Promise<number> => {
    const page = await browser.newPage();
    await page.route(OFFICE_JS, (route) => route.fulfill({ contentType: 'text/javascript', body: office }));
    const start = performance.now();
    await page.goto(url);
    await page
      .getByRole('button', { name: ready })
      .or(page.getByRole('heading', { name: ready }))
      .first()
      .waitFor();
    const ms = performance.now() - start;
    await page.close();
    return ms;
  };
  const pane: number[] = [];
  const empty: number[] = [];
  try {
    await timeOnce(`${base}/taskpane.html`, 'New evaluation');
    await timeOnce(`${base}/empty.html`, 'Ready');
    for (let run = 0; run < RUNS; run += 1) {
      pane.push(await timeOnce(`${base}/taskpane.html`, 'New evaluation'));
      empty.push(await timeOnce(`${base}/empty.html`, 'Ready'));
    }
  } finally {
    await browser.close();
    server.close();
  }
  const paneMs = median(pane);
  const emptyMs = median(empty);
  return `BENCH task-pane-first-render ratio=${fixed(paneMs / emptyMs)} pane_ms=${fixed(paneMs, 0)} empty_react_ms=${fixed(emptyMs, 0)} runs=${RUNS}`;
}
