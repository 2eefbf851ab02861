import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { datePrefilter, readDate, readDateCell } from '../../src/core/dates.js';
import { LANGS } from '../../src/i18n/index.js';
import { ROOT } from '../helpers/fixtures.js';
import { dateTexts } from '../helpers/date-texts.js';

function yamlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/** Every string in a YAML value: the date cells among them, and every other text a reader may be handed. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The examples' and fixtures' texts, and every string written in the date reader's own tests. */
function corpus(): string[] {
  const texts = new Set<string>();
  for (const folder of ['examples', 'kinds', join('test', 'fixtures')]) {
    for (const file of yamlFiles(join(ROOT, folder))) {
      for (const document of parseAllDocuments(readFileSync(file, 'utf8'))) if ('toJS' in document) for (const text of strings(document.toJS())) texts.add(text);
    }
  }
  // Phrases beside punctuation, and words without a number, which the filters skip or try against fewer patterns.
  for (const text of ['våren 2015, klart', 'jan., feb. och mars.', '5:emars 2014', 'Q3 2015; H1 2016:', 'se (mars 2015)', 'å\u030A 2015', 'hösten', 'årsskiftet!', 'andra kvartalet?', 'första halvåret, sen', 'medio mars - ultimo april.', 'Klart 1 febuari 2008.', '3 febuari', 'febuari 12'])
    texts.add(text);
  for (const m of readFileSync(join(ROOT, 'test', 'core', 'dates.test.ts'), 'utf8').matchAll(/'((?:[^'\\\n]|\\.)*)'/g)) texts.add(m[1]!.replace(/\\'/g, '\''));
  return [...texts];
}

const read = (texts: readonly string[]) => texts.map((text) => LANGS.map((lang) => JSON.stringify([readDate(text, lang), readDateCell(text, lang)])));

describe('the date reader\'s pre-filter', () => {
  afterEach(() => {
    datePrefilter.on = true;
  });

  it('changes no reading of any text in the examples, the kinds and the test fixtures', { timeout: 60_000 }, () => {
    const texts = corpus();
    // Enough texts that a filter skipping a phrase's first word would be seen: dates of every form the examples write.
    expect(texts.length).toBeGreaterThan(500);
    const filtered = read(texts);
    datePrefilter.on = false;
    const unfiltered = read(texts);
    const differing = texts.filter((_, i) => JSON.stringify(filtered[i]) !== JSON.stringify(unfiltered[i]));
    expect(differing).toEqual([]);
    // The texts hold dates the reader found, so the comparison is over readings, not only failures.
    expect(filtered.flat().filter((reading) => reading.includes('"ok":true')).length).toBeGreaterThan(100);
  });

  it('changes no reading of generated dates, status cells and sentences', { timeout: 60_000 }, () => {
    const generator = dateTexts(Number(process.env.PLAN_FUZZ_SEED ?? 20261202));
    const texts = Array.from({ length: 5000 }, () => generator.next());
    const filtered = read(texts);
    datePrefilter.on = false;
    const unfiltered = read(texts);
    expect(texts.filter((_, i) => JSON.stringify(filtered[i]) !== JSON.stringify(unfiltered[i]))).toEqual([]);
    expect(filtered.flat().filter((reading) => reading.includes('"ok":true')).length).toBeGreaterThan(1000);
  });
});
