import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/check.js';
import { edited, example, lineOf } from '../helpers/fixtures.js';

const KIND = 'kompetensstegen-d';
const seed = example(KIND);

function check(text: string, lang: 'sv' | 'en' = 'en') {
  return checkText(text, 'plan.yaml', { lang });
}

function errors(text: string) {
  return check(text).diagnostics.filter((d) => d.severity === 'error');
}

describe('kompetensstegen-d: the seed', () => {
  it('validates with no problems', () => {
    expect(check(seed).diagnostics).toEqual([]);
  });

  it('reads the Swedish-formatted amounts exactly', () => {
    const plan = check(seed).plan as { budget: { supportSought: { total: number[] } } };
    expect(plan.budget.supportSought.total).toEqual([1835000, 1935000, 1785000]);
  });
});

describe('kompetensstegen-d: D.7 sums', () => {
  it('D.7.1: a changed row gives an error at the stated sum naming both figures', () => {
    const text = edited(seed, '[650 000, 650 000, 650 000]', '[650 001, 650 000, 650 000]');
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'budget/sum-mismatch', pointer: '/budget/supportSought/total/0', line: lineOf(text, 'total: [1 835 000'), column: 13 });
    expect(found[0]!.message).toContain('1 835 000');
    expect(found[0]!.message).toContain('1 835 001');
  });

  it('D.7.1: a changed stated sum is one error, in the year it belongs to; D.7.3 still agreeing with the rows is not a second', () => {
    const text = edited(seed, 'total: [1 835 000, 1 935 000, 1 785 000]', 'total: [1 835 000, 1 935 000, 1 785 001]');
    const found = errors(text);
    expect(found.map((d) => d.pointer)).toEqual(['/budget/supportSought/total/2']);
  });

  it('D.7.3 that agrees with neither the stated nor the real D.7.1 names the real sum', () => {
    const text = edited(edited(seed, 'total: [1 835 000, 1 935 000, 1 785 000]', 'total: [1 835 000, 1 935 000, 1 785 001]'), 'totalCost: [1 835 000, 1 935 000, 1 785 000]', 'totalCost: [1 835 000, 1 935 000, 1 700 000]');
    const balance = errors(text).find((d) => d.ruleId === 'budget/balance');
    expect(balance).toMatchObject({ pointer: '/budget/totalCost/2' });
    expect(balance!.hint).toContain('1 785 000');
  });

  it('D.7.2: other financing must add up to its own stated sum', () => {
    const text = edited(seed, '        note: (ex EU, Landstinget, utbildningshuvudman)\n', '        note: (ex EU, Landstinget, utbildningshuvudman)\n        amounts: [100 000, ~, ~]\n    total: [90 000, ~, ~]\n');
    const found = errors(text);
    expect(found.some((d) => d.ruleId === 'budget/sum-mismatch' && d.pointer === '/budget/otherFinancing/total/0' && d.message.includes('90 000') && d.message.includes('100 000'))).toBe(true);
  });

  it('D.7.3: the total cost must equal D.7.1 + D.7.2 for each year', () => {
    const text = edited(seed, 'totalCost: [1 835 000, 1 935 000, 1 785 000]', 'totalCost: [1 835 000, 1 900 000, 1 785 000]');
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'budget/balance', pointer: '/budget/totalCost/1', line: lineOf(text, 'totalCost:') });
    expect(found[0]!.message).toContain('1 900 000');
    expect(found[0]!.message).toContain('1 935 000');
  });

  it('a year column too many or too few is an error at the row', () => {
    const text = edited(seed, '[60 000, 60 000, 60 000]', '[60 000, 60 000]');
    expect(errors(text).map((d) => d.ruleId)).toContain('budget/column-count');
  });
});

describe('kompetensstegen-d: schema problems', () => {
  it('an unknown key is an error at its line with a suggestion', () => {
    const text = edited(seed, /^budget:/m, 'budjet:');
    const found = errors(text);
    const unknown = found.find((d) => d.ruleId === 'schema/unknown-key');
    expect(unknown).toMatchObject({ line: lineOf(text, 'budjet:'), column: 1 });
    expect(unknown!.message).toContain('budjet');
    expect(unknown!.hint ?? unknown!.message).toContain('budget');
  });

  it('an ambiguous amount is refused with how to write it', () => {
    const text = edited(seed, '[150 000, 250 000, 100 000]', '[150.000, 250 000, 100 000]');
    const found = errors(text);
    expect(found[0]).toMatchObject({ ruleId: 'schema/invalid-amount', line: lineOf(text, '150.000') });
    expect(`${found[0]!.message} ${found[0]!.hint ?? ''}`).toContain('150 000');
  });

  it('a contact phone number or e-mail address that cannot be one is an error at its line', () => {
    const text = edited(edited(seed, 'phone: 08-508 20 520', 'phone: 508'), 'email: margaretha.selin@vantor.stockholm.se', 'email: margaretha.selin(at)vantor');
    const found = errors(text);
    expect(found.map((d) => [d.ruleId, d.line])).toEqual([
      ['field/phone', lineOf(text, 'phone: 508')],
      ['field/email', lineOf(text, 'email: margaretha')],
    ]);
  });

  it('speaks Swedish by default for a Swedish form', () => {
    const text = edited(seed, 'name: Margaretha Selin', 'name: ""');
    const result = checkText(text, 'plan.yaml');
    expect(result.lang).toBe('sv');
    expect(result.diagnostics[0]!.message).toMatch(/[Tt]om|[Ss]krivs/);
  });
});
