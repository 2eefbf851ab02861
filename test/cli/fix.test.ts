import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { edited, example, lineOf, project } from '../helpers/fixtures.js';

const seed = example('kompetensstegen-d');
const DISABLE = '# plan-disable-next-line budget/sum-mismatch';

describe('plan validate --fix', () => {
  it('renames a misspelt key and removes an unused disable comment, says so, then reports what is left', async () => {
    // A misspelt key, a stale comment, and a wrong sum that --fix must leave for the user.
    let text = edited(seed, /^targetGroups:/m, 'targetGrups:');
    text = edited(text, /^title:/m, `${DISABLE}\ntitle:`);
    text = edited(text, '[650 000, 650 000, 650 000]', '[650 001, 650 000, 650 000]');
    const dir = project({ 'plan.yaml': text });
    const file = join(dir, 'plan.yaml');
    const run = await runCli(['validate', file, '--fix', '--format', 'json', '--lang', 'en']);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      `plan: fixed ${file}:${lineOf(text, DISABLE)}:${DISABLE.indexOf('budget') + 1}: removed "${DISABLE}" (plan/unused-disable)`,
      `plan: fixed ${file}:${lineOf(text, 'targetGrups:')}:1: "targetGrups" renamed to "targetGroups" (schema/unknown-key)`,
    ]);
    const written = readFileSync(file, 'utf8');
    expect(written).toBe(edited(edited(text, /^targetGrups:/m, 'targetGroups:'), `${DISABLE}\n`, ''));
    // The sum is not a safe fix: it is reported, at its line in the fixed file, and the run fails.
    const left = (JSON.parse(run.stdout) as { files: { diagnostics: { ruleId: string; line: number }[] }[] }).files[0]!.diagnostics;
    expect(left).toEqual([expect.objectContaining({ ruleId: 'budget/sum-mismatch', line: lineOf(written, 'total: [1 835 000') })]);
    expect(run.code).toBe(1);
  });

  it('mends a misspelt key inside a misspelt key\'s mapping in one run', async () => {
    const text = edited(edited(seed, /^contact:$/m, 'contakt:'), '  organisation: Vantörs', '  organisaton: Vantörs');
    const dir = project({ 'plan.yaml': text });
    const run = await runCli(['validate', join(dir, 'plan.yaml'), '--fix', '--format', 'json', '--lang', 'en']);
    expect(run.stderr).toContain('"contakt" renamed to "contact"');
    expect(run.stderr).toContain('"organisaton" renamed to "organisation"');
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe(seed);
    expect(run.code).toBe(0);
  });

  it('leaves a key with two close candidates alone', async () => {
    // "robile" is one letter from "mobile" and from "role": which was meant is for the user to say.
    const text = edited(example('esf-ansokan'), '  role: Projektledare', '  role: Projektledare\n  robile: 070-123 45 67');
    const dir = project({ 'plan.yaml': text });
    const run = await runCli(['validate', join(dir, 'plan.yaml'), '--fix', '--format', 'json', '--lang', 'en']);
    expect(run.stderr).toBe('');
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe(text);
    const left = (JSON.parse(run.stdout) as { files: { diagnostics: { ruleId: string; hint: string }[] }[] }).files[0]!.diagnostics;
    expect(left).toEqual([expect.objectContaining({ ruleId: 'schema/unknown-key', hint: 'Did you mean "mobile"?' })]);
  });

  it('writes through a symlink to the plan it names', async () => {
    const text = edited(seed, /^title:/m, 'titel:');
    const dir = project({ 'real.yaml': text });
    symlinkSync(join(dir, 'real.yaml'), join(dir, 'link.yaml'));
    const run = await runCli(['validate', join(dir, 'link.yaml'), '--fix', '--lang', 'en']);
    expect(run.stderr).toContain('"titel" renamed to "title"');
    expect(readFileSync(join(dir, 'real.yaml'), 'utf8')).toBe(seed);
    expect(run.code).toBe(0);
  });

  it('keeps a byte-order mark and Windows line ends', async () => {
    const text = edited(seed, /^targetGroups:/m, 'targetGrups:').replace(/\n/g, '\r\n');
    const dir = project({ 'plan.yaml': '\uFEFF' + text });
    const run = await runCli(['validate', join(dir, 'plan.yaml'), '--fix', '--lang', 'en']);
    expect(run.stderr).toContain('"targetGrups" renamed to "targetGroups"');
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe('\uFEFF' + seed.replace(/\n/g, '\r\n'));
    expect(run.code).toBe(0);
  });

  it('without --fix changes nothing', async () => {
    const text = edited(seed, /^targetGroups:/m, 'targetGrups:');
    const dir = project({ 'plan.yaml': text });
    const run = await runCli(['validate', join(dir, 'plan.yaml'), '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe(text);
  });
});
