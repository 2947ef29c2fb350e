/** One file inside a zip, as its central directory (what Excel and exceljs read) describes it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; Excel writes nothing else. */
  readonly method: number;
  readonly encrypted: boolean;
  /** The entry's compressed bytes, a view into the file. Its declared uncompressed size is not kept: it is not trusted. */
  readonly data: Uint8Array;
}

/** Why a zip's structure cannot be read, in words for the user. */
export class DamagedZip extends Error {
  override readonly name = 'DamagedZip';
}

const END = 0x06054b50;
const END64 = 0x06064b50;
const END64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MISSING = 'its zip directory is missing, as when a download or copy is cut short';
const GARBLED = 'its zip directory is damaged';

/**
 * Lists a zip's entries from its central directory, Zip64 included, without
 * decompressing anything.
 *
 * @param bytes - the whole zip file
 * @param most - the most entries accepted; more throws a DamagedZip saying so
 * @returns the entries in directory order
 * @throws DamagedZip when the directory is missing, damaged or points outside the file
 */
export function zipEntries(bytes: Uint8Array, most: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));
  const within = (at: number, length: number) => at >= 0 && at + length <= bytes.length;
  const end = findEnd(bytes, view);
  let count = u16(end + 10);
  let offset = u32(end + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (!within(locator, 20) || u32(locator) !== END64_LOCATOR) throw new DamagedZip(GARBLED);
    const end64 = u64(locator + 8);
    if (!within(end64, 56) || u32(end64) !== END64) throw new DamagedZip(GARBLED);
    count = u64(end64 + 32);
    offset = u64(end64 + 48);
  }
  if (count > most) throw new DamagedZip(`it has ${count.toLocaleString('en-GB')} parts, more than a workbook has`);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (!within(at, 46) || u32(at) !== CENTRAL) throw new DamagedZip(GARBLED);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    if (!within(at + 46, nameLength + extraLength)) throw new DamagedZip(GARBLED);
    const sizes = zip64Sizes(view, at + 46 + nameLength, extraLength, u32(at + 24), u32(at + 20), u32(at + 42));
    const local = sizes.localHeader;
    if (!within(local, 30) || u32(local) !== LOCAL) throw new DamagedZip(GARBLED);
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    if (!within(start, sizes.compressed)) throw new DamagedZip(MISSING);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(at + 10),
      encrypted: (u16(at + 8) & 1) === 1,
      data: bytes.subarray(start, start + sizes.compressed),
    });
    at += 46 + nameLength + extraLength + u16(at + 32);
  }
  return entries;
}

/** The end of central directory record: 22 bytes, then a comment of up to 65,535. */
function findEnd(bytes: Uint8Array, view: DataView): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (view.getUint32(at, true) === END) return at;
  }
  throw new DamagedZip(MISSING);
}

/** Sizes of 0xFFFFFFFF mean "see the Zip64 extra field" (id 1), which holds those that overflowed, in this order. */
function zip64Sizes(
  view: DataView,
  extra: number,
  length: number,
  uncompressed: number,
  compressed: number,
  localHeader: number,
): { compressed: number; localHeader: number } {
  const overflowed = [uncompressed, compressed, localHeader].map((value) => value === 0xffffffff);
  if (!overflowed.some(Boolean)) return { compressed, localHeader };
  for (let at = extra; at + 4 <= extra + length; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) !== 1) continue;
    let field = at + 4;
    const next = () => {
      if (field + 8 > at + 4 + view.getUint16(at + 2, true)) throw new DamagedZip(GARBLED);
      const value = Number(view.getBigUint64(field, true));
      field += 8;
      return value;
    };
    if (overflowed[0]) next();
    const realCompressed = overflowed[1] ? next() : compressed;
    return { compressed: realCompressed, localHeader: overflowed[2] ? next() : localHeader };
  }
  throw new DamagedZip(GARBLED);
}
