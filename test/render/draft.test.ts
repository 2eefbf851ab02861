import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinKinds } from '../../src/kinds/registry.js';
import { draftMark, missingValue } from '../../src/render/draft.js';
import { runCli } from '../helpers/cli.js';
import { readDocx } from '../helpers/docx.js';
import { edited, example, tempDir, writeTemp } from '../helpers/fixtures.js';

const WORD = { sv: 'saknas', nb: 'mangler', en: 'missing' } as const;
const dir = tempDir();

/** Each kind's fresh `plan init` output, rendered as a draft to Markdown and to Word. */
async function drafts(id: string) {
  const plan = join(dir, `${id}.yaml`);
  expect((await runCli(['init', id, plan, '--force'])).code).toBe(0);
  const md = await runCli(['render', plan, '--draft', '-o', join(dir, `${id}.md`)]);
  const docx = await runCli(['render', plan, '--draft', '-o', join(dir, `${id}.docx`)]);
  return { plan, md, docx, markdown: readFileSync(join(dir, `${id}.md`), 'utf8'), word: readDocx(readFileSync(join(dir, `${id}.docx`))) };
}

describe('plan render --draft', () => {
  for (const id of builtinKinds().ids()) {
    it(`${id}: a fresh plan renders as a marked draft, its missing values shown as placeholders in Markdown and Word`, async () => {
      const lang = builtinKinds().get(id)!.lang;
      const { md, docx, markdown, word } = await drafts(id);
      expect(md.code).toBe(0);
      expect(docx.code).toBe(0);
      // The plan has errors: the command says so, and where to see them.
      expect(md.stderr).toContain('plan validate');
      expect(markdown.split('\n')[0]).toBe(`**${draftMark(lang)}**`);
      const placeholders = markdown.match(new RegExp(`\\[${WORD[lang]}: [^\\]]+\\]`, 'g')) ?? [];
      expect(placeholders.length).toBeGreaterThan(2);
      const text = word.paragraphs.map((p) => p.text).join('\n') + word.tables.flat(2).join('\n');
      for (const placeholder of placeholders) expect(text).toContain(placeholder);
      expect(word.paragraphs[0]!.text).toBe(draftMark(lang));
      // And on every page, in the page header.
      const headers = Object.entries(word.files).filter(([name]) => /^word\/header\d*\.xml$/.test(name));
      expect(headers.length).toBeGreaterThan(0);
      // Every header, the first page's of a document with a cover page among them.
      for (const [name, xml] of headers) expect(xml, name).toContain(`>${draftMark(lang)}`);
    });
  }

  it('names a missing value by the label the form prints, in the document\'s language', async () => {
    expect((await drafts('kompetensstegen-d')).markdown).toContain('## D.2. Rubrik för aktivitet\n\n[saknas: D.2 Rubrik för aktivitet]\n');
    expect((await drafts('prosjektplan')).markdown).toContain('[mangler: Overordnet målsetting for hovedprosjektet]');
    expect(missingValue('en', 'Title').toString()).toBe('[missing: Title]');
    expect(draftMark('en')).toBe('DRAFT');
  });

  it('shows an invalid value as a placeholder, and a budget figure that is not an amount as one in its cell', async () => {
    const text = edited(edited(example('kompetensstegen-d'), 'email: margaretha.selin@vantor.stockholm.se', 'email: margaretha.selin(at)vantor'), 'amounts: [650 000, 650 000, 650 000]', 'amounts: [650 000, sexhundra, 650 000]');
    const plan = writeTemp('d.yaml', text);
    const run = await runCli(['render', plan, '--draft', '-o', '-']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('[saknas: E-post]');
    expect(run.stdout).not.toContain('margaretha.selin(at)vantor');
    expect(run.stdout).toMatch(/\| Processledning\/projektledning: \| 650 000 \| \[saknas: År 2\] \| 650 000 \|/);
    // What the plan gives is printed as in the finished document.
    expect(run.stdout).toContain('Margaretha Selin');
  });

  it('--force keeps its meaning: past the rules\' errors, but not past a value its field cannot read', async () => {
    const sum = writeTemp('sum.yaml', edited(example('kompetensstegen-d'), 'amounts: [650 000, 650 000, 650 000]', 'amounts: [650 000, 660 000, 650 000]'));
    expect((await runCli(['render', sum, '--force', '-o', '-'])).code).toBe(0);
    const email = writeTemp('email.yaml', edited(example('kompetensstegen-d'), 'email: margaretha.selin@vantor.stockholm.se', 'email: margaretha.selin(at)vantor'));
    const forced = await runCli(['render', email, '--force', '-o', '-', '--lang', 'en']);
    expect(forced.code).toBe(1);
    expect(forced.stdout).toBe('');
    expect(forced.stderr).toContain('use --draft');
  });

  it('a file that names no kind is not rendered, draft or not', async () => {
    const plan = writeTemp('nokind.yaml', 'title: Något\n');
    const run = await runCli(['render', plan, '--draft', '-o', '-']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
  });

  it('LibreOffice opens every kind\'s draft', async () => {
    const soffice = ['soffice', 'libreoffice'].find((name) => spawnSync('which', [name]).status === 0);
    if (!soffice) {
      console.warn('skipped: LibreOffice (soffice) is not installed, so the drafts were not laid out');
      return;
    }
    const ids = builtinKinds().ids();
    for (const id of ids) if (!existsSync(join(dir, `${id}.docx`))) await drafts(id);
    const out = join(dir, 'pdf');
    spawnSync(soffice, ['--headless', '--convert-to', 'pdf', '--outdir', out, ...ids.map((id) => join(dir, `${id}.docx`))], { encoding: 'utf8', timeout: 240_000 });
    expect(readdirSync(out).sort()).toEqual(ids.map((id) => `${id}.pdf`).sort());
  }, 300_000);
});
