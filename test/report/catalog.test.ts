import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkText } from '../../src/check/check.js';
import { defineKind } from '../../src/kinds/define.js';
import { builtinKinds } from '../../src/kinds/registry.js';
import { findRule, ruleCatalog } from '../../src/report/catalog.js';
import { example } from '../helpers/fixtures.js';
import { broken } from './report-fixtures.js';

/** Every built-in kind, code and data alike. */
const kinds = builtinKinds().all();

describe('the rule catalog', () => {
  it('has every rule of every registered kind, and the ids its schema reports', () => {
    for (const kind of kinds) for (const rule of kind.rules) expect(findRule(rule.id), rule.id).toBeDefined();
    expect(findRule('kompetensstegen/methods-empty')).toMatchObject({ kinds: ['kompetensstegen-d'], short: expect.stringMatching(/D\.5/) });
    expect(findRule('budget/sum-mismatch')).toMatchObject({ severity: 'error' });
  });

  it('knows every rule id that broken plans produce', () => {
    const inputs = [
      broken,
      '',
      '# only a comment\n',
      '- a list\n',
      'kind: kompetensstegen-d\ntitle: "unclosed\n',
      'kind: kompetensstegen-d\nkind: again\n',
      'kind: nosuchkind\n',
      'title: no kind\n',
      'kind: kompetensstegen-d\n\ttitle: tab\n',
      'a: 1\n---\nb: 2\n',
      'kind: kompetensstegen-d\n',
      ...kinds.map((kind) => example(kind.id)),
    ];
    const unknown = new Set<string>();
    for (const text of inputs) for (const d of checkText(text, 'x.yaml').diagnostics) if (!findRule(d.ruleId)) unknown.add(d.ruleId);
    expect([...unknown]).toEqual([]);
  });

  it('describes every rule in a sentence, with help, and lists each id once', () => {
    const ids = ruleCatalog().map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of ruleCatalog()) {
      expect(rule.id).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
      // A sentence, not a message template: no placeholder or ellipsis where a field's name stood.
      expect(rule.short, rule.id).toMatch(/^(?![…{\s]).*\.$/);
      expect(rule.short, rule.id).not.toMatch(/\{\w+\}/);
      expect(rule.help, rule.id).toMatch(/\.$/);
    }
  });

  it('takes a new kind\'s rules and refinements from the registry without listing them again', () => {
    const schema = z.strictObject({ kind: z.literal('test-kind'), year: z.number().refine((y) => y > 2000, { message: 'testkind.tooEarly' }) });
    const testKind = defineKind({
      id: 'test-kind',
      lang: 'en',
      title: 'Test',
      description: 'A kind for this test.',
      schema,
      messages: { en: { 'testkind.tooEarly': 'The year {year} is too early.' }, sv: { 'testkind.tooEarly': 'x' }, nb: { 'testkind.tooEarly': 'x' } },
      templates: {},
      rules: [{ id: 'test/odd-year', severity: 'warning', description: 'The year is even.', check() {} }],
    });
    const catalog = ruleCatalog([...kinds, testKind]);
    expect(catalog.find((r) => r.id === 'test/odd-year')).toMatchObject({ severity: 'warning', short: 'The year is even.', kinds: ['test-kind'] });
    expect(catalog.find((r) => r.id === 'testkind/too-early')).toMatchObject({ short: 'The year … is too early.' });
  });
});
