// How the add-in is built for a commissioner's own host (docs/deploy.md): the deploy build refuses
// the placeholder address and anything Excel could not load, the built manifest's comment is true
// of it, and `npm start` runs a pinned sideloading tool without putting it in the lockfile.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readBuilt, ROOT } from './helpers/built-addin';
import { descendants, parseXml } from './helpers/xml';

const PLACEHOLDER = 'https://sroi-calculator.github.io/sroi/addin/';

/** Runs an ES module snippet in Node beside webpack.config.js (which Jest, running CommonJS, cannot import). */
function node(script: string, env: Record<string, string | undefined>): { status: number | null; out: string } {
  const environment = { ...process.env, ...env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete environment[key];
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    env: environment,
    encoding: 'utf8',
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

interface Configured {
  readonly url: string | undefined;
  readonly deploy: boolean;
  /** The output folder, or the error webpack.config.js threw. */
  readonly output?: string;
  readonly error?: string;
}

/**
 * Calls webpack.config.js as `webpack --mode production [--env deploy]` would with each SROI_ADDIN_URL,
 * without building. One Node process; the config is imported afresh for each address.
 */
function configure(cases: readonly { url: string | undefined; deploy: boolean }[]): Configured[] {
  const run = node(
    `const results = [];
     for (const [i, { url, deploy }] of ${JSON.stringify(cases)}.entries()) {
       if (url == null) delete process.env.SROI_ADDIN_URL; else process.env.SROI_ADDIN_URL = url;
       const { default: configure } = await import('./webpack.config.js?case=' + i);
       try {
         results.push({ url, deploy, output: configure(deploy ? { deploy: true } : {}, { mode: 'production' }).output.path });
       } catch (error) {
         results.push({ url, deploy, error: error.message });
       }
     }
     process.stdout.write(JSON.stringify(results));`,
    {},
  );
  expect(run.status).toBe(0);
  return (JSON.parse(run.out) as Configured[]).map((result, i) => ({ ...result, url: cases[i]?.url }));
}

describe('npm run build:deploy', () => {
  const scripts = (
    JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  ).scripts;

  it('is a production build that asks for the deploy checks', () => {
    expect(scripts['build:deploy']).toMatch(/^webpack --mode production --env deploy\b/);
  });

  it('refuses to build without SROI_ADDIN_URL, or with the placeholder address', () => {
    for (const result of configure([undefined, '', PLACEHOLDER].map((url) => ({ url, deploy: true })))) {
      expect(result.output).toBeUndefined();
      expect(result.error).toMatch(/npm run build:deploy needs SROI_ADDIN_URL/);
    }
  });

  it('refuses an address Excel could not load the add-in from, in any production build', () => {
    const urls = [
      'http://static.example.org/sroi/',
      'https://static.example.org/sroi',
      'https://localhost:3000/',
      'https://127.0.0.1/sroi/',
    ];
    const results = configure(urls.flatMap((url) => [true, false].map((deploy) => ({ url, deploy }))));
    expect(results).toHaveLength(8);
    for (const result of results) {
      expect({ url: result.url, error: result.error }).toEqual({
        url: result.url,
        error: expect.stringMatching(/SROI_ADDIN_URL must be/),
      });
    }
  });

  it('accepts an https address ending in /, and the plain build (used by the tests) keeps the placeholder', () => {
    const [deploy, plain] = configure([
      { url: 'https://static.example.org/sroi/', deploy: true },
      { url: undefined, deploy: false },
    ]);
    expect(deploy?.error).toBeUndefined();
    expect(deploy?.output).toBe(path.join(ROOT, 'dist'));
    expect(plain?.error).toBeUndefined();
    expect(plain?.output).toBe(path.join(ROOT, 'dist'));
  });
});

describe('the production manifest for an organisation’s address', () => {
  const url = 'https://static.example.org/office/sroi/';
  let built: string;
  beforeAll(() => {
    const run = node(
      `import { readFileSync } from 'node:fs';
       import { productionManifest } from './addin/scripts/production-manifest.js';
       process.stdout.write(productionManifest(readFileSync('manifest.xml', 'utf8'), 'https://localhost:3000/', ${JSON.stringify(url)}));`,
      {},
    );
    expect(run.status).toBe(0);
    built = run.out;
  });

  it('points every add-in URL there, and nothing at localhost', async () => {
    expect(built).not.toMatch(/localhost/);
    const root = await parseXml(built);
    const urls = descendants(root)
      .map((element) => element.attributes['DefaultValue'])
      .filter((value): value is string => value !== undefined && value.startsWith('https://'));
    const own = urls.filter((value) => value.startsWith(url));
    expect(own.length).toBeGreaterThanOrEqual(8);
    expect(
      urls.filter((value) => !value.startsWith(url)).every((value) => value.startsWith('https://github.com/')),
    ).toBe(true);
  });

  it('says in its comment what it is, not what the development manifest is', () => {
    const comment = /<!--([\s\S]*?)-->/.exec(built)?.[1] ?? '';
    expect(comment).toMatch(/built from manifest\.xml for the address its URLs point at/);
    expect(comment).toMatch(/docs\/deploy\.md/);
    expect(comment).not.toMatch(/development|localhost|NOT FOR DEPLOYMENT/i);
    expect(built.match(/<!--/g)).toHaveLength(1);
  });
});

describe('the manifest in dist/', () => {
  it('says in its comment whether it may be deployed', () => {
    const text = readBuilt('manifest.xml');
    const comment = /<!--([\s\S]*?)-->/.exec(text)?.[1] ?? '';
    expect(comment).not.toMatch(/development URLs? point/i);
    if (text.includes(PLACEHOLDER)) {
      expect(comment).toMatch(/placeholder address/);
      expect(comment).toMatch(/NOT FOR DEPLOYMENT/);
      expect(comment).toMatch(/SROI_ADDIN_URL=https:\/\/your-host\/path\/ npm run build:deploy/);
    } else {
      expect(comment).toMatch(/built from manifest\.xml for the address its URLs point at/);
    }
  });
});

describe('npm start', () => {
  const start = (
    JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  ).scripts['start'];

  it('runs one exact version of office-addin-debugging', () => {
    expect(start).toMatch(/^npx --yes office-addin-debugging@\d+\.\d+\.\d+ start manifest\.xml /);
  });

  it('keeps it and keytar (a native download) out of the lockfile, so that npm ci works offline', () => {
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, unknown>;
    };
    const names = Object.keys(lock.packages);
    expect(names.filter((name) => /(^|\/)(office-addin-debugging|keytar)$/.test(name))).toEqual([]);
  });
});
