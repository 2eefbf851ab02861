import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkText } from '../../src/check/check.js';
import { compileKind } from '../../src/kinds/data/compile.js';
import { kindFileSchemas } from '../../src/kinds/data/format.js';

const { kindFileSchema } = kindFileSchemas();
import { KindRegistry } from '../../src/kinds/registry.js';
import { evaluate, linearWeights, parseExpression } from '../../src/kinds/data/expression.js';

/** A kind written in a test, checked as plan checks a plan of it. */
function kindOf(yaml: string) {
  const file = kindFileSchema.parse(parse(yaml));
  const compiled = compileKind(file);
  expect(compiled.problems).toEqual([]);
  return compiled.kind;
}

function problemsOf(kindYaml: string, plan: string) {
  const kind = kindOf(kindYaml);
  const registry = new KindRegistry([], 'en', [kind]);
  return checkText(plan, 'plan.yaml', { kinds: registry, lang: 'en' }).diagnostics.map((d) => ({ ruleId: d.ruleId, line: d.line, message: d.message }));
}

const HEAD = 'id: t\nlang: sv\ntitle: T\ndescription: A test kind.\n';

describe('formulas', () => {
  it('work out + − × ÷ with parentheses, and leave a formula over an empty cell undefined', () => {
    const values = (name: string) => ({ a: 6, b: 4, c: null })[name];
    expect(evaluate(parseExpression('(a + b) * 2 - a / 3'), values)).toBe(18);
    expect(evaluate(parseExpression('a * c'), values)).toBeUndefined();
  });

  it('tell a linear formula (a table column) from one that multiplies columns', () => {
    expect(linearWeights(parseExpression('actual - budget'), ['budget', 'actual'])).toEqual([-1, 1]);
    expect(linearWeights(parseExpression('probability * consequence'), ['probability', 'consequence'])).toBeUndefined();
  });
});

