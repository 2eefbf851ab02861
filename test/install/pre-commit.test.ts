import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edited, example, lineOf, ROOT, tempDir } from '../helpers/fixtures.js';

/**
 * A repository of plans whose .pre-commit-config.yaml names this repository at the commit checked
 * out (HEAD; what is not committed is not in it): pre-commit installs the hook as it does for a user
 * (pre-commit 3.x: npm install in its clone, npm pack, npm install -g of the tarball; 4.x installs as
 * `npm install -g` of the repository, which test/install/git-install.test.ts covers) and runs it.
 * Needs the `pre-commit` program (Debian's package) and git.
 */
const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const available = preCommit.status === 0 && spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT }).status === 0;
if (!available) console.warn('skipped: pre-commit is not installed (apt-get install pre-commit), so the hook was not run');

describe.skipIf(!available)(`the pre-commit hook (${preCommit.stdout?.trim()})`, () => {
  const plans = tempDir();
  const home = tempDir();
  const git = (...args: string[]) => execFileSync('git', args, { cwd: plans, stdio: 'pipe' });
  const run = () => spawnSync('pre-commit', ['run', '--all-files', '--color', 'never'], { cwd: plans, encoding: 'utf8', env: { ...process.env, PRE_COMMIT_HOME: home, PLAN_LANG: 'en', NO_COLOR: '1' } });
  const good = example('kompetensstegen-d');
  const bad = edited(good, 'total: [1 835 000', 'total: [1 835 009');

  it('passes a good plan', () => {
    git('init', '--quiet');
    git('config', 'user.email', 'test@example.org');
    git('config', 'user.name', 'test');
    mkdirSync(join(plans, 'plans'));
    writeFileSync(join(plans, 'plans', 'ansokan.yaml'), good);
    const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    writeFileSync(join(plans, '.pre-commit-config.yaml'), `repos:\n  - repo: ${ROOT}\n    rev: ${rev}\n    hooks:\n      - id: plan-validate\n        files: ^plans/\n`);
    git('add', '-A');
    const passed = run();
    expect(passed.stdout + passed.stderr).toMatch(/plan validate\.+Passed/);
    expect(passed.status).toBe(0);
  }, 300_000);

  it('fails a plan with a wrong sum, naming it file:line:column', () => {
    writeFileSync(join(plans, 'plans', 'trasig.yaml'), bad);
    git('add', '-A');
    const failed = run();
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/plan validate\.+Failed/);
    expect(failed.stdout).toContain(`plans/trasig.yaml:${lineOf(bad, 'total: [1 835 009')}:13: error: `);
    expect(failed.stdout).toMatch(/1 835 009.*1 835 000.*\(budget\/sum-mismatch\)/);
    expect(failed.stdout).not.toContain('plans/ansokan.yaml:');
  }, 300_000);
});
