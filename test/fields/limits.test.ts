import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkText } from '../../src/check/check.js';
import { compileKind } from '../../src/kinds/data/compile.js';
import { kindFileSchemas } from '../../src/kinds/data/format.js';

const { kindFileSchema } = kindFileSchemas();
import { KindRegistry } from '../../src/kinds/registry.js';
import { runCli } from '../helpers/cli.js';
import { lineOf, project } from '../helpers/fixtures.js';

/** A form whose portal limits its fields: 500 characters, 20 words, 3 lines, 40 characters not counting spaces. */
const KIND = `id: portal
lang: sv
title: Ansökan
description: A test kind with portal limits.
fields:
  summary: { type: text, label: Sammanfattning, limit: 500 }
  problem: { type: markdown, label: Problem, limit: { characters: 100 } }
  goal: { type: text, required: false, label: Mål, limit: { words: 20 } }
  steps: { type: markdown, required: false, label: Steg, limit: { lines: 3 } }
  code: { type: text, required: false, label: Kod, limit: { characters: 40, spaces: false } }
  note: { type: text, required: false, label: Anteckning }
  old: { type: text, required: false, label: Gammal, maxLength: 10 }
`;

function kindOf(yaml: string) {
  const compiled = compileKind(kindFileSchema.parse(parse(yaml)));
  return compiled;
}

function check(plan: string, options: { lang?: 'sv' | 'nb' | 'en'; warnFrom?: number } = {}) {
  const { kind, problems } = kindOf(KIND);
  expect(problems).toEqual([]);
  const registry = new KindRegistry([], 'sv', [kind]);
  return checkText(plan, 'plan.yaml', { kinds: registry, ...options }).diagnostics.map((d) => ({ ruleId: d.ruleId, severity: d.severity, line: d.line, message: d.message }));
}

const words = (n: number) => Array.from({ length: n }, (_, i) => `ord${i}`).join(' ');

describe('a field over its limit', () => {
  const plan = `kind: portal\nsummary: ${'x'.repeat(612)}\nproblem: Kort.\n`;

  it('is an error at its line with length, limit and excess, in the plan\'s language', () => {
    expect(check(plan)).toEqual([{ ruleId: 'field/too-long', severity: 'error', line: 2, message: '"summary" (Sammanfattning): 612 tecken, högst 500: 112 för många.' }]);
  });

  it('is said in Norwegian and English too', () => {
    expect(check(plan, { lang: 'nb' })[0]!.message).toBe('"summary" (Sammanfattning): 612 tegn, maks 500: 112 for mange.');
    expect(check(plan, { lang: 'en' })[0]!.message).toBe('"summary" (Sammanfattning): 612 characters, at most 500: 112 too many.');
  });

  it('counts a Markdown field as pasted: emphasis markers and link syntax do not count', () => {
    // 98 characters of text, 8 more of markup: under the limit of 100, but over 95 % of it.
    const text = `**${'a'.repeat(50)}** _${'b'.repeat(30)}_ \`${'c'.repeat(16)}\``;
    const [problem] = check(`kind: portal\nsummary: Kort.\nproblem: "${text}"\n`);
    expect(problem).toEqual({ ruleId: 'field/near-limit', severity: 'warning', line: 3, message: '"problem" (Problem): 98 av högst 100 tecken: 2 kvar.' });
  });

  it('counts words, lines, and characters without spaces where the form says so', () => {
    const plan = `kind: portal\nsummary: Kort.\nproblem: Kort.\ngoal: ${words(21)}\nsteps: "- ett\\n- två\\n- tre\\n- fyra"\ncode: "${'abcd '.repeat(11)}"\n`;
    expect(check(plan)).toEqual([
      { ruleId: 'field/too-long', severity: 'error', line: 4, message: '"goal" (Mål): 21 ord, högst 20: 1 för många.' },
      { ruleId: 'field/too-long', severity: 'error', line: 5, message: '"steps" (Steg): 4 rader, högst 3: 1 för många.' },
      { ruleId: 'field/too-long', severity: 'error', line: 6, message: '"code" (Kod): 44 tecken, högst 40: 4 för många.' },
    ]);
  });

  it('keeps maxLength working as a limit in characters', () => {
    expect(check(`kind: portal\nsummary: Kort.\nproblem: Kort.\nold: elva tecken\n`)).toEqual([{ ruleId: 'field/too-long', severity: 'error', line: 4, message: '"old" (Gammal): 11 tecken, högst 10: 1 för många.' }]);
  });
});