describe('library rules', () => {
  const period = 'period: { type: period, label: Projektperiod }\n';

  it('share: the fund\'s part at most 40 % of the total cost, at the part', () => {
    const kind = HEAD + 'fields:\n  support: { type: amount, label: Sökt stöd }\n  total: { type: amount, label: Total kostnad }\nrules:\n  - use: share\n    part: support\n    whole: total\n    max: 40\n';
    expect(problemsOf(kind, 'kind: t\nsupport: 400000\ntotal: 1000000\n')).toEqual([]);
    expect(problemsOf(kind, 'kind: t\nsupport: 450000\ntotal: 1000000\n')).toEqual([
      { ruleId: 'budget/share', line: 2, message: 'Sökt stöd is 45 % of Total kostnad; at most 40 % is allowed.' },
    ]);
  });

  it('cap: one figure no larger than another', () => {
    const kind = HEAD + 'fields:\n  support: { type: amount, label: Sökt stöd }\n  total: { type: amount, label: Total kostnad }\nrules:\n  - use: cap\n    value: support\n    max: total\n';
    expect(problemsOf(kind, 'kind: t\nsupport: 1000\ntotal: 1000\n')).toEqual([]);
    expect(problemsOf(kind, 'kind: t\nsupport: 1001\ntotal: 1000\n').map((p) => p.ruleId)).toEqual(['budget/cap']);
  });

  it('within-period and date-order, with the automatic period/order', () => {
    const kind = HEAD + 'fields:\n  ' + period + '  decided: { type: date, label: Beslut }\n  milestones:\n    type: list\n    label: Milstolpar\n    items: { type: fuzzy-date, label: Milstolpe }\nrules:\n  - use: within-period\n    dates: milestones[]\n    period: period\n  - use: date-order\n    first: decided\n    then: period.start\n';
    const plan = (milestone: string, decided = '2023-12-01') => `kind: t\nperiod: { start: 2024-01-01, end: 2024-12-31 }\ndecided: ${decided}\nmilestones: [${milestone}]\n`;
    expect(problemsOf(kind, plan('hösten 2024'))).toEqual([]);
    expect(problemsOf(kind, plan('2025-03-01')).map((p) => p.ruleId)).toEqual(['dates/outside-period']);
    expect(problemsOf(kind, plan('mars 2024', '2024-02-01')).map((p) => [p.ruleId, p.line])).toEqual([['dates/order', 2]]);
  });

  it('reference with did-you-mean, and unique naming the first line', () => {
    const kind = HEAD + 'fields:\n  roles: { type: list, label: Roller, items: { type: text } }\n  actions:\n    type: list\n    label: Åtgärder\n    items:\n      type: group\n      fields:\n        what: { type: text, label: Vad }\n        who: { type: text, label: Ansvarig }\nrules:\n  - use: reference\n    values: actions[].who\n    in: roles[]\n  - use: unique\n    values: roles[]\n';
    const problems = problemsOf(kind, 'kind: t\nroles: [Enhetschef, Rektor, Enhetschef]\nactions:\n  - { what: a, who: Enhetchef }\n');
    expect(problems.map((p) => [p.ruleId, p.line])).toEqual([['list/duplicate', 2], ['reference/unknown', 4]]);
    expect(problems[0]!.message).toBe('"Enhetschef" appears twice in Roller: first on line 2.');
  });

  it('unique over two lists reports each later place in the file, naming where the value first stands', () => {
    const kind = HEAD + 'fields:\n  later: { type: list, label: Senare, items: { type: text } }\n  first: { type: list, label: Först, items: { type: text } }\nrules:\n  - use: unique\n    values:\n      - first[]\n      - later[]\n';
    // The rule reads "first" first, but the file writes "later" first: the file's order decides which place is the second.
    const plan = 'kind: t\nlater:\n  - Alingsås\n  - Kinna\n  - Borås\nfirst:\n  - Borås\n  - Alingsås\n  - borås\n';
    const problems = problemsOf(kind, plan);
    expect(problems.map((p) => [p.ruleId, p.line])).toEqual([['list/duplicate', 7], ['list/duplicate', 8], ['list/duplicate', 9]]);
    expect(problems.map((p) => p.message)).toEqual(['"Borås" appears twice in Senare: first on line 5.', '"Alingsås" appears twice in Senare: first on line 3.', '"borås" appears twice in Senare: first on line 5.']);
  });

  it('pattern, required-if and at-least-one', () => {
    const kind = HEAD + 'fields:\n  diary: { type: text, label: Diarienummer, required: false }\n  coFinanced: { type: yes-no, label: Medfinansieras }\n  statement: { type: text, label: Finansieringstext, required: false }\n  phone: { type: phone, label: Telefon, required: false }\n  email: { type: email, label: E-post, required: false }\nrules:\n  - use: pattern\n    field: diary\n    pattern: "\\\\d{4}-\\\\d{7}"\n    example: 2009-3060004\n  - use: required-if\n    field: statement\n    if: { field: coFinanced, equals: true }\n  - use: at-least-one\n    fields: [phone, email]\n';
    expect(problemsOf(kind, 'kind: t\ndiary: 2009-3060004\ncoFinanced: true\nstatement: Medfinansieras av EU.\nemail: a@b.se\n')).toEqual([]);
    expect(problemsOf(kind, 'kind: t\ndiary: 2009-306\ncoFinanced: true\n').map((p) => p.ruleId).sort()).toEqual(['field/at-least-one', 'field/pattern', 'field/required-if']);
  });

  it('sum over list entries, and a field over its maximum length', () => {
    const kind = HEAD + 'fields:\n  summary: { type: text, label: Sammanfattning, maxLength: 10 }\n  parts: { type: list, label: Delar, items: { type: number, label: Del } }\n  total: { type: number, label: Summa }\nrules:\n  - use: sum\n    total: total\n    of: parts[]\n';
    expect(problemsOf(kind, 'kind: t\nsummary: kort\nparts: ["0,1", "0,2"]\ntotal: "0,3"\n')).toEqual([]);
    expect(problemsOf(kind, 'kind: t\nsummary: alldeles för lång\nparts: [1, 2]\ntotal: 4\n')).toEqual([
      { ruleId: 'field/too-long', line: 2, message: '"summary" (Sammanfattning): 17 characters, at most 10: 7 too many.' },
      { ruleId: 'sum/mismatch', line: 4, message: 'Summa is stated as 4, but Delar add up to 3.' },
    ]);
  });
});
