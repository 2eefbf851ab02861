import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/check.js';
import { loadKindFolder } from '../../src/kinds/data/load.js';
import { KindRegistry } from '../../src/kinds/registry.js';
import { kindJsonSchema } from '../../src/schema/json-schema.js';
import { lineOf, tempDir } from '../helpers/fixtures.js';

/**
 * The engine's extensions that moving projektbeskrivning to data needed, each on a kind of its own
 * made for the test, so that each is seen to work for any form, not just that one.
 */

const BASE = `id: test-kind
lang: sv
title: Testslag
description: A kind for one test.
`;

/** A forms folder holding one kind, with `kindYaml` after the id, language and title. */
function formsWith(kindYaml: string): string {
  const forms = tempDir();
  mkdirSync(join(forms, 'test-kind'));
  writeFileSync(join(forms, 'test-kind', 'kind.yaml'), BASE + kindYaml);
  return forms;
}

function kindOf(kindYaml: string) {
  const forms = formsWith(kindYaml);
  const loaded = loadKindFolder(join(forms, 'test-kind'), 'en');
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n'));
  return { kind: loaded.kind, registry: new KindRegistry([forms], 'en', []) };
}

function check(kindYaml: string, plan: string, lang: 'sv' | 'en' | 'nb' = 'en') {
  const { registry } = kindOf(kindYaml);
  return checkText(plan, 'plan.yaml', { kinds: registry, lang });
}

const ORGANISATIONS = `fields:
  members:
    type: list
    items:
      type: group
      label: Medlem
      shorthand: name
      fields:
        name: { type: text, label: Namn }
        joined: { type: fuzzy-date, label: Gick med, required: false }
  partners:
    type: list
    required: false
    items: { type: text }
`;

describe('a group with a shorthand (shorthand: <field>)', () => {
  it('reads an entry written as its field alone as the whole group, beside entries written in full', () => {
    const result = check(ORGANISATIONS, 'kind: test-kind\nmembers:\n  - Nacka kommun\n  - name: Solna stad\n    joined: 2010\n');
    expect(result.diagnostics).toEqual([]);
    expect((result.plan as { members: unknown[] }).members).toEqual([{ name: 'Nacka kommun' }, { name: 'Solna stad', joined: expect.objectContaining({ text: '2010' }) }]);
  });

  it('still refuses what is neither', () => {
    const result = check(ORGANISATIONS, 'kind: test-kind\nmembers:\n  - [Nacka kommun]\n');
    expect(result.diagnostics.map((d) => d.severity)).toContain('error');
  });

  it('a rule given the group compares its shorthand field, and reports at the entry, where a shorthand plan writes it', () => {
    const text = 'kind: test-kind\nmembers:\n  - Nacka kommun\n  - Nacka kommun\n';
    const found = check(ORGANISATIONS + 'rules:\n  - use: unique\n    values: members[]\n', text).diagnostics;
    expect(found).toMatchObject([{ ruleId: 'list/duplicate', pointer: '/members/1', line: 4, column: 5 }]);
  });

  it('gives the entry its own hover help, beside the group\'s and the field\'s', () => {
    const { kind } = kindOf(ORGANISATIONS.replace('shorthand: name', 'shorthand: { field: name, help: "Namnet, eller namn och datum." }'));
    const items = (kindJsonSchema(kind) as { properties: { members: { items: { description: string; anyOf: { title?: string }[] } } } }).properties.members.items;
    expect(items.description).toBe('Namnet, eller namn och datum.');
    expect(items.anyOf.map((alternative) => alternative.title)).toEqual(['Namn', 'Medlem']);
  });

  it('must name one of the group\'s fields', () => {
    const forms = formsWith(ORGANISATIONS.replace('shorthand: name', 'shorthand: nmae'));
    const loaded = loadKindFolder(join(forms, 'test-kind'), 'en');
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.diagnostics[0]).toMatchObject({ line: lineOf(BASE + ORGANISATIONS, 'shorthand:'), message: expect.stringContaining('"nmae"'), hint: expect.stringContaining('"name"') });
  });
});

