import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePath, ROOT, tempDir } from '../helpers/fixtures.js';

/**
 * The program keeps V8's compiled code of its bundle between runs (src/launch/compile-cache.ts).
 * What a user must never notice is the cache itself: the same output with or without it, and a
 * damaged or foreign cache ignored and made again.
 */
const BIN = join(ROOT, 'bin', 'plan.js');
const built = existsSync(join(ROOT, 'dist', 'bin', 'compile-cache.cjs'));
// Where Node has its own compile cache (22.1 and later) plan turns that on instead of its own.
const ownCache = typeof (Module as unknown as { enableCompileCache?: unknown }).enableCompileCache !== 'function';

function run(cacheRoot: string | undefined, extra: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [BIN, 'validate', '--lang', 'en', '--format', 'json', examplePath('handlingsplan'), examplePath('esf-slutrapport')], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ...(cacheRoot === undefined ? {} : { NODE_COMPILE_CACHE: cacheRoot }), ...extra },
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const cacheFiles = (cacheRoot: string) => {
  const folder = join(cacheRoot, 'plan-yaml');
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.v8')).map((name) => join(folder, name)) : [];
};
const coreCache = (cacheRoot: string) => cacheFiles(cacheRoot).find((file) => /[\\/]core-validate-[0-9a-f]{32}\.v8$/.test(file));

if (!built || !ownCache) console.warn(`compile-cache: skipped: ${built ? `Node ${process.version} has module.enableCompileCache, which plan uses instead` : 'dist/bin/ is not built; run npm run build'}`);

