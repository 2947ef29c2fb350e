import type { Limit } from './limits.js';

/** What a workbook's sheets hold so far, across all its parts, and where to stop. */
export interface Tally {
  rows: number;
  cells: number;
  readonly limits: { readonly rows: number; readonly cells: number; readonly text: number };
  /** Called as soon as a count passes its limit; it throws. */
  readonly over: (limit: Exclude<Limit, 'bytes'>) => never;
}

/** An ISO date cell (`<c t="d">`), which exceljs would read as a number (2024 for 2024-01-01). */
export interface DateCell {
  readonly address: string;
  readonly text: string;
}

/** An element name of up to four ASCII letters as one number, so names compare without strings. */
const pack = (name: string) => [...name].reduce((code, letter) => code * 256 + letter.charCodeAt(0), 0);
const ROW = pack('row');
const CELL = pack('c');
/** A value, a formula, a (rich) text run: their text is a cell's. */
const VALUE = pack('v');
const FORMULA = pack('f');
const RUN = pack('t');
/** A shared string, an inline string: their runs add up to one cell's text. */
const SHARED_STRING = pack('si');
const INLINE_STRING = pack('is');
const NOT_COUNTED = -1;

/** Where the tally is: in text, in a tag's name, in its attributes, in a quoted attribute value. */
const State = { Text: 0, Name: 1, Tag: 2, Quoted: 3 } as const;

/**
 * Counts, as the bytes of a worksheet or shared-strings part arrive, its rows
 * (`<row>`), cells (`<c>`) and the characters of each cell's text, calling
 * {@link Tally.over} the moment one is over its limit; and collects ISO date
 * cells. A state machine over UTF-8 bytes, not an XML parser: it only counts,
 * builds nothing as large as the part, and must keep up with zlib.
 */
export class XmlTally {
  private state: number = State.Text;
  private quote = 0;
  private name = 0;
  private nameLength = 0;
  private closing = false;
  private lastInTag = 0;
  /** A cell's attributes (`r="B7" t="d"`), up to a length no real cell reaches. */
  private readonly attributes = new Uint8Array(256);
  private attributesLength = 0;
  private counting = false;
  /** Inside a value (`<v>`), whose text is a date cell's date. */
  private inValue = false;
  private inString = false;
  private inEntity = false;
  private characters = 0;
  private dateCell: { address: string; text: string } | null = null;
  readonly dateCells: DateCell[] = [];

  constructor(private readonly tally: Tally) {}

  /** Reads the next bytes of the part. */
  push(bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length; i += 1) {
      const byte = bytes[i] as number;
      switch (this.state) {
        case State.Text:
          if (byte === 0x3c /* < */) {
            this.state = State.Name;
            this.name = 0;
            this.nameLength = 0;
            this.closing = false;
          } else if (this.counting) this.countText(byte);
          break;
        case State.Name:
          if (byte === 0x2f /* / */ && this.nameLength === 0) this.closing = true;
          else if (byte === 0x3e /* > */ || byte === 0x2f || byte <= 0x20) {
            this.state = State.Tag;
            this.attributesLength = 0;
            this.lastInTag = 0;
            i -= 1; // the tag state sees this byte too
          } else if (byte === 0x3a /* : */) {
            this.name = 0; // a namespace prefix: x:row is row
            this.nameLength = 0;
          } else {
            this.nameLength += 1;
            this.name = this.nameLength <= 4 ? this.name * 256 + byte : NOT_COUNTED;
          }
          break;
        case State.Tag:
          if (byte === 0x3e) {
            this.state = State.Text;
            this.tag(this.lastInTag === 0x2f);
            break;
          }
          if (byte === 0x22 || byte === 0x27 /* " ' */) {
            this.state = State.Quoted;
            this.quote = byte;
          }
          if (byte > 0x20) this.lastInTag = byte;
          if (this.name === CELL && this.attributesLength < 256) this.attributes[this.attributesLength++] = byte;
          break;
        case State.Quoted:
          if (byte === this.quote) this.state = State.Tag;
          if (this.name === CELL && this.attributesLength < 256) this.attributes[this.attributesLength++] = byte;
          break;
      }
    }
  }

  /** Counts one byte of text as Excel counts characters: UTF-16 units, an entity (`&amp;`) as one. */
  private countText(byte: number): void {
    if (this.inValue && this.dateCell !== null && this.dateCell.text.length < 64) {
      this.dateCell.text += String.fromCharCode(byte);
    }
    if (this.inEntity) {
      if (byte === 0x3b /* ; */) this.inEntity = false;
      return;
    }
    if (byte === 0x26 /* & */) this.inEntity = true;
    if ((byte & 0xc0) === 0x80) return; // a UTF-8 continuation byte
    this.characters += byte >= 0xf0 ? 2 : 1;
    if (this.characters > this.tally.limits.text) this.tally.over('text');
  }

  private tag(selfClosing: boolean): void {
    const { name, closing } = this;
    const opening = !closing && !selfClosing;
    if (name === ROW && !closing && ++this.tally.rows > this.tally.limits.rows) this.tally.over('rows');
    if (name === CELL && !closing) this.cell(selfClosing);
    if (name === CELL && closing && this.dateCell !== null) {
      this.dateCells.push(this.dateCell);
      this.dateCell = null;
    }
    if (name === SHARED_STRING || name === INLINE_STRING) {
      this.inString = opening;
      this.characters = 0;
    }
    if (name === VALUE || name === FORMULA || name === RUN) {
      this.counting = opening;
      this.inValue = opening && name === VALUE;
      if (opening && !this.inString) this.characters = 0;
    }
  }

  private cell(selfClosing: boolean): void {
    if (++this.tally.cells > this.tally.limits.cells) this.tally.over('cells');
    this.dateCell = null;
    if (selfClosing || this.attribute(0x74 /* t */) !== 'd') return;
    const address = this.attribute(0x72 /* r */);
    if (address !== undefined && /^[A-Z]+[0-9]+$/.test(address)) this.dateCell = { address, text: '' };
  }

  /** The value of a cell's one-letter attribute (`t`, `r`), if it has one. */
  private attribute(letter: number): string | undefined {
    const { attributes: bytes, attributesLength: length } = this;
    for (let i = 1; i + 2 < length; i += 1) {
      if (bytes[i] === letter && bytes[i - 1]! <= 0x20 && bytes[i + 1] === 0x3d && bytes[i + 2] === 0x22) {
        const end = bytes.indexOf(0x22, i + 3);
        if (end < 0 || end >= length) return undefined;
        return String.fromCharCode(...bytes.subarray(i + 3, end));
      }
    }
    return undefined;
  }
}
