import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { edited, example, project, tempDir } from '../helpers/fixtures.js';

const seed = example('kompetensstegen-d');
const broken = edited(seed, '[650 000, 650 000, 650 000]', '[650 001, 650 000, 650 000]');

async function checkedFiles(args: string[], cwd: string): Promise<string[]> {
  const run = await runCli(['validate', ...args, '--format', 'json'], {}, { cwd });
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout).files as { file: string }[]).map((f) => f.file);
}

describe('plan validate: what it reads', () => {
  it('searches folders for *.yaml and *.yml, skipping node_modules, hidden folders and hidden files', async () => {
    const dir = project({
      'plans/a.yaml': seed,
      'plans/sub/b.yml': seed,
      'plans/node_modules/pkg/c.yaml': broken,
      'plans/.drafts/d.yaml': broken,
      'plans/.e.yaml': broken,
      'plans/notes.txt': 'not yaml',
    });
    expect(await checkedFiles(['plans'], dir)).toEqual([join('plans', 'a.yaml'), join('plans', 'sub', 'b.yml')]);
  });

  it('honours .gitignore files on the way down, and those above the folder up to the repository root', async () => {
    const dir = project({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'build/\n*.generated.yaml\n',
      'plans/.gitignore': 'old/\n!keep.generated.yaml\n',
      'plans/a.yaml': seed,
      'plans/x.generated.yaml': broken,
      'plans/keep.generated.yaml': seed,
      'plans/old/o.yaml': broken,
      'plans/build/b.yaml': broken,
    });
    expect(await checkedFiles(['plans'], dir)).toEqual([join('plans', 'a.yaml'), join('plans', 'keep.generated.yaml')]);
    // A file named explicitly is checked whatever .gitignore says.
    expect(await checkedFiles(['plans/old/o.yaml'], dir)).toEqual(['plans/old/o.yaml']);
  });

  it('expands globs, honouring .gitignore and skipping node_modules', async () => {
    const dir = project({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'drafts/\n',
      'plans/2007/a.yaml': seed,
      'plans/2008/b.yaml': seed,
      'plans/2008/notes.md': '# notes',
      'plans/drafts/c.yaml': broken,
      'plans/node_modules/d.yaml': broken,
    });
    expect(await checkedFiles(['plans/**/*'], dir)).toEqual(['plans/2007/a.yaml', 'plans/2008/b.yaml']);
    expect(await checkedFiles(['plans/200[8]/*.yaml'], dir)).toEqual(['plans/2008/b.yaml']);
  });

  it('is exit 2 for a path that does not exist and for a glob that matches no plan file', async () => {
    const dir = project({ 'plans/a.yaml': seed, 'plans/readme.md': '#' });
    const missing = await runCli(['validate', 'plans/nope.yaml', '--lang', 'en'], {}, { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('plan: no such file or folder: plans/nope.yaml\n');
    const unmatched = await runCli(['validate', 'plans/*.md', '--lang', 'en'], {}, { cwd: dir });
    expect(unmatched.code).toBe(2);
    expect(unmatched.stderr).toBe('plan: no plan files (*.yaml, *.yml) match plans/*.md\n');
    // The plans that were found are still checked and reported.
    const both = await runCli(['validate', 'plans', 'plans/nope.yaml', '--format', 'json'], {}, { cwd: dir });
    expect(both.code).toBe(2);
    expect(JSON.parse(both.stdout).files).toHaveLength(1);
  });

  it('skips YAML files without "kind:" found in folders, saying so only under --verbose; named explicitly they are errors', async () => {
    const dir = project({ 'a.yaml': seed, 'docker-compose.yml': 'services: {}\n', '.github-like/x.yml': 'on: push\n', 'list.yaml': '- a\n', 'broken.yaml': 'a: "open\n', 'empty.yaml': '' });
    const quiet = await runCli(['validate', '.'], {}, { cwd: dir });
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    const verbose = await runCli(['validate', '.', '--verbose', '--lang', 'en'], {}, { cwd: dir });
    expect(verbose.stderr.trimEnd().split('\n').sort()).toEqual([
      'plan: skipped broken.yaml: not a plan (no "kind:")',
      'plan: skipped docker-compose.yml: not a plan (no "kind:")',
      'plan: skipped list.yaml: not a plan (no "kind:")',
    ]);
    // An empty *.yaml among plans is more likely a plan emptied by mistake: a warning, not skipped (test/hardening/files.test.ts).
    expect(verbose.stdout).toContain('empty.yaml\n  1:1  warning  The file is empty.  file/empty');
    const explicit = await runCli(['validate', 'docker-compose.yml', '--lang', 'en'], {}, { cwd: dir });
    expect(explicit.code).toBe(1);
    expect(explicit.stdout).toContain('plan/missing-kind');
  });

  it('is exit 2 when a folder holds no plans at all', async () => {
    const run = await runCli(['validate', '.', '--lang', 'en'], {}, { cwd: project({ 'docker-compose.yml': 'services: {}\n' }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no plans');
  });

  it('reads standard input for "-", reporting it under --stdin-filename and configuring it from that name\'s folder', async () => {
    const dir = project({ 'sub/.planrc.yaml': 'rules:\n  budget/sum-mismatch: warning\n' });
    const plain = await runCli(['validate', '-', '--format', 'json'], {}, { cwd: dir, stdin: broken });
    expect(plain.code).toBe(1);
    expect(JSON.parse(plain.stdout).files[0].file).toBe('<stdin>');
    const named = await runCli(['validate', '-', '--stdin-filename', 'sub/plan.yaml', '--format', 'json'], {}, { cwd: dir, stdin: broken });
    expect(named.code).toBe(0);
    const [file] = JSON.parse(named.stdout).files;
    expect(file.file).toBe('sub/plan.yaml');
    expect(file.diagnostics.map((d: { severity: string }) => d.severity)).toEqual(['warning']);
  });

  it('treats standard input as named explicitly: not a plan is an error', async () => {
    const run = await runCli(['validate', '-'], {}, { cwd: tempDir(), stdin: 'services: {}\n' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('plan/missing-kind');
  });
});