describe('a field near its limit', () => {
  it('is a warning from 95 % saying how much room is left; below that nothing', () => {
    expect(check(`kind: portal\nsummary: ${'x'.repeat(480)}\nproblem: Kort.\n`)).toEqual([{ ruleId: 'field/near-limit', severity: 'warning', line: 2, message: '"summary" (Sammanfattning): 480 av högst 500 tecken: 20 kvar.' }]);
    expect(check(`kind: portal\nsummary: ${'x'.repeat(500)}\nproblem: Kort.\n`)[0]!.message).toContain('0 kvar');
    expect(check(`kind: portal\nsummary: ${'x'.repeat(474)}\nproblem: Kort.\n`)).toEqual([]);
  });

  it('warns from the share .planrc.yaml gives', () => {
    expect(check(`kind: portal\nsummary: ${'x'.repeat(400)}\nproblem: Kort.\n`, { warnFrom: 80 })).toHaveLength(1);
    expect(check(`kind: portal\nsummary: ${'x'.repeat(399)}\nproblem: Kort.\n`, { warnFrom: 80 })).toEqual([]);
  });
});

describe('a plan\'s own limits', () => {
  it('may be stricter than the form\'s, and then hold', () => {
    const plan = `kind: portal\nlimits:\n  summary: 300\n  note: { words: 3 }\nsummary: ${'x'.repeat(310)}\nproblem: Kort.\nnote: fyra ord i rad\n`;
    expect(check(plan)).toEqual([
      { ruleId: 'field/too-long', severity: 'error', line: 5, message: '"summary" (Sammanfattning): 310 tecken, högst 300: 10 för många.' },
      { ruleId: 'field/too-long', severity: 'error', line: 7, message: '"note" (Anteckning): 4 ord, högst 3: 1 för många.' },
    ]);
  });

  it('may not be looser than the form\'s, nor in another unit, nor for a field that is not a text', () => {
    const plan = `kind: portal\nlimits:\n  summary: 800\n  problem: { words: 10 }\n  sumary: 100\n  goal: { words: 5, lines: 2 }\nsummary: Kort.\nproblem: Kort.\n`;
    const problems = check(plan);
    expect(problems.map((p) => [p.ruleId, p.line])).toEqual([
      ['limits/looser', 3],
      ['limits/looser', 4],
      ['limits/unknown-field', 5],
      ['limits/one-unit', 6],
    ]);
    expect(problems[0]!.message).toBe('Gränsen för "summary" kan bara vara strängare än blankettens, 500 tecken.');
  });
});

describe('limits in a kind file', () => {
  it('are refused where they do not apply or are unclear', () => {
    const problems = (fields: string) => kindOf(`id: k\nlang: sv\ntitle: T\ndescription: D.\nfields:\n${fields}`).problems.map((p) => p.message);
    expect(problems('  a: { type: amount, limit: 10 }\n')).toEqual(['kindFile.notForType']);
    expect(problems('  a: { type: text, limit: { words: 10, lines: 2 } }\n')).toEqual(['kindFile.limitOneUnit']);
    expect(problems('  a: { type: text, limit: { words: 10, spaces: false } }\n')).toEqual(['kindFile.limitCountOptions']);
    expect(problems('  a: { type: text, limit: 10, maxLength: 10 }\n')).toEqual(['kindFile.limitTwice']);
    expect(problems('  limits: { type: text }\n')).toEqual(['kindFile.reservedKey']);
  });
});

describe('.planrc.yaml limits', () => {
  it('set the share from which plan validate warns, and a wrong one is refused at its line', async () => {
    const plan = `kind: portal\nsummary: ${'x'.repeat(420)}\nproblem: Kort.\n`;
    const dir = project({ 'forms/portal/kind.yaml': KIND, 'forms/portal/sv.md.hbs': '# {{summary}}\n', 'plan.yaml': plan, '.planrc.yaml': 'kinds: [forms]\nlimits: { warnFrom: 80 }\n' });
    const run = await runCli(['validate', 'plan.yaml'], {}, { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('420 av högst 500 tecken: 80 kvar');
    expect(run.stdout).toContain('field/near-limit');

    writeFileSync(join(dir, '.planrc.yaml'), 'kinds: [forms]\nlimits: { warnFrom: 150 }\n');
    const bad = await runCli(['validate', 'plan.yaml'], {}, { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`.planrc.yaml:${lineOf('kinds: [forms]\nlimits: { warnFrom: 150 }\n', 'warnFrom')}`);
  });
});
