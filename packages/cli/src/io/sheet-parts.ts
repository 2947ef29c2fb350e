/**
 * Which sheet each worksheet part of an .xlsx workbook is (`xl/worksheets/sheet4.xml`
 * is "Impact Map"), from the workbook part and its relationships. Both are a few
 * lines of regular XML that Excel writes, so attributes are read with patterns.
 *
 * @param workbookXml - the text of xl/workbook.xml
 * @param relationshipsXml - the text of xl/_rels/workbook.xml.rels
 * @returns sheet names by part path; parts it cannot place are left out
 * @example
 * sheetNamesByPart('<sheet name="Impact Map" sheetId="1" r:id="rId1"/>',
 *   '<Relationship Id="rId1" Target="worksheets/sheet1.xml"/>')
 * //=> Map { 'xl/worksheets/sheet1.xml' => 'Impact Map' }
 */
export function sheetNamesByPart(workbookXml: string, relationshipsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [tag] of relationshipsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id !== undefined && target !== undefined) targets.set(id, partPath(target));
  }
  const names = new Map<string, string>();
  for (const [tag] of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attribute(tag, 'name');
    const part = targets.get(attribute(tag, 'id') ?? '');
    if (name !== undefined && part !== undefined) names.set(part, name);
  }
  return names;
}

/** An attribute's value, whatever its namespace prefix (`r:id`), with XML's five entities decoded. */
function attribute(tag: string, name: string): string | undefined {
  const value = new RegExp(`\\s(?:\\w+:)?${name}=(?:"([^"]*)"|'([^']*)')`).exec(tag);
  const raw = value?.[1] ?? value?.[2];
  return raw
    ?.replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** A relationship target is relative to xl/, or absolute from the package root. */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}
