import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { edited, example, lineOf, project } from '../helpers/fixtures.js';

const seed = example('kompetensstegen-d');
/** The example with one stated sum that does not match its rows: a single budget/sum-mismatch error. */
const sumMismatch = edited(seed, '[650 000, 650 000, 650 000]', '[650 001, 650 000, 650 000]');

describe('.planrc.yaml', () => {
  it('turns budget/sum-mismatch into a warning: exit 1 becomes 0, and --max-warnings 0 makes it 1 again', async () => {
    const without = project({ 'plan.yaml': sumMismatch });
    expect((await runCli(['validate', join(without, 'plan.yaml'), '--lang', 'en'])).code).toBe(1);

    const dir = project({ 'plan.yaml': sumMismatch, '.planrc.yaml': 'rules:\n  budget/sum-mismatch: warning\n' });
    const run = await runCli(['validate', join(dir, 'plan.yaml'), '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\d+:13\s+warning\s+.*budget\/sum-mismatch/);

    const strict = await runCli(['validate', join(dir, 'plan.yaml'), '--lang', 'en', '--max-warnings', '0']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('1 warning, more than --max-warnings 0 allows');
    expect((await runCli(['validate', join(dir, 'plan.yaml'), '--max-warnings', '1'])).code).toBe(0);
  });

  it('turns a rule off', async () => {
    const dir = project({ 'plan.yaml': sumMismatch, '.planrc.yaml': 'rules:\n  budget/sum-mismatch: off\n' });
    const run = await runCli(['validate', join(dir, 'plan.yaml'), '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).summary).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('is found from the plan\'s folder upward, and the nearest one wins', async () => {
    const dir = project({
      '.planrc.yaml': 'rules:\n  budget/sum-mismatch: off\n',
      'a/plan.yaml': sumMismatch,
      'b/c/plan.yaml': sumMismatch,
      'b/.planrc.yaml': 'lang: en\n',
    });
    const run = await runCli(['validate', dir, '--format', 'json'], {}, { cwd: dir });
    const files = JSON.parse(run.stdout).files as { file: string; diagnostics: { ruleId: string; message: string }[] }[];
    expect(files.find((f) => f.file === join(dir, 'a', 'plan.yaml'))!.diagnostics).toEqual([]);
    // b/.planrc.yaml says nothing about the rule, and it is nearer than the one that turns it off.
    const nested = files.find((f) => f.file === join(dir, 'b', 'c', 'plan.yaml'))!.diagnostics;
    expect(nested.map((d) => d.ruleId)).toEqual(['budget/sum-mismatch']);
    expect(nested[0]!.message).toMatch(/is stated as/);
    expect(run.code).toBe(1);
  });

  it('is named with --config instead of being looked for', async () => {
    const dir = project({ 'plan.yaml': sumMismatch, '.planrc.yaml': 'rules:\n  budget/sum-mismatch: off\n', 'ci/strict.yaml': 'rules:\n  contact/reachable: error\n' });
    const run = await runCli(['validate', join(dir, 'plan.yaml'), '--config', join(dir, 'ci/strict.yaml')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('budget/sum-mismatch');
  });

  it('sets the language of messages, which --lang overrides', async () => {
    const dir = project({ 'plan.yaml': sumMismatch, '.planrc.yaml': 'lang: nb\n' });
    expect((await runCli(['validate', join(dir, 'plan.yaml')])).stdout).toMatch(/feil .*oppgitt/);
    expect((await runCli(['validate', join(dir, 'plan.yaml'), '--lang', 'en'])).stdout).toMatch(/error .*is stated as/);
  });

  it('leaves out the files and folders its ignore patterns name', async () => {
    const dir = project({
      '.planrc.yaml': 'ignore:\n  - drafts/\n  - "*.old.yaml"\n',
      'plan.yaml': seed,
      'drafts/wip.yaml': sumMismatch,
      'plan.old.yaml': sumMismatch,
    });
    const run = await runCli(['validate', dir, '--format', 'json', '--verbose'], {}, { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).files.map((f: { file: string }) => f.file)).toEqual([join(dir, 'plan.yaml')]);
    // Named explicitly, an ignored file is still left out (a pre-commit hook names every changed file), with a note under --verbose.
    const named = await runCli(['validate', 'plan.old.yaml', '--verbose'], {}, { cwd: dir });
    expect(named.code).toBe(0);
    expect(named.stderr).toContain('skipped plan.old.yaml');
  });

  describe('a bad configuration file is exit 2 with its own line and column', () => {
    const cases: [string, string, RegExp][] = [
      ['an unknown key', 'lang: en\nrulez:\n  budget/sum-mismatch: warning\n', /^\.planrc\.yaml:2:1: Unknown key "rulez"\. Did you mean "rules"\?$/m],
      ['an unknown rule id', 'rules:\n  budget/sum-mismatsh: warning\n', /^\.planrc\.yaml:2:3: Unknown rule "budget\/sum-mismatsh"\. Did you mean "budget\/sum-mismatch"\?$/m],
      ['a severity that does not exist', 'rules:\n  budget/sum-mismatch: warn\n', /^\.planrc\.yaml:2:24: "budget\/sum-mismatch" is "warn", but must be "off", "warning",? or "error"\.$/m],
      ['a language that does not exist', 'lang: de\n', /^\.planrc\.yaml:1:7: "lang" is "de", but must be "sv", "nb",? or "en"\.$/m],
      ['broken YAML', 'rules:\n  budget/sum-mismatch: "warning\n', /^\.planrc\.yaml:2:24: This quoted text is not closed/m],
      ['a list instead of a mapping', '- rules\n', /^\.planrc\.yaml:1:1: A configuration file is a mapping/m],
    ];
    for (const [what, config, expected] of cases) {
      it(what, async () => {
        const dir = project({ 'plan.yaml': seed, '.planrc.yaml': config });
        const run = await runCli(['validate', 'plan.yaml', '--lang', 'en'], {}, { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(expected);
        expect(run.stderr).toContain('the configuration file .planrc.yaml is not valid, so no plan was checked');
        expect(run.stdout).toBe('');
      });
    }

    it('and a --config that does not exist', async () => {
      const run = await runCli(['validate', 'plan.yaml', '--config', 'nope.yaml', '--lang', 'en'], {}, { cwd: project({ 'plan.yaml': seed }) });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('no such configuration file: nope.yaml');
    });
  });

  it('an empty configuration file changes nothing', async () => {
    const dir = project({ 'plan.yaml': sumMismatch, '.planrc.yaml': '# nothing yet\n' });
    expect((await runCli(['validate', 'plan.yaml'], {}, { cwd: dir })).code).toBe(1);
  });
});

describe('# plan-disable-next-line', () => {
  const line = lineOf(sumMismatch, 'total: [1 835 000');
  const withComment = (comment: string) => sumMismatch.split('\n').toSpliced(line - 1, 0, `    ${comment}`).join('\n');

  it('disables the named rule on the next line', async () => {
    const run = await runCli(['validate', 'plan.yaml', '--format', 'json'], {}, { cwd: project({ 'plan.yaml': withComment('# plan-disable-next-line budget/sum-mismatch -- the funder rounds') }) });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).summary).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('needs a rule id: a bare comment disables nothing and is a warning', async () => {
    const run = await runCli(['validate', 'plan.yaml', '--lang', 'en'], {}, { cwd: project({ 'plan.yaml': withComment('# plan-disable-next-line') }) });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`${line}:5\\s+warning\\s+The comment "plan-disable-next-line" names no rule.*plan/disable-missing-rule`));
    expect(run.stdout).toContain('budget/sum-mismatch');
  });

  it('reports an unused one as a warning, at the rule id', async () => {
    const text = withComment('# plan-disable-next-line contact/reachable, budget/sum-mismatch');
    const run = await runCli(['validate', 'plan.yaml', '--lang', 'en', '--format', 'json'], {}, { cwd: project({ 'plan.yaml': text }) });
    expect(run.code).toBe(0);
    const [unused] = JSON.parse(run.stdout).files[0].diagnostics;
    expect(unused).toMatchObject({ ruleId: 'plan/unused-disable', severity: 'warning', line, column: 30, endColumn: 47 });
    expect(unused.message).toContain('contact/reachable');
  });

  it('reports an unknown rule id with a suggestion, and the problem stays', async () => {
    const run = await runCli(['validate', 'plan.yaml', '--lang', 'en', '--format', 'json'], {}, { cwd: project({ 'plan.yaml': withComment('# plan-disable-next-line budget/sum-mismatsh') }) });
    const diagnostics = JSON.parse(run.stdout).files[0].diagnostics;
    expect(diagnostics.map((d: { ruleId: string }) => d.ruleId)).toEqual(['plan/unknown-rule', 'budget/sum-mismatch']);
    expect(diagnostics[0].hint).toBe('Did you mean "budget/sum-mismatch"?');
  });

  it('its own warnings are governed by the configuration', async () => {
    const dir = project({ 'plan.yaml': withComment('# plan-disable-next-line contact/reachable, budget/sum-mismatch'), '.planrc.yaml': 'rules:\n  plan/unused-disable: error\n' });
    expect((await runCli(['validate', 'plan.yaml'], {}, { cwd: dir })).code).toBe(1);
  });
});

describe('render, budget and summary judge a plan as validate does', () => {
  it('a rule turned off in .planrc.yaml does not stop the plan from being rendered', async () => {
    const dir = project({ '.planrc.yaml': 'rules:\n  budget/sum-mismatch: off\n', 'plan.yaml': sumMismatch });
    const refusedWithout = await runCli(['render', join(project({ 'plan.yaml': sumMismatch }), 'plan.yaml'), '--to', 'md', '-o', '-']);
    expect(refusedWithout.code).toBe(1);
    const run = await runCli(['render', join(dir, 'plan.yaml'), '--to', 'md', '-o', '-']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('## D.7.');
    expect((await runCli(['budget', join(dir, 'plan.yaml')])).code).toBe(0);
  });

  it('a disable comment does the same for its line', async () => {
    const text = sumMismatch.replace('    total: [1 835 000', '    # plan-disable-next-line budget/sum-mismatch -- agreed with the funder\n    total: [1 835 000');
    const dir = project({ 'plan.yaml': text });
    expect((await runCli(['render', join(dir, 'plan.yaml'), '--to', 'md', '-o', '-'])).code).toBe(0);
    expect((await runCli(['summary', join(dir, 'plan.yaml')])).code).toBe(0);
  });

  it('a broken configuration stops render with exit 2 and its position', async () => {
    const dir = project({ '.planrc.yaml': 'rulez: {}\n', 'plan.yaml': seed });
    const run = await runCli(['render', join(dir, 'plan.yaml'), '--to', 'md', '-o', '-', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.planrc\.yaml:1:1/);
  });
});
