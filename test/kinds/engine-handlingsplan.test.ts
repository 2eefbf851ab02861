import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkText } from '../../src/check/check.js';
import { KindRegistry } from '../../src/kinds/registry.js';
import { lineOf, tempDir } from '../helpers/fixtures.js';

/**
 * The kind-file features handlingsplan needed to become data, each on a small kind of its own so
 * that a failure names the feature rather than the form.
 */
function kindOf(kindYaml: string) {
  const root = tempDir();
  mkdirSync(join(root, 'probe'));
  writeFileSync(join(root, 'probe', 'kind.yaml'), `id: probe\nlang: sv\ntitle: Prov\ndescription: A probe.\n${kindYaml}`);
  const registry = new KindRegistry([root], 'en', []);
  const kind = registry.get('probe');
  if (!kind) throw new Error(JSON.stringify(registry.problems.get('probe'), null, 2));
  return { kind, check: (plan: string, lang: 'en' | 'sv' = 'en') => checkText(`kind: probe\n${plan}`, 'plan.yaml', { lang, kinds: registry }) };
}

const ROLES = `
fields:
  roles:
    type: list
    items:
      type: group
      fields:
        abbreviation: { type: text, label: Förkortning }
  actions:
    type: list
    items:
      type: group
      fields:
        responsible:
          type: list
          single: true
          items:
            type: group
            shorthand: role
            label: Ansvarig roll
            fields:
              role: { type: text, label: Roll }
              scope: { type: text, required: false }
`;

describe('list: single', () => {
  it('reads one entry written without the list as a list of one, and a list as it is', () => {
    const { check } = kindOf('fields:\n  date: { type: list, single: true, items: { type: date-cell } }\n');
    expect((check('date: Klart 1 maj 2008').plan as { date: { text: string }[] }).date.map((d) => d.text)).toEqual(['Klart 1 maj 2008']);
    expect((check('date: [Pågår, Klart 1 maj 2008]').plan as { date: unknown[] }).date).toHaveLength(2);
  });
});

describe('list: tooFew', () => {
  it('reports an empty list under its own rule id and message, in the user\'s language', () => {
    const { kind, check } = kindOf(`fields:
  roles:
    type: list
    tooFew: { id: probe/no-roles, message: { sv: Planen har inga roller., en: The plan lists no roles. } }
    items: { type: text }
`);
    expect(check('roles: []').diagnostics).toMatchObject([{ ruleId: 'probe/no-roles', message: 'The plan lists no roles.', line: 2 }]);
    expect(check('roles: []', 'sv').diagnostics[0]).toMatchObject({ ruleId: 'probe/no-roles', message: 'Planen har inga roller.' });
    expect(kind.messages?.nb?.['probe.noRoles']).toBe('Planen har inga roller.');
  });
});

describe('group: shorthand', () => {
  it('takes the field alone for the group, and rules compare that field, reporting at the entry', () => {
    const { check } = kindOf(`${ROLES}
rules:
  - use: reference
    values: actions[].responsible[]
    in: roles[].abbreviation
`);
    const plan = 'roles: [{ abbreviation: Enhetschef }]\nactions:\n  - responsible: [Enhetschef, { role: Enhetschef, scope: hemtjänst }]\n  - responsible:\n      - Enhetchef\n      - role: Kommunalråd\n';
    const result = check(plan);
    expect((result.plan as { actions: { responsible: unknown[] }[] } | undefined)?.actions[0]!.responsible).toEqual([{ role: 'Enhetschef' }, { role: 'Enhetschef', scope: 'hemtjänst' }]);
    expect(result.diagnostics.map((d) => [d.ruleId, d.pointer, d.line])).toEqual([
      ['reference/unknown', '/actions/1/responsible/0', lineOf(plan, '- Enhetchef') + 1],
      ['reference/unknown', '/actions/1/responsible/1', lineOf(plan, 'role: Kommunalråd') + 1],
    ]);
  });
});

