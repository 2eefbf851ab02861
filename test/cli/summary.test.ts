import { describe, expect, it } from 'vitest';
import { builtinKinds } from '../../src/kinds/registry.js';
import { runCli } from '../helpers/cli.js';
import { edited, example, examplePath, writeTemp } from '../helpers/fixtures.js';

/** Every built-in kind, code and data alike. */
const kinds = builtinKinds().all();

describe('plan summary', () => {
  it('handlingsplan: counts done, ongoing and planned actions, and lists the overdue ones on the day asked', async () => {
    const run = await runCli(['summary', examplePath('handlingsplan'), '--as-of', '2007-12-31']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Åtgärder +15\n +Klara +0\n +Pågående +6\n +Planerade +9\n/);
    expect(run.stdout).toContain('Försenade den 31 december 2007 (9)');
    expect(run.stdout).toContain('- Förtydliga enhetschefernas helhetsansvar. (senast 1 oktober 2007; Avd.chef, Bitr.avd.chef, Enhetschef)');
    expect(run.stdout.match(/^ {2}- /gm)).toHaveLength(9);
  });

  it('lists nothing overdue before the first deadline, and nothing at all without --as-of', async () => {
    expect((await runCli(['summary', examplePath('handlingsplan'), '--as-of', '2007-06-01'])).stdout).toMatch(/Försenade den 1 juni 2007\n*$/);
    expect((await runCli(['summary', examplePath('handlingsplan')])).stdout).not.toContain('Försenade');
  });

  it('kompetensstegen-d: the yearly totals', async () => {
    const run = await runCli(['summary', examplePath('kompetensstegen-d')]);
    expect(run.stdout).toMatch(/D\.7\.1 Summa kronor +År 1: 1 835 000 · År 2: 1 935 000 · År 3: 1 785 000/);
    expect(run.stdout).toMatch(/D\.7\.3 Total kostnad +År 1: 1 835 000 · År 2: 1 935 000 · År 3: 1 785 000/);
  });

  it.each(kinds.map((kind) => kind.id))('%s: gives key figures for its example, also as JSON', async (kindId) => {
    const run = await runCli(['summary', examplePath(kindId), '--format', 'json', '--lang', 'en']);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as { kind: string; figures: { label: string; value: unknown }[] };
    expect(summary.kind).toBe(kindId);
    expect(summary.figures.length).toBeGreaterThan(0);
  });

  it('a date that is not one is exit 2; a plan with errors still shows its figures, with exit 1', async () => {
    expect((await runCli(['summary', examplePath('handlingsplan'), '--as-of', 'snart'])).code).toBe(2);
    const broken = writeTemp('broken.yaml', edited(example('kompetensstegen-d'), 'totalCost: [1 835 000', 'totalCost: [1 835 001'));
    const run = await runCli(['summary', broken, '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('D.7.3 Total kostnad');
    expect(run.stderr).toContain('has errors');
  });
});
