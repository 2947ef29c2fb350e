// Writes the add-in's PNG icons (16, 32, 64 and 80 pixels) with Node built-ins
// only: a teal tile with three rising white bars (value growing over time).
// Run: node addin/scripts/make-icons.js
import { writeFileSync, mkdirSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const SIZES = [16, 32, 64, 80];
const TEAL = [0, 120, 110, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function pixel(x, y, size) {
  const radius = size / 6;
  const corner = (cx, cy) => (x - cx) ** 2 + (y - cy) ** 2 > radius ** 2;
  const r = radius - 0.5;
  if ((x < r && y < r && corner(r, r)) || (x > size - 1 - r && y < r && corner(size - 1 - r, r))) return CLEAR;
  if (
    (x < r && y > size - 1 - r && corner(r, size - 1 - r)) ||
    (x > size - 1 - r && y > size - 1 - r && corner(size - 1 - r, size - 1 - r))
  ) {
    return CLEAR;
  }
  const unit = size / 16;
  const bars = [
    { left: 3, height: 4 },
    { left: 7, height: 7 },
    { left: 11, height: 10 },
  ];
  const bottom = 13 * unit;
  for (const bar of bars) {
    const inColumn = x >= bar.left * unit && x < (bar.left + 2.5) * unit;
    if (inColumn && y < bottom && y >= bottom - bar.height * unit) return WHITE;
  }
  return TEAL;
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x += 1) Buffer.from(pixel(x, y, size)).copy(row, 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const folder = fileURLToPath(new URL('../assets/', import.meta.url));
mkdirSync(folder, { recursive: true });
for (const size of SIZES) writeFileSync(`${folder}icon-${size}.png`, png(size));
console.log(`icons written to ${folder}`);