describe('field: or', () => {
  it('takes either kind of value, and refuses what is neither', () => {
    const { check } = kindOf("fields:\n  appendix: { type: integer, min: 1, required: false, or: { type: text } }\n");
    expect(check('appendix: 2').plan).toMatchObject({ appendix: 2 });
    expect(check('appendix: B').plan).toMatchObject({ appendix: 'B' });
    expect(check('appendix: [2]').diagnostics).toMatchObject([{ ruleId: 'schema/invalid-type', pointer: '/appendix' }]);
    expect(check('').diagnostics).toEqual([]);
  });
});

describe('rule instances: description, and an own hint beside a did-you-mean', () => {
  const { kind, check } = kindOf(`${ROLES}
rules:
  - use: reference
    id: probe/unknown-role
    description: Every responsible role is a declared one.
    values: actions[].responsible[]
    in: roles[].abbreviation
    hint: { en: 'The roles are {knownList}.' }
`);

  it('lists the rule with the kind\'s own description', () => {
    expect(kind.rules.find((r) => r.id === 'probe/unknown-role')?.description).toBe('Every responsible role is a declared one.');
  });

  it('keeps "did you mean" where there is one, and gives the kind\'s hint with the quoted list where there is none', () => {
    const roles = 'roles: [{ abbreviation: Avd.chef }, { abbreviation: Enhetschef }, { abbreviation: Adm.sekr }]\n';
    expect(check(`${roles}actions: [{ responsible: Enhetchef }]`).diagnostics[0]!.hint).toBe('Did you mean "Enhetschef"?');
    expect(check(`${roles}actions: [{ responsible: Kommunalråd }]`).diagnostics[0]!.hint).toBe('The roles are "Avd.chef", "Enhetschef", and "Adm.sekr".');
  });
});

describe('unique: exact', () => {
  it('tells apart values that differ in case when asked to', () => {
    const kind = (exact: string) => kindOf(`fields:\n  roles: { type: list, items: { type: text } }\nrules:\n  - use: unique\n    values: roles[]\n${exact}`);
    expect(kind('').check('roles: [Enhetschef, enhetschef]').diagnostics).toMatchObject([{ ruleId: 'list/duplicate', pointer: '/roles/1' }]);
    expect(kind('    exact: true\n').check('roles: [Enhetschef, enhetschef]').diagnostics).toEqual([]);
    expect(kind('    exact: true\n').check('roles: [Enhetschef, Enhetschef]').diagnostics).toMatchObject([{ ruleId: 'list/duplicate', pointer: '/roles/1' }]);
  });
});

describe('used', () => {
  it('warns at an entry of a list that nothing names', () => {
    const { check } = kindOf(`${ROLES}
rules:
  - use: used
    values: roles[].abbreviation
    by: actions[].responsible[]
`);
    const result = check('roles: [{ abbreviation: Enhetschef }, { abbreviation: Adm.sekr }]\nactions: [{ responsible: [{ role: Enhetschef, scope: hemtjänst }] }]\n', 'sv');
    expect(result.diagnostics).toMatchObject([{ ruleId: 'reference/unused', severity: 'warning', pointer: '/roles/1/abbreviation', message: '"Adm.sekr" i Förkortning nämns inte i Ansvarig roll.' }]);
  });
});

describe('the kind file\'s help, and the kind key in the document\'s language', () => {
  it('describe the plan in the JSON Schema', () => {
    const { kind } = kindOf('help: En plan att pröva med.\nfields:\n  title: { type: text }\n');
    const schema = z.toJSONSchema(kind.schema, { io: 'input', unrepresentable: 'any' }) as unknown as { description?: string; properties: { kind: { description?: string } } };
    expect(schema.description).toBe('En plan att pröva med.');
    expect(schema.properties.kind.description).toBe('Dokumentets slag: probe.');
  });
});
