import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { edited, example, ROOT, tempDir } from '../helpers/fixtures.js';

/** A repository of plans with its own kind and a .planrc.yaml, one plan sound and one with a wrong sum and unbalanced financing. */
function repository(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'forms'));
  cpSync(join(ROOT, 'examples', 'kinds', 'sluttrapport'), join(dir, 'forms', 'sluttrapport'), { recursive: true });
  writeFileSync(join(dir, '.planrc.yaml'), 'kinds: [forms]\nrules:\n  report/date-after-period: off\n');
  const example = readFileSync(join(dir, 'forms', 'sluttrapport', 'example.yaml'), 'utf8');
  mkdirSync(join(dir, 'plans'));
  writeFileSync(join(dir, 'plans', 'ok.yaml'), example);
  writeFileSync(join(dir, 'plans', 'broken.yaml'), edited(example, '      actual: 61900', '      actual: 61000'));
  return dir;
}

const run = (dir: string, ...args: string[]) => runCli(['validate', 'plans', '--lang', 'en', '--concurrency', 'off', ...args], {}, { cwd: dir });
const rulesOf = (stdout: string, file: string) => (JSON.parse(stdout) as { files: { file: string; diagnostics: { ruleId: string }[] }[] }).files.find((f) => f.file.endsWith(file))!.diagnostics.map((d) => d.ruleId).sort();

/** The run with the cache and one without it print the same, and exit the same. */
async function expectSameAsFresh(dir: string, ...args: string[]) {
  const cached = await run(dir, '--cache', ...args);
  const fresh = await run(dir, ...args);
  expect(cached.stdout).toBe(fresh.stdout);
  expect(cached.code).toBe(fresh.code);
  expect(cached.stderr).toBe('');
  return cached;
}

