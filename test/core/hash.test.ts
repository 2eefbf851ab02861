import { describe, expect, it } from 'vitest';
import { sum64, sum64Space } from '../../src/core/hash.js';
import { seededRandom } from '../helpers/random.js';

/** sum64 worked out with BigInt, step by step as its WebAssembly does (src/core/hash.ts). */
function reference(bytes: Uint8Array): bigint {
  const mask = (1n << 64n) - 1n;
  const padded = new Uint8Array(Math.ceil(bytes.length / 8) * 8);
  padded.set(bytes);
  const words = new DataView(padded.buffer);
  let h = 0x243f6a8885a308d3n;
  for (let at = 0; at < bytes.length; at += 8) {
    h = ((h ^ words.getBigUint64(at, true)) * 0x9e3779b97f4a7c15n) & mask;
    h ^= h >> 29n;
  }
  h = ((h ^ BigInt(bytes.length)) * 0xbf58476d1ce4e5b9n) & mask;
  return h ^ (h >> 32n);
}

function randomBytes(next: () => number, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => Math.floor(next() * 256));
}

describe('sum64', () => {
  it('gives the sum worked out with BigInt, for every length from 0 to 100 and some far longer', () => {
    const next = seededRandom(64);
    const lengths = [...Array.from({ length: 101 }, (_, i) => i), 1000, 4097, 65_535, 65_536, 65_537, 300_001];
    for (const length of lengths) {
      const bytes = randomBytes(next, length);
      expect(sum64(bytes), `length ${length}`).toBe(reference(bytes));
    }
  });

  it('gives the same sum for bytes read into its own space as for the same bytes elsewhere, and after a longer text left its bytes there', () => {
    const next = seededRandom(7);
    const long = randomBytes(next, 200_000);
    expect(sum64(long)).toBe(reference(long));
    for (const length of [0, 5, 13, 1024]) {
      const bytes = randomBytes(next, length);
      const space = sum64Space(length)!;
      space.set(bytes);
      expect(sum64(space), `length ${length}`).toBe(reference(bytes));
      expect(sum64(bytes)).toBe(reference(bytes));
    }
  });

  it('changes with any one byte changed, with the order of two words, and with zeros added at the end', () => {
    const next = seededRandom(3);
    const bytes = randomBytes(next, 1000);
    const sum = sum64(bytes);
    for (let at = 0; at < bytes.length; at += 7) {
      const changed = Uint8Array.from(bytes);
      changed[at] = changed[at]! ^ (1 + Math.floor(next() * 255));
      expect(sum64(changed), `byte ${at}`).not.toBe(sum);
    }
    const swapped = Uint8Array.from(bytes);
    swapped.set(bytes.subarray(0, 8), 8);
    swapped.set(bytes.subarray(8, 16), 0);
    expect(sum64(swapped)).not.toBe(sum);
    expect(sum64(Uint8Array.from([...bytes, 0]))).not.toBe(sum);
    expect(sum64(new Uint8Array(8))).not.toBe(sum64(new Uint8Array(7)));
  });
});
