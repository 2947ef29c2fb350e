// Development server for the add-in: builds in development mode, rebuilds on
// change, and serves dist/dev on https://localhost:3000 (the URLs in manifest.xml)
// with the localhost certificate of `npx office-addin-dev-certs install`.
// Uses only webpack (installed) and Node built-ins, so it works offline.
//   npm run dev-server
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:https';
import { homedir } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';
import configure from '../../webpack.config.js';

const PORT = Number(process.env.SROI_DEV_PORT ?? 3000);
const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const dist = path.join(root, 'dist/dev');
const certificates = path.join(homedir(), '.office-addin-dev-certs');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

const key = path.join(certificates, 'localhost.key');
const cert = path.join(certificates, 'localhost.crt');
if (!existsSync(key) || !existsSync(cert)) {
  console.error(`No localhost certificate in ${certificates}. Run once: npx office-addin-dev-certs install`);
  process.exit(1);
}

webpack(configure({}, { mode: 'development' })).watch({}, (error, stats) => {
  if (error) console.error(error);
  else console.log(stats.toString({ preset: 'minimal', colors: true }));
});

createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (request, response) => {
  const url = new URL(request.url ?? '/', `https://localhost:${PORT}`);
  const file = path.join(dist, path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ''));
  if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Access-Control-Allow-Origin': '*',
    'Cache-Control': 'no-store',
  });
  createReadStream(file).pipe(response);
}).listen(PORT, () => console.log(`SROI add-in served on https://localhost:${PORT}/ (Ctrl+C to stop)`));
