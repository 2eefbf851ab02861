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

  it('a cost row without its amount is an error saying the amount is missing', () => {
    const text = edited(seed, '      - activity: Diverse kostnader\n        amount: 100 000\n', '      - activity: Diverse kostnader\n');
    const found = errors(text, 'nb');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'schema/required', pointer: '/budget/costs/rows/3/amount' });
    expect(found[0]!.message).toBe('Det obligatoriske feltet "amount" (Beløp) mangler.');
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

describe('prosjektplan: dates', () => {
  it('reads the seed\'s dates as intervals, and its period as 30 months from the end of June 2007', async () => {
    const { projectPeriod } = await import('../../src/kinds/prosjektplan/rules.js');
    const plan = check(seed).plan as Parameters<typeof projectPeriod>[0];
    expect(plan.period.start.span).toEqual({ from: '2007-06-21', to: '2007-06-30' });
    expect(projectPeriod(plan)).toEqual({ from: '2007-06-21', to: '2009-12-31' });
    expect(plan.milestones.map((m) => m.date.span)).toEqual([
      { from: '2008-05-01', to: '2008-05-01' },
      { from: '2007-12-31', to: '2007-12-31' },
      { from: '2008-12-01', to: '2008-12-31' },
      { from: '2009-12-31', to: '2009-12-31' },
    ]);
  });

  it('a frame in whole months ends with its last month, from an exact start day too', async () => {
    const { projectPeriod } = await import('../../src/kinds/prosjektplan/rules.js');
    const period = (start: string, months: number) => {
      const plan = check(edited(seed, 'start: slutten av juni 2007', `start: ${start}`).replace('months: 30', `months: ${months}`)).plan as Parameters<typeof projectPeriod>[0];
      return projectPeriod(plan);
    };
    expect(period('1. juli 2007', 30)).toEqual({ from: '2007-07-01', to: '2009-12-31' });
    expect(period('2007-06-28', 30)).toEqual({ from: '2007-06-28', to: '2009-12-31' });
    expect(period('høsten 2007', 12)).toEqual({ from: '2007-09-01', to: '2008-08-31' });
  });

  it('a frame of N months from a fuzzy start ends N months after the start\'s first day', async () => {
    const { projectPeriod } = await import('../../src/kinds/prosjektplan/rules.js');
    const period = (start: string, months: number) => {
      const plan = check(edited(seed, 'start: slutten av juni 2007', `start: "${start}"`).replace('months: 30', `months: ${months}`)).plan as Parameters<typeof projectPeriod>[0];
      return projectPeriod(plan);
    };
    for (const start of ['2015', 'januar 2015', 'Q1 2015']) expect(period(start, 12), start).toEqual({ from: '2015-01-01', to: '2015-12-31' });
    expect(period('Q2 2015', 6)).toEqual({ from: '2015-04-01', to: '2015-09-30' });
    expect(period('2015', 30)).toEqual({ from: '2015-01-01', to: '2017-06-30' });
  });

  it('a milestone in the year after a 12-month period from "2015" is outside it', () => {
    // The seed's dates moved to 2015, with one milestone in January 2016: a year-long start must not stretch the period to 2016.
    const moved = edited(edited(seed, 'start: slutten av juni 2007', 'start: "2015"').replace('months: 30', 'months: 12'), '    date: 31. desember 2009', '    date: 31. januar 2016');
    const outside = errors(moved).filter((d) => d.pointer === '/milestones/3/date');
    expect(outside).toEqual([expect.objectContaining({ ruleId: 'date/outside-period', line: lineOf(moved, 'date: 31. januar 2016') })]);
    expect(outside[0]!.message).toContain('comes after the project period ends (2015)');
  });

  it('a milestone after the project\'s end is an error at its line, naming the date and the period', () => {
    const text = edited(seed, '    date: 31. desember 2009', '    date: 31. januar 2010');
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'date/outside-period', pointer: '/milestones/3/date', line: lineOf(text, 'date: 31. januar 2010'), column: 11 });
    expect(found[0]!.message).toContain('31 January 2010');
    expect(found[0]!.message).toContain('31 December 2009');
    const nb = errors(text, 'nb')[0]!;
    expect(nb.message).toBe('Milepælen "Når sluttdokumentasjonen er utarbeidet og formidlet" (31. januar 2010) ligger etter at prosjektperioden er slutt (21. juni 2007 – 31. desember 2009).');
    expect(nb.hint).toContain('slutten av juni 2007');
  });

  it('a shorter time frame puts the seed\'s last milestone and activities outside it', () => {
    const text = edited(seed, 'months: 30', 'months: 24');
    const found = errors(text);
    expect(found.map((d) => d.pointer)).toEqual(['/subGoals/4/activities/0/text', '/subGoals/4/activities/1/text', '/milestones/3/date']);
    expect(found.every((d) => d.ruleId === 'date/outside-period')).toBe(true);
  });

  it('an undated milestone is an error at the milestone', () => {
    const text = edited(seed, '    date: desember 2008\n', '');
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'schema/required', pointer: '/milestones/2/date', line: lineOf(text, 'Når tjenestestandarder er fastsatt') });
  });

  it('a milestone date that is no date is an error at it, in Norwegian terms', () => {
    const text = edited(seed, '    date: desember 2008', '    date: snart');
    const found = errors(text, 'nb');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'schema/invalid-date', line: lineOf(text, 'date: snart') });
  });

  it('an undated decision point is an error at its line', () => {
    const text = edited(seed, '    - Gjennomføring av dialogseminar i kommunestyret januar 2008.', '    - Gjennomføring av dialogseminar i kommunestyret.');
    const found = errors(text, 'nb');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'date/missing', pointer: '/decisionPoints/planned/1', line: lineOf(text, 'dialogseminar i kommunestyret.'), column: 7 });
    expect(found[0]!.message).toBe('Beslutningspunktet "Gjennomføring av dialogseminar i kommunestyret." har ingen dato.');
  });

  it('a decision point before the start is an error', () => {
    const text = edited(seed, '    - 28. juni 2007 ved presentasjon', '    - 28. mai 2007 ved presentasjon');
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'date/outside-period', pointer: '/decisionPoints/mandatory/0' });
    expect(found[0]!.message).toMatch(/28 May 2007.*before the project starts.*21 June 2007/);
  });

  it('a deadline in an activity that is no real day is an error at the activity', () => {
    const text = edited(seed, 'innen 31. mars 2008', 'innen 31. april 2008');
    const found = errors(text, 'nb');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'date/invalid', pointer: '/subGoals/3/activities/0/text' });
    expect(found[0]!.message).toBe('Hovedaktiviteten HA 4.1: 31. april 2008 finnes ikke; april 2008 har 30 dager.');
  });

  it('an activity may give its deadline in a field of its own, which is then the one checked', () => {
    const text = edited(seed, '        text: Standarder og budsjett sluttbehandles i kommunestyret desember 2008.', '        text: Standarder og budsjett sluttbehandles i kommunestyret desember 2008.\n        deadline: innen 1. februar 2010');
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'date/outside-period', pointer: '/subGoals/3/activities/1/deadline', line: lineOf(text, 'deadline: innen 1. februar 2010') });
  });

  it('an activity without a date is fine, and one too long to search gets a warning', () => {
    expect(check(edited(seed, 'informasjon høsten 2007.', 'informasjon.')).diagnostics).toEqual([]);
    const long = 'Etablere delprosjekter. ' + 'Etablere styringsgruppe og arbeidsgrupper. '.repeat(5);
    const found = check(edited(seed, 'Etablere delprosjekter innen medio november 2007. Etablere styringsgruppe og arbeidsgrupper.', long)).diagnostics;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'date/unread', severity: 'warning', pointer: '/subGoals/0/activities/0/text' });
    expect(found[0]!.hint).toContain('deadline');
  });
});

describe('prosjektplan: a decision point named by its follow-up', () => {
  it('"Evaluering av forprosjektet desember 2009" has its date, and a later one is outside the period', () => {
    const text = edited(seed, '    - Ultimo september 2007 ved presentasjon av de første delprosjektene.', '    - Evaluering av prosjektet desember 2009.');
    expect(errors(text)).toEqual([]);
    const late = edited(seed, '    - Ultimo september 2007 ved presentasjon av de første delprosjektene.', '    - Evaluering januar 2010.');
    expect(errors(late).map((d) => d.ruleId)).toEqual(['date/outside-period']);
  });
});
