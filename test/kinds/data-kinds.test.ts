import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { readDocx } from '../helpers/docx.js';
import { edited, lineOf, ROOT, tempDir } from '../helpers/fixtures.js';

/**
 * Kinds written only as data (examples/kinds/<id>/), used as a project office uses them: from a
 * repository of plans whose .planrc.yaml names its forms folder, with no line of TypeScript.
 */
const KINDS = join(ROOT, 'examples', 'kinds');
const dataKinds = readdirSync(KINDS).filter((name) => existsSync(join(KINDS, name, 'kind.yaml')));

function officeWith(kind: string): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'forms'));
  cpSync(join(KINDS, kind), join(dir, 'forms', kind), { recursive: true });
  writeFileSync(join(dir, '.planrc.yaml'), 'kinds: [forms]\n');
  return dir;
}

/** Every kind folder there is: the package's own (kinds/) and those written only as data (examples/kinds/). */
const allFolders = [join(ROOT, 'kinds'), KINDS].flatMap((root) => readdirSync(root).filter((name) => existsSync(join(root, name, 'kind.yaml'))).map((name) => join(root, name)));

describe.each(allFolders)('the kind folder %s', (folder) => {
  it('passes plan kind check: valid kind file and templates, its example validates and renders, and matches its golden Markdown', async () => {
    const run = await runCli(['kind', 'check', folder]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  }, 30_000);
});

describe.each(dataKinds)('the data kind %s', (kind) => {

  it('is found from a repository of plans through .planrc.yaml, and its example validates there', async () => {
    const dir = officeWith(kind);
    const run = await runCli(['validate', `forms/${kind}/example.yaml`], {}, { cwd: dir });
    expect(run.code).toBe(0);
  });
});

describe('sluttrapport from a project office\'s own forms folder', () => {
  const example = readFileSync(join(KINDS, 'sluttrapport', 'example.yaml'), 'utf8');

  it('fails with one amount changed, at its line, naming both figures', async () => {
    const dir = officeWith('sluttrapport');
    const text = edited(example, 'actual: 61900', 'actual: 61000');
    writeFileSync(join(dir, 'rapport.yaml'), text);
    const run = await runCli(['validate', 'rapport.yaml', '--format', 'json'], {}, { cwd: dir });
    expect(run.code).toBe(1);
    const [file] = (JSON.parse(run.stdout) as { files: { diagnostics: { ruleId: string; line: number; message: string }[] }[] }).files;
    const sum = file!.diagnostics.find((m) => m.ruleId === 'budget/sum-mismatch' && m.message.includes('Regnskap'));
    expect(sum?.line).toBe(lineOf(text, 'actual: 1462000'));
    expect(sum?.message).toContain('1 462 000');
    expect(sum?.message).toContain('1 461 100');
    const financing = file!.diagnostics.find((m) => m.ruleId === 'financing/equals-accounts');
    expect(financing?.message).toContain('1 461 100');
  });

  it('renders a .docx with its sections and tables', async () => {
    const dir = officeWith('sluttrapport');
    writeFileSync(join(dir, 'rapport.yaml'), example);
    const run = await runCli(['render', join(dir, 'rapport.yaml'), '--to', 'docx', '-o', join(dir, 'rapport.docx')]);
    expect(run.code).toBe(0);
    const docx = readDocx(readFileSync(join(dir, 'rapport.docx')));
    const headings = docx.paragraphs.filter((p) => /^Heading\d$/.test(p.style ?? '')).map((p) => p.text);
    expect(headings).toContain('7. Budsjett og regnskap');
    const budget = docx.tables.find((table) => table[0]?.[0] === 'Post');
    expect(budget?.[0]).toEqual(['Post', 'Budsjett', 'Regnskap', 'Avvik']);
    expect(budget?.at(-1)).toEqual(['Sum', '1 450 000', '1 462 000', '12 000']);
  });

  it('starts a new plan with its guidance (plan init) and prints its JSON Schema (plan schema)', async () => {
    const dir = officeWith('sluttrapport');
    const init = await runCli(['init', 'sluttrapport', join(dir, 'ny.yaml')]);
    expect(init.code).toBe(0);
    const plan = readFileSync(join(dir, 'ny.yaml'), 'utf8');
    expect(plan).toMatch(/^kind: sluttrapport$/m);
    expect(plan).toContain('# 2. Bakgrunn: Hvorfor har prosjektet oppstått?');
    expect(plan).toContain('item: Lønn prosjektleder');
    const schema = await runCli(['schema', 'sluttrapport'], {}, { cwd: dir });
    expect(schema.code).toBe(0);
    const json = JSON.parse(schema.stdout) as { properties: Record<string, { title?: string }> };
    expect(json.properties.summary?.title).toBe('1. Sammendrag');
  });

  it('a kind file with a misspelt key stops the run (exit 2) at the key, with a suggestion', async () => {
    const dir = officeWith('sluttrapport');
    const kindFile = join(dir, 'forms', 'sluttrapport', 'kind.yaml');
    const text = edited(readFileSync(kindFile, 'utf8'), '    help: Regnskapet post for post', '    hlep: Regnskapet post for post');
    writeFileSync(kindFile, text);
    writeFileSync(join(dir, 'rapport.yaml'), example);
    const run = await runCli(['validate', 'rapport.yaml'], {}, { cwd: dir });
    expect(run.code).toBe(2);
    const line = lineOf(text, 'hlep:');
    expect(run.stderr).toContain(`forms/sluttrapport/kind.yaml:${line}:5:`);
    expect(run.stderr).toMatch(/Did you mean "help"\?/);
  });

  it('a rule naming a field the kind does not have is exit 2 at the rule, with a suggestion', async () => {
    const dir = officeWith('sluttrapport');
    const kindFile = join(dir, 'forms', 'sluttrapport', 'kind.yaml');
    const text = edited(readFileSync(kindFile, 'utf8'), 'equals: budget.total.actual', 'equals: budjet.total.actual');
    writeFileSync(kindFile, text);
    const run = await runCli(['kind', 'check', 'forms/sluttrapport'], {}, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${lineOf(text, 'budjet.total')}:`);
    expect(run.stderr).toContain('"budjet.total.actual" names no field of this kind');
  });

  it('a template naming a field that does not exist is exit 2 at the template\'s line', async () => {
    const dir = officeWith('sluttrapport');
    const template = join(dir, 'forms', 'sluttrapport', 'nb.md.hbs');
    const text = edited(readFileSync(template, 'utf8'), '{{markdown lessons headingLevel=3}}', '{{markdown lesons headingLevel=3}}');
    writeFileSync(template, text);
    const run = await runCli(['kind', 'check', 'forms/sluttrapport'], {}, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('forms/sluttrapport/nb.md.hbs');
    expect(run.stderr).toContain(`${lineOf(text, 'lesons')}:12  error    The template forms/sluttrapport/nb.md.hbs uses "lesons"`);
    expect(run.stderr).toContain('Did you mean "lessons"?');
  });
});

describe('riskanalys', () => {
  const example = readFileSync(join(KINDS, 'riskanalys', 'example.yaml'), 'utf8');

  it('a changed probability makes the stated risk value wrong, at its line', async () => {
    const dir = officeWith('riskanalys');
    const text = edited(example, /(id: R5[\s\S]*?)probability: 3/, '$1probability: 2');
    writeFileSync(join(dir, 'risker.yaml'), text);
    const run = await runCli(['validate', 'risker.yaml', '--format', 'json'], {}, { cwd: dir });
    expect(run.code).toBe(1);
    const [file] = (JSON.parse(run.stdout) as { files: { diagnostics: { ruleId: string; line: number; message: string }[] }[] }).files;
    expect(file!.diagnostics.map((m) => [m.ruleId, m.line])).toEqual([['field/computed-mismatch', lineOf(text, 'value: 15')]]);
    expect(file!.diagnostics[0]!.message).toBe('Riskvärde anges till 15, men sannolikhet × konsekvens = 10.');
  });

  it('a risk whose value reaches the threshold needs a response; the value is worked out where not stated', async () => {
    const dir = officeWith('riskanalys');
    const text = edited(edited(example, /(id: R6[\s\S]*?)    value: 12\n/, '$1'), /(id: R6[\s\S]*?)    response: .*\n/, '$1');
    writeFileSync(join(dir, 'risker.yaml'), text);
    const run = await runCli(['validate', 'risker.yaml', '--format', 'json'], {}, { cwd: dir });
    expect(run.code).toBe(1);
    const [file] = (JSON.parse(run.stdout) as { files: { diagnostics: { ruleId: string; message: string }[] }[] }).files;
    expect(file!.diagnostics.map((m) => m.ruleId)).toEqual(['risk/response-required']);
    expect(file!.diagnostics[0]!.message).toContain('här 12');
  });
});

describe('a plan whose kind file has a mistake, checked through the library', () => {
  it('is told where the kind file is wrong, not that its kind is unknown', async () => {
    const { checkText } = await import('../../src/check/check.js');
    const { KindRegistry } = await import('../../src/kinds/registry.js');
    const dir = officeWith('sluttrapport');
    const kindFile = join(dir, 'forms', 'sluttrapport', 'kind.yaml');
    const text = edited(readFileSync(kindFile, 'utf8'), 'use: unique', 'use: uniqe');
    writeFileSync(kindFile, text);
    const result = checkText('kind: sluttrapport\n', 'plan.yaml', { kinds: new KindRegistry([join(dir, 'forms')], 'en'), lang: 'en' });
    expect(result.diagnostics.map((d) => [d.ruleId, d.line])).toEqual([['plan/kind-invalid', 1]]);
    expect(result.diagnostics[0]!.message).toContain(`kind.yaml:${lineOf(text, 'use: uniqe')}:10: There is no library rule "uniqe".`);
  });
});

describe('plan kind new', () => {
  it('writes a starting kind that passes plan kind check once its golden is written, and refuses to overwrite', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.planrc.yaml'), 'kinds: [forms]\n');
    mkdirSync(join(dir, 'forms'));
    const made = await runCli(['kind', 'new', 'regionalfonden', join(dir, 'forms', 'regionalfonden')]);
    expect(made.code).toBe(0);
    expect(readFileSync(join(dir, 'forms', 'regionalfonden', 'kind.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=.*schemas\/kind\.schema\.json$/m);
    expect((await runCli(['kind', 'check', join(dir, 'forms', 'regionalfonden'), '--update'])).code).toBe(0);
    expect((await runCli(['kind', 'check', join(dir, 'forms', 'regionalfonden')])).code).toBe(0);
    const again = await runCli(['kind', 'new', 'regionalfonden', join(dir, 'forms', 'regionalfonden')]);
    expect(again.code).toBe(2);
    expect(readdirSync(join(dir, 'forms'))).toEqual(['regionalfonden']);
  });

  it('copies a kind defined as data with --from, under the new id', async () => {
    const dir = officeWith('riskanalys');
    const made = await runCli(['kind', 'new', 'min-riskanalys', join(dir, 'forms', 'min-riskanalys'), '--from', 'riskanalys'], {}, { cwd: dir });
    expect(made.code).toBe(0);
    expect(readFileSync(join(dir, 'forms', 'min-riskanalys', 'kind.yaml'), 'utf8')).toMatch(/^id: min-riskanalys$/m);
    const check = await runCli(['validate', join(dir, 'forms', 'min-riskanalys', 'example.yaml')]);
    expect(check.code).toBe(0);
  });
});

describe('reports on plans of a repository\'s own kind', () => {
  it('list the kind\'s rules in SARIF with their help, and disable comments know them', async () => {
    const dir = officeWith('riskanalys');
    const example = readFileSync(join(KINDS, 'riskanalys', 'example.yaml'), 'utf8');
    const text = edited(example, /(id: R6[\s\S]*?)    response: .*\n/, '$1');
    writeFileSync(join(dir, 'risker.yaml'), text);
    const sarif = await runCli(['validate', 'risker.yaml', '--format', 'sarif'], {}, { cwd: dir });
    const log = JSON.parse(sarif.stdout) as { runs: { tool: { driver: { rules: { id: string; help: { text: string }; helpUri: string }[] } } }[] };
    const rule = log.runs[0]!.tool.driver.rules.find((r) => r.id === 'risk/response-required');
    expect(rule?.help.text).toMatch(/^Fill in the field/);
    expect(rule?.helpUri).toMatch(/^https:\/\/.*\/docs\/kinds\.md#rule-required-if$/);
    const disabled = edited(text, /(  - id: R6\n)/, '  # plan-disable-next-line risk/response-required\n$1');
    writeFileSync(join(dir, 'risker.yaml'), disabled);
    const run = await runCli(['validate', 'risker.yaml'], {}, { cwd: dir });
    expect(run.stdout + run.stderr).not.toContain('plan/unknown-rule');
    expect(run.code).toBe(0);
  });
});

describe('the build\'s cache of the package\'s kind files', () => {
  it('never hands out a kind file that has changed since the build', async () => {
    const { loadKindFolder } = await import('../../src/kinds/data/load.js');
    const dir = join(tempDir(), 'kompetensstegen-d');
    cpSync(join(ROOT, 'kinds', 'kompetensstegen-d'), dir, { recursive: true });
    const kindFile = join(dir, 'kind.yaml');
    writeFileSync(kindFile, edited(readFileSync(kindFile, 'utf8'), /^title: .*$/m, 'title: Ändrad titel'));
    const loaded = loadKindFolder(dir, 'sv', dir, { trusted: true });
    expect(loaded.ok && loaded.kind.title).toBe('Ändrad titel');
  });

  // A package kind's rule parameters are used as written, unparsed (compileKind's `trusted`): that
  // holds only while parsing them gives back what is written, as it does for these.
  it.each(allFolders.filter((folder) => folder.startsWith(join(ROOT, 'kinds'))))('has rule parameters in %s that parse to what is written', async (folder) => {
    const { parse } = await import('yaml');
    const { findLibraryRule } = await import('../../src/rules/library.js');
    const file = parse(readFileSync(join(folder, 'kind.yaml'), 'utf8')) as { rules?: Record<string, unknown>[] };
    for (const { use, id: _id, severity: _severity, description: _description, message: _message, hint: _hint, quote: _quote, messages: _messages, ...params } of file.rules ?? []) {
      const library = findLibraryRule(String(use))!;
      expect(library, String(use)).toBeDefined();
      expect(library.params().parse(params), `${String(use)} in ${folder}`).toStrictEqual(params);
    }
  });
});
