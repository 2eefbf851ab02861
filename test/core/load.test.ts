import { describe, expect, it, vi } from 'vitest';
import { locate, parsePlanText } from '../../src/core/load.js';
import { createTranslator } from '../../src/i18n/index.js';

const t = createTranslator('en');

function load(text: string) {
  return parsePlanText(text, 'plan.yaml', t);
}

describe('loading YAML', () => {
  const text = 'kind: demo\nbudget:\n  total: [1 000, 2 000]\n  rows:\n    - label: A\n';

  it('maps a JSON pointer back to the line and column of the value', () => {
    const { source } = load(text);
    expect(locate(source!, '/budget/total/1')).toMatchObject({ line: 3, column: 18, endLine: 3, endColumn: 23 });
    expect(locate(source!, '/budget/rows/0/label')).toMatchObject({ line: 5, column: 14 });
  });

  it('points at the key when asked to, and at the parent for a key that is missing', () => {
    const { source } = load(text);
    expect(locate(source!, '/budget', 'key')).toMatchObject({ line: 2, column: 1 });
    expect(locate(source!, '/budget/missing')).toMatchObject({ line: 2, column: 1 });
  });

  it('keeps numbers that could be misread as text, so the amount reader can judge them', () => {
    const { source } = load('a: 12\nb: 1.5\nc: 0x10\nd: 012\ne: 99999999999999999999\n');
    expect(source!.data).toEqual({ a: 12, b: '1.5', c: '0x10', d: '012', e: '99999999999999999999' });
  });

  it('reports a syntax error with its line and column', () => {
    const { diagnostics } = load('kind: demo\ntitle: [a, b\nother: 1\n');
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics[0]!.ruleId).toMatch(/^yaml\//);
    expect(diagnostics[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it('says nothing on standard error itself of a key that is a list: the key is the plan\'s to hear of, with its other problems', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const logged = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const { source } = load('kind: demo\n? [a, b]\n: x\n');
      expect(source!.data).toEqual({ kind: 'demo', '[ a, b ]': 'x' });
      // Its problems are placed at it, not at the top of the file.
      expect(locate(source!, '/[ a, b ]', 'key')).toMatchObject({ line: 2, column: 3 });
      expect(locate(source!, '/[ a, b ]')).toMatchObject({ line: 3, column: 3 });
      expect(warn).not.toHaveBeenCalled();
      expect(logged).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      logged.mockRestore();
    }
  });

  it('places a problem at a key that is a list or a mapping however it is written: after a comment, with an anchor, a tag or an alias in it', () => {
    // [the plan, the key's line and column]: yaml's range of a key begins after its anchor or tag.
    const cases: [string, number, number][] = [
      ['kind: demo\n# a note\n? [a, b]\n: x\n', 3, 3],
      ['kind: demo\n? [a, b] # a note\n: x\n', 2, 3],
      ['kind: demo\n? &k [a, b]\n: x\n', 2, 6],
      ['kind: demo\n? !!set { a, b }\n: x\n', 2, 9],
      ['kind: demo\ntitle: &t Hej\n? [*t, b]\n: x\nafter: 1\n', 3, 3],
      ['kind: demo\n? { a: 1, b: [c, d] }\n: x\n', 2, 3],
    ];
    for (const [text, line, column] of cases) {
      const { source, diagnostics } = load(text);
      expect(diagnostics.filter((d) => d.severity === 'error'), text).toEqual([]);
      const key = Object.keys(source!.data as object).find((name) => !['kind', 'title', 'after'].includes(name))!;
      expect(locate(source!, `/${key}`, 'key'), text).toMatchObject({ line, column });
    }
    // A key after one with an alias in it is still found.
    const { source } = load('kind: demo\ntitle: &t Hej\n? [*t, b]\n: x\nafter: 1\n');
    expect(locate(source!, '/after', 'key')).toMatchObject({ line: 5, column: 1 });
  });

  it('reads a value tagged with a YAML 1.1 tag as it is written, with a warning: a date is never a JavaScript Date in the machine\'s time zone', () => {
    const { source, diagnostics } = load('kind: demo\nstart: !!timestamp 2024-01-01\nlogo: !!binary aGVsbG8=\nset: !!set { a, b }\n');
    expect(source!.data).toEqual({ kind: 'demo', start: '2024-01-01', logo: 'aGVsbG8=', set: { a: null, b: null } });
    expect(diagnostics.map((d) => [d.ruleId, d.severity, d.line])).toEqual([
      ['yaml/tag-resolve-failed', 'warning', 2],
      ['yaml/tag-resolve-failed', 'warning', 3],
      ['yaml/tag-resolve-failed', 'warning', 4],
    ]);
    expect(diagnostics[0]!.message).toBe('A tag plan does not read (Unresolved tag: tag:yaml.org,2002:timestamp); the value is read as it is written. Remove the tag.');
  });

  it('refuses duplicate keys at the second one', () => {
    const { diagnostics } = load('kind: demo\ntitle: a\ntitle: b\n');
    expect(diagnostics[0]).toMatchObject({ ruleId: 'yaml/duplicate-key', line: 3, column: 1 });
  });
});
