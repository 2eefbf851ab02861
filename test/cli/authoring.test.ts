import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parsePlanText } from '../../src/core/load.js';
import { createTranslator } from '../../src/i18n/index.js';
import { builtinKinds } from '../../src/kinds/registry.js';
import { kindJsonSchema } from '../../src/schema/json-schema.js';
import { runCli } from '../helpers/cli.js';
import { edited, example, examplePath, ROOT, tempDir, writeTemp } from '../helpers/fixtures.js';

/** Every built-in kind, code and data alike. */
const kinds = builtinKinds().all();

const kindIds = kinds.map((kind) => kind.id);

describe.each(kindIds)('plan init %s', (kindId) => {
  it('writes a plan whose only errors are its placeholders, each at its line', async () => {
    const file = join(tempDir(), 'new.yaml');
    expect((await runCli(['init', kindId, file])).code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\S+\/schemas\/[\w-]+\.schema\.json$/);
    const run = await runCli(['validate', file, '--format', 'json']);
    expect(run.code).toBe(1);
    const diagnostics = (JSON.parse(run.stdout) as { files: { diagnostics: { line: number; severity: string }[] }[] }).files[0]!.diagnostics;
    expect(diagnostics.length).toBeGreaterThan(0);
    const lines = text.split('\n');
    for (const d of diagnostics.filter((d) => d.severity === 'error')) expect(lines[d.line - 1]).toMatch(/""|\[\]|:\s*$/);
  });

  it('passes once the placeholders are filled in with the example\'s values', async () => {
    const file = join(tempDir(), 'filled.yaml');
    await runCli(['init', kindId, file]);
    const doc = parseDocument(readFileSync(file, 'utf8'));
    const values = parsePlanText(example(kindId), 'example.yaml', createTranslator('en')).source!.data as Record<string, unknown>;
    for (const [key, value] of Object.entries(values)) doc.set(key, value);
    writeFileSync(file, doc.toString());
    const run = await runCli(['validate', file]);
    // Warnings may stay (a real example can have them); no line may be an error.
    expect(run.stdout).not.toMatch(/^\s*\d+:\d+\s+(error|fel|feil)\s/m);
    expect(run.code).toBe(0);
  });

  it('gives the form\'s guidance as comments in the document\'s language', async () => {
    const run = await runCli(['init', kindId, '-']);
    const kind = kinds.find((k) => k.id === kindId)!;
    expect(run.stdout).toContain(`# ${kind.title}`);
    expect((run.stdout.match(/^\s*# /gm) ?? []).length).toBeGreaterThan(5);
  });
});

describe('plan init', () => {
  it('refuses to overwrite an existing file unless --force', async () => {
    const file = writeTemp('mine.yaml', 'kind: kompetensstegen-d\n# my work\n');
    const refused = await runCli(['init', 'kompetensstegen-d', file, '--lang', 'en']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('exists already');
    expect(readFileSync(file, 'utf8')).toBe('kind: kompetensstegen-d\n# my work\n');
    expect((await runCli(['init', 'kompetensstegen-d', file, '--force'])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('yaml-language-server');
  });

  it('lists the kinds when none is named, and suggests one for a typo', async () => {
    const listing = await runCli(['init']);
    expect(listing.code).toBe(0);
    for (const id of kindIds) expect(listing.stdout).toContain(id);
    const typo = await runCli(['init', 'kompetenstegen-d', '-', '--lang', 'en']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('Did you mean "kompetensstegen-d"?');
  });
});

describe('plan schema', () => {
  const compile = (schema: object) => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats.default(ajv);
    // plan's own annotation for a Markdown answer (type markdown in a kind file); editors ignore it.
    ajv.addFormat('markdown', true);
    // yaml-language-server's own keywords: the messages it shows for a value that does not fit.
    ajv.addKeyword('errorMessage');
    ajv.addKeyword('patternErrorMessage');
    return ajv.compile(schema);
  };

  it.each(kindIds)('%s: a valid JSON Schema that the example satisfies', (kindId) => {
    const schema = kindJsonSchema(kinds.find((k) => k.id === kindId)!);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const validate = compile(schema);
    const data = parsePlanText(example(kindId), 'example.yaml', createTranslator('en')).source!.data;
    expect(validate(data) ? [] : validate.errors).toEqual([]);
  });

  it('flags an unknown key in a plan, as an editor would', () => {
    const validate = compile(kindJsonSchema(kinds[0]!));
    const data = parsePlanText(edited(example('kompetensstegen-d'), /^budget:/m, 'budjet:'), 'x.yaml', createTranslator('en')).source!.data;
    expect(validate(data)).toBe(false);
  });

  it('prints a kind\'s schema with Swedish descriptions, and writes them all with --all', async () => {
    const run = await runCli(['schema', 'kompetensstegen-d']);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout) as { properties: Record<string, { title?: string }> };
    expect(schema.properties.title!.title).toBe('D.2 Rubrik för aktivitet');
    const dir = join(tempDir(), 'schemas');
    expect((await runCli(['schema', '--all', '--out-dir', dir])).code).toBe(0);
    for (const id of kindIds) expect(JSON.parse(readFileSync(join(dir, `${id}.schema.json`), 'utf8')).$schema).toContain('2020-12');
  });
});

describe('plan budget', () => {
  it('prints the yearly columns and "Summa kronor" as in the form', async () => {
    const run = await runCli(['budget', examplePath('kompetensstegen-d')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/År 1 +År 2 +År 3/);
    expect(run.stdout).toMatch(/Summa kronor +1 835 000 +1 935 000 +1 785 000/);
  });

  it('shows the difference beside the stated total when a figure is changed', async () => {
    const file = writeTemp('changed.yaml', edited(example('kompetensstegen-d'), '[650 000, 650 000, 650 000]', '[650 001, 650 000, 650 000]'));
    const run = await runCli(['budget', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Summa kronor +1 835 001 +1 935 000 +1 785 000/);
    expect(run.stdout).toMatch(/angivet +1 835 000 ✖ +1 935 000 ✔/);
    expect(run.stdout).toMatch(/skillnad +−1/);
  });

  it('marks the difference in colour on a terminal', async () => {
    const file = writeTemp('changed.yaml', edited(example('kompetensstegen-d'), '[650 000, 650 000, 650 000]', '[650 001, 650 000, 650 000]'));
    const run = await runCli(['budget', file], { NO_COLOR: undefined, FORCE_COLOR: '1' });
    expect(run.stdout).toContain('\u001b[31m1 835 000 ✖');
  });
});

describe('plan budget on other kinds', () => {
  it('shows a worked-out column (Avvikelse = Utfall − Planerat) and marks a stated one that differs', async () => {
    const fixture = readFileSync(join(ROOT, 'test/fixtures/esf-slutrapport/budget-outcome.yaml'), 'utf8');
    const ok = await runCli(['budget', writeTemp('outcome.yaml', fixture)]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/Planerat +Utfall +Avvikelse/);
    expect(ok.stdout).toMatch(/Personal +1 200 000 +1 150 000 +−50 000\n/);
    const wrong = await runCli(['budget', writeTemp('outcome.yaml', edited(fixture, 'deviation: -50 000', 'deviation: -40 000'))]);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toMatch(/Personal +1 200 000 +1 150 000 +−50 000 ✖/);
  });

  it('says so for a kind without a budget, and for a plan without budget figures', async () => {
    expect((await runCli(['budget', examplePath('handlingsplan'), '--lang', 'en'])).stdout).toContain('has no budget');
    expect((await runCli(['budget', examplePath('esf-slutrapport'), '--lang', 'en'])).stdout).toContain('gives no budget figures');
  });
});

describe('the schemas the package ships', () => {
  it('are built, one per kind, where plan init points editors', async () => {
    const { existsSync } = await import('node:fs');
    for (const kind of kinds) expect(existsSync(join(ROOT, 'schemas', `${kind.id}.schema.json`)), kind.id).toBe(true);
  });
});
