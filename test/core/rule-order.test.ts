import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRuleIds } from '../../src/core/diagnostic.js';
import { ruleCatalog } from '../../src/report/catalog.js';

const sign = (n: number) => Math.sign(n);

describe('the order of rule ids', () => {
  it('is localeCompare\'s for every id of the package\'s kinds, without the collator', () => {
    const ids = ruleCatalog().map((rule) => rule.id);
    expect(ids.length).toBeGreaterThan(20);
    for (const a of ids) for (const b of ids) expect(sign(compareRuleIds(a, b))).toBe(sign(a.localeCompare(b)));
  });

  it('is localeCompare\'s for any ids of lower-case letters, digits, "/" and "-", and for others', () => {
    const plain = fc.string({ unit: fc.constantFrom(...'abz09/-'.split('')), maxLength: 8 });
    fc.assert(fc.property(plain, plain, (a, b) => sign(compareRuleIds(a, b)) === sign(a.localeCompare(b))), { numRuns: 2000 });
    const any = fc.string({ unit: fc.constantFrom(...'aBz0/-_.Ö'.split('')), maxLength: 6 });
    fc.assert(fc.property(any, any, (a, b) => sign(compareRuleIds(a, b)) === sign(a.localeCompare(b))), { numRuns: 500 });
  });
});
