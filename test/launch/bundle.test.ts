import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edited, example, ROOT, tempDir, writeTemp } from '../helpers/fixtures.js';

/**
 * The program runs from its bundle (dist/bin/), written with every letter outside ASCII escaped
 * (scripts/bundle.mjs) because a 1 MB file with one "å" in it is slower to load. The escaping must
 * change nothing a user sees: the bundle says, letter for letter, what the unbundled program says.
 */
const BUNDLE = join(ROOT, 'dist', 'bin');
const built = existsSync(join(BUNDLE, 'plan.cjs'));

const bundled = (args: readonly string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'plan.js'), ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' }, timeout: 60_000 });
const unbundled = (args: readonly string[]) =>
  spawnSync(process.execPath, ['--input-type=module', '-e', `const { main } = await import(${JSON.stringify(join(ROOT, 'dist', 'cli', 'main.js'))}); process.exitCode = await main(${JSON.stringify(args)});`], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, NO_COLOR: '1' },
    timeout: 60_000,
  });

if (!built) console.warn('bundle: skipped: dist/bin/ is not built; run npm run build');

describe.skipIf(!built)('the bundle', { timeout: 120_000 }, () => {
  it('is ASCII through and through', () => {
    for (const name of readdirSync(BUNDLE).filter((file) => file.endsWith('.cjs'))) {
      const text = readFileSync(join(BUNDLE, name), 'latin1');
      const first = text.search(/[^\x00-\x7f]/);
      expect(first, `${name} has a byte outside ASCII at ${first}: ${JSON.stringify(text.slice(Math.max(0, first - 30), first + 10))}`).toBe(-1);
    }
  });

  it('prints Swedish and Norwegian messages letter for letter as the unbundled program does', () => {
    const dir = tempDir();
    let plan = edited(example('esf-ansokan'), 'period: { start: 2026-03-01, end: 2028-06-30 }', 'period: { start: 2026-03-01, end: 31 februari 2028 }');
    plan = edited(plan, 'when: mars 2026,', 'when: märz 2026,');
    const file = writeTemp('ansokan.yaml', plan, dir);
    for (const lang of ['sv', 'nb', 'en']) {
      const args = ['validate', '--lang', lang, file];
      const fromBundle = bundled(args);
      const fromModules = unbundled(args);
      expect(fromBundle.status).toBe(1);
      expect(fromBundle.stdout).toBe(fromModules.stdout);
      expect(fromBundle.stderr).toBe(fromModules.stderr);
    }
    expect(bundled(['validate', '--lang', 'sv', file]).stdout).toMatch(/[åäö]/);
    const starter = ['init', 'prosjektplan', '-'];
    expect(bundled(starter).stdout).toBe(unbundled(starter).stdout);
    expect(bundled(starter).stdout).toMatch(/[æøå]/);
  });
});
