import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { edited, example, tempDir, writeTemp } from '../helpers/fixtures.js';

const seed = example('kompetensstegen-d');
const sumMismatch = edited(seed, '[650 000, 650 000, 650 000]', '[650 001, 650 000, 650 000]');

describe('plan validate: several reports in one run (-f name or name:file, as markdownlint-cli2)', () => {
  it('writes the readable report to standard output and each other to its file, from one check', async () => {
    const dir = tempDir();
    writeTemp('plan.yaml', sumMismatch, dir);
    const run = await runCli(['validate', 'plan.yaml', '-f', 'stylish', '-f', 'sarif:plan.sarif', '-f', 'gitlab:gl-code-quality.json', '-f', 'junit:junit.xml', '--lang', 'en'], {}, { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^ {2}\d+:13 {2}error /m);
    expect(run.stdout).toContain('budget/sum-mismatch');
    expect(readdirSync(dir).sort()).toEqual(['gl-code-quality.json', 'junit.xml', 'plan.sarif', 'plan.yaml']);
    expect((JSON.parse(readFileSync(join(dir, 'plan.sarif'), 'utf8')) as { runs: { results: { ruleId: string }[] }[] }).runs[0]!.results.map((r) => r.ruleId)).toEqual(['budget/sum-mismatch']);
    expect((JSON.parse(readFileSync(join(dir, 'gl-code-quality.json'), 'utf8')) as { check_name: string }[]).map((i) => i.check_name)).toEqual(['budget/sum-mismatch']);
    expect(readFileSync(join(dir, 'junit.xml'), 'utf8')).toContain('<failure type="budget/sum-mismatch"');
  });

  it('gives -o to the one format without a file', async () => {
    const dir = tempDir();
    writeTemp('plan.yaml', sumMismatch, dir);
    const run = await runCli(['validate', 'plan.yaml', '-f', 'json', '-f', 'gitlab:gl.json', '-o', 'report.json'], {}, { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect((JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { summary: { errors: number } }).summary.errors).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'gl.json'), 'utf8'))).toHaveLength(1);
  });

  it('is exit 2, writing nothing, for two reports to standard output, two to one file, or an unknown format', async () => {
    const dir = tempDir();
    writeTemp('plan.yaml', sumMismatch, dir);
    const cases: [string[], RegExp][] = [
      [['-f', 'json', '-f', 'sarif'], /only one report can go to standard output.*"-f sarif:<file>"/],
      [['-f', 'json:r.json', '-f', 'sarif:r.json'], /two reports would be written to r\.json/],
      [['-f', 'json', '-f', 'stylish', '-o', 'r.txt'], /-o names the file of one report/],
      [['-f', 'gitlub:gl.json'], /unknown format "gitlub"/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(['validate', 'plan.yaml', ...args, '--lang', 'en'], {}, { cwd: dir });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stdout).toBe('');
    }
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  });

  it('writes the files that can be written and is exit 2 for the one that cannot', async () => {
    const dir = tempDir();
    writeTemp('plan.yaml', seed, dir);
    const run = await runCli(['validate', 'plan.yaml', '-f', 'sarif:no/such/plan.sarif', '-f', 'gitlab:gl.json', '--lang', 'en'], {}, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no\/such/);
    expect(JSON.parse(readFileSync(join(dir, 'gl.json'), 'utf8'))).toEqual([]);
  });
});

describe('plan validate --print-config', () => {
  const repository = () => {
    const root = tempDir();
    writeFileSync(join(root, '.planrc.yaml'), 'rules:\n  contact/reachable: off\n');
    const sub = join(root, 'plans', '2008');
    mkdirSync(sub, { recursive: true });
    writeTemp('.planrc.yaml', 'rules:\n  budget/sum-mismatch: warning\nlang: nb\nignore:\n  - "*.old.yaml"\n', sub);
    writeTemp('a.yaml', seed, sub);
    writeTemp('b.old.yaml', seed, sub);
    writeTemp('c.yaml', seed, root);
    return root;
  };

  it('names the nearest .planrc.yaml and the settings it gives the file, whole (not merged with the one above)', async () => {
    const root = repository();
    const run = await runCli(['validate', '--print-config', 'plans/2008/a.yaml'], {}, { cwd: root });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      file: 'plans/2008/a.yaml',
      config: 'plans/2008/.planrc.yaml',
      lang: 'nb',
      langFrom: 'plans/2008/.planrc.yaml',
      rules: { 'budget/sum-mismatch': 'warning' },
      ignore: ['*.old.yaml'],
      ignored: false,
      kinds: [],
    });
    const top = JSON.parse((await runCli(['validate', '--print-config', 'c.yaml'], {}, { cwd: root })).stdout) as Record<string, unknown>;
    expect(top).toMatchObject({ config: '.planrc.yaml', rules: { 'contact/reachable': 'off' }, lang: null });
  });

  it('says a file is ignored, and that --lang wins over the configuration\'s language', async () => {
    const root = repository();
    const run = await runCli(['validate', '--print-config', 'plans/2008/b.old.yaml', '--lang', 'sv'], {}, { cwd: root });
    expect(JSON.parse(run.stdout)).toMatchObject({ ignored: true, lang: 'sv', langFrom: '--lang' });
  });

  it('is exit 2 with the configuration file\'s line and column when it is not valid', async () => {
    const root = tempDir();
    writeFileSync(join(root, '.planrc.yaml'), 'rules:\n  budget/sum-mismatsh: off\n');
    const run = await runCli(['validate', '--print-config', 'a.yaml', '--lang', 'en'], {}, { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.planrc\.yaml:2:3: .*budget\/sum-mismatch/);
  });
});
