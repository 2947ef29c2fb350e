/**
 * A small element tree over xml2js (a dependency of office-addin-manifest),
 * parsed strictly, keeping the order of children, for structural checks of
 * manifest.xml.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const xml2js = require('xml2js') as {
  parseStringPromise(xml: string, options: object): Promise<Record<string, RawNode>>;
};

interface RawNode {
  '#name': string;
  $?: Record<string, string>;
  $$?: RawNode[];
  _?: string;
}

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly text: string;
}

function toElement(node: RawNode): XmlElement {
  return {
    name: node['#name'],
    attributes: node.$ ?? {},
    children: (node.$$ ?? []).map(toElement),
    text: (node._ ?? '').trim(),
  };
}

/** Parses XML strictly (xml2js rejects anything not well-formed); the root element. */
export async function parseXml(xml: string): Promise<XmlElement> {
  const parsed = await xml2js.parseStringPromise(xml, {
    strict: true,
    explicitChildren: true,
    preserveChildrenOrder: true,
    explicitRoot: true,
  });
  const [root] = Object.values(parsed);
  if (root === undefined) throw new Error('no root element');
  return toElement(root);
}

/** Every element below (and including) `element`, in document order. */
export function descendants(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(descendants)];
}

/** The first child with a name, or throws (for a clear failure). */
export function child(element: XmlElement, name: string): XmlElement {
  const found = element.children.find((item) => item.name === name);
  if (found === undefined) throw new Error(`<${element.name}> has no <${name}>`);
  return found;
}

/** Follows a path of child names, e.g. `path(root, 'VersionOverrides', 'Hosts', 'Host')`. */
export function path(element: XmlElement, ...names: string[]): XmlElement {
  return names.reduce(child, element);
}
