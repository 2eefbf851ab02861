import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/check.js';
import { checkKindFolder } from '../../src/kinds/data/check-folder.js';
import { loadKindFolder } from '../../src/kinds/data/load.js';
import { KindRegistry } from '../../src/kinds/registry.js';
import { kindJsonSchema } from '../../src/schema/json-schema.js';
import { lineOf, ROOT, tempDir } from '../helpers/fixtures.js';

/**
 * What the kind file gained so that prosjektplan could be written as data: each feature on a small
 * kind of its own, so that a test fails when the feature does.
 */

/** A kind folder `<dir>/<id>/` with this kind file, and the registry that finds it. */
function kindOf(id: string, body: string): { dir: string; registry: KindRegistry } {
  const dir = tempDir();
  mkdirSync(join(dir, id));
  writeFileSync(join(dir, id, 'kind.yaml'), `id: ${id}\nlang: nb\ntitle: T\ndescription: D.\n${body}`);
  writeFileSync(join(dir, id, 'nb.md.hbs'), '# T\n');
  return { dir, registry: new KindRegistry([dir], 'en') };
}

function check(registry: KindRegistry, text: string) {
  return checkText(text, 'plan.yaml', { kinds: registry, lang: 'en' });
}

const ONE_COLUMN = `
fields:
  title: { type: text }
  costs:
    type: table
    id: Costs
    rowLabel: { key: activity, label: Aktivitet }
    row: { label: Kostnadsrad, help: En rad. }
    rowList: { label: Kostnader, help: Radene. }
    minItems: 1
    columns:
      amount: { heading: Kostnader, label: Beløp, help: Beløpet i hele kroner., required: true }
    total: { label: Sum, figure: true, help: Summen slik planen oppgir den. }
  financing:
    type: table
    id: Financing
    rowLabel: { key: source, label: Kilde }
    columns:
      amount: { heading: NOK, label: Beløp, required: true }
    total: { label: Sum, figure: true }
rules:
  - use: balance
    stated: financing
    parts: [costs]
    title: Financing
    name: financing=costs
`;

const plan = (costs: string, costsTotal: string, financing: string, financingTotal: string) =>
  `kind: onecol\ntitle: x\ncosts:\n  rows:\n${costs}${costsTotal}financing:\n  rows:\n${financing}${financingTotal}`;
const COSTS = '    - activity: A\n      amount: 200\n    - activity: B\n      amount: 300\n';
const FINANCING = '    - source: S\n      amount: 500\n';

describe('a table with one column, its sum as one figure (total.figure), a required column with its own help, heading and row names', () => {
  const { registry } = kindOf('onecol', ONE_COLUMN);

  it('reads `total: 500` as the stated sum, and reports a wrong one at it', () => {
    expect(check(registry, plan(COSTS, '  total: 500\n', FINANCING, '  total: 500\n')).diagnostics).toEqual([]);
    const text = plan(COSTS, '  total: 600\n', FINANCING, '  total: 500\n');
    const found = check(registry, text).diagnostics;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'budget/sum-mismatch', pointer: '/costs/total', line: lineOf(text, 'total: 600') });
    expect(found[0]!.message).toMatch(/600.*500/);
  });

  it('prints the column under its heading, and names a missing cell by its label and help', () => {
    const kind = registry.get('onecol')!;
    const result = check(registry, plan(COSTS, '', FINANCING, ''));
    expect(kind.budget!(result.plan).tables[0]).toMatchObject({ columns: ['Kostnader'], labelHeading: 'Aktivitet', totalLabel: 'Sum' });
    const missing = check(registry, plan('    - activity: A\n', '', FINANCING, '')).diagnostics;
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ ruleId: 'schema/required', pointer: '/costs/rows/0/amount', hint: 'Beløpet i hele kroner.' });
    expect(missing[0]!.message).toContain('(Beløp)');
  });

  it('gives the rows, one row and the sum their own names in the schema, and needs minItems rows', () => {
    const schema = JSON.stringify(kindJsonSchema(registry.get('onecol')!));
    for (const text of ['"Kostnader"', '"Radene."', '"Kostnadsrad"', '"En rad."', '"Summen slik planen oppgir den."']) expect(schema).toContain(text);
    const found = check(registry, 'kind: onecol\ntitle: x\ncosts:\n  rows: []\nfinancing:\n  rows: []\n').diagnostics;
    expect(found.map((d) => [d.ruleId, d.pointer])).toEqual([['schema/too-small', '/costs/rows']]);
  });

  it('refuses figure: true on a table with more than one column', () => {
    const { dir } = kindOf('twocol', 'fields:\n  t:\n    type: table\n    columns: { a: {}, b: {} }\n    total: { figure: true }\n');
    const load = loadKindFolder(join(dir, 'twocol'), 'en');
    expect(load.ok).toBe(false);
    if (!load.ok) expect(load.diagnostics[0]!.message).toContain('exactly one column');
  });
});

