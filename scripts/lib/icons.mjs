// Draws the toolbar icon (a shield on a rounded square) as PNG files, so the
// repository holds no binary images. Pure Node: zlib for the PNG stream.
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, tail]);
};

function insideShield(x, y) {
  // Unit square coordinates; a shield: flat top, sides curving to a point.
  if (y < 0.18 || y > 0.86 || x < 0.2 || x > 0.8) return false;
  if (y < 0.5) return true;
  const half = 0.3 * Math.sqrt(1 - (y - 0.5) / 0.36);
  return Math.abs(x - 0.5) <= half;
}

export function iconPng(size) {
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      const x = (px + 0.5) / size;
      const y = (py + 0.5) / size;
      const corner = Math.hypot(
        Math.max(0, Math.abs(x - 0.5) - 0.32),
        Math.max(0, Math.abs(y - 0.5) - 0.32),
      );
      const rgba =
        corner > 0.18
          ? [0, 0, 0, 0]
          : insideShield(x, y)
            ? [255, 255, 255, 255]
            : [26, 86, 160, 255];
      row.set(rgba, 1 + px * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
