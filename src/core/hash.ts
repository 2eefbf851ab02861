import { createRequire } from 'node:module';
import { once } from './once.js';

/**
 * node:crypto, loaded when first used: loading it was 2 ms of every run's start, and only some
 * reports, the --cache and written files need it.
 */
export const nodeCrypto = once(() => createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto'));

/**
 * A 128-bit hash of a short text (by its UTF-16 units), as 32 hex digits: bryc's cyrb128. For
 * naming what a file's identity made, where no one chooses the input to make two alike; with
 * node:crypto a run would load it only for that. A loop in JavaScript, it is for short texts: over
 * 10 kB it took a millisecond.
 */
export function hash128(text: string): string {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1, h2, h3, h4].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
}
