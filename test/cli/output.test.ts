import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { edited, example, tempDir, writeTemp } from '../helpers/fixtures.js';

const seed = example('kompetensstegen-d');
const sumMismatch = edited(seed, '[650 000, 650 000, 650 000]', '[650 001, 650 000, 650 000]');
/** A plan with only a warning: its contact person cannot be reached. */
const unreachable = edited(edited(seed, /^  phone: .*\n/m, ''), /^  email: .*\n/m, '');

describe('plan validate: output', () => {
  it('chooses the github format when GITHUB_ACTIONS=true and no --format is given', async () => {
    const file = writeTemp('plan.yaml', sumMismatch);
    const auto = await runCli(['validate', file, '--lang', 'en'], { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: join(file, '..') });
    expect(auto.code).toBe(1);
    expect(auto.stdout).toMatch(/^::error file=plan\.yaml,line=\d+,col=13,endLine=\d+,endColumn=22,title=budget\/sum-mismatch::/);
    const chosen = await runCli(['validate', file, '--format', 'json'], { GITHUB_ACTIONS: 'true' });
    expect(JSON.parse(chosen.stdout).summary.errors).toBe(1);
  });

  for (const format of ['stylish', 'json', 'sarif', 'junit', 'github', 'gitlab']) {
    it(`writes the ${format} report whole to -o, and nothing to standard output`, async () => {
      const dir = tempDir();
      const plan = writeTemp('plan.yaml', sumMismatch, dir);
      const run = await runCli(['validate', plan, '--format', format, '-o', join(dir, 'report.out'), '--lang', 'en'], { FORCE_COLOR: '1' });
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      const written = readFileSync(join(dir, 'report.out'), 'utf8');
      expect(written).toContain('sum-mismatch');
      // A report in a file has no terminal colours, whatever FORCE_COLOR says.
      expect(written).not.toContain('\u001b[');
      expect(readdirSync(dir).sort()).toEqual(['plan.yaml', 'report.out']);
    });
  }

  it('is exit 2 when -o cannot be written, and never writes over a plan', async () => {
    const dir = tempDir();
    const plan = writeTemp('plan.yaml', seed, dir);
    const noFolder = await runCli(['validate', plan, '-o', join(dir, 'no/such/report.json'), '--lang', 'en']);
    expect(noFolder.code).toBe(2);
    expect(noFolder.stderr).toContain('does not exist');
    const overPlan = await runCli(['validate', plan, '-o', plan, '--lang', 'en']);
    expect(overPlan.code).toBe(2);
    expect(readFileSync(plan, 'utf8')).toBe(seed);
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });

  it('--quiet reports errors only, but warnings still count for --max-warnings', async () => {
    const dir = tempDir();
    writeTemp('a.yaml', unreachable, dir);
    writeTemp('b.yaml', sumMismatch, dir);
    const quiet = await runCli(['validate', dir, '--quiet', '--format', 'json']);
    const report = JSON.parse(quiet.stdout);
    expect(report.files.flatMap((f: { diagnostics: { severity: string }[] }) => f.diagnostics.map((d) => d.severity))).toEqual(['error']);
    expect(quiet.code).toBe(1);
    const onlyWarning = writeTemp('c.yaml', unreachable);
    expect((await runCli(['validate', onlyWarning, '--quiet'])).code).toBe(0);
    const capped = await runCli(['validate', onlyWarning, '--quiet', '--max-warnings', '0', '--lang', 'en']);
    expect(capped.code).toBe(1);
    expect(capped.stderr).toBe('plan: 1 warning, more than --max-warnings 0 allows\n');
  });

  it('is exit 2 for a --max-warnings that is not a number of warnings, and for an unknown format', async () => {
    const file = writeTemp('plan.yaml', seed);
    for (const value of ['-1', 'many', '1.5']) {
      const run = await runCli(['validate', file, '--max-warnings', value, '--lang', 'en']);
      expect(run.code, value).toBe(2);
      expect(run.stderr).toContain('--max-warnings takes a whole number');
    }
    const format = await runCli(['validate', file, '--format', 'xml', '--lang', 'en']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('sarif, junit');
  });
});

describe('--quiet with warnings only', () => {
  it('prints no "no problems" line, since warnings were hidden; --max-warnings still counts them', async () => {
    const { edited: edit, example: ex, writeTemp: temp } = await import('../helpers/fixtures.js');
    const { runCli: run } = await import('../helpers/cli.js');
    const file = temp('warned.yaml', edit(edit(ex('kompetensstegen-d'), 'phone: 08-508 20 520', 'phone:'), 'email: margaretha.selin@vantor.stockholm.se', 'email:'));
    const quiet = await run(['validate', file, '--quiet', '--max-warnings', '0', '--lang', 'en']);
    expect(quiet.stdout).toBe('');
    expect(quiet.stderr).toContain('more than --max-warnings 0');
    expect(quiet.code).toBe(1);
    expect((await run(['validate', file, '--lang', 'en'])).stdout).toContain('1 warning');
  });
});
