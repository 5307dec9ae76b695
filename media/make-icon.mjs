/* global Buffer, console, URL */
// Draws media/icon.png (128×128), the Marketplace icon, from simple shapes with 4×4 supersampling, and writes it with
// zlib: no image tool needed. It mirrors media/icon.svg. Run: node media/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SS = 4;
const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];

const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const inTriangle = (x, y, [ax, ay], [bx, by], [cx, cy]) => {
  const s = (px, py, qx, qy, rx, ry) => (px - rx) * (qy - ry) - (qx - rx) * (py - ry);
  const d1 = s(x, y, ax, ay, bx, by), d2 = s(x, y, bx, by, cx, cy), d3 = s(x, y, cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};
// A quotation mark: a dot with a tail.
const inMark = (x, y, cx, cy) => inCircle(x, y, cx, cy, 6.5) || inTriangle(x, y, [cx - 6.5, cy], [cx + 1, cy], [cx - 4, cy + 14]);

// Layers from back to front: [test, colour]
const layers = [
  [(x, y) => inRoundRect(x, y, 0, 0, 128, 128, 24), hex('#1d2433')],
  [(x, y) => inRoundRect(x, y, 14, 26, 96, 78, 8) || inTriangle(x, y, [32, 76], [52, 76], [32, 94]), hex('#f5f1e8')],
  [(x, y) => inMark(x, y, 41, 47) || inMark(x, y, 60, 47), hex('#2da44e')],
  [(x, y) => inRoundRect(x, y, 72, 42, 88, 47, 2.5) || inRoundRect(x, y, 72, 54, 84, 59, 2.5), hex('#8aa4c8')],
  [(x, y) => inCircle(x, y, 98, 84, 11) || (y <= 114 && inCircle(x, y, 98, 118, 20) && y >= 97), hex('#f0b429')],
];

const rows = [];
for (let py = 0; py < SIZE; py++) {
  const row = Buffer.alloc(1 + SIZE * 4);
  for (let px = 0; px < SIZE; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const x = px + (sx + 0.5) / SS, y = py + (sy + 0.5) / SS;
        let colour;
        for (const [test, c] of layers) if (test(x, y)) colour = c;
        if (colour) { r += colour[0]; g += colour[1]; b += colour[2]; a++; }
      }
    }
    const o = 1 + px * 4;
    if (a) { row[o] = Math.round(r / a); row[o + 1] = Math.round(g / a); row[o + 2] = Math.round(b / a); }
    row[o + 3] = Math.round((a / (SS * SS)) * 255);
  }
  rows.push(row);
}

const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc32 = (buf) => { let c = 0xffffffff; for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0); header.writeUInt32BE(SIZE, 4);
header[8] = 8; header[9] = 6; // 8-bit RGBA
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`media/icon.png: ${png.length} bytes`);
