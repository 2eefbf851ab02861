import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlanFile, ConfigurationError, validate } from '../src/index.js';
import { runCli } from './helpers/cli.js';
import { edited, lineOf, ROOT, tempDir } from './helpers/fixtures.js';

/** The library is what the CLI uses: the same plans give the same answers either way. */
function repository(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'forms'));
  cpSync(join(ROOT, 'examples', 'kinds', 'sluttrapport'), join(dir, 'forms', 'sluttrapport'), { recursive: true });
  writeFileSync(join(dir, '.planrc.yaml'), 'kinds: [forms]\nrules:\n  report/date-after-period: off\n');
  const example = readFileSync(join(dir, 'forms', 'sluttrapport', 'example.yaml'), 'utf8');
  mkdirSync(join(dir, 'plans'));
  writeFileSync(join(dir, 'plans', 'ok.yaml'), example);
  // A wrong sum, a report dated inside the period (turned off in .planrc.yaml), and a disable comment.
  const broken = edited(edited(edited(example, 'date: 2022-02-15', 'date: 2021-02-15'), '      actual: 61900', '      actual: 61000'), '      deviation: -23100', '      # plan-disable-next-line budget/derived-mismatch\n      deviation: -23100');
  writeFileSync(join(dir, 'plans', 'broken.yaml'), broken);
  return dir;
}

describe('the library', () => {
  it('validate() gives the report plan validate --format json prints', async () => {
    const dir = repository();
    const result = await validate(['plans'], { cwd: dir, lang: 'en', concurrency: 'off' });
    const cli = await runCli(['validate', 'plans', '--format', 'json', '--lang', 'en'], {}, { cwd: dir });
    const printed = JSON.parse(cli.stdout) as { files: { file: string; diagnostics: { ruleId: string; line: number }[] }[] };
    expect(result.report.files.map((f) => ({ file: f.file, rules: f.diagnostics.map((d) => [d.ruleId, d.line]) }))).toEqual(
      printed.files.map((f) => ({ file: f.file, rules: f.diagnostics.map((d) => [d.ruleId, d.line]) })),
    );
    const broken = result.report.files.find((f) => f.file.endsWith('broken.yaml'))!;
    // The configuration turned one rule off; the disable comment another; the sums still speak.
    expect(broken.diagnostics.map((d) => d.ruleId).sort()).toEqual(['budget/sum-mismatch', 'budget/sum-mismatch', 'financing/equals-accounts']);
  });

  it('checkPlanFile() answers as plan validate does for one file, and throws on a broken kind file', async () => {
    const dir = repository();
    const result = await checkPlanFile(join(dir, 'plans', 'broken.yaml'), { lang: 'en' });
    const text = readFileSync(join(dir, 'plans', 'broken.yaml'), 'utf8');
    expect(result.diagnostics.map((d) => [d.ruleId, d.line])).toContainEqual(['budget/sum-mismatch', lineOf(text, 'actual: 1462000')]);
    expect(result.diagnostics.some((d) => d.ruleId === 'budget/derived-mismatch' || d.ruleId === 'report/date-after-period')).toBe(false);

    const kindFile = join(dir, 'forms', 'sluttrapport', 'kind.yaml');
    writeFileSync(kindFile, edited(readFileSync(kindFile, 'utf8'), 'use: unique', 'use: uniqe'));
    await expect(checkPlanFile(join(dir, 'plans', 'ok.yaml'))).rejects.toBeInstanceOf(ConfigurationError);
  });
});
