import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, chmodSync, cpSync, existsSync, lstatSync, renameSync, symlinkSync, utimesSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { edited, example, ROOT, tempDir } from '../helpers/fixtures.js';

const WHOLE = { line: 1, column: 1, endLine: 1, endColumn: 1 };

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

// The built program, for runs that need a process of their own (the tests run from source; CI builds first).
const built = existsSync(join(ROOT, 'bin', 'plan.js')) && existsSync(join(ROOT, 'dist', 'bin', 'core.cjs'));

const run = (dir: string, ...args: string[]) => runCli(['validate', 'plans', '--lang', 'en', '--concurrency', 'off', ...args], {}, { cwd: dir });
const rulesOf = (stdout: string, file: string) => (JSON.parse(stdout) as { files: { file: string; diagnostics: { ruleId: string }[] }[] }).files.find((f) => f.file.endsWith(file))!.diagnostics.map((d) => d.ruleId).sort();

interface CacheData { program: string; entries: Record<string, { outcome: { report: { text?: unknown; diagnostics: Record<string, unknown>[] } } }> }

/** A cache file's contents: a line with the format and the SHA-1 of the rest, then JSON. */
function readCache(path: string): CacheData {
  const text = readFileSync(path, 'utf8');
  const newline = text.indexOf('\n');
  const [format, sum] = text.slice(0, newline).split(' ');
  expect(format).toBe('plan-cache/2');
  expect(createHash('sha1').update(text.slice(newline + 1)).digest('base64')).toBe(sum);
  return JSON.parse(text.slice(newline + 1)) as CacheData;
}

/** Writes a cache as plan would: with its sum right, so that only its contents can be wrong. */
function writeCache(path: string, data: CacheData): void {
  const body = JSON.stringify(data);
  writeFileSync(path, `plan-cache/2 ${createHash('sha1').update(body).digest('base64')}\n${body}`);
}

