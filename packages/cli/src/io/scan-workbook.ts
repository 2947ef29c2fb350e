import { createInflateRaw } from 'node:zlib';
import { CliError, EXIT } from '../errors.js';
import { LIMITS, overLimit } from './limits.js';
import { sheetNamesByPart } from './sheet-parts.js';
import { XmlTally, type DateCell, type Tally } from './xml-tally.js';
import { DamagedZip, zipEntries, type ZipEntry } from './zip-entries.js';

/** What exceljs cannot be trusted to report about a workbook that passed the scan. */
export interface WorkbookScan {
  /** ISO date cells (`t="d"`) by sheet name, which exceljs reads as numbers. */
  readonly dateCells: ReadonlyMap<string, readonly DateCell[]>;
}

/** Bytes handed on at a time: what zlib gives out, and stored parts are cut into. */
const CHUNK = 64 * 1024;
/** More parts than any workbook has (a few per sheet), fewer than would slow the scan. */
const MOST_PARTS = 10_000;
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const WORKBOOK = 'xl/workbook.xml';
const RELATIONSHIPS = 'xl/_rels/workbook.xml.rels';

/**
 * Checks an .xlsx file before exceljs loads it: inflates every part with a
 * running budget of {@link LIMITS}.bytes (declared sizes are not trusted),
 * and counts the sheets' rows, cells and longest cell text, stopping as soon
 * as one is over its limit. It also finds what exceljs would misread.
 *
 * @param bytes - the whole .xlsx file (a zip)
 * @param file - the file as the user named it, for messages
 * @returns the ISO date cells of each sheet
 * @throws CliError (exit 4) for a damaged zip, a zip that is not a workbook, or one over a limit
 */
export async function scanWorkbook(bytes: Uint8Array, file: string): Promise<WorkbookScan> {
  const entries = listEntries(bytes, file);
  if (!entries.some((entry) => entry.name === WORKBOOK)) throw notAWorkbook(entries, file);
  const tally: Tally = {
    rows: 0,
    cells: 0,
    limits: LIMITS,
    over: (limit) => {
      throw overLimit(file, limit);
    },
  };
  let budget = LIMITS.bytes;
  const kept = new Map<string, Uint8Array[]>([
    [WORKBOOK, []],
    [RELATIONSHIPS, []],
  ]);
  const datesByPart = new Map<string, readonly DateCell[]>();
  for (const entry of entries) {
    const xml = WORKSHEET.test(entry.name) || entry.name === SHARED_STRINGS ? new XmlTally(tally) : null;
    await inflateEntry(entry, file, (chunk) => {
      budget -= chunk.length;
      if (budget < 0) throw overLimit(file, 'bytes', true);
      xml?.push(chunk);
      kept.get(entry.name)?.push(Uint8Array.from(chunk));
    });
    if (xml !== null && xml.dateCells.length > 0) datesByPart.set(entry.name, xml.dateCells);
  }
  if (datesByPart.size === 0) return { dateCells: new Map() };
  const text = (part: string) => new TextDecoder().decode(Buffer.concat(kept.get(part) ?? []));
  const names = sheetNamesByPart(text(WORKBOOK), text(RELATIONSHIPS));
  const dateCells = new Map<string, readonly DateCell[]>();
  for (const [part, cells] of datesByPart) {
    const name = names.get(part);
    if (name !== undefined) dateCells.set(name, cells);
  }
  return { dateCells };
}

function listEntries(bytes: Uint8Array, file: string): ZipEntry[] {
  try {
    return zipEntries(bytes, MOST_PARTS);
  } catch (error) {
    const why = error instanceof DamagedZip ? error.message : 'its zip directory is damaged';
    throw damaged(file, why);
  }
}

/**
 * Inflates one part with zlib, handing each piece to `sink` as it comes out;
 * when `sink` throws (a limit), inflating stops there.
 */
async function inflateEntry(entry: ZipEntry, file: string, sink: (chunk: Uint8Array) => void): Promise<void> {
  if (entry.encrypted) {
    throw new CliError(
      `${file} has password-protected parts, which sroi cannot open; save it from Excel without a password`,
      EXIT.unreadable,
    );
  }
  if (entry.method === 0) {
    for (let at = 0; at < entry.data.length; at += CHUNK) sink(entry.data.subarray(at, at + CHUNK));
    return;
  }
  if (entry.method !== 8) throw damaged(file, `a part (${entry.name}) is compressed in a way Excel does not use`);
  await new Promise<void>((resolve, reject) => {
    const inflater = createInflateRaw({ chunkSize: CHUNK });
    inflater.on('data', (chunk: Buffer) => {
      try {
        sink(chunk);
      } catch (error) {
        inflater.destroy();
        reject(error as Error);
      }
    });
    inflater.on('end', resolve);
    inflater.on('error', () =>
      reject(damaged(file, `a part (${entry.name}) is damaged: its compressed data is corrupt`)),
    );
    inflater.end(entry.data);
  });
}

function damaged(file: string, why: string): CliError {
  return new CliError(
    `${file} could not be read as an .xlsx workbook: ${why}; open it in Excel and save it again, or ask for a new copy`,
    EXIT.unreadable,
  );
}

/** A zip without a workbook part: say what it seems to be instead. */
function notAWorkbook(entries: readonly ZipEntry[], file: string): CliError {
  const has = (name: string) => entries.some((entry) => entry.name === name);
  const what = has('content.xml')
    ? 'an OpenDocument file (.ods), not an Excel workbook; in LibreOffice save it as "Excel 2007-365 (.xlsx)"'
    : has('word/document.xml')
      ? 'a Word document, not an Excel workbook'
      : has('ppt/presentation.xml')
        ? 'a PowerPoint presentation, not an Excel workbook'
        : 'a zip file, not an Excel workbook (it has no workbook part); save it from Excel as "Excel Workbook (.xlsx)"';
  return new CliError(`${file} is ${what}`, EXIT.unreadable);
}
