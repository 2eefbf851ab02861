import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { edited, example, project } from '../helpers/fixtures.js';

/**
 * A folder of Swedish and Norwegian plans: each file's messages are in its own language, and each
 * line is in one language, its "error" word included; the summary is in one language too.
 */
describe('one language per line', () => {
  // A Swedish action plan and a Norwegian project plan, each with one error.
  const folder = () =>
    project({
      'a-handlingsplan.yaml': edited(example('handlingsplan'), 'responsible: Enhetschef\n', 'responsible: Enhetchef\n'),
      'b-prosjektplan.yaml': edited(example('prosjektplan'), '    date: 31. desember 2009', '    date: 31. januar 2010'),
    });
  const blocks = (stdout: string) => {
    const [sv, nb, ...rest] = stdout.split('\n\n');
    return { sv: sv!, nb: nb!, summary: rest.join('\n\n').trim() };
  };

  it('prints each file in its language, and the summary in the first plan\'s', async () => {
    const run = await runCli(['validate', '.'], { LANG: 'en_GB.UTF-8' }, { cwd: folder() });
    expect(run.code).toBe(1);
    const { sv, nb, summary } = blocks(run.stdout);
    expect(sv).toMatch(/^a-handlingsplan\.yaml\n {2}\d+:\d+ {2}fel +Rollen "Enhetchef" finns inte bland planens roller\. {2}handlingsplan\/unknown-role$/m);
    expect(sv).not.toMatch(/\b(error|feil)\b/);
    expect(nb).toMatch(/^b-prosjektplan\.yaml\n {2}\d+:\d+ {2}feil +Milepælen "Når sluttdokumentasjonen er utarbeidet og formidlet" \(31\. januar 2010\) ligger etter/m);
    expect(nb).not.toMatch(/\b(error|fel)\b/);
    expect(summary).toBe('✖ 2 problem (2 fel, 0 varningar) i 2 filer');
  });

  it('with --lang, every line and the summary are in that language', async () => {
    const run = await runCli(['validate', '.', '--lang', 'nb'], {}, { cwd: folder() });
    const { sv, nb, summary } = blocks(run.stdout);
    expect(sv).toMatch(/ {2}feil +Rollen "Enhetchef" er ikke blant planens roller\./);
    expect(nb).toMatch(/ {2}feil +Milepælen/);
    expect(summary).toMatch(/^✖ 2 problemer \(2 feil, 0 advarsler\) i 2 filer$/);
  });
});
