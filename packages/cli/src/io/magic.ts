/**
 * How files begin: enough to tell a workbook from text before reading it as
 * either. Zip files (.xlsx) start with PK\x03\x04; OLE compound files
 * (encrypted .xlsx, old .xls) with D0 CF 11 E0.
 */
export const ZIP = [0x50, 0x4b, 0x03, 0x04] as const;
export const COMPOUND = [0xd0, 0xcf, 0x11, 0xe0] as const;

/** Whether the bytes start with these. */
export function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}
