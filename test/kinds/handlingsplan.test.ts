import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/check.js';
import { parsePlanText } from '../../src/core/load.js';
import { createTranslator } from '../../src/i18n/index.js';
import { summarise, type Handlingsplan } from '../../src/kinds/handlingsplan/progress.js';
import { builtinKinds } from '../../src/kinds/registry.js';
import { runCli } from '../helpers/cli.js';
import { edited, example, lineOf, ROOT, writeTemp } from '../helpers/fixtures.js';

const seed = example('handlingsplan');

function check(text: string, lang: 'sv' | 'en' = 'en') {
  return checkText(text, 'plan.yaml', { lang });
}

function errors(text: string) {
  return check(text).diagnostics.filter((d) => d.severity === 'error');
}

function planOf(text: string): Handlingsplan {
  const result = check(text);
  if (result.plan === undefined) throw new Error(result.diagnostics.map((d) => `${d.line}: ${d.message}`).join('\n'));
  return result.plan as Handlingsplan;
}

/** The first line of the seed's third row, the row the tests below change. */
const TEAMBUILDING = '  - problem: Teambuilding/arbetslagsutveckling';

describe('handlingsplan: the seed', () => {
  it('is a kind written as data, and passes plan kind check against its golden Markdown', async () => {
    expect(builtinKinds().get('handlingsplan')?.folder).toBe(join(ROOT, 'kinds', 'handlingsplan'));
    const run = await runCli(['kind', 'check', join(ROOT, 'kinds', 'handlingsplan')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('validates with no problems', () => {
    expect(check(seed).diagnostics).toEqual([]);
  });

  it('has every row of the original table', () => {
    const plan = planOf(seed);
    expect(plan.actions).toHaveLength(15);
    expect(plan.actions[0]!.problem).toBe('Utveckla en gemensam värdegrund för Äldreomsorgen');
    expect(plan.actions.at(-1)!.responsible).toEqual([{ role: 'Bitr.avd.chef' }, { role: 'Sekt.chef' }, { role: 'Enhetschef', scope: 'hemtjänst och rehab' }]);
  });

  it('keeps 070515 a string in the loader, and reads it as 15 May 2007', () => {
    const loaded = parsePlanText(seed, 'plan.yaml', createTranslator('en'));
    expect((loaded.source!.data as { date: unknown }).date).toBe('070515');
    expect(planOf(seed).date.span).toEqual({ from: '2007-05-15', to: '2007-05-15' });
  });

  it('reads the date cells: dates as intervals, status words as statuses', () => {
    const [first, , , , , , quality] = planOf(seed).actions;
    expect(first!.date.map((d) => d.span)).toEqual([{ from: '2007-10-01', to: '2007-10-31' }, { from: '2008-01-01', to: '2008-01-01' }]);
    expect(first!.date[1]!.status).toBe('done');
    expect(quality!.date[0]!.text).toBe('Pågår, Klart feb 2008');
  });
});

describe('handlingsplan: roles', () => {
  it('a misspelt role is an error at its row with "did you mean"', () => {
    const text = edited(seed, 'responsible: [Avd.chef, Bitr.avd.chef, Enhetschef, Personalchef]', 'responsible: [Avd.chef, Bitr.avd.chef, Enhetchef, Personalchef]');
    const found = errors(text);
    expect(found).toHaveLength(1);
    const line = lineOf(text, 'Enhetchef');
    expect(found[0]).toMatchObject({ ruleId: 'handlingsplan/unknown-role', pointer: '/actions/2/responsible/2', line, column: text.split('\n')[line - 1]!.indexOf('Enhetchef') + 1 });
    expect(found[0]!.message).toContain('Enhetchef');
    expect(found[0]!.hint).toBe('Did you mean "Enhetschef"?');
  });

  it('a role far from every declared one lists the roles instead', () => {
    const text = edited(seed, 'responsible: [Enhetschef, Adm.sekr]', 'responsible: [Enhetschef, Kommunalråd]');
    const [found] = errors(text);
    expect(found).toMatchObject({ ruleId: 'handlingsplan/unknown-role', line: lineOf(text, 'Kommunalråd') });
    expect(found!.hint).toContain('"Avd.chef"');
    expect(found!.hint).toContain('Kommunalråd');
  });

  it('a misspelt role with a scope is found too', () => {
    const text = edited(seed, '      - role: Enhetschef\n', '      - role: Enhetchef\n');
    const [found] = errors(text);
    expect(found).toMatchObject({ ruleId: 'handlingsplan/unknown-role', line: lineOf(text, 'role: Enhetchef') });
  });

  it('says it in Swedish for a Swedish plan, and exits 1 from the command line with the line', async () => {
    const text = edited(seed, 'responsible: [Avd.chef, Bitr.avd.chef, Enhetschef, Personalchef]', 'responsible: [Avd.chef, Bitr.avd.chef, Enhetchef, Personalchef]');
    const run = await runCli(['validate', writeTemp('roll.yaml', text)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`${lineOf(text, 'Enhetchef')}:\\d+\\s+fel\\s+Rollen "Enhetchef"`));
    expect(run.stdout).toContain('Menade du "Enhetschef"?');
  });

  it('a role declared twice is an error at the second', () => {
    const text = edited(seed, '  - abbreviation: Personalchef\n', '  - abbreviation: Enhetschef\n    title: enhetschef\n  - abbreviation: Personalchef\n');
    const found = errors(text);
    expect(found).toHaveLength(1);
    const second = text.split('\n').findIndex((line, i) => line.includes('abbreviation: Enhetschef') && i + 1 > lineOf(text, 'abbreviation: Enhetschef')) + 1;
    expect(found[0]).toMatchObject({ ruleId: 'handlingsplan/duplicate-role', pointer: '/roles/5/abbreviation', line: second });
  });

  it('a role no row names is a warning', () => {
    const text = edited(seed, '  - abbreviation: Adm.sekr\n', '  - abbreviation: Nämndsekr\n    title: nämndsekreterare\n  - abbreviation: Adm.sekr\n');
    const result = check(text);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ ruleId: 'handlingsplan/unused-role', severity: 'warning', line: lineOf(text, 'Nämndsekr') });
  });
});

describe('handlingsplan: every row has a responsible role and a date or status', () => {
  it('a row with no responsible role is an error at its line', () => {
    const text = edited(seed, 'responsible: [Bitr.avd.chef, Enhetschef]\n\n  - problem: >-\n      Införande', 'responsible: []\n\n  - problem: >-\n      Införande');
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'handlingsplan/no-responsible', line: lineOf(text, 'responsible: []') });
  });

  it('a row without the key is an error at the row', () => {
    const text = edited(seed, '    date: Klart 1 maj 2008\n    responsible: [Avd.chef, Bitr.avd.chef, Enhetschef, Personalchef]\n', '    date: Klart 1 maj 2008\n');
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ pointer: '/actions/2/responsible', line: lineOf(text, TEAMBUILDING) });
  });

  it('a row with neither date nor status is an error at its line', () => {
    for (const [date, ruleId] of [['""', 'schema/invalid-date'], ['32/13', 'schema/invalid-date'], ['[]', 'handlingsplan/no-date']] as const) {
      const text = edited(seed, 'date: Klart 1 maj 2008', `date: ${date}`);
      const found = errors(text);
      expect(found, date).toHaveLength(1);
      expect(found[0], date).toMatchObject({ ruleId, line: lineOf(text, `date: ${date}`) });
    }
  });

  it('a cell of words that are no date and no status is kept as written, with a warning at its line', () => {
    const text = edited(seed, 'date: Klart 1 maj 2008', 'date: Enligt överenskommelse med förbundet');
    const result = check(text, 'sv');
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        ruleId: 'date/unread-cell',
        severity: 'warning',
        line: lineOf(text, 'date: Enligt'),
        message: 'Datum eller status: "Enligt överenskommelse med förbundet" innehåller varken datum eller statusord som plan känner till; texten skrivs ut som den står och räknas inte i sammanställningen.',
        hint: expect.stringContaining('Löpande, Årligen, Omgående, Ej påbörjat'),
      }),
    ]);
    expect((result.plan as Handlingsplan).actions[2]!.date[0]).toEqual({ text: 'Enligt överenskommelse med förbundet', unread: true });
  });

  it('a row without a date key is an error at the row, and the command line exits 1', async () => {
    const text = edited(seed, '    date: Klart 1 maj 2008\n', '');
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'schema/required', pointer: '/actions/2/date', line: lineOf(text, TEAMBUILDING) });
    const run = await runCli(['validate', writeTemp('utan-datum.yaml', text), '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`${lineOf(text, TEAMBUILDING)}:\\d+\\s+error`));
  });
});

