import { describe, expect, it } from 'vitest';
import { excerpt, MAX_EXCERPT } from '../../src/i18n/index.js';
import { runCli } from '../helpers/cli.js';
import { edited, example, writeTemp } from '../helpers/fixtures.js';

interface Found {
  ruleId: string;
  severity: string;
  message: string;
  hint?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

async function validate(content: string, lang: string) {
  const run = await runCli(['validate', writeTemp('plan.yaml', content), '--format', 'json', '--lang', lang]);
  expect(run.stderr).toBe('');
  return { code: run.code, diagnostics: (JSON.parse(run.stdout) as { files: { diagnostics: Found[] }[] }).files[0]!.diagnostics };
}

describe('an alias without its anchor', () => {
  it.each([
    ['en', 'The alias *nope refers to no anchor defined above it; an alias repeats a value marked &nope earlier in the file.'],
    ['sv', 'Aliaset *nope hänvisar inte till något ankare ovanför; ett alias upprepar ett värde som märkts med &nope tidigare i filen.'],
    ['nb', 'Aliaset *nope viser ikke til noe anker definert ovenfor; et alias gjentar en verdi som er merket med &nope tidligere i filen.'],
  ])('is reported at the alias, in %s, not as an alias bomb at 1:1', async (lang, message) => {
    const { code, diagnostics } = await validate('kind: prosjektplan\ntitle: *nope\n', lang);
    expect(code).toBe(1);
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: 'yaml/bad-alias', severity: 'error', message, line: 2, column: 8, endLine: 2, endColumn: 13 })]);
  });

  it('each missing name once, at its first use; aliases with their anchor above are fine; an anchor below does not count', async () => {
    const text = 'kind: prosjektplan\nx: &a 1\ny: *a\nz: *later\nw: *later\nv: &later 2\ntitle: *a\n';
    const { code, diagnostics } = await validate(text, 'en');
    expect(code).toBe(1);
    expect(diagnostics.map((d) => [d.ruleId, d.line, d.column])).toEqual([['yaml/bad-alias', 4, 4]]);
    expect(diagnostics[0]!.message).toMatch(/^The alias \*later refers to no anchor defined above it/);
  });

  it('a long alias name is quoted short', async () => {
    const { diagnostics } = await validate(`kind: prosjektplan\ntitle: *${'a'.repeat(5000)}\n`, 'en');
    expect(diagnostics[0]).toMatchObject({ ruleId: 'yaml/bad-alias', line: 2, column: 8 });
    expect(diagnostics[0]!.message.length).toBeLessThan(300);
    expect(diagnostics[0]!.message).toContain(`*${'a'.repeat(MAX_EXCERPT - 1)}… refers`);
  });

  it('an alias bomb is still the alias limit', async () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 20; i++) lines.push(`l${i}: &l${i} [${Array(9).fill(i === 1 ? '*a' : `*l${i - 1}`).join(', ')}]`);
    const { code, diagnostics } = await validate(`kind: prosjektplan\n${lines.join('\n')}\n`, 'en');
    expect(code).toBe(1);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['yaml/alias-limit']);
  });
});

