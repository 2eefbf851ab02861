import { copyFileSync, writeFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { edited, example, examplePath, lineOf, ROOT, tempDir, writeTemp } from '../helpers/fixtures.js';

const seed = example('kompetensstegen-d');

describe('plan validate', () => {
  it('exits 0 on the examples folder, with no problem left (the seed\'s cut-off numbers are disabled in place)', async () => {
    const run = await runCli(['validate', join(ROOT, 'examples'), '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const files = (JSON.parse(run.stdout) as { files: { file: string; diagnostics: unknown[] }[] }).files;
    // Every example plan, the kinds' own beside their kind files included; the kind files are not plans.
    const plans = globSync('examples/**/*.yaml', { cwd: ROOT }).filter((path) => !path.endsWith('kind.yaml'));
    expect(files.map((file) => file.file).sort()).toEqual(plans.map((path) => join(ROOT, path)).sort());
    for (const file of files) expect(file.diagnostics, file.file).toEqual([]);
  });

  it('exits 1 for a changed amount, naming the file, the line of the stated sum and both figures', async () => {
    const text = edited(seed, '[650 000, 650 000, 650 000]', '[650 001, 650 000, 650 000]');
    const file = writeTemp('changed.yaml', text);
    const run = await runCli(['validate', file, '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(file);
    expect(run.stdout).toMatch(new RegExp(`${lineOf(text, 'total: [1 835 000')}:13\\s+error\\s+.*1 835 000.*1 835 001.*budget/sum-mismatch`));
  });

  it('exits 1 for an unknown key with its line and a suggestion', async () => {
    const text = edited(seed, /^budget:/m, 'budjet:');
    const run = await runCli(['validate', writeTemp('typo.yaml', text), '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`${lineOf(text, 'budjet:')}:1\\s+error`));
    expect(run.stdout).toContain('budget');
  });

  it('exits 1 for a YAML syntax error with line and column and no stack trace', async () => {
    const run = await runCli(['validate', writeTemp('broken.yaml', 'kind: kompetensstegen-d\ntitle: "unclosed\nparticipants: x\n')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/\d+:\d+\s+(error|fel)/);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  });

  it('exits 2 for a path that does not exist', async () => {
    const run = await runCli(['validate', '/no/such/plan.yaml', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('/no/such/plan.yaml');
  });

  it('answers in the language asked for, and in the plan\'s own by default', async () => {
    const file = writeTemp('empty-name.yaml', edited(seed, 'name: Margaretha Selin', 'name: ""'));
    expect((await runCli(['validate', file])).stdout).toMatch(/fel/);
    expect((await runCli(['validate', file, '--lang', 'en'])).stdout).toMatch(/error/);
    expect((await runCli(['validate', file], { PLAN_LANG: 'en' })).stdout).toMatch(/error/);
  });

  it('checks every plan below a folder and skips YAML files that are not plans', async () => {
    const dir = tempDir();
    copyFileSync(examplePath('kompetensstegen-d'), join(dir, 'good.yaml'));
    writeFileSync(join(dir, 'docker-compose.yml'), 'services: {}\n');
    writeFileSync(join(dir, 'bad.yml'), edited(seed, 'totalCost: [1 835 000', 'totalCost: [1 835 001'));
    const run = await runCli(['validate', dir, '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { files: { file: string; diagnostics: unknown[] }[] };
    expect(report.files.map((f) => f.file.slice(dir.length + 1)).sort()).toEqual(['bad.yml', 'good.yaml']);
  });

  it('lists the kinds', async () => {
    const run = await runCli(['kinds']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('kompetensstegen-d');
  });
});
