import { describe, expect, it } from 'vitest';
import { checkBytes, checkText, kindNamedIn } from '../../src/check/check.js';
import { piecesText, seededRandom } from '../helpers/random.js';

// A plan whose YAML cannot be read has no kind yet; its messages are in the language of the kind
// named on its `kind:` line, found in the file's first 4 KB.
const broken = (head: string) => `${head}title: [unclosed\n`;
const messageOf = (bytes: string) => {
  const fromBytes = checkBytes(Buffer.from(bytes, 'utf8'), 'plan.yaml');
  const fromText = checkText(bytes, 'plan.yaml');
  // The file's bytes and its text are answered alike.
  expect(fromBytes.diagnostics.map((d) => d.message)).toEqual(fromText.diagnostics.map((d) => d.message));
  expect(fromBytes.lang).toBe(fromText.lang);
  return fromBytes.lang;
};

describe('the language of a plan that cannot be read', () => {
  it('is that of the kind on its kind: line', () => {
    expect(messageOf(broken('kind: prosjektplan\n'))).toBe('nb');
    expect(messageOf(broken('kind: handlingsplan\n'))).toBe('sv');
  });

  it('is found after comments, in quotes, and after CRLF or CR line ends', () => {
    expect(messageOf(broken('# Prosjektplan for 2026\n# kind: handlingsplan is not this one\nkind: "prosjektplan"\n'))).toBe('nb');
    expect(messageOf(broken("title: x\r\nkind: 'prosjektplan'\r\n"))).toBe('nb');
    expect(messageOf(broken('title: x\rkind: prosjektplan\r'))).toBe('nb');
    expect(messageOf(broken('kind:\t prosjektplan\n'))).toBe('nb');
  });

  it('is not taken from a kind: that is not at a line start, nor from an unknown kind', () => {
    expect(messageOf(broken('note: kind: prosjektplan\n'))).not.toBe('nb');
    expect(messageOf(broken('  kind: prosjektplan\n'))).not.toBe('nb');
    expect(messageOf(broken('kind: no-such-kind\n'))).toBe(messageOf(broken('')));
  });

  it('passes over a kind: line with no name for a later one', () => {
    expect(messageOf(broken('kind:\nkind: prosjektplan\n'))).toBe('nb');
  });

  it('is looked for only in the first 4 KB', () => {
    expect(messageOf(broken(`# ${'x'.repeat(4100)}\nkind: prosjektplan\n`))).not.toBe('nb');
  });
});

describe('the kind: line found in the bytes', () => {
  it('is what the expression finds in the first 4 KB read as Latin-1, over 20,000 seeded heads', () => {
    const pieces = ['kind:', 'kind', ':', '\n', '\r', '\r\n', ' ', '\t', '"', "'", 'prosjektplan', 'esf-ansokan', 'x_1', '-', 'ö', '–', '#', 'title: x', '\u2028', 'k'.repeat(4000)];
    const next = seededRandom(4096);
    let found = 0;
    for (let i = 0; i < 20_000; i++) {
      const text = piecesText(next, pieces, 8);
      const bytes = Buffer.from(text, 'utf8');
      const expected = /^kind:[ \t]*["']?([\w-]+)/m.exec(bytes.subarray(0, 4096).toString('latin1'))?.[1];
      if (expected !== undefined) found++;
      if (kindNamedIn(bytes) !== expected) expect(kindNamedIn(bytes), JSON.stringify(text)).toBe(expected);
    }
    expect(found).toBeGreaterThan(400);
  });
});
