/**
 * Turning a file's bytes into text, or saying precisely why they are not a plan's text: too large,
 * binary, UTF-16, or a legacy single-byte encoding (the Latin-1 files old Windows machines write).
 */

/** Plans are a few kilobytes; ten megabytes is thousands of pages and keeps memory bounded. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export type DecodeProblem =
  | { code: 'tooLarge'; size: number; limit: number }
  | { code: 'binary'; offset: number }
  | { code: 'utf16'; endian: 'LE' | 'BE' }
  | { code: 'notUtf8'; offset: number; byte: number; guess: 'windows-1252' | 'iso-8859-1' | 'unknown' };

export type DecodeResult = { ok: true; text: string } | { ok: false; problem: DecodeProblem };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeSource(bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, problem: { code: 'tooLarge', size: bytes.length, limit: MAX_FILE_BYTES } };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: false, problem: { code: 'utf16', endian: 'LE' } };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: false, problem: { code: 'utf16', endian: 'BE' } };
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, problem: { code: 'binary', offset: nul } };
  let text: string;
  try {
    // The decoder drops a UTF-8 byte-order mark, which Windows editors like to write.
    text = utf8.decode(bytes);
  } catch {
    const control = firstControlRun(bytes);
    if (control !== -1) return { ok: false, problem: { code: 'binary', offset: control } };
    const offset = firstInvalidUtf8(bytes);
    return { ok: false, problem: { code: 'notUtf8', offset, byte: bytes[offset] ?? 0, guess: guessLegacyEncoding(bytes) } };
  }
  // A control byte is the same character in the text, and the first SAMPLE characters hold at
  // least the first SAMPLE bytes: a text with none there needs no count of the bytes.
  if (ANY_CONTROL.test(text.length > SAMPLE ? text.slice(0, SAMPLE) : text)) {
    const control = firstControlRun(bytes);
    if (control !== -1) return { ok: false, problem: { code: 'binary', offset: control } };
  }
  return { ok: true, text };
}

/** Control bytes a text does not hold: below a space, but not tab, line feed, form feed, carriage return or escape. */
const CONTROL_BYTES = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]/g;
const ANY_CONTROL = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]/;
/** How much of a file is looked at for control bytes. */
const SAMPLE = 8192;

/**
 * Text files, whatever their encoding, hold almost no control characters besides tab, line feed,
 * carriage return and form feed; an image or an archive is full of them. Offset of the first one
 * in a sample that has many, or -1.
 */
function firstControlRun(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, SAMPLE);
  // Searched as Latin-1 (a character a byte), natively: a loop over the bytes was 2 % of checking 1,000 plans.
  const found = Buffer.from(sample.buffer, sample.byteOffset, sample.length).toString('latin1').matchAll(CONTROL_BYTES);
  let count = 0;
  let first = -1;
  for (const control of found) {
    if (first === -1) first = control.index;
    count++;
  }
  return count >= 4 && count * 20 >= sample.length / 10 ? first : -1;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

/**
 * Which single-byte encoding non-UTF-8 text most likely is. Bytes 0x80–0x9F are printable only in
 * Windows-1252 (€, ’, –); otherwise Scandinavian letters in 0xC0–0xFF point to ISO-8859-1.
 */
function guessLegacyEncoding(bytes: Uint8Array): 'windows-1252' | 'iso-8859-1' | 'unknown' {
  let high = 0;
  let c1 = 0;
  let letters = 0;
  for (const b of bytes) {
    if (b < 0x80) continue;
    high++;
    if (b <= 0x9f) c1++;
    if (b >= 0xc0) letters++;
  }
  if (high === 0) return 'unknown';
  if (c1 > 0) return 'windows-1252';
  return letters > 0 ? 'iso-8859-1' : 'unknown';
}

/** 1-based line and column of a byte offset, counting columns in characters of the valid prefix. */
export function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: [...prefix].length + 1 };
}
