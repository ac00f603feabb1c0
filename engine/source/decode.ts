/**
 * Bytes → text the way editors and parsers read them: UTF-8 (BOM stripped), UTF-16 with a BOM, and a clear
 * error with the line of the first bad byte for anything else. Files with NUL bytes early on are binary.
 */
export type Decoded = { text: string } | { binary: true } | { error: string; line: number; column: number };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decode(buf: Buffer): Decoded {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)) };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)) };
  const head = buf.subarray(0, 8192);
  if (head.includes(0)) return { binary: true };
  const start = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  try {
    return { text: utf8.decode(buf.subarray(start)) };
  } catch {
    const bad = firstInvalidUtf8(buf, start);
    let line = 1;
    let lineStart = start;
    for (let i = start; i < bad; i++) if (buf[i] === 10) (line++, (lineStart = i + 1));
    return { error: `not valid UTF-8 (byte 0x${buf[bad]?.toString(16).padStart(2, '0')} at offset ${bad})`, line, column: bad - lineStart + 1 };
  }
}

function firstInvalidUtf8(buf: Buffer, from: number): number {
  let i = from;
  while (i < buf.length) {
    const b = buf[i];
    const n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (n === 0 || i + n > buf.length) return i;
    for (let k = 1; k < n; k++) if ((buf[i + k] & 0xc0) !== 0x80) return i;
    i += n;
  }
  return Math.min(i, buf.length - 1);
}
