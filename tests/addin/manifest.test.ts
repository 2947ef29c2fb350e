// manifest.xml checked structurally, offline (Microsoft's validator is a web
// service): well-formed, ids and version valid, every resid resolves, the
// shared runtime wired as in Microsoft's template, and the production copy in
// dist/ free of localhost with every URL pointing at a built file.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST, readBuilt, ROOT } from './helpers/built-addin';
import { child, descendants, parseXml, path as at, type XmlElement } from './helpers/xml';

const source = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

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

  it('has no localhost left anywhere', () => {
    expect(text).not.toMatch(/localhost/i);
  });

  it('points every add-in URL at a file the build produced, under one https base', () => {
    const urls = [
      ...(resources(built).get('bt:Urls')?.values() ?? []),
      ...(resources(built).get('bt:Images')?.values() ?? []),
    ];
    const sourceUrls = urlsOf(built).filter((url) => !url.startsWith('https://github.com'));
    const base = (resources(built).get('bt:Urls')?.get('Taskpane.Url') as string).replace(/taskpane\.html$/, '');
    expect(base).toMatch(/^https:\/\/[^/]+\/(.*\/)?$/);
    for (const url of [...new Set([...urls, ...sourceUrls])].filter((url) => url.startsWith(base))) {
      expect({ url, built: existsSync(path.join(DIST, url.slice(base.length))) }).toEqual({ url, built: true });
    }
    expect(urls.filter((url) => url.startsWith(base)).length).toBeGreaterThanOrEqual(6);
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

  it('ships bundles that make no network requests of their own', () => {
    for (const file of ['functions.js', 'taskpane.js', 'commands.js']) {
      expect(readBuilt(file)).not.toMatch(/fetch\(|XMLHttpRequest|WebSocket|importScripts|sendBeacon|EventSource/);
    }
  });
});
