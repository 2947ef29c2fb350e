// manifest.xml checked structurally, offline (Microsoft's validator is a web
// service): well-formed, ids and version valid, every resid resolves, the
// shared runtime wired as in Microsoft's template, the rules of the manifest's
// schema that can be checked without it, and the production copy in dist/ free
// of localhost with every URL pointing at a built file by a versioned URL.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST, readBuilt, ROOT } from './helpers/built-addin';
import { child, descendants, parseXml, path as at, type XmlElement } from './helpers/xml';

const source = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const packageVersion = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string })
  .version;

/** The first 12 hex digits of a file's SHA-256, as `?v=` should carry it. */
function sha256Of(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12);
}

/**
 * The children of a task pane add-in's <OfficeApp>, in the order the schema's sequence requires
 * (Microsoft's manifest reference, "elements in the order required").
 */
const OFFICE_APP_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'Dictionary',
  'VersionOverrides',
  'ExtendedOverrides',
];
const OFFICE_APP_REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description'];

/** Whether `names` keep the order of `order` (each name known, none repeated out of place). */
function inOrder(names: readonly string[], order: readonly string[]): boolean {
  const positions = names.map((name) => order.indexOf(name));
  return positions.every((position, i) => position >= 0 && (i === 0 || position >= (positions[i - 1] as number)));
}

/** Where each kind of resid must resolve, by the element that carries it. */
function resourceKind(element: XmlElement): string {
  if (element.name === 'bt:Image') return 'bt:Images';
  if (['SourceLocation', 'FunctionFile', 'Runtime', 'LearnMoreUrl'].includes(element.name)) return 'bt:Urls';
  if (['Title', 'Label', 'Namespace'].includes(element.name)) return 'bt:ShortStrings';
  if (element.name === 'Description') return 'bt:LongStrings';
  throw new Error(`unexpected resid on <${element.name}>`);
}

function resources(root: XmlElement): Map<string, Map<string, string>> {
  const sections = at(root, 'VersionOverrides', 'Resources').children;
  return new Map(
    sections.map((section) => [
      section.name,
      new Map(
        section.children.map((item) => [item.attributes['id'] as string, item.attributes['DefaultValue'] as string]),
      ),
    ]),
  );
}

