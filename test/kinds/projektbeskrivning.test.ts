import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/check.js';
import { runCli } from '../helpers/cli.js';
import { edited, example, lineOf, writeTemp } from '../helpers/fixtures.js';

const KIND = 'projektbeskrivning';
const seed = example(KIND);

function errors(text: string, lang: 'sv' | 'en' = 'en') {
  return checkText(text, 'plan.yaml', { lang }).diagnostics.filter((d) => d.severity === 'error');
}

/** The example with a municipality added at the end of those that joined later. */
const joiningLater = (name: string) => edited(seed, '    - Österåker kommun\n', `    - Österåker kommun\n    - ${name}\n`);

describe('projektbeskrivning: the seed', () => {
  it('validates with no problems', () => {
    expect(checkText(seed, 'plan.yaml', { lang: 'en' }).diagnostics).toEqual([]);
  });

  it('validates through the CLI with exit 0', async () => {
    const run = await runCli(['validate', writeTemp('carpe.yaml', seed)]);
    expect(run.code).toBe(0);
  });

  it('keeps every municipality in its group, the later ones as names', () => {
    const plan = checkText(seed, 'plan.yaml').plan as { participants: { fromStart: string[]; joinedLater: { name: string }[] } };
    expect(plan.participants.fromStart).toHaveLength(6);
    expect(plan.participants.joinedLater).toHaveLength(13);
    expect(plan.participants.joinedLater[0]).toEqual({ name: 'Ekerö kommun' });
  });
});

describe('projektbeskrivning: no organisation listed twice', () => {
  it('Sollentuna at the start and again as joined later: exit 1 at the second place, naming the first with its line', async () => {
    const text = joiningLater('Sollentuna kommun');
    const file = writeTemp('twice.yaml', text);
    const run = await runCli(['validate', file, '--lang', 'en']);
    expect(run.code).toBe(1);
    const second = lineOf(text, '    - Österåker kommun') + 1;
    const first = lineOf(text, '- Sollentuna kommun');
    expect(first).toBeLessThan(second);
    expect(run.stdout).toMatch(new RegExp(`${second}:7\\s+error\\s+"Sollentuna kommun" is already listed among the municipalities at the start, on line ${first}\\b.*participants/duplicate`));
    expect(run.stdout).toContain('only under fromStart');
  });

  it('says the same in Swedish by default', async () => {
    const text = joiningLater('Sollentuna kommun');
    const run = await runCli(['validate', writeTemp('twice.yaml', text)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`"Sollentuna kommun" står redan bland kommunerna vid starten, på rad ${lineOf(text, '- Sollentuna kommun')}`);
  });

  it('counts a name written with other capitals or spaces as the same organisation', () => {
    const found = errors(joiningLater('sollentuna  Kommun'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'participants/duplicate', pointer: '/participants/joinedLater/13' });
  });

  it('twice in one list is an error at the second', () => {
    const text = edited(seed, '    - Tyresö kommun\n', '    - Tyresö kommun\n    - Järfälla kommun\n');
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'participants/duplicate', pointer: '/participants/fromStart/6', line: lineOf(text, '    - Tyresö kommun') + 1 });
    expect(found[0]!.message).toContain(`on line ${lineOf(text, 'Järfälla kommun')}`);
  });

  it('a partner that is also a participating municipality is listed twice', () => {
    const found = errors(edited(seed, '  - Socialstyrelsen\n', '  - Socialstyrelsen\n  - Nacka kommun\n'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'participants/duplicate', pointer: '/partners/1' });
    expect(found[0]!.message).toContain('among the municipalities that joined later');
  });

  it('the second place is the second in the file, whichever list it is in', () => {
    // The later municipalities written above those at the start: the one at the start is now the second.
    const start = seed.indexOf('  # Vid starten');
    const later = seed.indexOf('  # Därefter');
    const end = seed.indexOf('\n\n', later) + 1;
    const moved = seed.slice(0, start) + seed.slice(later, end) + seed.slice(start, later) + seed.slice(end);
    const text = edited(moved, '    - Österåker kommun\n', '    - Österåker kommun\n    - Tyresö kommun\n');
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ pointer: '/participants/fromStart/5', line: text.split('\n').lastIndexOf('    - Tyresö kommun') + 1 });
    expect(found[0]!.message).toContain('among the municipalities that joined later');
  });
});

describe('projektbeskrivning: the owner', () => {
  it('must be a participating municipality: an error at the owner', () => {
    const text = edited(seed, 'owner: Stockholms stad', 'owner: Socialstyrelsen');
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'owner/not-participant', line: lineOf(text, 'owner:'), column: 8 });
    expect(found[0]!.message).toContain('Socialstyrelsen');
  });

  it('is written as in the list; a near miss gets a suggestion', () => {
    const found = errors(edited(seed, 'owner: Stockholms stad', 'owner: Stockholms Stad'));
    expect(found).toHaveLength(1);
    expect(found[0]!.hint).toContain('Stockholms stad');
  });

  it('may be a municipality that joined later', () => {
    expect(errors(edited(seed, 'owner: Stockholms stad', 'owner: Nacka kommun'))).toEqual([]);
  });
});