describe('a balance whose stated figure is a table (stated: <table>)', () => {
  const { registry } = kindOf('onecol', ONE_COLUMN);

  it('compares the table\'s stated sum with its parts, at the stated sum', () => {
    const text = plan(COSTS, '  total: 500\n', '    - source: S\n      amount: 400\n', '  total: 400\n');
    const found = check(registry, text).diagnostics;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'budget/balance', pointer: '/financing/total' });
    expect(found[0]!.message).toMatch(/Financing.*400.*Costs.*500/);
  });

  it('without a stated sum, compares what its rows add up to, at the table', () => {
    const found = check(registry, plan(COSTS, '', '    - source: S\n      amount: 400\n', '')).diagnostics;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'budget/balance', pointer: '/financing' });
  });
});

const MODULE_MESSAGE = `
module: rules.mjs
fields:
  months: { type: integer, min: 1, minMessage: office.monthsTooFew }
  frame:
    type: group
    required: false
    exactlyOne: { fields: [perYear, total] }
    fields:
      perYear: { type: amount, required: false }
      total: { type: amount, required: false }
`;

/** The office kind, with a module whose only business is the text minMessage names. */
function office(): KindRegistry {
  const { dir, registry } = kindOf('office', MODULE_MESSAGE);
  writeFileSync(
    join(dir, 'office', 'rules.mjs'),
    "export const rules = [{ id: 'office/none', severity: 'warning', description: 'None.', messages: { en: { 'office.monthsTooFew': '{field}: at least one month.' }, sv: {}, nb: {} }, check() {} }];\n",
  );
  return registry;
}

describe('a message of the kind\'s own for a number below its minimum (minMessage)', () => {
  const registry = office();

  it('says the message, under the rule id its group and name give', () => {
    const found = check(registry, 'kind: office\nmonths: 0\n').diagnostics;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'office/months-too-few', pointer: '/months' });
    expect(found[0]!.message).toBe('"months": at least one month.');
  });

  it('is a mistake in the kind file when the module has no such message', () => {
    const { dir: other } = kindOf('nomsg', 'fields:\n  months: { type: integer, min: 1, minMessage: office.nothing }\n');
    const load = loadKindFolder(join(other, 'nomsg'), 'en');
    expect(load.ok).toBe(false);
    if (!load.ok) expect(load.diagnostics[0]).toMatchObject({ ruleId: 'kind/invalid', line: 6 });
  });
});

describe('a group where exactly one of some fields is filled in (exactlyOne)', () => {
  const registry = office();

  it('accepts one, refuses both and neither, at the group', () => {
    expect(check(registry, 'kind: office\nmonths: 2\nframe:\n  perYear: 100\n').diagnostics).toEqual([]);
    for (const frame of ['  perYear: 100\n  total: 200\n', '  total: ~\n']) {
      const found = check(registry, `kind: office\nmonths: 2\nframe:\n${frame}`).diagnostics;
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ ruleId: 'field/exactly-one', pointer: '/frame' });
      expect(found[0]!.message).toContain('"perYear", "total"');
    }
    expect(check(registry, 'kind: office\nmonths: 2\n').diagnostics).toEqual([]);
  });

  it('is a mistake in the kind file for a field the group does not have, or a required one', () => {
    const { dir: other } = kindOf('bad', 'fields:\n  g:\n    type: group\n    exactlyOne: { fields: [a, b] }\n    fields:\n      a: { type: text, required: false }\n      c: { type: text }\n');
    const load = loadKindFolder(join(other, 'bad'), 'en');
    expect(load.ok).toBe(false);
    if (!load.ok) expect(load.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('"b"')]);
  });
});