describe('several lists in unique: values', () => {
  const rule = `rules:
  - use: unique
    values:
      - { field: "members[]", name: { sv: bland medlemmarna, en: among the members } }
      - { field: "partners[]", name: { sv: bland parterna, en: among the partners } }
    hints:
      - first: "partners[]"
        then: "members[]"
        hint: { en: 'A partner that became a member is listed only as a member: remove it from the partners (line {line}).' }
`;

  it('no value appears twice in them together, compared without regard to capitals or spacing; the second in the file is reported, naming the list of the first', () => {
    const text = 'kind: test-kind\nmembers:\n  - Nacka kommun\npartners:\n  - nacka  Kommun\n';
    const found = check(ORGANISATIONS + rule, text).diagnostics;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'list/duplicate', pointer: '/partners/0', line: 5 });
    expect(found[0]!.message).toContain('among the members: first on line 3');
    expect(found[0]!.hint).toBe('Remove this entry, or tell the two apart.');
  });

  it('reports the one further down the file, whichever list it is in, with the hint given for that pair of lists', () => {
    const text = 'kind: test-kind\npartners:\n  - Nacka kommun\nmembers:\n  - Nacka kommun\n';
    const found = check(ORGANISATIONS + rule, text).diagnostics;
    expect(found).toMatchObject([{ pointer: '/members/0', line: 5 }]);
    expect(found[0]!.message).toContain('among the partners');
    expect(found[0]!.hint).toBe('A partner that became a member is listed only as a member: remove it from the partners (line 3).');
  });
});

describe('several lists in reference: in', () => {
  const kind = `fields:
  owner: { type: text, label: Ägare }
  first: { type: list, items: { type: text } }
  later: { type: list, required: false, items: { type: text } }
rules:
  - use: reference
    values: owner
    in: ["first[]", "later[]"]
    hint: { en: 'Write the owner as in one of the lists.' }
`;

  it('a value from any of them is known', () => {
    expect(check(kind, 'kind: test-kind\nowner: Solna stad\nfirst: [Nacka kommun]\nlater: [Solna stad]\n').diagnostics).toEqual([]);
  });

  it('a did-you-mean from the library stays the hint, and the kind\'s own hint is given where there is none', () => {
    const near = check(kind, 'kind: test-kind\nowner: Solna Stad\nfirst: [Nacka kommun]\nlater: [Solna stad]\n').diagnostics;
    expect(near).toMatchObject([{ ruleId: 'reference/unknown', hint: 'Did you mean "Solna stad"?' }]);
    const far = check(kind, 'kind: test-kind\nowner: Socialstyrelsen\nfirst: [Nacka kommun]\nlater: [Solna stad]\n').diagnostics;
    expect(far).toMatchObject([{ ruleId: 'reference/unknown', hint: 'Write the owner as in one of the lists.' }]);
  });
});

describe('required-if: at', () => {
  const kind = (at: string) => `fields:
  funded: { type: yes-no, label: Medfinansieras }
  statement: { type: text, required: false, label: Finansieringstext }
rules:
  - use: required-if
    field: statement
    if: { field: funded, equals: true }
${at}`;
  const text = 'kind: test-kind\nfunded: true\n';

  it('reports a missing field at the field that makes it required with at: if', () => {
    expect(check(kind('    at: if\n'), text).diagnostics).toMatchObject([{ ruleId: 'field/required-if', pointer: '/funded', line: lineOf(text, 'funded:'), column: 9 }]);
  });

  it('and at the missing field itself by default', () => {
    expect(check(kind(''), text).diagnostics).toMatchObject([{ ruleId: 'field/required-if', pointer: '/statement' }]);
  });
});

describe('a rule instance\'s quote: and description:', () => {
  const kind = `fields:
  title: { type: text, label: Namn }
  period: { type: period, label: Projektperiod }
  members:
    type: list
    items:
      type: group
      fields:
        name: { type: text }
        joined: { type: fuzzy-date, required: false }
rules:
  - use: within-period
    description: A member joined during the project.
    dates: members[].joined
    period: period
    quote: { name: "members[].name", joined: "members[].joined", start: period.start, title: title }
    message: { sv: '{title}: {name} gick med {joined}, före {start}.', en: '{title}: {name} joined {joined}, before {start}.' }
`;
  const text = 'kind: test-kind\ntitle: CARPE\nperiod: { start: 2009-01-01, end: 2012-03-31 }\nmembers:\n  - { name: Nacka kommun, joined: 2010-05-01 }\n  - { name: Solna stad, joined: 2008-12-01 }\n';

  it('quotes fields\' values as the document prints them, those in a list from the entry the problem is at, whatever language the message is in', () => {
    expect(check(kind, text).diagnostics).toMatchObject([{ pointer: '/members/1/joined', message: 'CARPE: Solna stad joined 1 december 2008, before 1 januari 2009.' }]);
    expect(check(kind, text, 'sv').diagnostics[0]!.message).toBe('CARPE: Solna stad gick med 1 december 2008, före 1 januari 2009.');
  });

  it('describes the rule in listings by its own sentence', () => {
    expect(kindOf(kind).kind.rules.find((rule) => rule.id === 'dates/outside-period')?.description).toBe('A member joined during the project.');
  });

  it('a quoted field the kind does not have is a mistake in the kind file', () => {
    const forms = formsWith(kind.replace('title: title }', 'title: titel }'));
    const loaded = loadKindFolder(join(forms, 'test-kind'), 'en');
    expect(!loaded.ok && loaded.diagnostics[0]).toMatchObject({ message: '"titel" names no field of this kind.' });
  });
});