function urlsOf(root: XmlElement): string[] {
  return descendants(root)
    .flatMap((element) => [element.attributes['DefaultValue'], element.name === 'AppDomain' ? element.text : undefined])
    .filter((value): value is string => value !== undefined && /^[a-z]+:\/\//i.test(value));
}

describe('manifest.xml', () => {
  let root: XmlElement;
  beforeAll(async () => {
    root = await parseXml(source);
  });

  it('is a well-formed task pane add-in manifest for Excel', () => {
    expect(root.name).toBe('OfficeApp');
    expect(root.attributes['xsi:type']).toBe('TaskPaneApp');
    expect(child(root, 'Hosts').children.map((host) => host.attributes['Name'])).toEqual(['Workbook']);
  });

  it('has a GUID id and a four-part version', () => {
    expect(child(root, 'Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(root, 'Version').text).toMatch(/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/);
  });

  it('carries the version of package.json as x.y.z.0, so that a release raises both', () => {
    expect(packageVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(child(root, 'Version').text).toBe(`${packageVersion}.0`);
  });

  it('has the children of <OfficeApp> the schema requires, in its order', () => {
    const names = root.children.map((element) => element.name);
    expect(inOrder(names, OFFICE_APP_ORDER)).toBe(true);
    for (const name of OFFICE_APP_REQUIRED) expect(names).toContain(name);
    expect(names).toEqual([...new Set(names)]);
  });

  it('keeps names and descriptions within the schema’s lengths', () => {
    const display = child(root, 'DisplayName').attributes['DefaultValue'] as string;
    const description = child(root, 'Description').attributes['DefaultValue'] as string;
    expect(display.length).toBeGreaterThan(0);
    expect(display.length).toBeLessThanOrEqual(125);
    expect(description.length).toBeGreaterThan(0);
    expect(description.length).toBeLessThanOrEqual(250);
    expect(child(root, 'ProviderName').text.length).toBeGreaterThan(0);
    expect(child(root, 'DefaultLocale').text).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})+$/);
    const byKind = resources(root);
    for (const text of byKind.get('bt:ShortStrings')?.values() ?? []) expect(text.length).toBeLessThanOrEqual(125);
    for (const text of byKind.get('bt:LongStrings')?.values() ?? []) expect(text.length).toBeLessThanOrEqual(250);
    for (const url of urlsOf(root)) expect(url.length).toBeLessThanOrEqual(2018);
  });

  it('orders the version overrides as their schema does', () => {
    const host = at(root, 'VersionOverrides', 'Hosts', 'Host');
    expect(
      inOrder(
        host.children.map((element) => element.name),
        ['Runtimes', 'AllFormFactors', 'DesktopFormFactor'],
      ),
    ).toBe(true);
    const functions = at(host, 'AllFormFactors', 'ExtensionPoint');
    expect(functions.children.map((element) => element.name)).toEqual(['Script', 'Page', 'Metadata', 'Namespace']);
    const desktop = child(host, 'DesktopFormFactor');
    expect(
      inOrder(
        desktop.children.map((element) => element.name),
        ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
      ),
    ).toBe(true);
    expect(child(desktop, 'GetStarted').children.map((element) => element.name)).toEqual([
      'Title',
      'Description',
      'LearnMoreUrl',
    ]);
    expect(at(root, 'VersionOverrides', 'Resources').children.map((element) => element.name)).toEqual([
      'bt:Images',
      'bt:Urls',
      'bt:ShortStrings',
      'bt:LongStrings',
    ]);
    const group = descendants(root).find((element) => element.name === 'Group') as XmlElement;
    expect(group.children.map((element) => element.name)).toEqual(['Label', 'Icon', 'Control']);
    const button = child(group, 'Control');
    expect(button.children.map((element) => element.name)).toEqual(['Label', 'Supertip', 'Icon', 'Action']);
    const controlIds = descendants(root)
      .filter((element) => ['Group', 'Control'].includes(element.name))
      .map((element) => element.attributes['id'] as string);
    expect(new Set(controlIds).size).toBe(controlIds.length);
    for (const id of controlIds) expect(id.length).toBeLessThanOrEqual(125);
  });

  it('asks to read and write the workbook, as the task pane writes its results sheets', () => {
    expect(child(root, 'Permissions').text).toBe('ReadWriteDocument');
  });

  it('lists no app domains: the pane opens no outside pages', () => {
    expect(root.children.map((element) => element.name)).not.toContain('AppDomains');
    expect(descendants(root).filter((element) => element.name === 'AppDomain')).toEqual([]);
  });

  it('requires the SharedRuntime and CustomFunctionsRuntime requirement sets', () => {
    const sets = at(root, 'Requirements', 'Sets').children.map(
      (set) => `${set.attributes['Name']} ${set.attributes['MinVersion']}`,
    );
    expect(sets).toEqual(['SharedRuntime 1.1', 'CustomFunctionsRuntime 1.2']);
  });

  it('resolves every resid to a resource of the right kind, with unique ids of at most 32 characters', () => {
    const byKind = resources(root);
    const withResid = descendants(root).filter((element) => element.attributes['resid'] !== undefined);
    expect(withResid.length).toBeGreaterThan(15);
    for (const element of withResid) {
      const resid = element.attributes['resid'] as string;
      expect({ resid, resolved: byKind.get(resourceKind(element))?.has(resid) }).toEqual({ resid, resolved: true });
    }
    const ids = [...byKind.values()].flatMap((section) => [...section.keys()]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(32);
  });

  it('wires one long-lived shared runtime as the template does', () => {
    const host = at(root, 'VersionOverrides', 'Hosts', 'Host');
    expect(host.attributes['xsi:type']).toBe('Workbook');
    expect(host.children[0]?.name).toBe('Runtimes');
    expect(at(host, 'Runtimes', 'Runtime').attributes).toEqual({ resid: 'Taskpane.Url', lifetime: 'long' });
    const functions = at(host, 'AllFormFactors', 'ExtensionPoint');
    expect(functions.attributes['xsi:type']).toBe('CustomFunctions');
    const location = (name: string) => at(functions, name, 'SourceLocation').attributes['resid'];
    expect([location('Script'), location('Page'), location('Metadata')]).toEqual([
      'Functions.Script.Url',
      'Taskpane.Url',
      'Functions.Metadata.Url',
    ]);
    expect(
      resources(root)
        .get('bt:ShortStrings')
        ?.get(child(functions, 'Namespace').attributes['resid'] as string),
    ).toBe('SROI');
    const desktop = child(host, 'DesktopFormFactor');
    expect(child(desktop, 'FunctionFile').attributes['resid']).toBe('Taskpane.Url');
  });

  it('has a ribbon button that opens the task pane, with 16, 32 and 80 pixel icons', () => {
    const button = descendants(root).find((element) => element.name === 'Control');
    expect(button?.attributes['xsi:type']).toBe('Button');
    const action = child(button as XmlElement, 'Action');
    expect(action.attributes['xsi:type']).toBe('ShowTaskpane');
    expect(child(action, 'SourceLocation').attributes['resid']).toBe('Taskpane.Url');
    const sizes = child(button as XmlElement, 'Icon').children.map((image) => image.attributes['size']);
    expect(sizes).toEqual(['16', '32', '80']);
  });

  it('uses https for every URL, and https://localhost:3000 while developing', () => {
    const urls = urlsOf(root);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
    const local = urls.filter((url) => url.includes('localhost'));
    expect(local.length).toBeGreaterThan(5);
    for (const url of local) expect(url.startsWith('https://localhost:3000/')).toBe(true);
  });
});

describe('the production manifest in dist/', () => {
  let built: XmlElement;
  let text: string;
  beforeAll(async () => {
    text = readBuilt('manifest.xml');
    built = await parseXml(text);
  });

  it('has no localhost left anywhere, and https for every URL', () => {
    expect(text).not.toMatch(/localhost|127\.0\.0\.1/i);
    for (const url of urlsOf(built)) expect(url).toMatch(/^https:\/\//);
  });

  it('keeps the source’s id, version, permissions and requirement sets, and resolves every resid', () => {
    expect(child(built, 'Id').text).toBe(/<Id>([^<]+)<\/Id>/.exec(source)?.[1]);
    expect(child(built, 'Version').text).toBe(`${packageVersion}.0`);
    expect(child(built, 'Permissions').text).toBe('ReadWriteDocument');
    const sets = (element: XmlElement) =>
      at(element, 'Requirements', 'Sets').children.map(
        (set) => `${set.attributes['Name']} ${set.attributes['MinVersion']}`,
      );
    expect(sets(built)).toEqual(['SharedRuntime 1.1', 'CustomFunctionsRuntime 1.2']);
    const byKind = resources(built);
    for (const element of descendants(built).filter((item) => item.attributes['resid'] !== undefined)) {
      expect(byKind.get(resourceKind(element))?.has(element.attributes['resid'] as string)).toBe(true);
    }
    expect(descendants(built).filter((element) => element.name === 'AppDomain')).toEqual([]);
  });

  it('points every add-in URL at a file the build produced, under one https base', () => {
    const urls = [
      ...(resources(built).get('bt:Urls')?.values() ?? []),
      ...(resources(built).get('bt:Images')?.values() ?? []),
    ];
    const sourceUrls = urlsOf(built).filter((url) => !url.startsWith('https://github.com'));
    const base = (resources(built).get('bt:Urls')?.get('Taskpane.Url') as string).replace(/taskpane\.html(\?.*)?$/, '');
    expect(base).toMatch(/^https:\/\/[^/]+\/(.*\/)?$/);
    for (const url of [...new Set([...urls, ...sourceUrls])].filter((url) => url.startsWith(base))) {
      const file = url.slice(base.length).replace(/\?.*$/, '');
      expect({ url, built: existsSync(path.join(DIST, file)) }).toEqual({ url, built: true });
    }
    expect(urls.filter((url) => url.startsWith(base)).length).toBeGreaterThanOrEqual(6);
  });

  it('names the page, the functions and their metadata with ?v= and a hash of the file as built', () => {
    const urls = resources(built).get('bt:Urls') as Map<string, string>;
    const base = (urls.get('Taskpane.Url') as string).replace(/taskpane\.html\?.*$/, '');
    const versioned = (file: string) => `${base}${file}?v=${sha256Of(path.join(DIST, file))}`;
    expect(urls.get('Taskpane.Url')).toBe(versioned('taskpane.html'));
    expect(urls.get('Functions.Script.Url')).toBe(versioned('functions.js'));
    expect(urls.get('Functions.Metadata.Url')).toBe(versioned('functions.json'));
    expect(at(built, 'DefaultSettings', 'SourceLocation').attributes['DefaultValue']).toBe(versioned('taskpane.html'));
  });

  it('has icons of the sizes it declares', () => {
    for (const image of resources(built).get('bt:Images') ?? new Map<string, string>()) {
      const [id, url] = image;
      const size = Number(/(\d+)x\1$/.exec(id)?.[1]);
      const png = readFileSync(path.join(DIST, 'assets', path.basename(url)));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});

describe('the built task pane page', () => {
  it('loads office.js from Microsoft’s CDN and the functions bundle, and nothing else from the network', () => {
    const html = readBuilt('taskpane.html');
    const external = [...html.matchAll(/(?:src|href)=["']?(https?:\/\/[^"' >]+)/g)].map((match) => match[1]);
    expect(external).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
    expect(html).toMatch(/<script[^>]*src=["']?functions\.js/);
    expect(html).toMatch(/<h1>SROI<\/h1>/);
  });

  it('loads each of its own scripts with ?v= and a hash of the file as built', () => {
    const html = readBuilt('taskpane.html');
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)]
      .map((match) => match[1] as string)
      .filter((src) => !src.startsWith('https://'));
    expect(scripts.map((src) => src.replace(/\?.*$/, '')).sort()).toEqual(
      ['commands.js', 'functions.js', 'old-excel.js', 'taskpane.js'].sort(),
    );
    for (const src of scripts) {
      const file = src.replace(/\?.*$/, '');
      expect(src).toBe(`${file}?v=${sha256Of(path.join(DIST, file))}`);
    }
  });

  it('links nowhere outside: the pane’s code names no web page it could open', () => {
    readBuilt('taskpane.html');
    const paneCode = readdirSync(DIST)
      .filter((file) => file.endsWith('.js') && !['functions.js', 'commands.js'].includes(file))
      .map((file) => readFileSync(path.join(DIST, file), 'utf8'));
    for (const code of paneCode) {
      expect(code).not.toMatch(/window\.open\(|https:\/\/github\.com/);
    }
  });

  it('ships bundles that make no network requests of their own', () => {
    for (const file of ['functions.js', 'taskpane.js', 'commands.js']) {
      expect(readBuilt(file)).not.toMatch(/fetch\(|XMLHttpRequest|WebSocket|importScripts|sendBeacon|EventSource/);
    }
  });
});
