import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../src/core/load.js';
import { createTranslator } from '../../src/i18n/index.js';
import { builtinKinds } from '../../src/kinds/registry.js';
import { kindJsonSchema } from '../../src/schema/json-schema.js';
import { runCli } from '../helpers/cli.js';
import { edited, ROOT } from '../helpers/fixtures.js';

function compile(schema: object) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats.default(ajv);
  ajv.addFormat('markdown', true);
  ajv.addKeyword('errorMessage');
  ajv.addKeyword('patternErrorMessage');
  return ajv.compile(schema);
}

const read = (text: string) => parsePlanText(text, 'plan.yaml', createTranslator('en')).source!.data;

/** Every example plan this repository has: the package's kinds' and those written only as data (examples/kinds/, named by .planrc.yaml). */
const examples = [
  ...readdirSync(join(ROOT, 'examples')).filter((name) => name.endsWith('.yaml')).map((name) => join(ROOT, 'examples', name)),
  ...readdirSync(join(ROOT, 'examples', 'kinds')).map((id) => join(ROOT, 'examples', 'kinds', id, 'example.yaml')),
];

describe('plan schema (any plan)', async () => {
  // Run in the repository, so that its .planrc.yaml adds the kinds written as data.
  const printed = await runCli(['schema'], {}, { cwd: ROOT });
  const schema = JSON.parse(printed.stdout) as Record<string, unknown>;
  const validate = compile(schema);

  it('is printed without a kind, as a valid JSON Schema choosing each kind\'s by "kind:"', () => {
    expect(printed.code).toBe(0);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.$defs as object)).toEqual(expect.arrayContaining(['kompetensstegen-d', 'sluttrapport', 'riskanalys']));
  });

  it.each(examples.map((path) => [path.slice(ROOT.length + 1), path]))('%s validates against it, and fails with a key misspelt', (_name, path) => {
    const text = readFileSync(path, 'utf8');
    const data = read(text);
    expect(validate(data) ? [] : validate.errors).toEqual([]);
    const misspelt = read(edited(text, /^title:/m, 'titel:')) as Record<string, unknown>;
    expect(validate(misspelt)).toBe(false);
    expect(validate.errors!.some((error) => error.keyword === 'additionalProperties' && (error.params as { additionalProperty?: string }).additionalProperty === 'titel')).toBe(true);
  });

  it('fails a plan of a kind no one knows, or with no kind, with the kinds in its message', () => {
    expect(validate({ kind: 'kompetenssteg-d', title: 'x' })).toBe(false);
    expect(validate({ title: 'x' })).toBe(false);
    expect((schema.properties as Record<string, { errorMessage: string }>).kind!.errorMessage).toMatch(/"kompetensstegen-d"/);
  });
});

describe('a kind\'s schema, as an editor shows it', () => {
  const kinds = builtinKinds().all();
  type Node = Record<string, unknown>;
  const walk = (node: unknown, visit: (node: Node, key: string) => void, key = ''): void => {
    if (Array.isArray(node)) node.forEach((item) => walk(item, visit, key));
    else if (node && typeof node === 'object') {
      visit(node as Node, key);
      for (const [k, value] of Object.entries(node)) walk(value, visit, k);
    }
  };

  it('gives an optional field its title and description at the property\'s own level, where hover reads them', () => {
    let optional = 0;
    for (const kind of kinds) {
      walk(kindJsonSchema(kind), (node) => {
        for (const [name, property] of Object.entries((node.properties ?? {}) as Record<string, Node>)) {
          const inner = (property.anyOf as Node[] | undefined)?.find((branch) => branch.description !== undefined);
          if (!inner) continue;
          optional++;
          // Its own, or (where the field is one of several shapes, each described) the property's.
          expect(property.description, `${kind.id}: ${name}`).toBeTypeOf('string');
          expect(property.title, `${kind.id}: ${name}`).toBeTypeOf('string');
        }
      });
    }
    expect(optional).toBeGreaterThanOrEqual(26);
  });

  it('words an e-mail address that does not fit in the kind\'s language, not as a regular expression', () => {
    const schema = kindJsonSchema(kinds.find((kind) => kind.id === 'esf-slutrapport')!);
    const messages: string[] = [];
    walk(schema, (node) => {
      if (node.format === 'email') messages.push(node.patternErrorMessage as string);
    });
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message).toMatch(/^E-post: Skriv den som namn@exempel\.se/);
      expect(message).not.toMatch(/[\^$\\[\]]/);
    }
  });

  it('words a value of the wrong type in the kind\'s language: Norwegian for a Norwegian form', () => {
    const schema = kindJsonSchema(kinds.find((kind) => kind.id === 'prosjektplan')!) as { properties: Record<string, Node> };
    expect(schema.properties.title!.errorMessage).toMatch(/^.+: her skal det stå en tekst\.$/);
  });
});

describe('plan schema --config', async () => {
  const printed = await runCli(['schema', '--config'], {}, { cwd: ROOT });
  const validate = compile(JSON.parse(printed.stdout) as object);
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const example = /```yaml\n(# \.planrc\.yaml at the root of the repository of plans\n[\s\S]*?)```/.exec(readme)![1]!;

  it('accepts the README\'s example configuration and this repository\'s own', () => {
    expect(printed.code).toBe(0);
    expect(validate(read(example)) ? [] : validate.errors).toEqual([]);
    expect(validate(read(readFileSync(join(ROOT, '.planrc.yaml'), 'utf8'))) ? [] : validate.errors).toEqual([]);
  });

  it('refuses a misspelt key, a misspelt rule id and a severity that does not exist', () => {
    expect(validate(read(edited(example, /^ignore:/m, 'ignores:')))).toBe(false);
    expect(validate(read(edited(example, 'budget/sum-mismatch:', 'budget/sum-mismatsh:')))).toBe(false);
    expect(validate(read(edited(example, 'budget/sum-mismatch: warning', 'budget/sum-mismatch: warn')))).toBe(false);
  });
});
