import { createDeflateRaw, deflateRawSync, inflateRawSync } from 'node:zlib';
import { zipEntries } from '../../packages/cli/src/io/zip-entries';

/** A part to write: its bytes, or deflated bytes made elsewhere with their true size. */
export type Part = string | Uint8Array | { readonly deflated: Uint8Array; readonly size: number };

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * Writes a zip of deflated parts. `declaredSize` writes a false uncompressed
 * size for every part, as a zip bomb does, to show that it is not trusted.
 */
export function writeZip(parts: Record<string, Part>, options: { declaredSize?: number } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, part] of Object.entries(parts)) {
    const plain = typeof part === 'string' ? Buffer.from(part) : part instanceof Uint8Array ? part : null;
    const deflated = plain === null ? (part as { deflated: Uint8Array }).deflated : deflateRawSync(plain);
    const size = options.declaredSize ?? (plain === null ? (part as { size: number }).size : plain.length);
    // The CRC of a part made elsewhere is not known; readers of .xlsx do not check it.
    const crc = plain === null ? 0 : crc32(plain);
    const fileName = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, Buffer.from(deflated));
    centrals.push(central, fileName);
    offset += 30 + fileName.length + deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Reads every part of a zip (a workbook written by exceljs, to change it). */
export function readZip(bytes: Uint8Array): Record<string, Uint8Array> {
  const parts: Record<string, Uint8Array> = {};
  for (const entry of zipEntries(bytes, 10_000)) {
    parts[entry.name] = entry.method === 8 ? inflateRawSync(entry.data) : entry.data;
  }
  return parts;
}

/**
 * Deflates `head`, `repeat` copies of `unit`, then `tail`, as a stream, so the
 * plain text (hundreds of MB for a zip bomb) never exists at once.
 */
export async function deflateRepeated(
  unit: string,
  repeat: number,
  { head = '', tail = '' }: { head?: string; tail?: string } = {},
): Promise<Part> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const perBlock = Math.max(1, Math.floor((1 << 20) / unit.length));
  const block = Buffer.from(unit.repeat(perBlock));
  deflate.write(head);
  let written = 0;
  while (written + perBlock <= repeat) {
    if (!deflate.write(block)) await new Promise((resolve) => deflate.once('drain', resolve));
    written += perBlock;
  }
  deflate.end(Buffer.from(unit.repeat(repeat - written) + tail));
  await done;
  const size = Buffer.byteLength(head) + repeat * Buffer.byteLength(unit) + Buffer.byteLength(tail);
  return { deflated: Buffer.concat(out), size };
}
