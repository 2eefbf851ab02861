import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/check.js';
import { createTranslator } from '../../src/i18n/index.js';
import { evaluate, parseExpression } from '../../src/kinds/data/expression.js';
import { loadKindFolder } from '../../src/kinds/data/load.js';
import { KindRegistry } from '../../src/kinds/registry.js';
import { kindJsonSchema } from '../../src/schema/json-schema.js';
import { lineOf, tempDir } from '../helpers/fixtures.js';

/**
 * The engine extensions the esf-slutrapport form needed, each on a small kind of its own: what a
 * kind file can now say, and that it says it for any form.
 */

function kindFolder(yaml: string, id = 'testkind'): string {
  const dir = tempDir();
  mkdirSync(join(dir, id));
  writeFileSync(join(dir, id, 'kind.yaml'), `id: ${id}\nlang: sv\ntitle: Test\ndescription: A test kind.\n${yaml}`);
  return dir;
}

function check(yaml: string, plan: string, lang: 'sv' | 'en' = 'en') {
  const registry = new KindRegistry([kindFolder(yaml)], lang);
  const result = checkText(`kind: testkind\n${plan}`, 'plan.yaml', { kinds: registry, lang });
  expect(registry.allProblems()).toEqual([]);
  return result;
}

const brief = (result: ReturnType<typeof check>) => result.diagnostics.map((d) => ({ ruleId: d.ruleId, severity: d.severity, line: d.line, column: d.column, message: d.message, ...(d.hint ? { hint: d.hint } : {}) }));

describe('formulas', () => {
  it('reach into a sibling group with a dotted name, and subtract decimals exactly', () => {
    const formula = parseExpression('final.value - baseline.value');
    const values: Record<string, number> = { 'final.value': 17.7, 'baseline.value': 16.6 };
    expect(evaluate(formula, (name) => values[name])).toBe(1.1);
  });
});

describe('a computed field a plan never writes (inPlan: false)', () => {
  const kind = `fields:
  measures:
    type: list
    items:
      type: group
      fields:
        baseline: { type: group, fields: { value: { type: number } } }
        final: { type: group, fields: { value: { type: number } } }
        change: { type: number, computed: final.value - baseline.value, inPlan: false }
`;
  it('is worked out for templates even beside a stated figure, and is an unknown key in a plan', () => {
    const folder = kindFolder(kind);
    const loaded = loadKindFolder(join(folder, 'testkind'), 'en');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const completed = loaded.kind.complete!({ measures: [{ baseline: { value: 16.6 }, final: { value: 17.7 } }] }) as { measures: { change: number }[] };
    expect(completed.measures[0]!.change).toBe(1.1);
    const found = check(kind, 'measures:\n  - baseline: { value: 1 }\n    final: { value: 2 }\n    change: 1\n');
    expect(found.diagnostics.map((d) => d.ruleId)).toEqual(['schema/unknown-key']);
    expect(JSON.stringify(kindJsonSchema(loaded.kind))).not.toContain('"change"');
  });
});

describe('the rule answered', () => {
  const kind = `fields:
  first: { type: markdown, required: false, label: Första }
  second: { type: markdown, required: false, label: Andra }
  people: { type: list, required: false, label: Personer, items: { type: text } }
rules:
  - use: answered
    fields: [first, second, people]
`;
  it('says where a missing answer belongs: after the one before it, at its line', () => {
    const plan = 'first: Svar.\npeople: [Anna]\n';
    expect(brief(check(kind, plan))).toEqual([
      { ruleId: 'field/unanswered', severity: 'error', line: 1, column: 1, message: 'Andra has no answer.', hint: `Write the answer under "second:", after "first:" (line ${lineOf(`kind: testkind\n${plan}`, 'first:')}).` },
    ]);
  });

  it('reports an empty answer and an empty list at their keys', () => {
    const found = brief(check(kind, 'first: " "\nsecond: Svar.\npeople: []\n'));
    expect(found.map((d) => [d.line, d.column, d.message])).toEqual([
      [2, 1, 'Första has no answer.'],
      [4, 1, 'Personer has no entry.'],
    ]);
  });
});

