import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/check.js';
import { runCli } from '../helpers/cli.js';
import { ROOT, writeTemp } from '../helpers/fixtures.js';

/** An action plan of another organisation, with the status words real plans use (test/fixtures/other-organisations). */
const SKYDDSROND = join(ROOT, 'test', 'fixtures', 'other-organisations', 'handlingsplan-skyddsrond.yaml');

/** A plan dated 20 November 2015 with one action whose date cell is `cell`. */
function onePlan(cell: string): string {
  return [
    'kind: handlingsplan',
    'title: Handlingsplan',
    'roles: [Rektor]',
    'actions:',
    '  - problem: Brister i arbetsmiljön.',
    '    action: Åtgärda bristerna.',
    `    date: ${JSON.stringify(cell)}`,
    '    responsible: Rektor',
    'date: 2015-11-20',
    'unit: Skolan',
    'manager: Eva Lind',
    '',
  ].join('\n');
}

async function phases(text: string, asOf?: string): Promise<{ done: number; ongoing: number; planned: number; overdue: string[] }> {
  const run = await runCli(['summary', writeTemp('plan.yaml', text), '--format', 'json', '--lang', 'en', ...(asOf ? ['--as-of', asOf] : [])]);
  expect(run.stderr).toBe('');
  const summary = JSON.parse(run.stdout) as { figures: { label: string; value: unknown }[]; lists?: { items: string[] }[] };
  const figure = (label: string) => summary.figures.find((f) => f.label === label)?.value as number;
  return { done: figure('Done'), ongoing: figure('Ongoing'), planned: figure('Planned'), overdue: summary.lists?.[0]?.items ?? [] };
}

describe('status cells as other organisations write them', () => {
  it('the school\'s action plan validates, and plan summary counts its done, ongoing and planned actions', async () => {
    expect(checkText(readFileSync(SKYDDSROND, 'utf8'), SKYDDSROND).diagnostics).toEqual([]);
    const run = await runCli(['summary', SKYDDSROND, '--format', 'json', '--lang', 'en']);
    const figures = (JSON.parse(run.stdout) as { figures: { label: string; value: unknown }[] }).figures;
    expect(figures).toEqual([
      { label: 'Date of the plan', value: '20 November 2015' },
      { label: 'Actions', value: 9 },
      { label: 'Done', value: 2 },
      { label: 'Ongoing', value: 2 },
      { label: 'Planned', value: 5 },
    ]);
  });

  it.each<[string, 'done' | 'ongoing' | 'planned']>([
    // Negated: not done, not started, whatever the status word alone would say.
    ['Ej genomfört 2014', 'planned'],
    ['Inte klart', 'planned'],
    ['Ej påbörjat', 'planned'],
    ['Icke påbörjat', 'planned'],
    ['Ikke påbegynt', 'planned'],
    ['Ikke gjennomført', 'planned'],
    ['Inte ännu påbörjat', 'planned'],
    ['Pågår ej', 'planned'],
    ['Påbörjat men inte klart', 'ongoing'],
    // Continuous or recurring work is going on.
    ['Löpande', 'ongoing'],
    ['Kontinuerligt', 'ongoing'],
    ['Fortlöpande', 'ongoing'],
    ['Årligen', 'ongoing'],
    ['Varje termin', 'ongoing'],
    ['Løpende', 'ongoing'],
    ['Kontinuerlig', 'ongoing'],
    ['Årlig', 'ongoing'],
    // Done.
    ['Åtgärdat', 'done'],
    ['Genomfört', 'done'],
    ['Utfört', 'done'],
    ['Gjennomført', 'done'],
    ['Genomfört, uppföljning 9 december 2015', 'done'],
    // To be done soon.
    ['Omgående', 'planned'],
    ['Inom kort', 'planned'],
  ])('"%s" validates and counts as %s', async (cell, phase) => {
    const text = onePlan(cell);
    expect(checkText(text, 'plan.yaml').diagnostics).toEqual([]);
    const counts = await phases(text);
    expect(counts).toMatchObject({ done: 0, ongoing: 0, planned: 0, [phase]: 1 });
  });

  it('a negated status beside a past date is what the plan says happened, not a deadline it missed', () => {
    const negated = checkText(onePlan('Ej genomfört 2014'), 'plan.yaml', { lang: 'en' }).diagnostics;
    expect(negated).toEqual([]);
    // Without the negation the same year is a deadline that passed before the plan was written.
    const bare = checkText(onePlan('2014'), 'plan.yaml', { lang: 'en' }).diagnostics;
    expect(bare.map((d) => d.ruleId)).toEqual(['handlingsplan/date-before-plan']);
  });

  it('a follow-up date is not a deadline: the action is not overdue after it', async () => {
    expect((await phases(onePlan('uppföljning 9 december 2015'), '2016-01-15')).overdue).toEqual([]);
    expect((await phases(onePlan('Klart 9 december 2015'), '2016-01-15')).overdue).toEqual(['Brister i arbetsmiljön. (due 9 December 2015; Rektor)']);
  });

  it('a cell with neither a date nor a status is kept as written with a warning; a number that is no date is an error', () => {
    const free = checkText(onePlan('Vid behov'), 'plan.yaml', { lang: 'en' });
    expect(free.diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'date/unread-cell', severity: 'warning', line: 7, message: 'Datum eller status: "Vid behov" holds no date and no status word plan knows; it is printed as written and not counted in the figures.' }),
    ]);
    expect(free.diagnostics[0]!.hint).toMatch(/^Write a date \("1 May 2008", "April 2008", "autumn 2007"\), a status \(Klart, Pågår, Påbörjat, Planerad, Löpande, Årligen, Omgående, Ej påbörjat\) or both/);
    const figures = checkText(onePlan('32/13'), 'plan.yaml', { lang: 'en' }).diagnostics;
    expect(figures).toEqual([expect.objectContaining({ ruleId: 'schema/invalid-date', severity: 'error', line: 7, message: '"32/13" is not a date.' })]);
    expect(figures[0]!.hint).toContain('a status (Klart, Pågår');
  });
});
