import AjvModule from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/cli.js';
import { ROOT, tempDir } from '../helpers/fixtures.js';
import { seededRandom } from '../helpers/random.js';

/**
 * A seeded mutation run over the examples and the kind files: each mutant is one of the mistakes a
 * hurried editor or a hostile file makes (a line lost, doubled or moved, an indentation broken, a
 * value replaced by a wrong type, an alias, a tag, a control character, a huge or negative number,
 * a cut-off file). Whatever the mutant, plan answers with exit 0, 1 or 2, never a stack trace,
 * valid JSON and SARIF, the same verdict from validate and render, and no document when render
 * refuses. The seed is printed with every failure: PLAN_FUZZ_SEED=<seed> reproduces the run, and
 * PLAN_FUZZ_COUNT makes it longer.
 */
const SEED = Number(process.env.PLAN_FUZZ_SEED ?? 20261202);
const PLAN_MUTANTS = Number(process.env.PLAN_FUZZ_COUNT ?? 120);
const KIND_MUTANTS = Math.ceil(PLAN_MUTANTS / 3);

const Ajv = AjvModule.default;
const addFormats = addFormatsModule.default;
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'test/fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8')));


const VALUES = [
  '~',
  '[]',
  '{}',
  '-1',
  '1e999',
  '0x1F',
  '"1 835 000,50 kr"',
  '12.345.678',
  '2024-13-45',
  '31 februari 2015',
  'Ej genomfört 2014',
  'constructor 2007',
  '__proto__',
  '*nope',
  '&anchor value',
  '!!binary aGVq',
  '!!js/function "x"',
  '"\\u0000\\u001b[2J"',
  '"\\ud800"',
  '{{#each this}}x{{/each}}',
  '"| a | b | # not a heading"',
  '"[x](javascript:alert(1))"',
  '"![b](bad%zz.png)"',
  '"/dev/zero"',
  'x'.repeat(5000),
  'yes',
  'no',
  'ja',
  'nej',
];

type Mutation = (lines: string[], pick: <T>(items: readonly T[]) => T, chance: () => number) => string[];

const MUTATIONS: Record<string, Mutation> = {
  'delete a line': (lines, pick) => {
    const index = pick([...lines.keys()]);
    return lines.filter((_, i) => i !== index);
  },
  'double a line': (lines, pick) => {
    const index = pick([...lines.keys()]);
    return [...lines.slice(0, index + 1), lines[index]!, ...lines.slice(index + 1)];
  },
  'move a line': (lines, pick) => {
    const from = pick([...lines.keys()]);
    const rest = lines.filter((_, i) => i !== from);
    const to = pick([...rest.keys()]);
    return [...rest.slice(0, to), lines[from]!, ...rest.slice(to)];
  },
  'break an indentation': (lines, pick) => {
    const index = pick([...lines.keys()]);
    const copy = [...lines];
    copy[index] = pick([' ', '   ', '\t', '']) + copy[index]!.trimStart();
    return copy;
  },
  'replace a value': (lines, pick) => {
    const candidates = [...lines.keys()].filter((i) => /^\s*(- )?[\w-]+:\s*\S/.test(lines[i]!));
    if (candidates.length === 0) return lines;
    const index = pick(candidates);
    const copy = [...lines];
    copy[index] = copy[index]!.replace(/^(\s*(?:- )?[\w-]+:\s*).*$/, (_, key: string) => key + pick(VALUES));
    return copy;
  },
  'rename a key': (lines, pick) => {
    const candidates = [...lines.keys()].filter((i) => /^\s*(- )?[\w-]+:/.test(lines[i]!));
    if (candidates.length === 0) return lines;
    const index = pick(candidates);
    const copy = [...lines];
    copy[index] = copy[index]!.replace(/([\w-]+):/, (_, key: string) => pick([key.slice(1), key + 's', '__proto__', 'constructor', key.toUpperCase()]) + ':');
    return copy;
  },
  'insert a control character': (lines, pick) => {
    const index = pick([...lines.keys()]);
    const copy = [...lines];
    const at = Math.floor(copy[index]!.length / 2);
    copy[index] = copy[index]!.slice(0, at) + pick(['\u0000', '\u001b[2J', '\ufeff', '\u202e', '\r']) + copy[index]!.slice(at);
    return copy;
  },
  'cut the file short': (lines, pick) => lines.slice(0, pick([...lines.keys()])),
};

interface Mutant {
  name: string;
  text: string;
}

function mutants(source: string, count: number, seed: number): Mutant[] {
  const next = seededRandom(seed);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const names = Object.keys(MUTATIONS);
  const out: Mutant[] = [];
  for (let i = 0; i < count; i++) {
    let lines = source.split('\n');
    const applied: string[] = [];
    // One to three mistakes at once, as a careless edit makes them.
    for (let n = 1 + Math.floor(next() * 3); n > 0 && lines.length > 0; n--) {
      const name = pick(names);
      applied.push(name);
      lines = MUTATIONS[name]!(lines, pick, next);
    }
    out.push({ name: `#${i} (${applied.join(', ')})`, text: lines.join('\n') });
  }
  return out;
}

