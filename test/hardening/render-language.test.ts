import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { examplePath, tempDir, writeTemp } from '../helpers/fixtures.js';

/** Two plans of one kind into one folder, where the second's document cannot be written (a folder stands in its place). */
function twoPlans(kind: string) {
  const dir = tempDir();
  const [first, second] = [join(dir, 'first.yaml'), join(dir, 'second.yaml')];
  copyFileSync(examplePath(kind), first);
  copyFileSync(examplePath(kind), second);
  const out = join(dir, 'out');
  mkdirSync(join(out, 'second.md'), { recursive: true });
  return { first, second, out };
}

describe('render says everything about a plan in one language', () => {
  it.each([
    ['handlingsplan', undefined, 'skrev {path}', 'plan: {path} är en mapp; ange en fil att skriva'],
    ['prosjektplan', undefined, 'skrev {path}', 'plan: {path} er en mappe; oppgi en fil å skrive'],
    ['handlingsplan', 'en', 'wrote {path}', 'plan: {path} is a folder; name a file to write'],
    ['prosjektplan', 'sv', 'skrev {path}', 'plan: {path} är en mapp; ange en fil att skriva'],
  ])('%s with --lang %s: "wrote …" and the output file\'s error alike', async (kind, lang, wrote, cannot) => {
    const { first, second, out } = twoPlans(kind);
    // A locale in another language still, so that a line falling back to it would show.
    const run = await runCli(['render', first, second, '--to', 'md', '--out-dir', out, ...(lang ? ['--lang', lang] : [])], { LANG: 'en_US.UTF-8' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${wrote.replace('{path}', join(out, 'first.md'))}\n${cannot.replace('{path}', join(out, 'second.md'))}\n`);
    expect(existsSync(join(out, 'first.md'))).toBe(true);
  });

  it('a template that cannot be used, in the plan\'s language', async () => {
    const dir = tempDir();
    const template = writeTemp('broken.md.hbs', '# {{#each}}\n', dir);
    const out = join(dir, 'out.md');
    const run = await runCli(['render', examplePath('handlingsplan'), '--template', template, '-o', out], { LANG: 'en_US.UTF-8' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^plan: mallen ${template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} kunde inte användas: [\\s\\S]+\\n$`));
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(template, 'utf8')).toBe('# {{#each}}\n');
  });

  it('-o with several plans, in the language asked for', async () => {
    const { first, second, out } = twoPlans('handlingsplan');
    const run = await runCli(['render', first, second, '-o', join(out, 'x.md'), '--lang', 'nb']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('plan: -o oppgir én fil; bruk --out-dir for å skrive ut flere planer\n');
  });
});