describe('a rule\'s own wording', () => {
  const kind = (extra: string) => `fields:
  a: { type: number, label: A }
  b: { type: number, label: B }
  change: { type: number, required: false, label: Förändring }
rules:
  - use: difference
    id: test/change
    description: The change is B minus A.
    value: change
    from: a
    to: b
${extra}`;

  it('replaces a library message by its id, and keeps the library\'s others; a rise is written without its plus sign in hints', () => {
    const own = kind(`    messages:\n      rule.differenceSignHint: { en: 'Flip the sign: {write}.' }\n`);
    expect(brief(check(own, 'a: 10\nb: 12\nchange: -2\n'))[0]).toMatchObject({ ruleId: 'test/change', message: 'Förändring is stated as −2, but 12 − 10 = +2.', hint: 'Flip the sign: 2.' });
    expect(brief(check(own, 'a: 10\nb: 12\nchange: 3\n'))[0]).toMatchObject({ hint: 'Write 2, or correct A or B.' });
  });

  it('gives the rule its description in rule listings', () => {
    const registry = new KindRegistry([kindFolder(kind(''))], 'en');
    expect(registry.get('testkind')!.rules.find((rule) => rule.id === 'test/change')!.description).toBe('The change is B minus A.');
  });

  it('is a mistake in the kind file when the message id is not one of the rule\'s, with a suggestion', () => {
    const folder = kindFolder(kind(`    messages:\n      rule.diferenceHint: { en: x }\n`));
    const loaded = loadKindFolder(join(folder, 'testkind'), 'en');
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.diagnostics[0]).toMatchObject({ ruleId: 'kind/invalid', line: 17, hint: 'Did you mean "rule.differenceHint"?' });
  });
});

describe('sum and date-order name their entry', () => {
  const kind = `fields:
  measures:
    type: list
    items:
      type: group
      fields:
        name: { type: text }
        when: { type: group, fields: { start: { type: fuzzy-date }, end: { type: fuzzy-date } } }
        total: { type: number }
        parts: { type: list, items: { type: group, fields: { name: { type: text }, value: { type: number } } } }
rules:
  - use: sum
    total: measures[].total
    of: measures[].parts[].value
    name: measures[].name
    termName: measures[].parts[].name
    message: '{name}: {stated} is not {computed} ({terms}).'
  - use: date-order
    first: measures[].when.start
    then: measures[].when.end
    name: measures[].name
    message: '{name}: {thenPrinted} before {firstPrinted} (written {thenDate}).'
    hint: ''
`;
  it('gives {name}, {terms} and dates as the document prints them; an empty hint leaves the hint out', () => {
    const found = brief(check(kind, 'measures:\n  - name: KASAM\n    when: { start: 2011-10-15, end: 2010-05-03 }\n    total: 125\n    parts: [{ name: B, value: 45 }, { name: H, value: "38,5" }]\n'));
    expect(found.map((d) => [d.ruleId, d.message, d.hint])).toEqual([
      ['dates/order', 'KASAM: 3 maj 2010 before 15 oktober 2011 (written 2010-05-03).', undefined],
      ['sum/mismatch', 'KASAM: 125 is not 83,5 (B 45 + H 38,5).', 'Write 83,5, or correct the figure that is wrong.'],
    ]);
  });
});

describe('pattern with when:', () => {
  const kind = `fields:
  number: { type: text, required: false, label: Diarienummer }
rules:
  - use: pattern
    id: test/digits
    severity: warning
    field: number
    pattern: '\\d{4}-\\d{7}'
    when: '\\d{4}-(?<digits>\\d+)'
    example: 2009-3060004
    message: '"{value}" has {digitsLength} digits ({digits}).'
`;
  it('checks only values of the looser form, with its named groups as placeholders', () => {
    expect(brief(check(kind, 'number: 2009-306217\n')).map((d) => [d.ruleId, d.severity, d.message])).toEqual([['test/digits', 'warning', '"2009-306217" has 6 digits (306217).']]);
    expect(check(kind, 'number: Dnr 2009\n').diagnostics).toEqual([]);
  });
});