const STACK = /\n\s+at .+[:(]\d+:\d+\)?/;

function sane(run: CliRun, what: string): void {
  expect([0, 1, 2], `${what}: exit code ${run.code}\n${run.stderr}`).toContain(run.code);
  expect(run.stderr + run.stdout, `${what}: a stack trace`).not.toMatch(STACK);
}

/** The JSON report, with no problem from a rule that failed inside. */
function reportOf(run: CliRun, what: string): { summary: { errors: number } } {
  const report = JSON.parse(run.stdout) as { files: { diagnostics: { ruleId: string; message: string }[] }[]; summary: { errors: number } };
  const internal = report.files.flatMap((file) => file.diagnostics).filter((d) => d.ruleId === 'internal/error');
  expect(internal, `${what}: a rule failed inside`).toEqual([]);
  return report;
}

const EXAMPLES = readdirSync(join(ROOT, 'examples'))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => ({ name: file, text: readFileSync(join(ROOT, 'examples', file), 'utf8') }));

/** How many mutants validate accepted and refused: both must occur, or the run would test only one path. */
const verdicts = { accepted: 0, refused: 0 };

describe(`mutation fuzz (seed ${SEED}; PLAN_FUZZ_SEED reproduces it)`, { timeout: 120_000 }, () => {
  it.each(EXAMPLES.map((example, index) => [example.name, example.text, index] as const))('mutants of %s', async (name, text, index) => {
    const dir = tempDir();
    for (const mutant of mutants(text, Math.ceil(PLAN_MUTANTS / EXAMPLES.length), SEED + index)) {
      const what = `${name} ${mutant.name} [seed ${SEED}]`;
      writeFileSync(join(dir, 'plan.yaml'), mutant.text);
      const json = await runCli(['validate', 'plan.yaml', '--format', 'json', '--lang', 'en'], {}, { cwd: dir });
      sane(json, what);
      const report = reportOf(json, what);
      const sarif = await runCli(['validate', 'plan.yaml', '--format', 'sarif'], {}, { cwd: dir });
      sane(sarif, what);
      expect(sarif.code, what).toBe(json.code);
      expect(validateSarif(JSON.parse(sarif.stdout)), `${what}: SARIF ${JSON.stringify(validateSarif.errors?.slice(0, 2))}`).toBe(true);

      const rendered = await runCli(['render', join(dir, 'plan.yaml'), '--to', 'md', '-o', join(dir, 'out.md')], {}, { cwd: dir });
      sane(rendered, what);
      const written = readdirSync(dir).includes('out.md');
      verdicts[report.summary.errors === 0 ? 'accepted' : 'refused']++;
      if (report.summary.errors === 0) {
        expect(rendered.code, `${what}: validate passed, render refused\n${rendered.stderr}\n${json.stdout.slice(0, 600)}`).toBe(0);
        expect(written, `${what}: no document`).toBe(true);
      } else {
        expect(rendered.code, `${what}: validate refused, render passed`).not.toBe(0);
        expect(written, `${what}: a document was written for a refused plan`).toBe(false);
      }
      expect(readFileSync(join(dir, 'plan.yaml'), 'utf8'), `${what}: the plan was changed`).toBe(mutant.text);
      rmSync(join(dir, 'out.md'), { force: true });
    }
  });

  it('met plans validate accepts as well as plans it refuses', () => {
    expect(verdicts.accepted).toBeGreaterThan(0);
    expect(verdicts.refused).toBeGreaterThan(0);
  });

  it('mutants of the kind files', async () => {
    const kinds = [join(ROOT, 'examples', 'kinds', 'sluttrapport'), join(ROOT, 'examples', 'kinds', 'riskanalys')];
    for (const [index, folder] of kinds.entries()) {
      const id = folder.split('/').pop()!;
      const kindText = readFileSync(join(folder, 'kind.yaml'), 'utf8');
      for (const mutant of mutants(kindText, Math.ceil(KIND_MUTANTS / kinds.length), SEED + 100 + index)) {
        const what = `${id}/kind.yaml ${mutant.name} [seed ${SEED}]`;
        const dir = tempDir();
        mkdirSync(join(dir, 'forms'));
        cpSync(folder, join(dir, 'forms', id), { recursive: true });
        writeFileSync(join(dir, 'forms', id, 'kind.yaml'), mutant.text);
        writeFileSync(join(dir, '.planrc.yaml'), 'kinds: [forms]\n');
        cpSync(join(folder, 'example.yaml'), join(dir, 'plan.yaml'));
        const validated = await runCli(['validate', 'plan.yaml', '--format', 'json', '--lang', 'en'], {}, { cwd: dir });
        sane(validated, what);
        if (validated.code !== 2) reportOf(validated, what);
        const checked = await runCli(['kind', 'check', join(dir, 'forms', id)], {}, { cwd: dir });
        sane(checked, what);
        const rendered = await runCli(['render', join(dir, 'plan.yaml'), '--to', 'md', '-o', join(dir, 'out.md')], {}, { cwd: dir });
        sane(rendered, what);
        expect(readdirSync(dir).includes('out.md'), `${what}: render wrote a document validate refused`).toBe(validated.code === 0);
      }
    }
  });
});
