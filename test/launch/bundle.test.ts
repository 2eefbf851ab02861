import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edited, example, ROOT, tempDir, writeTemp } from '../helpers/fixtures.js';
import { seededRandom } from '../helpers/random.js';

/**
 * The program runs from its bundle (dist/bin/), written with every letter outside ASCII escaped
 * (scripts/bundle.mjs) because a 1 MB file with one "å" in it is slower to load. The escaping must
 * change nothing a user sees: the bundle says, letter for letter, what the unbundled program says.
 * Nor must the bundle's yaml, which is yaml's ES module build where the unbundled program has its
 * CommonJS build for node.
 */
const BUNDLE = join(ROOT, 'dist', 'bin');
const built = existsSync(join(BUNDLE, 'plan.cjs'));

const bundled = (args: readonly string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'plan.js'), ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' }, timeout: 60_000, maxBuffer: 1 << 28 });
const unbundled = (args: readonly string[]) =>
  spawnSync(process.execPath, ['--input-type=module', '-e', `const { main } = await import(${JSON.stringify(join(ROOT, 'dist', 'cli', 'main.js'))}); process.exitCode = await main(${JSON.stringify(args)});`], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, NO_COLOR: '1' },
    timeout: 60_000,
    maxBuffer: 1 << 28,
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

  it('reads broken and odd YAML as the unbundled program does, over 600 plans with YAML\'s marks put in, taken out and lines repeated, and YAML\'s tags on every kind of value', () => {
    const next = seededRandom(59);
    const examples = readdirSync(join(ROOT, 'examples')).filter((name) => name.endsWith('.yaml')).map((name) => readFileSync(join(ROOT, 'examples', name), 'utf8'));
    const marks = ['? ', ': ', '- ', '"', "'", '&a ', '*a', '!!str ', '!!binary ', '!!timestamp ', '!!set ', '!foo ', '#', '{', '}', '[', ']', ',', '|', '>', '\t', '\n', '%YAML 1.1\n', '---\n', '...\n', '0x1F', '1e3', '2024-01-01', '~', 'yes', '\u2028', '\\', '<<: *a\n', '? [a, b]\n: x\n'];
    const dir = tempDir();
    for (let i = 0; i < 600; i++) {
      let text = examples[Math.floor(next() * examples.length)]!;
      for (let change = 0, changes = 1 + Math.floor(next() * 4); change < changes; change++) {
        const at = Math.floor(next() * text.length);
        const how = next();
        if (how < 0.4) text = text.slice(0, at) + marks[Math.floor(next() * marks.length)] + text.slice(at);
        else if (how < 0.7) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 5));
        else {
          const lines = text.split('\n');
          lines.splice(Math.floor(next() * lines.length), 0, lines[Math.floor(next() * lines.length)]!);
          text = lines.join('\n');
        }
      }
      writeFileSync(join(dir, `plan-${i}.yaml`), text);
    }
    // And each of YAML's own tags on values of each kind, where a build could read one otherwise.
    const tags = ['!!binary', '!!timestamp', '!!set', '!!omap', '!!pairs', '!!int', '!!float', '!!bool', '!!null', '!!str', '!!map', '!!seq'];
    const values = ['Hej då', 'aGVsbG8=', '2024-01-01', '2024-01-01T10:00:00+01:00', '{ a, b }', '[a: 1, b: 2]', '12', '0x1F', 'yes'];
    tags.forEach((tag, i) => values.forEach((value, j) => writeFileSync(join(dir, `tag-${i}-${j}.yaml`), `${example('projektbeskrivning')}extra: ${tag} ${value}\n`)));
    const args = ['validate', '--format', 'json', '--concurrency', 'off', dir];
    const fromBundle = bundled(args);
    expect(fromBundle.stderr).toBe('');
    // A few are no longer plans at all (no kind left), and are not reported.
    expect(JSON.parse(fromBundle.stdout).summary.files).toBeGreaterThan(550);
    expect(fromBundle.stdout).toBe(unbundled(args).stdout);
  });
});
