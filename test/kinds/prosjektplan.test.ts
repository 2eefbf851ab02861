import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/check.js';
import { runCli } from '../helpers/cli.js';
import { edited, example, lineOf, writeTemp } from '../helpers/fixtures.js';

const KIND = 'prosjektplan';
const seed = example(KIND);

function check(text: string, lang: 'nb' | 'en' | 'sv' = 'en') {
  return checkText(text, 'plan.yaml', { lang });
}

function errors(text: string, lang: 'nb' | 'en' | 'sv' = 'en') {
  return check(text, lang).diagnostics.filter((d) => d.severity === 'error');
}

/** The seed's 6.3, with the cost row for Kurs/kompetanse/seminar changed. */
const KURS = '      - activity: Kurs/kompetanse/seminar\n        amount: 50 000';

describe('prosjektplan: the seed', () => {
  it('validates with no problems', () => {
    expect(check(seed).diagnostics).toEqual([]);
  });

  it('reads "kr. 200.000,-" as 200 000 and the costs exactly', () => {
    const plan = check(seed).plan as { resources: { perYear: number }; budget: { costs: { rows: { amount: number }[]; total: number } } };
    expect(plan.resources.perYear).toBe(200000);
    expect(plan.budget.costs.rows.map((row) => row.amount)).toEqual([200000, 50000, 200000, 100000]);
    expect(plan.budget.costs.total).toBe(550000);
  });
});

describe('prosjektplan: 6.3 costs and financing', () => {
  it('a changed cost: exit 1, naming the stated sum and what the rows add up to, at the line of the sum', async () => {
    const text = edited(seed, KURS, KURS.replace('50 000', '60 000'));
    const file = writeTemp('kostnader.yaml', text);
    const run = await runCli(['validate', file, '--lang', 'en']);
    expect(run.code).toBe(1);
    const line = lineOf(text, '    total: 550 000');
    expect(run.stdout).toMatch(new RegExp(`${line}:12\\s+error\\s+.*550 000.*560 000.*budget/sum-mismatch`));
  });

  it('a changed cost with its sum changed too: costs no longer equal financing, both sums named', async () => {
    const text = edited(edited(seed, KURS, KURS.replace('50 000', '60 000')), '    total: 550 000\n  financing:', '    total: 560 000\n  financing:');
    const found = errors(text);
    expect(found).toHaveLength(1);
    const financingTotal = text.split('\n').findLastIndex((l) => l === '    total: 550 000') + 1;
    expect(found[0]).toMatchObject({ ruleId: 'budget/balance', pointer: '/budget/financing/total', line: financingTotal });
    expect(found[0]!.message).toContain('550 000');
    expect(found[0]!.message).toContain('560 000');
    const run = await runCli(['validate', writeTemp('ubalanse.yaml', text)]);
    expect(run.code).toBe(1);
    // A Norwegian plan is answered in Norwegian unless asked otherwise.
    expect(run.stdout).toMatch(/6\.3 Finansiering er 550 000, men 6\.3 Kostnader summerer seg til 560 000/);
  });

  it('financing rows must add up to their own sum', () => {
    const text = edited(seed, '        amount: 350 000', '        amount: 340 000');
    const found = errors(text);
    expect(found.map((d) => d.ruleId)).toEqual(['budget/sum-mismatch']);
    expect(found[0]).toMatchObject({ pointer: '/budget/financing/total' });
    expect(found[0]!.message).toMatch(/550 000.*540 000/);
  });

  it('without stated sums, the computed sums must still balance', () => {
    const text = edited(edited(seed, /    total: 550 000\n  financing:/, '  financing:'), /    total: 550 000\n?$/, '').replace('        amount: 350 000', '        amount: 300 000');
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'budget/balance', pointer: '/budget/financing' });
    expect(found[0]!.message).toMatch(/500 000.*550 000/);
  });

  it('an ambiguous amount is refused with how to write it', () => {
    const text = edited(seed, KURS, KURS.replace('50 000', '50.000'));
    const found = errors(text);
    expect(found[0]).toMatchObject({ ruleId: 'schema/invalid-amount', line: lineOf(text, '50.000') });
    expect(`${found[0]!.message} ${found[0]!.hint ?? ''}`).toContain('50 000');
  });
});