/** Gives every entry of the cache a problem of its own making: a run that prints it took the entry. */
function plantInCache(path: string): void {
  const cache = readCache(path);
  for (const [file, entry] of Object.entries(cache.entries)) entry.outcome.report.diagnostics = [{ ...WHOLE, ruleId: 'planted/x', severity: 'error', message: 'planted', file, pointer: '' }];
  writeCache(path, cache);
}

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
    const cache = readCache(path);
    const entry = Object.entries(cache.entries).find(([file]) => file.endsWith('broken.yaml'))![1];
    // A well-formed cache is believed: what it holds for the unchanged plan is what is printed.
    entry.outcome.report.diagnostics[0]!.message = 'from the cache';
    writeCache(path, cache);
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

  describe.runIf(built)('a kind with a rules module, each run in a process of its own as a user\'s (a module, once loaded, stays loaded in its process)', () => {
    /** A repository whose kind `course` has a rules module at forms/course/lib/rules.js, importing a limit and a word. */
    function courseRepository(): string {
      const dir = tempDir();
      mkdirSync(join(dir, 'forms', 'course', 'lib'), { recursive: true });
      mkdirSync(join(dir, 'shared'));
      writeFileSync(join(dir, '.planrc.yaml'), 'kinds: [forms]\n');
      writeFileSync(join(dir, 'forms', 'course', 'kind.yaml'), 'id: course\nlang: en\ntitle: Course plan\ndescription: A course plan.\nmodule: lib/rules.js\nfields:\n  weeks: { type: integer, label: Length in weeks }\n');
      writeFileSync(join(dir, 'forms', 'course', 'lib', 'rules.js'), [
        "import { LIMIT } from '../../../shared/limit.js';",
        "import { word } from './word.js';",
        'export const rules = [{ id: "period/weeks", severity: "error", description: "At most LIMIT weeks.",',
        '  check(plan, { report }) { if (plan.weeks > LIMIT) report({ pointer: "/weeks", message: `${word} ${plan.weeks} > ${LIMIT}` }); } }];',
        '',
      ].join('\n'));
      writeFileSync(join(dir, 'forms', 'course', 'lib', 'word.js'), "export const word = 'Too many weeks:';\n");
      writeFileSync(join(dir, 'shared', 'limit.js'), 'export const LIMIT = 20;\n');
      mkdirSync(join(dir, 'plans'));
      writeFileSync(join(dir, 'plans', 'c.yaml'), 'kind: course\nweeks: 12\n');
      return dir;
    }
    const cli = (dir: string, ...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'plan.js'), 'validate', 'plans', '--lang', 'en', '-f', 'json', ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    /** The plan's messages with --cache, which must be those of a run without it. */
    const messages = (dir: string) => {
      const cached = cli(dir, '--cache');
      expect(cached.stdout).toBe(cli(dir).stdout);
      expect(cached.stderr).toBe('');
      return (JSON.parse(cached.stdout) as { files: { diagnostics: { message: string }[] }[] }).files[0]!.diagnostics.map((d) => d.message);
    };
    /** Whether the next run takes the plan's outcome from the cache: what is planted in it is printed. */
    const takesFromCache = (dir: string) => {
      plantInCache(join(dir, '.plancache'));
      return cli(dir, '--cache').stdout.includes('planted');
    };

    it('checks its plans again when the module, a file beside it or a file it imports changes', () => {
      const dir = courseRepository();
      expect(messages(dir)).toEqual([]);
      // The file the module imports from outside the kind's folder.
      writeFileSync(join(dir, 'shared', 'limit.js'), 'export const LIMIT = 10;\n');
      expect(messages(dir)).toEqual(['Too many weeks: 12 > 10']);
      // A file in a folder below the kind's.
      writeFileSync(join(dir, 'forms', 'course', 'lib', 'word.js'), "export const word = 'Weeks:';\n");
      expect(messages(dir)).toEqual(['Weeks: 12 > 10']);
    });

    it('follows imports from where a module that is a link really is, as Node does', () => {
      const dir = courseRepository();
      writeFileSync(join(dir, 'shared', 'rules.js'), readFileSync(join(dir, 'forms', 'course', 'lib', 'rules.js'), 'utf8').replace('../../../shared/limit.js', './limit.js').replace('./word.js', '../forms/course/lib/word.js'));
      rmSync(join(dir, 'forms', 'course', 'lib', 'rules.js'));
      symlinkSync(join('..', '..', '..', 'shared', 'rules.js'), join(dir, 'forms', 'course', 'lib', 'rules.js'));
      expect(messages(dir)).toEqual([]);
      writeFileSync(join(dir, 'shared', 'limit.js'), 'export const LIMIT = 10;\n');
      expect(messages(dir)).toEqual(['Too many weeks: 12 > 10']);
    });

    it('walks a folder that links back to itself once, passes over links that lead nowhere, and still takes unchanged plans from the cache', () => {
      const dir = courseRepository();
      for (let i = 0; i < 10; i++) symlinkSync('.', join(dir, 'forms', 'course', 'lib', `loop${i}`));
      symlinkSync('missing.js', join(dir, 'forms', 'course', 'lib', 'dangling.js'));
      // A link to itself cannot be followed at all; the files after it are still watched.
      symlinkSync('self', join(dir, 'forms', 'course', 'lib', 'self'));
      expect(messages(dir)).toEqual([]);
      expect(takesFromCache(dir)).toBe(true);
      writeFileSync(join(dir, 'shared', 'limit.js'), 'export const LIMIT = 10;\n');
      writeFileSync(join(dir, 'forms', 'course', 'lib', 'word.js'), "export const word = 'Weeks:';\n");
      expect(messages(dir)).toEqual(['Weeks: 12 > 10']);
    });

    /** A run with the cache and one without print the same and exit the same: the output of the one with. */
    const same = (dir: string) => {
      const cached = cli(dir, '--cache');
      const fresh = cli(dir);
      expect(cached.stdout).toBe(fresh.stdout);
      expect(cached.status).toBe(fresh.status);
      return cached;
    };
    const kindFile = (dir: string) => join(dir, 'forms', 'course', 'kind.yaml');

    it('watches the module and templates the kind file names, outside its folder or with a name the walk passes over', () => {
      const dir = courseRepository();
      const rules = readFileSync(join(dir, 'forms', 'course', 'lib', 'rules.js'), 'utf8');
      writeFileSync(join(dir, 'shared', 'rules.js'), rules.replace('../../../shared/limit.js', './limit.js').replace('./word.js', '../forms/course/lib/word.js'));
      writeFileSync(kindFile(dir), readFileSync(kindFile(dir), 'utf8').replace('module: lib/rules.js', 'module: ../../shared/rules.js\ntemplates: { en: ../../shared/en.md.hbs }'));
      writeFileSync(join(dir, 'shared', 'en.md.hbs'), '# Course\n\n{{weeks}} weeks\n');
      expect(same(dir).status).toBe(0);
      writeFileSync(join(dir, 'shared', 'rules.js'), readFileSync(join(dir, 'shared', 'rules.js'), 'utf8').replace('plan.weeks > LIMIT', 'plan.weeks > 5'));
      expect(same(dir).stdout).toContain('Too many weeks: 12 > 20');
      // A template naming a field the kind lacks makes the kind unusable.
      writeFileSync(join(dir, 'shared', 'en.md.hbs'), '# Course\n\n{{weekz}} weeks\n');
      expect(same(dir).status).toBe(2);
      // A module whose name begins with a dot.
      writeFileSync(join(dir, 'shared', 'en.md.hbs'), '# Course\n\n{{weeks}} weeks\n');
      writeFileSync(join(dir, 'forms', 'course', '.rules.js'), readFileSync(join(dir, 'shared', 'rules.js'), 'utf8').replace('./limit.js', '../../shared/limit.js').replace('../forms/course/lib/word.js', './lib/word.js'));
      writeFileSync(kindFile(dir), readFileSync(kindFile(dir), 'utf8').replace('module: ../../shared/rules.js', 'module: .rules.js'));
      expect(same(dir).stdout).toContain('Too many weeks');
      writeFileSync(join(dir, 'forms', 'course', '.rules.js'), readFileSync(join(dir, 'forms', 'course', '.rules.js'), 'utf8').replace('plan.weeks > 5', 'plan.weeks > 50'));
      expect(same(dir).stdout).not.toContain('Too many weeks');
    });

    it('checks a plan with a plan-disable comment again when any kind\'s rules change: the comment may name another kind\'s rule', () => {
      const dir = courseRepository();
      mkdirSync(join(dir, 'forms', 'other'));
      writeFileSync(join(dir, 'forms', 'other', 'kind.yaml'), 'id: other\nlang: en\ntitle: Other\ndescription: Another kind.\nmodule: rules.js\nfields:\n  n: { type: integer, label: N }\n');
      const otherRules = (id: string) => `export const rules = [{ id: "${id}", severity: "error", description: "Nothing.", check() {} }];\n`;
      writeFileSync(join(dir, 'forms', 'other', 'rules.js'), otherRules('other/x'));
      writeFileSync(join(dir, 'plans', 'c.yaml'), 'kind: course\n# plan-disable-next-line other/x\nweeks: 12\n');
      const first = same(dir).stdout;
      writeFileSync(join(dir, 'forms', 'other', 'rules.js'), otherRules('other/y'));
      expect(same(dir).stdout).not.toBe(first);
    });

    it('answers a plan that cannot be read in the language of the kind it names, after that kind changes', () => {
      const dir = courseRepository();
      writeFileSync(join(dir, 'plans', 'c.yaml'), 'kind: course\nweeks: [1, 2\n');
      const english = same(dir).stdout;
      writeFileSync(kindFile(dir), readFileSync(kindFile(dir), 'utf8').replace('lang: en', 'lang: sv'));
      const swedish = spawnSync(process.execPath, [join(ROOT, 'bin', 'plan.js'), 'validate', 'plans', '-f', 'json', '--cache'], { cwd: dir, encoding: 'utf8' });
      expect(swedish.stdout).toBe(spawnSync(process.execPath, [join(ROOT, 'bin', 'plan.js'), 'validate', 'plans', '-f', 'json'], { cwd: dir, encoding: 'utf8' }).stdout);
      expect(swedish.stdout).not.toBe(english);
    });

    it('says so, and checks its plans every time, when a kind folder holds more files than are watched', () => {
      const dir = courseRepository();
      mkdirSync(join(dir, 'forms', 'course', 'pictures'));
      for (let i = 0; i <= 5000; i++) writeFileSync(join(dir, 'forms', 'course', 'pictures', `p${i}.txt`), '');
      const first = cli(dir, '--cache');
      expect(first.stderr).toMatch(/^plan: the kind folder .*course holds more than 5000 files and folders, more than --cache watches; its plans are checked on every run\n$/);
      expect(takesFromCache(dir)).toBe(false);
    });
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

  it('knows a picture by its bytes: one written again unchanged, as a fresh checkout does, keeps the plan\'s outcome', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'plans'));
    writeFileSync(join(dir, 'plans', 'plan.yaml'), edited(example('prosjektplan'), /^kind: prosjektplan$/m, 'kind: prosjektplan\nlogo: logo.png'));
    const logo = join(dir, 'plans', 'logo.png');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    writeFileSync(logo, png);
    await run(dir, '--cache', '-f', 'json');
    plantInCache(join(dir, '.plancache'));
    // Another inode and another time, the same bytes.
    rmSync(logo);
    writeFileSync(logo, png);
    utimesSync(logo, new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect((await run(dir, '--cache', '-f', 'json')).stdout).toContain('planted');
    writeFileSync(logo, Buffer.concat([png, Buffer.from([0])]));
    expect((await run(dir, '--cache', '-f', 'json')).stdout).not.toContain('planted');
  });

  it('knows a picture by where it really is, and one that is not there from one that cannot be read', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'plans'));
    mkdirSync(join(dir, 'outside'));
    writeFileSync(join(dir, 'plans', 'plan.yaml'), edited(example('prosjektplan'), /^kind: prosjektplan$/m, 'kind: prosjektplan\nlogo: logo.png'));
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    writeFileSync(join(dir, 'plans', 'real.png'), png);
    writeFileSync(join(dir, 'outside', 'real.png'), png);
    const logo = join(dir, 'plans', 'logo.png');
    symlinkSync('real.png', logo);
    const inside = await expectSameAsFresh(dir, '-f', 'json');
    // The same bytes, outside the plan's folder.
    rmSync(logo);
    symlinkSync(join('..', 'outside', 'real.png'), logo);
    expect((await expectSameAsFresh(dir, '-f', 'json')).stdout).not.toBe(inside.stdout);
    rmSync(logo);
    const missing = await expectSameAsFresh(dir, '-f', 'json');
    symlinkSync('logo.png', logo); // a link to itself: there, but not to be read
    expect((await expectSameAsFresh(dir, '-f', 'json')).stdout).not.toBe(missing.stdout);
  });

  it.runIf(built)('keeps its entries for the same build of plan installed afresh, as a CI job installs it, and drops them for a rebuild', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'plans'));
    writeFileSync(join(dir, 'plans', 'plan.yaml'), example('kompetensstegen-d'));
    // A copy of the program as npm lays it out: its files new, with new times and inodes.
    const install = (folder: string) => {
      for (const part of ['bin', join('dist', 'bin'), join('dist', 'kinds-cache'), 'kinds', 'package.json']) cpSync(join(ROOT, part), join(folder, part), { recursive: true });
    };
    const validate = (folder: string, ...args: string[]) => spawnSync(process.execPath, [join(folder, 'bin', 'plan.js'), 'validate', 'plans', '--lang', 'en', '-f', 'json', '--concurrency', 'off', ...args], { cwd: dir, encoding: 'utf8' });
    // Installed where the job installs it each time: its folder's path is the same, its files are new.
    const installed = join(tempDir(), 'node_modules', 'plan-yaml');
    install(installed);
    expect(validate(installed, '--cache').stderr).toBe('');
    plantInCache(join(dir, '.plancache'));
    // Copied beside the first before it goes, so that its files cannot take the first's inodes.
    const beside = join(dirname(installed), 'next');
    install(beside);
    rmSync(installed, { recursive: true });
    renameSync(beside, installed);
    expect(validate(installed, '--cache').stdout).toContain('planted');
    // A rebuild with a change.
    appendFileSync(join(installed, 'dist', 'bin', 'core.cjs'), '\n// rebuilt\n');
    const rebuilt = validate(installed, '--cache');
    expect(rebuilt.stdout).not.toContain('planted');
    expect(rebuilt.stdout).toBe(validate(installed).stdout);
  });

  it('ignores a damaged cache with a note, and replaces it', async () => {
    const dir = repository();
    const fresh = await run(dir, '-f', 'json');
    const path = join(dir, '.plancache');
    await run(dir, '--cache', '-f', 'json');
    const sound = readFileSync(path, 'utf8');
    const cache = readCache(path);
    const damages: Record<string, string> = {
      truncated: sound.slice(0, sound.length - 40),
      'a byte changed': sound.replace('"ruleId":"', '"ruleId":"x'),
      'no sum': 'plan-cache/2\n' + sound.slice(sound.indexOf('\n') + 1),
      'not JSON, with the sum right': `plan-cache/2 ${createHash('sha1').update('x\u001b[2J\n{').digest('base64')}\nx\u001b[2J\n{`,
    };
    // Contents of the wrong types, with the sum made right: a hand-made cache is no more trusted.
    type Outcome = CacheData['entries'][string]['outcome'] & Record<string, unknown>;
    const changes: Record<string, (outcome: Outcome) => void> = {
      'a text that is a number': (outcome) => (outcome.report.text = 5),
      'a hint that is an object': (outcome) => (outcome.report.diagnostics[0]!.hint = { a: 1 }),
      'a line that is text': (outcome) => (outcome.report.diagnostics[0]!.line = '3'),
      'a language plan has not': (outcome) => (outcome.lang = 'xx'),
    };
    for (const [name, change] of Object.entries(changes)) {
      const copy = structuredClone(cache);
      change(Object.values(copy.entries).find((entry) => entry.outcome.report.diagnostics.length > 0)!.outcome as Outcome);
      writeCache(path, copy);
      damages[name] = readFileSync(path, 'utf8');
    }
    for (const [name, damage] of Object.entries(damages)) {
      writeFileSync(path, damage);
      const result = await run(dir, '--cache', '-f', 'json');
      expect(result.stdout, name).toBe(fresh.stdout);
      expect(result.code, name).toBe(fresh.code);
      expect(result.stderr, name).toMatch(/^plan: the cache .*\.plancache is damaged \(its checksum or its contents are wrong\); every plan is checked afresh\n$/);
      // Replaced by a sound cache, which the next run takes without a word.
      readCache(path);
      expect((await run(dir, '--cache', '-f', 'json')).stderr, name).toBe('');
    }
  });

  it('replaces the cache of an older format without a word', async () => {
    const dir = repository();
    const fresh = await run(dir, '-f', 'json');
    const path = join(dir, '.plancache');
    writeFileSync(path, '{"format":"plan-cache/1","program":"0.1.0","entries":{}}');
    const result = await run(dir, '--cache', '-f', 'json');
    expect(result.stdout).toBe(fresh.stdout);
    expect(result.stderr).toBe('');
    readCache(path);
  });

  it('leaves a file that is not a plan cache as it is: a template, a rules module, a report', async () => {
    const dir = repository();
    const fresh = await run(dir, '-f', 'json');
    writeFileSync(join(dir, 'report.json'), '{"files":[]}\n');
    const template = readdirSync(join(dir, 'forms', 'sluttrapport')).find((name) => name.endsWith('.hbs'))!;
    for (const location of [join('forms', 'sluttrapport', template), 'report.json']) {
      const before = readFileSync(join(dir, location));
      for (let round = 0; round < 2; round++) {
        const result = await run(dir, '--cache', '--cache-location', location, '-f', 'json');
        expect(result.stdout, location).toBe(fresh.stdout);
        expect(result.stderr, location).toMatch(/^plan: .* is not a plan cache; it is left as it is, and every plan is checked \(name another --cache-location\)\n$/);
      }
      expect(readFileSync(join(dir, location)), location).toEqual(before);
    }
  });

  it('refuses a location ending in .yaml or .yml, which later runs would read as a plan or a configuration', async () => {
    const dir = repository();
    writeFileSync(join(dir, 'other.yaml'), 'kind: riskanalys\n');
    for (const location of ['.planrc.yaml', join('forms', 'sluttrapport', 'kind.yaml'), 'other.yaml', join('plans', 'ok.yaml'), 'new.yml']) {
      const before = existsSync(join(dir, location)) ? readFileSync(join(dir, location)) : undefined;
      const result = await run(dir, '--cache', '--cache-location', location, '-f', 'json');
      expect(result.code, location).toBe(2);
      expect(result.stderr, location).toBe(`plan: --cache-location ${location} ends in .yaml or .yml, so later runs would read the cache as a plan or a configuration; name it otherwise (the default is .plancache)\n`);
      expect(existsSync(join(dir, location)) ? readFileSync(join(dir, location)) : undefined, location).toEqual(before);
    }
  });

  it('neither reads nor writes a device, a pipe or a folder named as its location, and never waits on one', async () => {
    const dir = repository();
    const fresh = await run(dir, '-f', 'json');
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    mkdirSync(join(dir, 'cache', '.plancache'), { recursive: true });
    // A device of the test's own, not /dev/null: were the cache ever renamed over it, it is that which is lost.
    const devices = process.getuid?.() === 0 ? [join(dir, 'null')] : [];
    for (const device of devices) execFileSync('mknod', [device, 'c', '1', '3']);
    for (const location of [...devices, join(dir, 'pipe'), 'cache']) {
      const result = await run(dir, '--cache', '--cache-location', location, '-f', 'json');
      expect(result.stdout, location).toBe(fresh.stdout);
      expect(result.stderr, location).toMatch(/^plan: the cache .* is not a regular file \(a folder, a device or a pipe\); it is neither read nor written, and every plan is checked\n$/);
    }
    for (const device of devices) expect(statSync(device).isCharacterDevice()).toBe(true);
    expect(statSync(join(dir, 'pipe')).isFIFO()).toBe(true);
  });

  it('does not read a file far larger than any cache, nor write over it', async () => {
    const dir = repository();
    const fresh = await run(dir, '-f', 'json');
    const path = join(dir, 'huge');
    writeFileSync(path, '');
    truncateSync(path, 300 * 1024 * 1024); // sparse: no disk is used
    const result = await run(dir, '--cache', '--cache-location', 'huge', '-f', 'json');
    expect(result.stdout).toBe(fresh.stdout);
    expect(result.stderr).toMatch(/^plan: the cache .*huge is 300 MB, larger than any plan cache; it is left as it is, and every plan is checked\n$/);
    expect(statSync(path).size).toBe(300 * 1024 * 1024);
  });

  it('uses a read-only cache but leaves it as it is', async () => {
    const dir = repository();
    const path = join(dir, '.plancache');
    await run(dir, '--cache', '-f', 'json');
    chmodSync(path, 0o444);
    const before = readFileSync(path);
    writeFileSync(join(dir, 'plans', 'ok.yaml'), readFileSync(join(dir, 'plans', 'ok.yaml'), 'utf8') + '\n');
    const result = await run(dir, '--cache', '-f', 'json');
    expect(result.stdout).toBe((await run(dir, '-f', 'json')).stdout);
    expect(result.stderr).toMatch(/^plan: the cache .*\.plancache is read-only: what it holds was used, and what changed is not kept in it\n$/);
    expect(readFileSync(path)).toEqual(before);
  });

  it('says a damaged read-only cache is neither used nor replaced', async () => {
    const dir = repository();
    const path = join(dir, '.plancache');
    writeFileSync(path, 'plan-cache/2 wrong\n{}');
    chmodSync(path, 0o444);
    const result = await run(dir, '--cache', '-f', 'json');
    expect(result.stderr.split('\n')).toEqual([
      expect.stringMatching(/^plan: the cache .*\.plancache is damaged \(its checksum or its contents are wrong\); every plan is checked afresh$/),
      expect.stringMatching(/^plan: the cache .*\.plancache could not be written \(read-only\); the next run checks every plan again$/),
      '',
    ]);
    expect(readFileSync(path, 'utf8')).toBe('plan-cache/2 wrong\n{}');
  });

  it('takes an empty file for a file of the user\'s, and a byte-order mark before a cache for nothing', async () => {
    const dir = repository();
    const fresh = await run(dir, '-f', 'json');
    writeFileSync(join(dir, 'empty'), '');
    const empty = await run(dir, '--cache', '--cache-location', 'empty', '-f', 'json');
    expect(empty.stderr).toMatch(/is not a plan cache; it is left as it is/);
    expect(readFileSync(join(dir, 'empty'), 'utf8')).toBe('');
    await run(dir, '--cache', '-f', 'json');
    const path = join(dir, '.plancache');
    writeFileSync(path, '\ufeff' + readFileSync(path, 'utf8'));
    const marked = await run(dir, '--cache', '-f', 'json');
    expect(marked.stderr).toBe('');
    expect(marked.stdout).toBe(fresh.stdout);
  });

  it('writes through a symbolic link to the cache it leads to', async () => {
    const dir = repository();
    mkdirSync(join(dir, 'caches'));
    symlinkSync(join('caches', 'real'), join(dir, 'link'));
    await run(dir, '--cache', '--cache-location', 'link', '-f', 'json');
    expect(lstatSync(join(dir, 'link')).isSymbolicLink()).toBe(true);
    readCache(join(dir, 'caches', 'real'));
  });

  it('refuses a --cache-location that is also where the report is written', async () => {
    const dir = repository();
    const result = await run(dir, '--cache', '--cache-location', 'out.json', '-f', 'json', '-o', 'out.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('plan: the report is to be written to out.json, the file --cache-location names; name another file for one of them\n');
    expect(readdirSync(dir)).not.toContain('out.json');
    // A report named in --format is the same mistake.
    expect((await run(dir, '--cache', '-f', 'json:.plancache')).code).toBe(2);
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
    // Named explicitly, a plan need not end in .yaml.
    const plan = join(dir, 'plans', 'ok.txt');
    writeFileSync(plan, readFileSync(join(dir, 'plans', 'ok.yaml')));
    const text = readFileSync(plan, 'utf8');
    const named = (...args: string[]) => runCli(['validate', join('plans', 'ok.txt'), '--lang', 'en', '--concurrency', 'off', '-f', 'json', ...args], {}, { cwd: dir });
    const fresh = await named();
    const result = await named('--cache', '--cache-location', join('plans', 'ok.txt'));
    expect(readFileSync(plan, 'utf8')).toBe(text);
    expect(result.stdout).toBe(fresh.stdout);
    expect(result.stderr).toMatch(/^plan: the cache .*ok\.txt is one of the plans being checked; it is neither read nor written, and every plan is checked\n$/);
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

  it.runIf(existsSync('/proc/self'))('gives up on a location below /proc at once (Node 20\'s recursive mkdir would never return)', async () => {
    const dir = repository();
    const result = await run(dir, '--cache', '--cache-location', '/proc/plan-test/cache.json', '-f', 'json');
    expect(result.stderr).toMatch(/^plan: the cache \/proc\/plan-test\/cache\.json could not be written \(E[A-Z]+\); the next run checks every plan again\n$/);
  }, 10_000);

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