describe('plan validate --cache', () => {
  it('prints what a run without it prints, in json, stylish and sarif, on the first run and the next', async () => {
    const dir = repository();
    for (const format of ['json', 'stylish', 'sarif']) {
      const first = await expectSameAsFresh(dir, '-f', format);
      expect(first.code).toBe(1);
      await expectSameAsFresh(dir, '-f', format);
    }
    expect(readdirSync(dir)).toContain('.plancache');
    // Written whole: no temporary file is left beside it.
    expect(readdirSync(dir).filter((name) => name.includes('.tmp'))).toEqual([]);
  });

  it('takes an unchanged plan\'s outcome from the cache instead of checking it again', async () => {
    const dir = repository();
    await run(dir, '--cache', '-f', 'json');
    const path = join(dir, '.plancache');
    const cache = JSON.parse(readFileSync(path, 'utf8')) as { entries: Record<string, { outcome: { report: { diagnostics: { message: string }[] } } }> };
    const entry = Object.entries(cache.entries).find(([file]) => file.endsWith('broken.yaml'))![1];
    // A well-formed cache is believed: what it holds for the unchanged plan is what is printed.
    entry.outcome.report.diagnostics[0]!.message = 'from the cache';
    writeFileSync(path, JSON.stringify(cache));
    const warm = await run(dir, '--cache', '-f', 'json');
    expect(warm.stdout).toContain('from the cache');
    expect(warm.stdout).not.toBe((await run(dir, '-f', 'json')).stdout);
  });

  it('checks a changed plan again', async () => {
    const dir = repository();
    await run(dir, '--cache', '-f', 'json');
    const broken = join(dir, 'plans', 'broken.yaml');
    writeFileSync(broken, edited(readFileSync(broken, 'utf8'), '      actual: 61000', '      actual: 61900'));
    const after = await expectSameAsFresh(dir, '-f', 'json');
    expect(rulesOf(after.stdout, 'broken.yaml')).toEqual([]);
  });

  it('checks the plans of a changed kind file again', async () => {
    const dir = repository();
    const before = await run(dir, '--cache', '-f', 'json');
    expect(rulesOf(before.stdout, 'broken.yaml')).toContain('financing/equals-accounts');
    const kindFile = join(dir, 'forms', 'sluttrapport', 'kind.yaml');
    writeFileSync(kindFile, edited(readFileSync(kindFile, 'utf8'), /  - use: equals\n    id: financing\/equals-accounts\n(    .*\n){2}/, ''));
    const after = await expectSameAsFresh(dir, '-f', 'json');
    expect(rulesOf(after.stdout, 'broken.yaml')).not.toContain('financing/equals-accounts');
  });

  it('checks again when the configuration or the options change', async () => {
    const dir = repository();
    await run(dir, '--cache', '-f', 'json');
    writeFileSync(join(dir, '.planrc.yaml'), 'kinds: [forms]\nrules:\n  report/date-after-period: off\n  financing/equals-accounts: off\n');
    const after = await expectSameAsFresh(dir, '-f', 'json');
    expect(rulesOf(after.stdout, 'broken.yaml')).not.toContain('financing/equals-accounts');
    // Another language is another setting: the messages come in it, not from the English run's cache.
    const swedish = await runCli(['validate', 'plans', '--lang', 'sv', '--cache', '-f', 'json'], {}, { cwd: dir });
    expect(swedish.stdout).toBe((await runCli(['validate', 'plans', '--lang', 'sv', '-f', 'json'], {}, { cwd: dir })).stdout);
  });

  it('checks a plan again when a picture it names is removed or put back', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'plans'));
    writeFileSync(join(dir, 'plans', 'plan.yaml'), edited(example('prosjektplan'), /^kind: prosjektplan$/m, 'kind: prosjektplan\nlogo: logo.png'));
    // The first bytes of a PNG are all validate looks at.
    const logo = join(dir, 'plans', 'logo.png');
    writeFileSync(logo, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const before = await expectSameAsFresh(dir, '-f', 'json');
    rmSync(logo);
    const without = await expectSameAsFresh(dir, '-f', 'json');
    expect(without.stdout).not.toBe(before.stdout);
    expect(without.stdout).toContain('logo.png');
    writeFileSync(logo, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    expect((await expectSameAsFresh(dir, '-f', 'json')).stdout).toBe(before.stdout);
  });

  it('ignores a damaged cache with a note, and replaces it', async () => {
    const dir = repository();
    const fresh = await run(dir, '-f', 'json');
    const path = join(dir, '.plancache');
    for (const damage of ['{"format":"plan-cache/1","program":', '{"format":"plan-cache/1","program":"x","entries":{"/a.yaml":{"hash":1}}}', '[]']) {
      writeFileSync(path, damage);
      const result = await run(dir, '--cache', '-f', 'json');
      expect(result.stdout).toBe(fresh.stdout);
      expect(result.stderr).toMatch(/^plan: the cache .*\.plancache cannot be read \(.+\); every plan is checked afresh\n$/);
      expect(() => JSON.parse(readFileSync(path, 'utf8'))).not.toThrow();
    }
  });

  it('keeps its file where --cache-location says, a folder meaning .plancache in it', async () => {
    const dir = repository();
    mkdirSync(join(dir, 'tmp'));
    await run(dir, '--cache', '--cache-location', 'tmp', '-f', 'json');
    await run(dir, '--cache', '--cache-location', 'cache.json', '-f', 'json');
    expect(readdirSync(join(dir, 'tmp'))).toEqual(['.plancache']);
    expect(readdirSync(dir)).toContain('cache.json');
    expect(readdirSync(dir)).not.toContain('.plancache');
  });

  it('never writes over a plan named as its location', async () => {
    const dir = repository();
    const plan = join(dir, 'plans', 'ok.yaml');
    const text = readFileSync(plan, 'utf8');
    const fresh = await run(dir, '-f', 'json');
    const result = await run(dir, '--cache', '--cache-location', join('plans', 'ok.yaml'), '-f', 'json');
    expect(readFileSync(plan, 'utf8')).toBe(text);
    expect(result.stdout).toBe(fresh.stdout);
    expect(result.stderr).toMatch(/^plan: the cache .*ok\.yaml is one of the plans being checked; it is neither read nor written, and every plan is checked\n$/);
  });

  it('makes the folders of a location that does not exist yet, as ESLint does', async () => {
    const dir = repository();
    const fresh = await run(dir, '-f', 'json');
    const first = await run(dir, '--cache', '--cache-location', join('node_modules', '.cache', 'plan') + '/', '-f', 'json');
    expect(first.stderr).toBe('');
    expect(readdirSync(join(dir, 'node_modules', '.cache', 'plan'))).toEqual(['.plancache']);
    const second = await run(dir, '--cache', '--cache-location', join('node_modules', '.cache', 'plan') + '/', '-f', 'json');
    expect(second.stdout).toBe(fresh.stdout);
  });

  it('says so when the cache cannot be written, and the run\'s result stands', async () => {
    const dir = repository();
    writeFileSync(join(dir, 'not-a-folder'), '');
    const fresh = await run(dir, '-f', 'json');
    const result = await run(dir, '--cache', '--cache-location', join('not-a-folder', 'cache.json'), '-f', 'json');
    expect(result.stdout).toBe(fresh.stdout);
    expect(result.code).toBe(fresh.code);
    expect(result.stderr).toMatch(/^plan: the cache .*cache\.json could not be written \(ENOTDIR\); the next run checks every plan again\n$/);
    expect(readFileSync(join(dir, 'not-a-folder'), 'utf8')).toBe('');
  });
});