const NUMBERED = `
fields:
  factors: { type: list, minItems: 0, label: Factors, items: { type: text } }
  entries:
    type: list
    minItems: 0
    label: Entries
    items:
      type: group
      fields:
        factor: { type: integer, label: Factor }
        text: { type: text }
rules:
  - use: numbered-reference
    values: entries[].factor
    in: factors
  - use: numbered-coverage
    list: factors
    by: entries[].factor
`;

describe('references by number into a list (numbered-reference, numbered-coverage)', () => {
  const { registry } = kindOf('numbered', NUMBERED);
  const text = (factors: string[], numbers: number[]) =>
    `kind: numbered\nfactors:\n${factors.map((f) => `  - ${f}\n`).join('')}entries:\n${numbers.map((n) => `  - factor: ${n}\n    text: x\n`).join('')}`;

  it('passes when every entry is referred to and every number names one', () => {
    expect(check(registry, text(['a', 'b'], [2, 1])).diagnostics).toEqual([]);
  });

  it('reports a number beyond the list at the number, and an entry no number refers to at the entry', () => {
    const plan = text(['a', 'b'], [1, 3]);
    const found = check(registry, plan).diagnostics;
    expect(found.map((d) => [d.ruleId, d.pointer])).toEqual([
      ['reference/not-covered', '/factors/1'],
      ['reference/unknown-number', '/entries/1/factor'],
    ]);
    expect(found[0]!.message).toBe('Entry 2 of Factors ("b") has no entry in Factor referring to it.');
    expect(found[1]!.message).toBe('Factor is 3, but Factors has only 2 entries.');
    expect(found[1]!.hint).toContain('1 to 2');
  });
});

describe('a rule instance\'s own message', () => {
  it('quotes a long value as an excerpt, as the library\'s own messages do', () => {
    const body = NUMBERED.replace('    by: entries[].factor\n', '    by: entries[].factor\n    message: \'Entry {number} ("{text}") is not assured.\'\n');
    const { registry } = kindOf('ownmessage', body);
    const long = 'x'.repeat(120);
    const found = check(registry, `kind: ownmessage\nfactors:\n  - ${long}\nentries: []\n`).diagnostics;
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe(`Entry 1 ("${'x'.repeat(79)}…") is not assured.`);
  });
});

describe('a rule instance\'s own description, and a table\'s rows before its sum', () => {
  it('lists the rule by the kind\'s description', () => {
    const body = NUMBERED.replace('  - use: numbered-coverage\n', '  - use: numbered-coverage\n    description: Every factor is assured.\n');
    const { registry } = kindOf('described', body);
    const rules = registry.get('described')!.rules;
    expect(rules.find((rule) => rule.id === 'reference/not-covered')!.description).toBe('Every factor is assured.');
    expect(rules.find((rule) => rule.id === 'reference/unknown-number')!.description).toMatch(/counting from 1/);
  });

  it('has `rows` before `total` in the plan\'s schema, so that plan init writes them in the form\'s order', () => {
    const { registry } = kindOf('onecol', ONE_COLUMN);
    const costs = (kindJsonSchema(registry.get('onecol')!) as { properties: { costs: { properties: object } } }).properties.costs;
    expect(Object.keys(costs.properties)).toEqual(['rows', 'total']);
  });
});

describe('plan kind check compares the template\'s own Markdown with the golden file', () => {
  it('matches examples/prosjektplan.md, whose table of contents is still a marker', async () => {
    const result = await checkKindFolder(join(ROOT, 'kinds', 'prosjektplan'), 'en');
    expect(result.kindProblems).toEqual([]);
    expect(result.golden).toContain('<!-- toc -->');
    expect(result.markdown).toBe(readFileSync(join(ROOT, 'examples', 'prosjektplan.md'), 'utf8'));
  });
});
