import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinKinds } from '../../src/kinds/registry.js';
import { docxOf, markdownOf } from '../helpers/render.js';
import { example, ROOT } from '../helpers/fixtures.js';

/** Every built-in kind, code and data alike. */
const kinds = builtinKinds().all();

/**
 * Every kind's example, rendered, against a golden file that a person has read against the seed.
 * After a deliberate change to a template, run `UPDATE_GOLDEN=1 npm test` and read the diff.
 */
const GOLDEN = join(ROOT, 'examples');

describe.each(kinds.map((kind) => kind.id))('%s example', (kindId) => {
  it('renders to the golden Markdown', async () => {
    const markdown = await markdownOf(example(kindId), `examples/${kindId}.yaml`);
    const golden = join(GOLDEN, `${kindId}.md`);
    if (process.env.UPDATE_GOLDEN || !existsSync(golden)) {
      writeFileSync(golden, markdown);
      if (process.env.CI) throw new Error(`no golden file ${golden}; generate it locally and read it`);
    }
    expect(markdown).toBe(readFileSync(golden, 'utf8'));
  });

  it('renders a .docx whose headings are real heading styles, in the Markdown\'s order', async () => {
    const markdown = await markdownOf(example(kindId));
    const docx = await docxOf(example(kindId));
    const headingsInMarkdown = [...markdown.matchAll(/^#{1,6} (.*)$/gm)].map((m) => plain(m[1]!));
    const headingsInDocx = docx.paragraphs.filter((p) => /^(Heading\d|Title)$/.test(p.style ?? '')).map((p) => p.text.replace(/\n/g, ' '));
    expect(headingsInDocx).toEqual(headingsInMarkdown);
  });
});

/** A heading's text as a reader sees it: inline Markdown removed, escapes resolved. */
function plain(heading: string): string {
  return heading
    .replace(/<br\s*\/?>/g, ' ')
    .replace(/\*\*|__|\*|_(?=\S)|(?<=\S)_/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1')
    .trim();
}
