import { copyFileSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { examplePath, project, tempDir } from '../helpers/fixtures.js';

interface Report {
  files: { file: string; diagnostics: { ruleId: string; severity: string; message: string; hint?: string; line: number; column: number }[] }[];
  summary: Record<string, number>;
}

describe('render --out-dir with two plans of one name', () => {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  it.each([
    ['en', 'plan: {a} and {b} would both be written to {out}, one over the other; nothing was written.'],
    ['sv', 'plan: {a} och {b} skulle båda skrivas till {out}, den ena över den andra; ingenting skrevs.'],
    ['nb', 'plan: {a} og {b} ville begge blitt skrevet til {out}, den ene over den andre; ingenting ble skrevet.'],
  ])('is refused with exit 2, naming both plans, and writes nothing (%s)', async (lang, message) => {
    const dir = tempDir();
    for (const folder of ['a', 'b']) {
      mkdirSync(join(dir, folder));
      copyFileSync(examplePath('handlingsplan'), join(dir, folder, 'plan.yaml'));
    }
    copyFileSync(examplePath('prosjektplan'), join(dir, 'other.yaml'));
    const [a, b, out] = [join(dir, 'a', 'plan.yaml'), join(dir, 'b', 'plan.yaml'), join(dir, 'out')];
    const run = await runCli(['render', join(dir, 'other.yaml'), a, b, '--to', 'md', '--out-dir', out, '--lang', lang]);
    expect(run.code).toBe(2);
    const expected = message.replace('{a}', a).replace('{b}', b).replace('{out}', join(out, 'plan.md'));
    expect(run.stderr).toMatch(new RegExp('^' + escape(expected) + ' .*\n$'));
    expect(run.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('names that differ only in case are the same file on macOS and Windows: refused too', async () => {
    const dir = project({ 'a/Plan.yaml': '', 'b/plan.yaml': '' });
    copyFileSync(examplePath('handlingsplan'), join(dir, 'a', 'Plan.yaml'));
    copyFileSync(examplePath('handlingsplan'), join(dir, 'b', 'plan.yaml'));
    const run = await runCli(['render', join(dir, 'a', 'Plan.yaml'), join(dir, 'b', 'plan.yaml'), '--out-dir', join(dir, 'out'), '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${join(dir, 'a', 'Plan.yaml')} and ${join(dir, 'b', 'plan.yaml')} would both be written to ${join(dir, 'out', 'plan.md')}`);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('plans of different names are all written', async () => {
    const dir = project({ 'a/plan.yaml': '', 'b/other.yaml': '' });
    copyFileSync(examplePath('handlingsplan'), join(dir, 'a', 'plan.yaml'));
    copyFileSync(examplePath('handlingsplan'), join(dir, 'b', 'other.yaml'));
    const run = await runCli(['render', join(dir, 'a', 'plan.yaml'), join(dir, 'b', 'other.yaml'), '--to', 'md', '--out-dir', join(dir, 'out'), '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['other.md', 'plan.md']);
  });
});

describe('symlinks in a folder walk', () => {
  it('a link to a parent folder, and two links to one folder, do not make validate report a file twice', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'plans', 'sub'), { recursive: true });
    copyFileSync(examplePath('handlingsplan'), join(dir, 'plans', 'a.yaml'));
    writeFileSync(join(dir, 'plans', 'sub', 'b.yaml'), 'kind: handlingsplan\n');
    symlinkSync('..', join(dir, 'plans', 'sub', 'up'));
    symlinkSync('../..', join(dir, 'plans', 'sub', 'top'));
    symlinkSync('sub', join(dir, 'plans', 'same-as-sub'));
    symlinkSync('a.yaml', join(dir, 'plans', 'z-link-to-a.yaml'));
    const run = await runCli(['validate', '.', '--format', 'json', '--lang', 'en'], {}, { cwd: dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    // sub/ is reached first through the link that sorts before it; the file is reported once, under that path.
    expect(report.files.map((f) => f.file)).toEqual([join('plans', 'a.yaml'), join('plans', 'same-as-sub', 'b.yaml')]);
    expect(report.files[1]!.diagnostics[0]).toMatchObject({ severity: 'error', line: 1, column: 1 });
    expect(report.summary).toEqual({ files: 2, errors: report.summary.errors, warnings: 0, filesWithErrors: 1 });

    const stylish = await runCli(['validate', '.', '--lang', 'en'], {}, { cwd: dir });
    expect(stylish.code).toBe(1);
    expect(stylish.stdout.split('\n').filter((line) => line.endsWith('b.yaml'))).toHaveLength(1);
    expect(stylish.stdout).toMatch(/ in 2 files\n$/);
  });

  it('a file named twice, once through a link, is checked once', async () => {
    const dir = tempDir();
    copyFileSync(examplePath('handlingsplan'), join(dir, 'plan.yaml'));
    symlinkSync('plan.yaml', join(dir, 'link.yaml'));
    const run = await runCli(['validate', 'plan.yaml', 'link.yaml', './plan.yaml', '--format', 'json'], {}, { cwd: dir });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Report).files.map((f) => f.file)).toEqual(['plan.yaml']);
  });
});

describe('empty files and other non-plans in a folder of plans', () => {
  const plans = () => {
    const dir = tempDir();
    copyFileSync(examplePath('handlingsplan'), join(dir, 'a.yaml'));
    writeFileSync(join(dir, 'emptied.yaml'), '');
    writeFileSync(join(dir, 'notes.yaml'), '# the plan for 2009 goes here\n\n# (not written yet)\n');
    writeFileSync(join(dir, 'docker-compose.yml'), 'services: {}\n');
    writeFileSync(join(dir, 'settings.yaml'), 'title: no kind\n');
    writeFileSync(join(dir, 'empty.yml'), '');
    return dir;
  };

  it('an empty *.yaml, or one of only comments, is a warning at 1:1; the others are skipped, and the summary says how many', async () => {
    const run = await runCli(['validate', '.', '--lang', 'en'], {}, { cwd: plans() });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('emptied.yaml\n  1:1  warning  The file is empty.  file/empty\n');
    expect(run.stdout).toContain('notes.yaml\n  1:1  warning  The file holds only comments, no plan.  file/empty\n');
    expect(run.stdout).toContain('If it is to be a plan, start it with a line "kind: <kind>"; if not, delete it or list it under "ignore:" in .planrc.yaml.');
    expect(run.stdout.trim().split('\n').at(-1)).toBe('✖ 2 problems (0 errors, 2 warnings) in 3 files; 3 files skipped as not plans (--verbose names them)');
  });

  it.each([
    ['sv', '✖ 2 problem (0 fel, 2 varningar) i 3 filer; 3 filer hoppades över, inte planer (--verbose visar vilka)'],
    ['nb', '✖ 2 problemer (0 feil, 2 advarsler) i 3 filer; 3 filer hoppet over, ikke planer (--verbose viser hvilke)'],
  ])('the summary in %s', async (lang, summary) => {
    const run = await runCli(['validate', '.', '--lang', lang], {}, { cwd: plans() });
    expect(run.stdout.trim().split('\n').at(-1)).toBe(summary);
  });

  it('the warnings count for --max-warnings, and can be turned off in .planrc.yaml like any rule', async () => {
    const dir = plans();
    expect((await runCli(['validate', '.', '--max-warnings', '0'], {}, { cwd: dir })).code).toBe(1);
    writeFileSync(join(dir, '.planrc.yaml'), 'rules:\n  file/empty: off\n');
    const run = await runCli(['validate', '.', '--lang', 'en'], {}, { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe('✔ No problems in 1 file; 5 files skipped as not plans (--verbose names them)');
  });

  it('one file skipped is said in the singular; none skipped, not at all', async () => {
    const dir = tempDir();
    copyFileSync(examplePath('handlingsplan'), join(dir, 'a.yaml'));
    expect((await runCli(['validate', '.', '--lang', 'en'], {}, { cwd: dir })).stdout.trim()).toBe('✔ No problems in 1 file');
    writeFileSync(join(dir, 'compose.yml'), 'services: {}\n');
    expect((await runCli(['validate', '.', '--lang', 'en'], {}, { cwd: dir })).stdout.trim()).toBe('✔ No problems in 1 file; 1 file skipped as not a plan (--verbose names it)');
  });

  it('JSON: the warnings are files like any other, and the summary keeps its shape', async () => {
    const run = await runCli(['validate', '.', '--format', 'json', '--lang', 'en'], {}, { cwd: plans() });
    const report = JSON.parse(run.stdout) as Report;
    expect(report.files.map((f) => f.file)).toEqual(['a.yaml', 'emptied.yaml', 'notes.yaml']);
    expect(report.files[1]!.diagnostics).toEqual([expect.objectContaining({ ruleId: 'file/empty', severity: 'warning', line: 1, column: 1, message: 'The file is empty.' })]);
    expect(Object.keys(report)).toEqual(['files', 'summary']);
    expect(report.summary).toEqual({ files: 3, errors: 0, warnings: 2, filesWithErrors: 0 });
  });

  it('a folder of only empty files still has no plans: exit 2, as before', async () => {
    const dir = project({ 'a.yaml': '', 'b.yaml': '# nothing\n' });
    const run = await runCli(['validate', dir, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no plans/);
  });

  it('an empty file named explicitly is still an error', async () => {
    const dir = project({ 'a.yaml': '' });
    const run = await runCli(['validate', join(dir, 'a.yaml'), '--format', 'json', '--lang', 'en']);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as Report).files[0]!.diagnostics[0]).toMatchObject({ ruleId: 'file/empty', severity: 'error', line: 1, column: 1 });
  });
});