describe('handlingsplan: dates against the plan\'s own date', () => {
  it('a date before the plan\'s date with no status is an error at the date', () => {
    const text = edited(seed, 'date: Klart 1 maj 2008', 'date: 1 maj 2007');
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'handlingsplan/date-before-plan', pointer: '/actions/2/date/0', line: lineOf(text, 'date: 1 maj 2007') });
    expect(found[0]!.message).toContain('15 May 2007');
    expect(found[0]!.hint).toContain('Klart 1 maj 2007');
  });

  it('is fine when the row says the work is done or has started', () => {
    for (const cell of ['Klart 1 maj 2007', 'Påbörjat 1 maj 2007', '[1 maj 2007, Pågår]', 'Pågår, klart 1 maj 2007']) {
      expect(errors(edited(seed, 'date: Klart 1 maj 2008', `date: ${cell}`)), cell).toEqual([]);
    }
  });

  it('a planned date that has passed is an error, in an entry of a list too', () => {
    const text = edited(seed, '      - Implementeringsarbetet påbörjas okt 2007\n', '      - Implementeringsarbetet planeras mars 2007\n');
    const [found] = errors(text);
    expect(found).toMatchObject({ ruleId: 'handlingsplan/date-before-plan', pointer: '/actions/0/date/0', line: lineOf(text, 'planeras mars 2007') });
  });

  it('a date on the plan\'s own day or later is fine', () => {
    expect(errors(edited(seed, 'date: Klart 1 maj 2008', 'date: 15 maj 2007'))).toEqual([]);
  });

  it('the plan date must be a date', () => {
    const text = edited(seed, 'date: 070515', 'date: 071315');
    const [found] = errors(text);
    expect(found).toMatchObject({ ruleId: 'schema/invalid-date', pointer: '/date', line: lineOf(text, 'date: 071315') });
  });
});