describe('lenient phones with phone-format and phone-complete', () => {
  const kind = `fields:
  contacts:
    type: list
    items:
      type: contact
      fields:
        phone: { type: phone, lenient: true, required: false, label: Telefon }
rules:
  - use: phone-format
    fields: ['contacts[].phone']
    name: contacts[].name
  - use: phone-complete
    fields: ['contacts[].phone']
    name: contacts[].name
`;
  const phone = (number: string) => brief(check(kind, `contacts:\n  - name: Anna\n    phone: ${number}\n`)).map((d) => [d.ruleId, d.severity, d.message]);

  it('keeps a number as written, reads a slash after the area code, and warns about one cut short', () => {
    expect(phone('018/727 00 00')).toEqual([]);
    expect(phone('018/')).toEqual([['contact/phone-incomplete', 'warning', 'Telefon "018/" is incomplete: it has only 3 digits.']]);
    expect(phone('727 00 00')).toEqual([['contact/phone-incomplete', 'warning', 'Telefon "727 00 00" has no area code.']]);
    expect(phone('018-727 00 000')).toEqual([['contact/phone-format', 'error', 'Telefon "018-727 00 000" has 11 digits, more than one number can have.']]);
    expect(phone('ring växeln')).toEqual([['contact/phone-format', 'error', 'Telefon "ring växeln" is not a telephone number.']]);
  });

  it('refuses a number YAML has read as digits, saying how to quote it', () => {
    expect(phone('+46187270000')).toEqual([['contact/phone-yaml-number', 'error', '"phone" (Telefon) has been read as the number 46187270000, not as text; a + or a leading 0 does not survive that.']]);
  });

  it('takes a contact\'s preset fields in the order the kind names them', () => {
    const ordered = `fields:\n  person:\n    type: contact\n    fields:\n      role: { type: text, required: false }\n      name: { type: text }\n      organisation: { type: text, required: false }\n`;
    const loaded = loadKindFolder(join(kindFolder(ordered), 'testkind'), 'en');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const person = (kindJsonSchema(loaded.kind) as { properties: { person: { properties: object } } }).properties.person.properties;
    expect(Object.keys(person)).toEqual(['role', 'name', 'organisation', 'phone', 'mobile', 'email']);
  });
});

describe('period fields, table rows and help', () => {
  const kind = `fields:
  period:
    type: period
    fields:
      start: { type: fuzzy-date, label: Från, help: Första dagen. }
      end: { type: fuzzy-date, required: false, label: Till }
  costs:
    type: table
    minItems: 1
    rowLabel: { key: item, label: Kostnadsslag }
    columns:
      planned: { label: Planerat, help: Enligt beslutet. }
    total: { label: Summa, help: Summorna som planen anger dem. }
`;
  it('gives a period\'s dates their own label, help and required, and still checks their order', () => {
    expect(check(kind, 'period: { start: 2009-02-02 }\ncosts: { rows: [{ item: A }] }\n').diagnostics).toEqual([]);
    expect(check(kind, 'period: { start: 2009-02-02, end: 2008-01-01 }\ncosts: { rows: [{ item: A }] }\n').diagnostics.map((d) => d.ruleId)).toEqual(['period/order']);
    const loaded = loadKindFolder(join(kindFolder(kind), 'testkind'), 'en');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const json = JSON.stringify(kindJsonSchema(loaded.kind));
    for (const text of ['Första dagen.', 'Enligt beslutet.', 'Summorna som planen anger dem.']) expect(json).toContain(text);
  });

  it('asks a table for at least minItems rows, naming them by their row label', () => {
    expect(brief(check(kind, 'period: { start: 2009-02-02 }\ncosts: { rows: [] }\n')).map((d) => d.message)).toEqual(['"rows" (Kostnadsslag) needs at least one entry.']);
  });
});

describe('summary figures', () => {
  const kind = `fields:
  period: { type: period, required: false }
  a: { type: markdown, required: false }
  b: { type: markdown, required: false }
  c: { type: list, required: false, items: { type: text } }
summary:
  - { label: { sv: Projektperiod, en: Project period }, value: period }
  - { label: { sv: Besvarade, en: Answered }, filled: [a, b, c] }
`;
  it('count the fields filled in as "N of M", in the language asked for, dates included', () => {
    const registry = new KindRegistry([kindFolder(kind)], 'en');
    const result = checkText('kind: testkind\nperiod: { start: 2009-02-02, end: 2010-12-31 }\na: Svar.\nb: " "\nc: [x]\n', 'plan.yaml', { kinds: registry });
    const summary = (lang: 'sv' | 'en') => result.kind!.summary!(result.plan, { lang, t: createTranslator(lang, result.kind!.messages!) }).figures;
    expect(summary('en')).toEqual([
      { label: 'Project period', value: '2 February 2009 – 31 December 2010' },
      { label: 'Answered', value: '2 of 3' },
    ]);
    expect(summary('sv')[1]).toEqual({ label: 'Besvarade', value: '2 av 3' });
  });
});
