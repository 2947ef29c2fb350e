import { startsWith } from './magic.js';

/** The encodings Excel saves CSV and text files in. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A file's text and the encoding it was read as. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  /** Whether the encoding was guessed without a byte order mark (UTF-16 by its NUL bytes). */
  readonly guessed: boolean;
}

/**
 * Decodes a text file as Excel writes them: UTF-8 with or without a byte order
 * mark ("CSV UTF-8"), UTF-16 with a byte order mark ("Unicode Text"), or
 * without one when every other byte is NUL, and otherwise Windows-1252 (UK
 * Excel's "CSV (Comma delimited)"), which any bytes decode as.
 *
 * @param bytes - the file's bytes
 * @returns the text, without a byte order mark, and the encoding used
 * @example
 * decodeText(new Uint8Array([0xa3, 0x35])) //=> { text: '£5', encoding: 'windows-1252', guessed: false }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decoded(bytes, 'utf-8');
  if (startsWith(bytes, [0xff, 0xfe])) return decoded(bytes, 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return decoded(bytes, 'utf-16be');
  const utf16 = utf16ByNulBytes(bytes);
  if (utf16 !== null) return { ...decoded(bytes, utf16), guessed: true };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', guessed: false };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', guessed: false };
  }
}

/** Decodes with the byte order mark removed; invalid sequences after a mark become U+FFFD. */
function decoded(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): DecodedText {
  return { text: new TextDecoder(encoding).decode(bytes), encoding, guessed: false };
}

/**
 * UTF-16 without a byte order mark: text in Latin letters has a NUL in every
 * other byte (odd bytes for little-endian), which UTF-8 and Windows-1252 text never has.
 */
function utf16ByNulBytes(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNuls += 1;
    if (bytes[i + 1] === 0) oddNuls += 1;
  }
  const pairs = sample / 2;
  if (oddNuls >= pairs * 0.4 && evenNuls <= pairs * 0.05) return 'utf-16le';
  if (evenNuls >= pairs * 0.4 && oddNuls <= pairs * 0.05) return 'utf-16be';
  return null;
}

/** Windows-1252's characters for 0x80 to 0x9F (where it differs from ISO-8859-1); unassigned bytes stay as they are. */
const HIGH_CONTROLS =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1 (0x80 stays
 * U+0080, not €), so the 32 characters where the two differ are mapped here.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (character) => HIGH_CONTROLS[character.charCodeAt(0) - 0x80] ?? character);
}
