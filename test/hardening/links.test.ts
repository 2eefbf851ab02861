import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { edited, lineOf, ROOT, tempDir } from '../helpers/fixtures.js';

/** Markdown fields: only http, https, mailto and relative links; a malformed address is said at validate, not found at render. */
describe('links and pictures in Markdown fields', () => {
  const office = () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'forms'));
    cpSync(join(ROOT, 'examples', 'kinds', 'sluttrapport'), join(dir, 'forms', 'sluttrapport'), { recursive: true });
    writeFileSync(join(dir, '.planrc.yaml'), 'kinds: [forms]\n');
    const example = readFileSync(join(dir, 'forms', 'sluttrapport', 'example.yaml'), 'utf8');
    const text = edited(example, 'lessons: |\n', 'lessons: |\n  Se [rapporten](javascript:alert(1)), [ESF](https://www.esf.se) och ![bild](bad%zz.png).\n');
    writeFileSync(join(dir, 'rapport.yaml'), text);
    return { dir, text };
  };

  it('refuses a javascript: link and a malformed picture address at the field\'s line', async () => {
    const { dir, text } = office();
    const run = await runCli(['validate', 'rapport.yaml', '--format', 'json', '--lang', 'en'], {}, { cwd: dir });
    expect(run.code).toBe(1);
    const diagnostics = (JSON.parse(run.stdout) as { files: { diagnostics: { ruleId: string; line: number; message: string }[] }[] }).files[0]!.diagnostics;
    expect(diagnostics.map((d) => [d.ruleId, d.line])).toEqual([
      ['field/unsafe-link', lineOf(text, 'lessons:')],
      ['field/unsafe-link', lineOf(text, 'lessons:')],
    ]);
    expect(diagnostics[0]!.message).toContain('"javascript:alert(1)"');
    expect(diagnostics[1]!.message).toContain('"bad%zz.png", which is not a readable file name');
  });

  it('render --force keeps the text but no live link, and writes the document', async () => {
    const { dir } = office();
    const run = await runCli(['render', join(dir, 'rapport.yaml'), '--force', '--to', 'md']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Se rapporten, [ESF](https://www.esf.se) och bild.');
    expect(run.stdout).not.toContain('javascript:');
  });
});
