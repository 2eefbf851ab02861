import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { measure } from '../../src/fields/limits.js';
import { plainShortcut, plainText, wordsOnly } from '../../src/fields/plain.js';
import { ROOT } from '../helpers/fixtures.js';
import { piecesText } from '../helpers/random.js';

describe('Markdown as a portal\'s text box shows it once pasted', () => {
  it('drops emphasis and link syntax, keeps paragraphs, turns a soft line break into a space', () => {
    const markdown = 'Vi vill **minska** _utanförskapet_ i\nExempelby, se [rapporten](https://exempel.se/r).\n\nAndra stycket &amp; mer.';
    expect(plainText(markdown, 'sv')).toBe('Vi vill minska utanförskapet i Exempelby, se rapporten (https://exempel.se/r).\n\nAndra stycket & mer.');
  });

  it('writes bullets as "–" in Swedish and Norwegian and "•" in English, numbers as "1.", nested items indented', () => {
    const markdown = '- ett\n- två\n  - tre\n\n1. första\n2. andra';
    expect(plainText(markdown, 'sv')).toBe('– ett\n– två\n  – tre\n\n1. första\n2. andra');
    expect(plainText('- one\n- two', 'en')).toBe('• one\n• two');
  });

  it('keeps a heading as a line of its own and a hard line break as a line break', () => {
    expect(plainText('### Bakgrund\n\nRad ett  \nrad två', 'sv')).toBe('Bakgrund\n\nRad ett\nrad två');
  });
});

describe('measure', () => {
  const text = 'Två ord\n\nsamt ett stycke till';
  it('counts characters with spaces and line breaks, as code points', () => {
    expect(measure(text)).toBe(29);
    expect(measure('é👍')).toBe(2);
  });
  it('counts without spaces or without line breaks where the portal does', () => {
    expect(measure(text, { unit: 'characters', spaces: false })).toBe(23);
    expect(measure(text, { unit: 'characters', lineBreaks: false })).toBe(27);
  });
  it('counts words and lines', () => {
    expect(measure(text, { unit: 'words' })).toBe(6);
    expect(measure(text, { unit: 'lines' })).toBe(3);
  });
});

describe('the plain text of Markdown without markup', () => {
  afterEach(() => {
    plainShortcut.on = true;
  });

  function yamlStrings(folder: string): string[] {
    return readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) return yamlStrings(path);
      if (!/\.ya?ml$/.test(name)) return [];
      const all = (value: unknown): string[] => (typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(all) : value && typeof value === 'object' ? Object.values(value).flatMap(all) : []);
      return parseAllDocuments(readFileSync(path, 'utf8')).flatMap((document) => ('toJS' in document ? all(document.toJS()) : []));
    });
  }

  /** Texts of words, punctuation and white space of every kind, with a seeded generator (PLAN_FUZZ_SEED). */
  function generated(count: number): string[] {
    let seed = Number(process.env.PLAN_FUZZ_SEED ?? 7) >>> 0 || 7;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / (1 << 24);
    const pieces = ['ord', 'Exempelby', 'år', 'Ärende', 'ø', '2026', '12', '1', ' ', ' ', '  ', '\n', '\n\n', '\n \n', '   ', '.', ',', ':', ';', '?', '(', ')', '-', '–', '"', "'", '%', '/', '=', '+', '$', '\u00a0', '\u2003', '\f', '\v', 'www', '1.', '2)', 'x@y', '&', '*', '_', '#', '>', '|', '~', '\t', '\\', '**', '**', '**', ' **', '** ', '**ord**', ' **fet text** ', '***', '!', '«', '»', '{', '}', '^', '§', '«', '…', '\r\n', '\n\n\n', 'http', 'se.', '—'];
    return Array.from({ length: count }, () => piecesText(next, pieces, 14));
  }

  it('is what marked reads, for every text it is worked out for', () => {
    const texts = [...new Set([...yamlStrings(join(ROOT, 'examples')), ...yamlStrings(join(ROOT, 'test', 'fixtures')), ...generated(Number(process.env.PLAN_FUZZ_COUNT ?? 20_000))])];
    const shortcut = texts.map((text) => plainText(text, 'sv'));
    plainShortcut.on = false;
    const differing = texts.flatMap((text, i) => { const byMarked = plainText(text, "sv"); return byMarked === shortcut[i] ? [] : [JSON.stringify([text, shortcut[i], byMarked])]; });
    expect(differing).toEqual([]);
    // The comparison is over texts the shortcut takes, not only ones it leaves to marked.
    expect(texts.filter((text) => wordsOnly(text) !== undefined).length).toBeGreaterThan(texts.length / 50);
  });

  it('takes bold out as marked does, over texts of words, punctuation and bold markers', () => {
    let seed = Number(process.env.PLAN_FUZZ_SEED ?? 5) >>> 0 || 5;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / (1 << 24);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const words = ['ord', 'NPF', 'år', '2026', 'stöd', 'é', '3'];
    const between = [' ', ' ', ' ', '\n', '\n\n', ', ', '. ', ': ', '; ', '? ', ' (', ') ', ' – ', ' "', '" ', '  '];
    // Sentences with spans in bold, and now and then a marker out of place.
    const sentence = () => {
      let text = '';
      for (let i = 0, n = 1 + Math.floor(next() * 10); i < n; i++) {
        const span = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(words)).join(pick([' ', '\n', ' ']));
        const roll = next();
        text += (i > 0 ? pick(between) : '') + (roll < 0.3 ? `**${span}**` : roll < 0.35 ? pick(['*', '**', '***', '* ', ' **']) + span + pick(['', '**', '*', ' **']) : span);
      }
      return text + pick(['', '.', '!', ' ', '\n']);
    };
    const texts = [...new Set(Array.from({ length: Number(process.env.PLAN_FUZZ_COUNT ?? 20_000) }, sentence))];
    const taken = texts.filter((text) => text.includes('**') && wordsOnly(text) !== undefined);
    // Enough texts with bold taken without marked that the comparison means something.
    expect(taken.length).toBeGreaterThan(texts.length / 10);
    plainShortcut.on = false;
    const differing = taken.flatMap((text) => (plainText(text, 'sv') === wordsOnly(text) ? [] : [JSON.stringify([text, wordsOnly(text), plainText(text, 'sv')])]));
    expect(differing).toEqual([]);
  });

  it('is worked out without marked for prose, and left to marked for anything with markup', () => {
    const prose = 'Projektet riktar sig till unga vuxna i Exempelby.\nDe flesta har gått ut gymnasiet, 2019–2024.\n\nAndra stycket: 12 % av dem.';
    expect(wordsOnly(prose)).toBe('Projektet riktar sig till unga vuxna i Exempelby. De flesta har gått ut gymnasiet, 2019–2024.\n\nAndra stycket: 12 % av dem.');
    // The plainest bold, as the examples write it, loses its markers.
    expect(wordsOnly('att **unga vuxna med NPF\ninte får stöd**, eftersom')).toBe('att unga vuxna med NPF inte får stöd, eftersom');
    expect(plainText(prose, 'sv')).toBe(wordsOnly(prose));
    for (const marked of ['- punkt', '1. första', 'se www.exempel.se', 'a  \nb', '**fet**', 'a**b**', '**a*', '***a***', '# Rubrik', '    kod', 'a\u00a0b', ' indragen']) expect(wordsOnly(marked)).toBeUndefined();
  });
});
