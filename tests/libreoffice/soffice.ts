// Runs LibreOffice headless as a real spreadsheet engine for tests.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { writeXlsx } from '@sroi/cli';
import type { WorkbookLayout } from '@sroi/workbook';

/** The soffice executable, or null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  for (const name of ['soffice', 'libreoffice']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
    } catch {
      // not on PATH; try the next name
    }
  }
  return null;
}

/**
 * A fresh LibreOffice profile that recalculates every formula when it loads
 * an .xlsx ("Recalculation on file load: Always"), instead of trusting the
 * results stored in the file.
 */
export function freshProfile(directory: string): string {
  const user = join(directory, 'user');
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return pathToFileURL(directory).href;
}

/**
 * Opens the workbooks in one LibreOffice run, recalculates them and exports
 * every sheet to CSV: `<outDir>/<name>-<Sheet name>.csv`, raw values (not as
 * shown), UTF-8, comma-separated.
 */
export function recalculateToCsv(soffice: string, files: readonly string[], outDir: string, profileDir: string): void {
  // Filter options: separator 44 (,), quote 34 ("), UTF-8 (76), from line 1, language en-US,
  // quoted text as text no, detect numbers yes, as shown NO, formulas no, trim no, all sheets (-1).
  convert(
    soffice,
    'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1',
    files,
    outDir,
    profileDir,
  );
}

/**
 * Opens the workbooks in one LibreOffice run, recalculates them and saves them
 * as .xlsx again: `<outDir>/<name>.xlsx`, each formula with the result
 * LibreOffice calculated, as a user's saved file would have.
 */
export function recalculateToXlsx(soffice: string, files: readonly string[], outDir: string, profileDir: string): void {
  convert(soffice, 'xlsx:Calc MS Excel 2007 XML', files, outDir, profileDir);
}

function convert(soffice: string, filter: string, files: readonly string[], outDir: string, profileDir: string): void {
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=${freshProfile(profileDir)}`,
      '--headless',
      '--norestore',
      '--nologo',
      '--convert-to',
      filter,
      '--outdir',
      outDir,
      ...files,
    ],
    { stdio: 'pipe', timeout: 110_000 },
  );
}

/**
 * Whether tests needing LibreOffice run. Without soffice they skip with a loud
 * warning locally, and fail on CI (CI=true), where LibreOffice must be installed.
 */
export function sofficeOrSkip(): string | null {
  const soffice = findSoffice();
  if (soffice !== null) return soffice;
  if (process.env['CI'] === 'true') {
    throw new Error(
      'LibreOffice (soffice) is required on CI for the spreadsheet cross-check: apt-get install -y --no-install-recommends libreoffice-calc',
    );
  }
  console.warn(
    '\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n' +
      '!! SKIPPED: LibreOffice cross-check (soffice not found).              !!\n' +
      '!! Install it: apt-get install -y --no-install-recommends libreoffice-calc\n' +
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n',
  );
  return null;
}

/** Every sheet of every workbook as LibreOffice recalculated it: workbook name → sheet name → CSV grid. */
export type Recalculated = Map<string, Map<string, string[][]>>;

/**
 * Writes each named layout to `<directory>/<name>.xlsx` with `wrong` stored as every
 * formula's result (a cell still showing it was not recalculated) and raw
 * values (no number formats, so the CSV shows 0.2, not "20.0%"), has
 * LibreOffice recalculate them all in one run, and reads back every sheet.
 *
 * @throws Error naming a sheet LibreOffice wrote no CSV for
 */
export async function recalculateLayouts(
  soffice: string,
  workbooks: Iterable<readonly [string, WorkbookLayout]>,
  directory: string,
  wrong: number,
): Promise<Recalculated> {
  const layouts = [...workbooks];
  const files: string[] = [];
  for (const [name, layout] of layouts) {
    const file = join(directory, `${name}.xlsx`);
    await writeXlsx(layout, file, { cachedResult: () => wrong, numberFormats: false });
    files.push(file);
  }
  recalculateToCsv(soffice, files, join(directory, 'out'), join(directory, 'profile'));
  const written = readdirSync(join(directory, 'out'));
  const recalculated: Recalculated = new Map();
  for (const [name, layout] of layouts) {
    const sheets = new Map<string, string[][]>();
    for (const sheet of layout.sheets) {
      const csv = `${name}-${sheet.name}.csv`;
      if (!written.includes(csv)) throw new Error(`LibreOffice wrote no ${csv}; it wrote ${written.join(', ')}`);
      const text = readFileSync(join(directory, 'out', csv), 'utf8');
      sheets.set(sheet.name, parse(text, { relax_column_count: true }) as string[][]);
    }
    recalculated.set(name, sheets);
  }
  return recalculated;
}
