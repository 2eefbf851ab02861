import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/fixtures.js';

/**
 * plan installed as users install it, with none of its devDependencies: from the packed package
 * into a prefix of its own (a global install), and from the git repository, where a global install
 * gives the prepare script no dependencies at all (npm/cli#8440), so that it must run on the build
 * committed in dist/bin/ and schemas/. Each then checks the examples, with this repository's
 * .planrc.yaml and its kinds written as data. The git installs are of the commit checked out (HEAD):
 * what is not committed is not in them.
 */
const isGit = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() === 'true';
const built = existsSync(join(ROOT, 'dist', 'bin', 'plan.cjs'));
const npm = (args: string[], cwd: string) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const validateExamples = (plan: string) => spawnSync(plan, ['validate', 'examples/', '--format', 'compact'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', PLAN_LANG: 'en' } });

function installGlobally(tarball: string): string {
  const prefix = tempDir();
  npm(['install', '--global', '--prefix', prefix, '--omit=dev', tarball], prefix);
  return join(prefix, 'bin', 'plan');
}

describe.skipIf(!built)('installed without devDependencies', () => {
  it('from the packed package into a prefix of its own: the examples validate', () => {
    const out = tempDir();
    const packed = npm(['pack', '--ignore-scripts', '--silent', '--pack-destination', out], ROOT).trim().split('\n').pop()!;
    const plan = installGlobally(join(out, packed));
    const run = validateExamples(plan);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/No problems in \d+ files/);
    expect(run.status).toBe(0);
    // The schemas ship in the package, for editors.
    expect(readdirSync(join(plan, '..', '..', 'lib', 'node_modules', 'plan-yaml', 'schemas'))).toEqual(expect.arrayContaining(['plan.schema.json', 'planrc.schema.json', 'kompetensstegen-d.schema.json']));
  }, 180_000);

  it.skipIf(!isGit)('from a clone of the repository without TypeScript (npm/cli#8440), as pre-commit packs it: the committed build', () => {
    const clone = join(tempDir(), 'plan');
    execFileSync('git', ['clone', '--quiet', ROOT, clone]);
    // What npm runs for a git dependency: prepare, with no node_modules at all in a global install.
    const prepared = spawnSync(process.execPath, ['scripts/prepare.mjs'], { cwd: clone, encoding: 'utf8' });
    expect(prepared.status).toBe(0);
    expect(prepared.stdout).toBe('');
    expect(prepared.stderr).toMatch(/TypeScript is not installed, so the build committed in dist\/bin\/ and schemas\/ is used/);
    // pre-commit 3.x takes the tarball's name from what npm pack prints on standard output: that and nothing else.
    const packed = npm(['pack'], clone).trim();
    expect(packed).toMatch(/^plan-yaml-\d+\.\d+\.\d+\.tgz$/);
    const run = validateExamples(installGlobally(join(clone, packed)));
    expect(run.stdout).toMatch(/No problems in \d+ files/);
    expect(run.status).toBe(0);
  }, 240_000);

  it.skipIf(!isGit)('from git+file:// of the commit, as a dependency installed with --omit=dev', () => {
    const project = tempDir();
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'plans', private: true }));
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    npm(['install', '--omit=dev', `git+file://${ROOT}#${commit}`], project);
    const run = validateExamples(join(project, 'node_modules', '.bin', 'plan'));
    expect(run.stdout).toMatch(/No problems in \d+ files/);
    expect(run.status).toBe(0);
  }, 300_000);
});