describe.runIf(built && ownCache)('the compile cache', { timeout: 60_000 }, () => {
  it('is made by the first run and used, unchanged, by the next, with the same output', () => {
    const root = tempDir();
    // Each command has its own: one that compiles little (--version) first does not leave validate without.
    expect(spawnSync(process.execPath, [BIN, '--version'], { env: { PATH: process.env.PATH, NODE_COMPILE_CACHE: root } }).status).toBe(0);
    expect(coreCache(root)).toBeUndefined();
    // A word that is no command (a typo, an option's value) is not a cache of its own.
    expect(spawnSync(process.execPath, [BIN, 'valdate', 'x.yaml'], { env: { PATH: process.env.PATH, NODE_COMPILE_CACHE: root } }).status).not.toBe(0);
    expect(cacheFiles(root).filter((file) => /valdate|x\.yaml/.test(file))).toEqual([]);
    const first = run(root);
    expect(first.status, first.stderr).toBe(0);
    const core = coreCache(root);
    expect(core).toBeDefined();
    const written = statSync(core!).mtimeMs;
    const second = run(root);
    expect(second).toEqual(first);
    // Accepted, so not written again.
    expect(statSync(core!).mtimeMs).toBe(written);
    const without = run(tempDir(), { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(without).toEqual(first);
  });

  it('ignores a damaged cache and writes a sound one in its place', () => {
    const root = tempDir();
    const first = run(root);
    const core = coreCache(root)!;
    const sound = readFileSync(core);
    const damaged = Buffer.from(sound);
    // A byte in the middle of V8's code, where only the cache's own hash can tell.
    damaged[damaged.length >> 1]! ^= 0xff;
    for (const broken of [damaged, sound.subarray(0, sound.length >> 1), Buffer.from('not a cache at all')]) {
      writeFileSync(core, broken);
      expect(run(root)).toEqual(first);
      const again = readFileSync(core);
      expect(again.equals(broken)).toBe(false);
      expect(again.length).toBeGreaterThan(sound.length / 2);
    }
  });

  it('is summed with SHA-256 where node runs without WebAssembly (--jitless), and a damaged one is still refused', () => {
    const root = tempDir();
    const jitless = { NODE_OPTIONS: '--jitless' };
    const first = run(root, jitless);
    expect(first.status).toBe(0);
    const core = coreCache(root)!;
    const sound = readFileSync(core);
    expect(sound.subarray(0, 'plan-v8-cache\n'.length).toString()).toBe('plan-v8-cache\n');
    expect(run(root, jitless)).toEqual(first);
    expect(readFileSync(core).equals(sound)).toBe(true);
    const damaged = Buffer.from(sound);
    damaged[damaged.length >> 1]! ^= 0xff;
    writeFileSync(core, damaged);
    expect(run(root, jitless)).toEqual(first);
    expect(readFileSync(core).equals(damaged)).toBe(false);
    // With WebAssembly, the same run sums its own cache (another, for node's other options) with sum64.
    expect(run(root).stdout).toBe(first.stdout);
    expect(cacheFiles(root).map((file) => readFileSync(file).subarray(0, 20).toString()).filter((head) => head.startsWith('plan-v8-cache sum64\n')).length).toBeGreaterThan(0);
  });

  it('is not used for a bundle file changed in place, even to the same length and time', () => {
    // A copy of the program of its own, so that its bundle can be edited.
    const program = tempDir();
    for (const part of ['bin', 'dist/bin', 'dist/kinds-cache', 'kinds', 'package.json']) cpSync(join(ROOT, part), join(program, part), { recursive: true });
    const root = tempDir();
    const say = () => spawnSync(process.execPath, [join(program, 'bin', 'plan.js'), 'validate', '--lang', 'en', examplePath('esf-ansokan')], { encoding: 'utf8', env: { PATH: process.env.PATH, NODE_COMPILE_CACHE: root, NO_COLOR: '1' }, timeout: 30_000 });
    expect(say().stdout).toContain('No problems in 1 file');
    expect(say().stdout).toContain('No problems in 1 file');
    const core = join(program, 'dist', 'bin', 'core.cjs');
    const before = statSync(core);
    const text = readFileSync(core, 'utf8');
    expect(text).toContain('"No problems in {files}"');
    // The same length, and its modification time set back: only the change time tells.
    writeFileSync(core, text.replace('"No problems in {files}"', '"No PROBLEMS in {files}"'));
    utimesSync(core, before.atime, before.mtime);
    expect(statSync(core).size).toBe(before.size);
    expect(say().stdout).toContain('No PROBLEMS in 1 file');
  });

  it('writes nothing when switched off, or into a folder others may write to or that it may not make', () => {
    const off = tempDir();
    expect(run(off, { NODE_DISABLE_COMPILE_CACHE: '1' }).status).toBe(0);
    expect(cacheFiles(off)).toEqual([]);

    const shared = tempDir();
    mkdirSync(join(shared, 'plan-yaml'));
    chmodSync(join(shared, 'plan-yaml'), 0o777);
    expect(run(shared).status).toBe(0);
    expect(cacheFiles(shared)).toEqual([]);

    // NODE_COMPILE_CACHE's folder is made, as Node makes it, in a folder that is there; but only that
    // folder: neither a path of missing folders, nor a missing TMPDIR, nor one under /proc.
    const fresh = join(tempDir(), 'compile-cache');
    expect(run(fresh).status).toBe(0);
    expect(coreCache(fresh)).toBeDefined();
    const missing = join(tempDir(), 'no-such-folder');
    expect(run(join(missing, 'cache')).status).toBe(0);
    expect(existsSync(missing)).toBe(false);
    expect(run(undefined, { TMPDIR: missing }).status).toBe(0);
    expect(existsSync(missing)).toBe(false);
    if (existsSync('/proc/self')) for (const place of ['/proc', '/proc/self']) expect(run(undefined, { TMPDIR: place })).toMatchObject({ status: 0, stderr: '' });

    // A link in the cache folder's place, as another user could leave one in the temp folder.
    const linked = tempDir();
    const elsewhere = tempDir();
    symlinkSync(elsewhere, join(linked, 'plan-yaml'));
    expect(run(linked).status).toBe(0);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('removes caches no run has used for a week, and other builds\' but the newest two, when it writes one', () => {
    const root = tempDir();
    const folder = join(root, 'plan-yaml');
    mkdirSync(folder, { mode: 0o700 });
    const week = 8 * 24 * 60 * 60;
    const old = ['core-validate-00000000000000000000000000000000.v8', 'core-render-11111111111111111111111111111111.v8', 'core-22222222222222222222222222222222.v8', 'core-validate-33.v8.123.abc.tmp'];
    const recent = 'core-kinds-44444444444444444444444444444444.v8';
    for (const name of [...old, recent]) writeFileSync(join(folder, name), 'x');
    for (const name of old) utimesSync(join(folder, name), Date.now() / 1000 - week, Date.now() / 1000 - week);
    // Other builds' caches of the same file and command, used in the last days: the newest two are kept.
    const builds = ['a', 'b', 'c', 'd'].map((letter) => `core-validate-${letter.repeat(32)}.v8`);
    builds.forEach((name, i) => {
      writeFileSync(join(folder, name), 'x');
      utimesSync(join(folder, name), Date.now() / 1000 - (i + 1) * 3600, Date.now() / 1000 - (i + 1) * 3600);
    });
    expect(run(root).status).toBe(0);
    const left = readdirSync(folder);
    for (const name of old) expect(left).not.toContain(name);
    expect(left).toContain(recent);
    expect(left.filter((name) => builds.includes(name)).sort()).toEqual(builds.slice(0, 2));
    expect(left.filter((name) => /^core-validate-[0-9a-f]{32}\.v8$/.test(name) && !builds.includes(name))).toHaveLength(1);
  });
});
