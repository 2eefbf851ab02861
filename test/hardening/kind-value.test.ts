import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { writeTemp } from '../helpers/fixtures.js';

describe('a kind: that is not one word', () => {
  it('is told so at the value, without "[object Object]" or a suggestion that reads it as a word', async () => {
    for (const [value, found] of [['{a: b}', 'a mapping (keys with values)'], ['[prosjektplan]', 'a list']] as const) {
      const file = writeTemp('plan.yaml', `kind: ${value}\ntitle: x\n`);
      const run = await runCli(['validate', file, '--format', 'json', '--lang', 'en']);
      expect(run.code).toBe(1);
      const [d] = (JSON.parse(run.stdout) as { files: { diagnostics: { ruleId: string; line: number; column: number; message: string; hint?: string }[] }[] }).files[0]!.diagnostics;
      expect(d).toMatchObject({ ruleId: 'plan/unknown-kind', line: 1, column: 7, message: `A plan names its kind with one word (kind: prosjektplan), but here it is ${found}.` });
      expect(d!.hint).not.toMatch(/Did you mean/);
    }
  });
});
