import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/check.js';
import { compileKind } from '../../src/kinds/data/compile.js';
import { kindFileSchemas } from '../../src/kinds/data/format.js';

const { kindFileSchema } = kindFileSchemas();
import { KindRegistry } from '../../src/kinds/registry.js';
import { ruleCatalog } from '../../src/report/catalog.js';
import { kindJsonSchema } from '../../src/schema/json-schema.js';

/**
 * What the kind file format gained so that Kompetensstegen's form D could be written as data, each
 * on a form of its own that has nothing else of D in it.
 */
function kindOf(fields: unknown, rules: unknown[] = []) {
  const file = kindFileSchema.parse({ id: 'test-form', lang: 'en', title: 'Test form', description: 'A form for tests.', fields, rules });
  const compiled = compileKind(file);
  expect(compiled.problems).toEqual([]);
  return compiled.kind;
}

function check(kind: ReturnType<typeof kindOf>, yaml: string) {
  return checkText(`kind: test-form\n${yaml}`, 'plan.yaml', { kinds: new KindRegistry([], 'en', [kind]) });
}

const BUDGET = {
  years: { type: 'list', label: 'Years', items: { type: 'text' } },
  costs: { type: 'table', id: 'Costs', label: 'Costs', rowLabel: { key: 'item', label: 'Item' }, columns: { from: 'years' } },
};

describe('a list that may be written as one text (orText)', () => {
  const kind = kindOf({ towns: { type: 'list', label: 'Towns', orText: { help: 'The towns in prose.' }, items: { type: 'text' } } });

  it('takes the list or a text, and still refuses an empty list', () => {
    expect(check(kind, 'towns: [Haninge, Sollentuna]\n').diagnostics).toEqual([]);
    expect(check(kind, 'towns: Haninge and Sollentuna\n').diagnostics).toEqual([]);
    expect(check(kind, 'towns: []\n').diagnostics.map((d) => d.ruleId)).toEqual(['schema/too-small']);
  });

  it('says what the text is in the JSON Schema', () => {
    const towns = (kindJsonSchema(kind) as { properties: Record<string, { anyOf?: { description?: string; type?: string }[] }> }).properties.towns!;
    expect(towns.anyOf?.find((branch) => branch.type === 'string')?.description).toBe('The towns in prose.');
  });
});

describe('a group that needs one of its fields (atLeastOne)', () => {
  const kind = kindOf({
    how: {
      type: 'group',
      label: 'How',
      atLeastOne: { id: 'test/how-empty', message: { en: 'How is empty: write an intro or a text.', sv: 'Hur är tom.' } },
      fields: { intro: { type: 'text', required: false }, points: { type: 'list', required: false, items: { type: 'text' } } },
    },
  });

  it('is an error under its own id and message at the group when all are empty', () => {
    const found = check(kind, 'how:\n  intro: "  "\n  points: []\n').diagnostics;
    expect(found).toMatchObject([{ ruleId: 'test/how-empty', severity: 'error', pointer: '/how', line: 3, message: 'How is empty: write an intro or a text.' }]);
    expect(check(kind, 'how:\n  points: [one]\n').diagnostics).toEqual([]);
  });

  it('is in the rule catalog with its message as its description', () => {
    expect(ruleCatalog([kind]).find((rule) => rule.id === 'test/how-empty')).toMatchObject({ kinds: ['test-form'], short: 'How is empty: write an intro or a text.' });
  });

  it('refuses an id the schema uses for amounts and dates', () => {
    const file = kindFileSchema.parse({ id: 'test-form', lang: 'en', title: 'T', description: 'D.', fields: { how: { type: 'group', atLeastOne: { id: 'amount/x', message: 'x' }, fields: { a: { type: 'text' } } } } });
    expect(compileKind(file).problems).toMatchObject([{ pointer: '/fields/how/atLeastOne/id', message: 'kindFile.badCheckId' }]);
  });
});

describe('tables', () => {
  it('a list naming a table\'s columns needs one entry, as the budget does (budget/no-years)', () => {
    const found = check(kindOf(BUDGET), 'years: []\ncosts:\n  rows: []\n').diagnostics;
    expect(found.map((d) => [d.ruleId, d.pointer])).toEqual([['budget/no-years', '/years']]);
  });

  it('an optional table with showEmpty is in the budget with no rows when the plan leaves it out', () => {
    const fields = { ...BUDGET, other: { type: 'table', id: 'Other', label: 'Other', required: false, showEmpty: true, columns: { from: 'years' } } };
    const shown = check(kindOf(fields), 'years: [Y1]\ncosts:\n  rows: []\n');
    expect(kindOf(fields).budget!(shown.plan).tables.map((t) => [t.id, t.rows.length, t.columns])).toEqual([['Costs', 0, ['Y1']], ['Other', 0, ['Y1']]]);
    const { showEmpty: _, ...plain } = fields.other;
    const left = kindOf({ ...BUDGET, other: plain });
    expect(left.budget!(check(left, 'years: [Y1]\ncosts:\n  rows: []\n').plan).tables.map((t) => t.id)).toEqual(['Costs']);
  });

  it('a row label\'s heading may differ from its label, or be left out', () => {
    const view = (rowLabel: object) => {
      const kind = kindOf({ ...BUDGET, costs: { ...BUDGET.costs, rowLabel } });
      return kind.budget!(check(kind, 'years: [Y1]\ncosts:\n  rows: []\n').plan).tables[0]!.labelHeading;
    };
    expect(view({ key: 'item', label: 'Item' })).toBe('Item');
    expect(view({ key: 'item', label: 'Item', heading: 'Cost type' })).toBe('Cost type');
    expect(view({ key: 'item', label: 'Item', heading: '' })).toBeUndefined();
  });

  it('says what a row, the rows, an amount and the sum row are; rows come before their sum', () => {
    const kind = kindOf({
      ...BUDGET,
      costs: {
        ...BUDGET.costs,
        row: { label: 'Cost row', help: 'One cost and its amounts.' },
        rowList: { help: 'The cost rows.' },
        columns: { from: 'years', help: 'One amount a year.', cellHelp: 'Whole crowns.' },
        total: { label: 'Sum', help: 'The sum as the plan states it.' },
      },
    });
    type Node = { title?: string; description?: string; properties?: Record<string, Node>; items?: Node & { anyOf?: Node[] }; anyOf?: Node[] };
    const costs = (kindJsonSchema(kind) as Node).properties!.costs!;
    expect(Object.keys(costs.properties!)).toEqual(['rows', 'total']);
    const rows = costs.properties!.rows!;
    expect(rows.description).toBe('The cost rows.');
    expect(rows.items).toMatchObject({ title: 'Cost row', description: 'One cost and its amounts.' });
    const amounts = rows.items!.properties!.amounts!;
    expect(amounts.description).toBe('One amount a year.');
    expect(amounts.items!.anyOf![0]!.description).toBe('Whole crowns.');
    expect(costs.properties!.total).toMatchObject({ title: 'Sum', description: 'The sum as the plan states it.' });
  });
});