describe('a period\'s start and end with the form\'s own labels (fields: on a period)', () => {
  const kind = `fields:
  period:
    type: period
    label: Projektperiod
    fields:
      start: { type: fuzzy-date, label: Start, help: Projektets första dag. }
      end: { type: date, label: Slut, help: Projektets sista dag. }
`;

  it('gives them their labels and help, keeps the period\'s check, and reads an end of type date as one day', () => {
    const { kind: compiled } = kindOf(kind);
    const period = (kindJsonSchema(compiled) as { properties: { period: { properties: Record<string, { title: string; description: string }> } } }).properties.period.properties;
    expect(period.start).toMatchObject({ title: 'Start', description: 'Projektets första dag.' });
    expect(period.end).toMatchObject({ title: 'Slut', description: 'Projektets sista dag.' });
    expect(check(kind, 'kind: test-kind\nperiod: { start: hösten 2009, end: 2012-03-31 }\n').diagnostics).toEqual([]);
    expect(check(kind, 'kind: test-kind\nperiod: { start: 2012-01-01, end: 2009-03-31 }\n').diagnostics.map((d) => d.ruleId)).toEqual(['period/order']);
    expect(check(kind, 'kind: test-kind\nperiod: { start: 2009-01-01, end: våren 2012 }\n').diagnostics.map((d) => d.ruleId)).toEqual(['schema/invalid-date']);
  });

  it('has no other fields than start and end, and they are dates', () => {
    for (const [wrong, said] of [['      middle: { type: date }\n', '"middle"'], ['', 'not text']] as const) {
      const forms = formsWith(wrong ? kind + wrong : kind.replace('end: { type: date', 'end: { type: text'));
      const loaded = loadKindFolder(join(forms, 'test-kind'), 'en');
      expect(loaded.ok).toBe(false);
      expect(!loaded.ok && loaded.diagnostics.map((d) => d.message).join('\n')).toContain(said);
    }
  });
});

describe('the kind file\'s help: and the kind line\'s description', () => {
  it('describe a whole plan in the document\'s language', () => {
    const { kind } = kindOf('help: Ett slag för ett test.\nfields:\n  title: { type: text }\n');
    const schema = kindJsonSchema(kind) as { description: string; properties: { kind: { description: string } } };
    expect(schema.description).toBe('Ett slag för ett test.');
    expect(schema.properties.kind.description).toBe('Dokumentets slag: test-kind.');
  });
});

describe('summary: in the reader\'s language', () => {
  it('takes a label given per language, and writes the period, in the language asked for', () => {
    const { kind } = kindOf(`fields:
  period: { type: period }
  members: { type: list, items: { type: text } }
summary:
  - { label: { sv: Projektperiod, en: Project period }, value: period }
  - { label: { sv: Medlemmar, en: Members }, count: members }
`);
    const plan = checkText('kind: test-kind\nperiod: { start: 1 januari 2009, end: 31 mars 2012 }\nmembers: [a, b]\n', 'plan.yaml', { kinds: new KindRegistry([kind.folder!.replace(/[/\\]test-kind$/, '')], 'en', []) }).plan;
    const t = (key: string) => key;
    expect(kind.summary!(plan, { lang: 'en', t })).toEqual({ figures: [{ label: 'Project period', value: '1 January 2009 – 31 March 2012' }, { label: 'Members', value: 2 }] });
    expect(kind.summary!(plan, { lang: 'sv', t })).toEqual({ figures: [{ label: 'Projektperiod', value: '1 januari 2009 – 31 mars 2012' }, { label: 'Medlemmar', value: 2 }] });
  });
});
