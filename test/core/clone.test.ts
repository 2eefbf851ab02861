import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { clonePlain } from '../../src/core/clone.js';
import { checkText } from '../../src/check/check.js';
import { example } from '../helpers/fixtures.js';

describe('clonePlain', () => {
  it('copies plain data deeply, so that changing the copy leaves the original as it was', () => {
    const original = { a: [1, { b: 'x' }], c: null, d: true };
    const copy = clonePlain(original);
    expect(copy).toEqual(original);
    (copy.a[1] as { b: string }).b = 'y';
    expect(original.a[1]).toEqual({ b: 'x' });
  });

  it('keeps what aliases share and a mapping that holds itself, as structuredClone does', () => {
    const data = parse('shared: &s { x: 1 }\none: *s\nself: &me\n  name: n\n  again: *me\n', { merge: false });
    const copy = clonePlain(data);
    expect(copy.one).toBe(copy.shared);
    expect(copy.self.again).toBe(copy.self);
    expect(copy.self).not.toBe(data.self);
  });

  it('keeps a key named __proto__ a key', () => {
    const data = parse('__proto__: { polluted: true }\nok: 1\n');
    const copy = clonePlain(data);
    expect(Object.keys(copy)).toEqual(['__proto__', 'ok']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
  });
});

describe('a plan whose alias refers to its own mapping', () => {
  it('is checked and its mistake reported, not an internal error', () => {
    const text = example('handlingsplan').replace('  - abbreviation: Avd.chef', '  - &rr\n    abbreviation: Avd.chef\n    extra: *rr');
    expect(text).toContain('extra: *rr');
    const result = checkText(text, 'handlingsplan.yaml', { lang: 'en' });
    const ids = result.diagnostics.map((d) => d.ruleId);
    expect(ids).not.toContain('internal/error');
    expect(result.diagnostics.find((d) => d.message.includes('"extra"'))).toMatchObject({ line: 16, column: 5 });
  });
});
