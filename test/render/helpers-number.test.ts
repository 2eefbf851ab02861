import { describe, expect, it } from 'vitest';
import { createHelpers } from '../../src/render/helpers.js';
import { compileTemplate } from '../../src/render/template.js';

const render = (source: string, context: object, lang = 'sv') => compileTemplate(source, createHelpers(undefined))({ ...context, $kind: { lang } });

describe('template helpers for figures and optional columns', () => {
  it('number prints a figure in the document\'s language, a change with its sign', () => {
    expect(render('{{number a}} {{number b}} {{number c signed=true}} {{number d signed=true}} {{number e signed=true}}', { a: 5897, b: 16.6, c: -20, d: 17.7 - 16.6, e: 0 })).toBe('5\u00a0897 16,6 −20 +1,1 0');
    expect(render('{{number a}}', { a: 1234.5 }, 'en')).toBe('1,234.5');
    expect(render('[{{number a}}]', { a: 'x' })).toBe('[]');
  });

  it('someFilled tells whether any entry has a key filled in', () => {
    const source = '{{#if (someFilled list "email")}}yes{{else}}no{{/if}}';
    expect(render(source, { list: [{ email: '' }, { email: null }, {}] })).toBe('no');
    expect(render(source, { list: [{ email: '' }, { email: 'a@b.se' }] })).toBe('yes');
    expect(render(source, { list: undefined })).toBe('no');
  });
});

describe('the helper names a kind\'s template check knows', () => {
  it('are exactly the helpers templates get', async () => {
    const { createHelpers } = await import('../../src/render/helpers.js');
    const { HELPER_NAMES } = await import('../../src/render/helper-names.js');
    expect([...HELPER_NAMES].sort()).toEqual(Object.keys(createHelpers(undefined)).sort());
  });
});