describe('prosjektplan: 6.1 main activities', () => {
  it('"HA 3.1" under Delmål 2 is an error at its id, saying where it belongs', () => {
    const text = edited(seed, '      - id: HA 2.1', '      - id: HA 3.1');
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'activity/sub-goal-mismatch', pointer: '/subGoals/1/activities/0/id', line: lineOf(text, 'id: HA 3.1'), column: 13 });
    expect(found[0]!.message).toContain('HA 3.1');
    expect(found[0]!.message).toContain('Delmål 2');
    expect(found[0]!.hint).toContain('Delmål 3');
  });

  it('the same activity id twice is an error at the second', () => {
    const text = edited(seed, '      - id: HA 1.2', '      - id: HA 1.1');
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'activity/duplicate-id', pointer: '/subGoals/0/activities/1/id' });
  });

  it('an activity without a number N.M, and a sub-goal without a number, are errors', () => {
    const text = edited(edited(seed, '      - id: HA 2.1', '      - id: HA to'), '  - id: Delmål 3', '  - id: Delmål tre');
    const found = errors(text);
    expect(found.map((d) => [d.ruleId, d.pointer])).toEqual([
      ['activity/id-format', '/subGoals/1/activities/0/id'],
      ['activity/id-format', '/subGoals/2/id'],
    ]);
    expect(found[0]!.hint).toContain('HA 2.1');
  });
});

describe('prosjektplan: 5.1 and 5.3 success factors', () => {
  it('a 5.3 entry for a factor 5.1 does not have is an error at its number', () => {
    const text = edited(seed, '    - factor: 3', '    - factor: 4');
    const found = errors(text);
    expect(found.map((d) => d.ruleId).sort()).toEqual(['quality/missing-assurance', 'quality/unknown-factor']);
    const unknown = found.find((d) => d.ruleId === 'quality/unknown-factor')!;
    expect(unknown).toMatchObject({ pointer: '/factorAssurance/entries/2/factor', line: lineOf(text, 'factor: 4') });
    expect(unknown.message).toMatch(/4.*3/);
    // Factor 3 has now lost its entry.
    expect(found.find((d) => d.ruleId === 'quality/missing-assurance')).toMatchObject({ pointer: '/successFactors/2', line: lineOf(text, '  - At det avsettes') });
  });

  it('a success factor without its entry in 5.3 is an error at the factor', () => {
    const text = edited(seed, 'personlig oppfølging.\n', 'personlig oppfølging.\n  - At politikerne er med.\n');
    const found = errors(text, 'nb');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'quality/missing-assurance', pointer: '/successFactors/3', line: lineOf(text, 'At politikerne er med.') });
    expect(found[0]!.message).toBe('Suksessfaktor 4 ("At politikerne er med.") har ingen oppføring om kvalitetssikring i 5.3.');
  });
});

describe('prosjektplan: schema', () => {
  it('an unknown key is an error at its line with a suggestion', () => {
    const text = edited(seed, /^milestones:/m, 'milestone:');
    const unknown = errors(text).find((d) => d.ruleId === 'schema/unknown-key');
    expect(unknown).toMatchObject({ line: lineOf(text, 'milestone:'), column: 1 });
    expect(unknown!.hint).toContain('milestones');
  });

  it('speaks Norwegian by default, and names the field by its chapter', () => {
    const text = edited(seed, 'qualityAssurance: Hovedprosjektet organiseres', 'qualityAssurance: ""\nx: Hovedprosjektet organiseres');
    const result = checkText(text, 'plan.yaml');
    expect(result.lang).toBe('nb');
    const empty = result.diagnostics.find((d) => d.pointer === '/qualityAssurance');
    expect(empty!.message).toContain('5.2 Organisering av kvalitetssikring');
    expect(empty!.message).toMatch(/tomt/);
  });
});
