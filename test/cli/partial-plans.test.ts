import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { edited, example, writeTemp } from '../helpers/fixtures.js';

type Summary = { figures: { label: string; value: string | number }[] };

describe('budget and summary of a plan with errors', () => {
  it('plan budget shows the figures it can, and ? for a cell that is not an amount and the sum over it', async () => {
    const plan = writeTemp('d.yaml', edited(example('kompetensstegen-d'), 'amounts: [650 000, 650 000, 650 000]', 'amounts: [650 000, sexhundra, 650 000]'));
    const run = await runCli(['budget', plan, '--lang', 'en']);
    expect(run.code).toBe(1);
    const row = run.stdout.split('\n').find((line) => line.includes('Processledning'))!;
    expect(row.split(/\s{2,}/).slice(2)).toEqual(['650 000', '?', '650 000']);
    const sum = run.stdout.split('\n').find((line) => line.trim().startsWith('Summa kronor'))!;
    // Year 1 and 3 are summed as ever; year 2 cannot be, and its stated figure is neither agreed with nor contradicted.
    expect(sum.split(/\s{2,}/).slice(2)).toEqual(['1 835 000', '?', '1 785 000']);
    expect(run.stdout).not.toContain('difference');
    expect(run.stderr).toContain('? is a figure that is not an amount');
  });

  it('plan summary marks a figure whose value is invalid as ?, and works out the others', async () => {
    const plan = writeTemp('p.yaml', edited(example('projektbeskrivning'), 'start: 1 januari 2009', 'start: snart'));
    const run = await runCli(['summary', plan, '--format', 'json', '--lang', 'en']);
    expect(run.code).toBe(1);
    const figures = Object.fromEntries((JSON.parse(run.stdout) as Summary).figures.map((figure) => [figure.label, figure.value]));
    expect(figures).toEqual({ 'Project period': '?', 'Municipalities from the start': 6, 'Joined later': 13, Partners: 4 });
    expect(run.stderr).toContain('those shown as ? cannot be worked out');
  });

  it('plan summary of an action plan whose date is invalid says its figures cannot be worked out, rather than giving none', async () => {
    const plan = writeTemp('h.yaml', edited(example('handlingsplan'), 'date: 070515', 'date: snart'));
    const run = await runCli(['summary', plan, '--format', 'json', '--lang', 'en']);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as Summary).figures).toEqual([{ label: 'Key figures of the Handlingsplan', value: '?' }]);
  });
});
