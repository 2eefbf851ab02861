import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/core/source.js';

/**
 * A file full of control characters (an image, an archive, a database) is not a plan's text; a
 * text with the odd form feed or escape is. The first sample of a file is judged by its controls.
 */
describe('decodeSource', () => {
  const text = (body: string) => Buffer.from(body, 'utf8');

  it('calls a file with many control bytes binary, at the first of them, though it holds no NUL', () => {
    const junk = Buffer.concat([text('kind: x\n'), Buffer.from(Array.from({ length: 200 }, (_, i) => 1 + (i % 8))), text('\n')]);
    expect(decodeSource(junk)).toEqual({ ok: false, problem: { code: 'binary', offset: 8 } });
  });

  it('reads a text with tabs, form feeds, escapes, CR or a few stray controls', () => {
    for (const body of ['kind: x\ntitle: "a\tb"\r\n', 'kind: x\n\f\ntitle: \x1b[1mbold\x1b[0m\n', 'kind: x\ntitle: a\x01b\x02\n'.padEnd(400, ' ') + '\n']) {
      expect(decodeSource(text(body))).toEqual({ ok: true, text: body });
    }
  });

  it('calls a file binary whether or not its bytes are also broken UTF-8, and counts the bytes, not the characters', () => {
    const controls = Buffer.from(Array.from({ length: 200 }, (_, i) => 1 + (i % 8)));
    const broken = Buffer.concat([text('kind: x\n'), Buffer.from([0xff, 0xfe, 0xc3]), controls]);
    expect(decodeSource(broken)).toEqual({ ok: false, problem: { code: 'binary', offset: 11 } });
    // 3,000 two-byte letters are 6,000 bytes: the controls after them are inside the first 8 KB.
    const letters = Buffer.concat([text('kind: x\n' + 'å'.repeat(3000)), controls]);
    expect(decodeSource(letters)).toEqual({ ok: false, problem: { code: 'binary', offset: 6008 } });
    // 5,000 of them are 10,000 bytes: the controls are past it.
    expect(decodeSource(Buffer.concat([text('kind: x\n' + 'å'.repeat(5000)), controls])).ok).toBe(true);
  });

  it('looks at the first 8 KB only', () => {
    const late = Buffer.concat([text('kind: x\n'.padEnd(9000, ' ')), Buffer.from(Array.from({ length: 100 }, () => 2))]);
    expect(decodeSource(late).ok).toBe(true);
  });
});
