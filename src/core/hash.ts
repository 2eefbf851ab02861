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

/**
 * A 64-bit sum of a file's bytes, to tell a damaged one before it is used (the compile cache's).
 * Each aligned word of 8 bytes is mixed in by a step that is one-to-one, so a change within one
 * word always changes the sum, and changes in several words leave it the same by chance, about 1 in
 * 2^64; the length is mixed in last. It is a WebAssembly function: node's CRC-32 (node:zlib) costs
 * loading node's streams, 2–3 ms of a one-plan run, and a loop in JavaScript over a megabyte runs
 * before V8 optimises it, 4 ms. test/core/hash.test.ts holds it to the same sum worked out with
 * BigInt. Undefined where node runs without WebAssembly (--jitless). The 8 bytes after `bytes` in
 * its space are set to zero: a view of sum64Space is summed whole, as sum64Space made it.
 */
export function sum64(bytes: Uint8Array): bigint | undefined {
  const summer = wasmSummer();
  if (!summer) return undefined;
  const memory = bytes.buffer === summer.memory.buffer && bytes.byteOffset === 0 ? bytes : sum64Space(bytes.length)!;
  if (memory !== bytes) memory.set(bytes);
  // The 8 bytes after the end are read as zeros: the last word is padded.
  new Uint8Array(summer.memory.buffer).fill(0, bytes.length, bytes.length + 8);
  return BigInt.asUintN(64, summer.sum(bytes.length));
}

/**
 * Room for `length` bytes that sum64 then sums where they are, not copied: a file read into it
 * (the compile cache's, of a megabyte) is summed with no second copy. It is valid until the next
 * call of either function.
 */
export function sum64Space(length: number): Uint8Array | undefined {
  const summer = wasmSummer();
  if (!summer) return undefined;
  const pages = Math.ceil((length + 8) / PAGE_BYTES);
  const has = summer.memory.buffer.byteLength / PAGE_BYTES;
  if (pages > has) summer.memory.grow(pages - has);
  return new Uint8Array(summer.memory.buffer, 0, length);
}

const PAGE_BYTES = 65536;

/**
 * (module
 *   (import "plan" "memory" (memory 0))
 *   (func (export "sum") (param $length i32) (result i64)
 *     (local $at i32) (local $h i64)
 *     (local.set $h (i64.const 0x243f6a8885a308d3))
 *     (block (loop
 *       (br_if 1 (i32.ge_u (local.get $at) (local.get $length)))
 *       ;; h = x ^ x >>> 29, where x = (h ^ the 8 bytes at $at, little-endian) * 0x9e3779b97f4a7c15
 *       (local.set $h (i64.mul (i64.xor (local.get $h) (i64.load (local.get $at))) (i64.const 0x9e3779b97f4a7c15)))
 *       (local.set $h (i64.xor (local.get $h) (i64.shr_u (local.get $h) (i64.const 29))))
 *       (local.set $at (i32.add (local.get $at) (i32.const 8)))
 *       (br 0)))
 *     (local.set $h (i64.mul (i64.xor (local.get $h) (i64.extend_i32_u (local.get $length))) (i64.const 0xbf58476d1ce4e5b9)))
 *     (i64.xor (local.get $h) (i64.shr_u (local.get $h) (i64.const 32)))))
 * assembled by hand; the constants are signed LEB128.
 */
const SUM64_MODULE = [
  // "\0asm", version 1
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  // types: (i32) -> i64
  0x01, 0x06, 0x01, 0x60, 0x01, 0x7f, 0x01, 0x7e,
  // imports: plan.memory, a memory of at least 0 pages
  0x02, 0x10, 0x01, 0x04, 0x70, 0x6c, 0x61, 0x6e, 0x06, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 0x02, 0x00, 0x00,
  // functions: one, of type 0
  0x03, 0x02, 0x01, 0x00,
  // exports: "sum", function 0
  0x07, 0x07, 0x01, 0x03, 0x73, 0x75, 0x6d, 0x00, 0x00,
  // code: one body of 0x60 bytes; locals $at (i32) and $h (i64)
  0x0a, 0x62, 0x01, 0x60, 0x02, 0x01, 0x7f, 0x01, 0x7e,
  // local.set $h (i64.const 0x243f6a8885a308d3)
  0x42, 0xd3, 0x91, 0x8c, 0xad, 0x88, 0xd1, 0xda, 0x9f, 0x24, 0x21, 0x02,
  // block, loop, br_if 1 ($at >= $length)
  0x02, 0x40, 0x03, 0x40, 0x20, 0x01, 0x20, 0x00, 0x4f, 0x0d, 0x01,
  // $h ^ i64.load($at), * 0x9e3779b97f4a7c15
  0x20, 0x02, 0x20, 0x01, 0x29, 0x03, 0x00, 0x85, 0x42, 0x95, 0xf8, 0xa9, 0xfa, 0x97, 0xb7, 0xde, 0x9b, 0x9e, 0x7f, 0x7e,
  // local.tee $h, ^ ($h >>> 29), local.set $h
  0x22, 0x02, 0x20, 0x02, 0x42, 0x1d, 0x88, 0x85, 0x21, 0x02,
  // $at += 8, br 0, end, end
  0x20, 0x01, 0x41, 0x08, 0x6a, 0x21, 0x01, 0x0c, 0x00, 0x0b, 0x0b,
  // ($h ^ $length) * 0xbf58476d1ce4e5b9
  0x20, 0x02, 0x20, 0x00, 0xad, 0x85, 0x42, 0xb9, 0xcb, 0x93, 0xe7, 0xd1, 0xed, 0x91, 0xac, 0xbf, 0x7f, 0x7e,
  // local.tee $h, ^ ($h >>> 32), end
  0x22, 0x02, 0x20, 0x02, 0x42, 0x20, 0x88, 0x85, 0x0b,
];

/** The little of WebAssembly's interface used here: node has it, but TypeScript declares it only with the DOM's types. */
interface WebAssemblyApi {
  Memory: new (descriptor: { initial: number }) => WasmMemory;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

const wasmSummer = once((): { memory: WasmMemory; sum: (length: number) => bigint } | undefined => {
  const wasm = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;
  if (!wasm) return undefined;
  try {
    const memory = new wasm.Memory({ initial: 0 });
    const instance = new wasm.Instance(new wasm.Module(new Uint8Array(SUM64_MODULE)), { plan: { memory } });
    return { memory, sum: instance.exports.sum as (length: number) => bigint };
  } catch {
    return undefined;
  }
});