describe('a plan whose first line is indented more than the rest', () => {
  it.each([
    ['en', "The first line of the plan is indented more than the lines below it; a plan's keys start at the left margin.", 'Remove the spaces at the start of line 1, so that it starts where the keys below it do.'],
    ['sv', 'Planens första rad är mer indragen än raderna under den; en plans nycklar börjar vid vänstermarginalen.', 'Ta bort mellanslagen i början av rad 1, så att den börjar där nycklarna under den börjar.'],
    ['nb', 'Planens første linje er rykket mer inn enn linjene under den; en plans nøkler begynner ved venstremargen.', 'Fjern mellomrommene i begynnelsen av linje 1, slik at den begynner der nøklene under den begynner.'],
  ])('gets one message at 1:3, in %s, in the user\'s terms', async (lang, message, hint) => {
    const plan = example('prosjektplan');
    const text = '  ' + plan.slice(plan.indexOf('kind:'));
    const { code, diagnostics } = await validate(text, lang);
    expect(code).toBe(1);
    expect(diagnostics).toEqual([{ ruleId: 'yaml/bad-indent', severity: 'error', message, hint, line: 1, column: 3, endLine: 1, endColumn: 4, pointer: '' }]);
  });

  it('below comments, and in a plan indented as a whole: the line is the first key\'s, the column where it starts', async () => {
    const { diagnostics } = await validate('# yaml-language-server: $schema=x.json\n\n      kind: prosjektplan\n  title: x\n  municipality: y\n', 'en');
    expect(diagnostics.map((d) => [d.ruleId, d.line, d.column])).toEqual([['yaml/bad-indent', 3, 7]]);
    expect(diagnostics[0]!.hint).toContain('line 3');
  });

  it('a mistake elsewhere in the file is still reported, at its own place', async () => {
    const { diagnostics } = await validate('  kind: prosjektplan\ntitle: "open\nmunicipality: x\n', 'en');
    expect(diagnostics.map((d) => [d.ruleId, d.line, d.column])).toEqual([
      ['yaml/bad-indent', 1, 3],
      ['yaml/missing-char', 2, 8],
    ]);
  });

  it('a file indented alike on every line is plain YAML, read as the plan it is', async () => {
    const text = example('prosjektplan').split('\n').map((line) => (line ? '  ' + line : line)).join('\n');
    const { code, diagnostics } = await validate(text, 'en');
    expect(diagnostics).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('a message quotes at most a short excerpt of what was written', () => {
  const long = 'Lorem ipsum dolor sit amet '.repeat(4000);
  const seed = example('kompetensstegen-d');

  it.each([
    // YAML allows a key of up to 1024 characters.
    ['an unknown key', edited(seed, /^title:/m, `${'Lorem_ipsum_'.repeat(80)}: x\ntitle:`), 'schema/unknown-key'],
    ['an amount', edited(seed, '[150 000, 250 000, 100 000]', `["${long}", 250 000, 100 000]`), 'schema/invalid-amount'],
    ['an e-mail address', edited(seed, /email: .*/, `email: "${long}"`), 'field/email'],
    ['a date', edited(example('projektbeskrivning'), 'start: 1 januari 2009', `start: ${long}`), 'schema/invalid-date'],
    ['a bad kind', `kind: ${long}\n`, 'plan/unknown-kind'],
    ['a stray line in YAML', `kind: kompetensstegen-d\ntitle: x\n} ${long}\n`, 'yaml/unexpected-token'],
  ])('%s 100 kB long', async (_name, text, ruleId) => {
    const { code, diagnostics } = await validate(text, 'en');
    expect(code).toBe(1);
    const found = diagnostics.find((d) => d.ruleId === ruleId && /Lorem/.test(d.message))!;
    expect(found, JSON.stringify(diagnostics.map((d) => d.ruleId))).toBeDefined();
    for (const said of [found.message, found.hint ?? '']) {
      expect(said.length, said.slice(0, 200)).toBeLessThan(400);
      for (const [, quoted] of said.matchAll(/"([^"]*)"/g)) expect(quoted!.length).toBeLessThanOrEqual(MAX_EXCERPT);
    }
    expect(found.message).toMatch(/Lorem[ _]ipsum.*…/);
  });

  it('the stylish report stays readable too', async () => {
    const run = await runCli(['validate', writeTemp('plan.yaml', edited(seed, /email: .*/, `email: "${long}"`)), '--lang', 'en']);
    expect(run.code).toBe(1);
    for (const line of run.stdout.split('\n')) expect(line.length).toBeLessThan(400);
  });

  it('an excerpt is whole characters, ending in "…"', () => {
    expect(excerpt('kort')).toBe('kort');
    const emoji = excerpt('🙂'.repeat(100));
    expect(Array.from(emoji)).toHaveLength(MAX_EXCERPT);
    expect(emoji.endsWith('🙂…')).toBe(true);
  });
});