describe('projektbeskrivning: contact details', () => {
  it('a malformed e-mail address is an error at its line', () => {
    const text = edited(seed, 'email: carina.schmidt@stockholm.se', 'email: carina.schmidt(at)stockholm.se');
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'field/email', line: lineOf(text, 'email:'), column: 10 });
    expect(found[0]!.message).toContain('carina.schmidt(at)stockholm.se');
  });

  it('a website without its domain is an error at its line', () => {
    const text = edited(seed, 'website: www.projektcarpe.se', 'website: www.projektcarpe');
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'field/url', line: lineOf(text, 'website:') });
    expect(found[0]!.hint).toContain('www.example.se');
  });

  it.each([
    ['508 25 410', 'no area code'],
    ['08-508 25 4100', 'has 11 digits'],
    ['08-508 25 41O', 'is not a telephone number'],
  ])('the phone number %j is refused (%s)', (phone, said) => {
    const text = edited(seed, 'phone: 08-508 25 410', `phone: ${phone}`);
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'field/phone', line: lineOf(text, 'phone:') });
    expect(found[0]!.message).toContain(said);
    expect(found[0]!.hint).toContain('08-123 456 78');
  });

  it('accepts the ways Swedish numbers are written', () => {
    for (const phone of ['08-123 456 78', '070-123 45 67', '+46 8 123 456 78']) expect(errors(edited(seed, 'phone: 08-508 25 410', `phone: ${phone}`))).toEqual([]);
  });
});

describe('projektbeskrivning: funding', () => {
  it('a co-financed project without its funding statement is an error', () => {
    const text = edited(seed, '  statement: CARPE medfinansieras av EU.\n', '');
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'funding/missing-statement', line: lineOf(text, 'coFinanced:') });
    expect(found[0]!.hint).toContain('CARPE medfinansieras av EU.');
  });

  it('a project that is not co-financed needs none', () => {
    const text = edited(edited(seed, '  statement: CARPE medfinansieras av EU.\n', ''), 'coFinanced: true', 'coFinanced: false');
    expect(errors(text)).toEqual([]);
  });
});

describe('projektbeskrivning: the period and join dates', () => {
  it('reads the Swedish dates of the leaflet as days', () => {
    const plan = checkText(seed, 'plan.yaml').plan as { period: { start: { span: unknown }; end: { span: unknown } } };
    expect(plan.period.start.span).toEqual({ from: '2009-01-01', to: '2009-01-01' });
    expect(plan.period.end.span).toEqual({ from: '2012-03-31', to: '2012-03-31' });
  });

  it('an end before the start: exit 1 at the end, naming both dates', async () => {
    const text = edited(seed, 'end: 31 mars 2012', 'end: 31 mars 2008');
    const run = await runCli(['validate', writeTemp('backwards.yaml', text), '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`${lineOf(text, 'end: 31 mars 2008')}:8\\s+error\\s+.*31 mars 2008.*1 januari 2009.*period/order`));
  });

  it('a day that does not exist is an error at its line', () => {
    const text = edited(seed, 'end: 31 mars 2012', 'end: 31 april 2012');
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'schema/invalid-date', line: lineOf(text, 'end: 31 april 2012') });
  });

  it('a municipality may give the date it joined, exact or fuzzy, inside the period', () => {
    const text = edited(seed, '    - Nacka kommun\n', '    - name: Nacka kommun\n      joined: hösten 2010\n');
    expect(errors(text)).toEqual([]);
  });

  it('a join date outside the period is an error at the date', () => {
    const text = edited(seed, '    - Nacka kommun\n', '    - name: Nacka kommun\n      joined: 1 april 2012\n');
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'participants/joined-outside-period', pointer: '/participants/joinedLater/6/joined', line: lineOf(text, 'joined: 1 april 2012'), column: 15 });
    expect(found[0]!.message).toBe('Nacka kommun joined 1 april 2012, outside the project period 1 januari 2009 – 31 mars 2012.');
  });

  it('a later member written with its name only is the same as one written as text', () => {
    const text = edited(seed, '    - Nacka kommun\n', '    - name: Nacka kommun\n');
    expect(errors(text)).toEqual([]);
    expect(errors(edited(text, '    - Österåker kommun\n', '    - Österåker kommun\n    - Nacka kommun\n')).map((d) => d.ruleId)).toEqual(['participants/duplicate']);
  });
});