describe('handlingsplan: status counts', () => {
  it('counts the actions done, going on and planned on the plan\'s date', () => {
    const summary = summarise(planOf(seed));
    expect(summary).toMatchObject({ date: '2007-05-15', actions: 15, byPhase: { done: 0, ongoing: 6, planned: 9 }, overdue: [] });
  });

  it('a row that says "Klart" and nothing more is done', () => {
    const summary = summarise(planOf(edited(seed, 'date: [Klart, Pågår…]', 'date: Klart')));
    expect(summary.byPhase).toEqual({ done: 1, ongoing: 5, planned: 9 });
  });

  it('lists the actions overdue on a given day', () => {
    const summary = summarise(planOf(seed), '2007-12-31');
    expect(summary.overdue.map((o) => [o.index, o.due])).toEqual([
      [1, '2007-10-01'],
      [3, '2007-10-01'],
      [4, '2007-09-15'],
      [7, '2007-09-01'],
      [8, '2007-06-15'],
      [10, '2007-11-01'],
      [11, '2007-12-01'],
      [12, '2007-12-01'],
      [14, '2007-10-01'],
    ]);
    expect(summary.overdue[0]!.responsible).toEqual(['Avd.chef', 'Bitr.avd.chef', 'Enhetschef']);
    expect(summarise(planOf(seed), '2007-06-01').overdue).toEqual([]);
  });
});
