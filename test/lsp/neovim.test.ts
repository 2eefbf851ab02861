import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edited, example, lineOf, project, ROOT } from '../helpers/fixtures.js';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const hasNvim = nvim.status === 0;
if (!hasNvim) console.warn('test/lsp/neovim.test.ts: skipped, Neovim (nvim) is not installed');

describe.skipIf(!hasNvim)('Neovim\'s built-in LSP client and plan lsp', () => {
  it('attaches to plan lsp --stdio and receives the plan\'s problems', () => {
    const text = edited(example('kompetensstegen-d'), /^targetGroups:/m, 'targetGrups:');
    const dir = project({ 'd.yaml': text });
    const out = join(dir, 'diagnostics.json');
    execFileSync('nvim', ['--headless', '--clean', '-n', '-u', join(ROOT, 'test', 'lsp', 'nvim', 'attach.lua')], {
      env: { ...process.env, PLAN_FILE: join(dir, 'd.yaml'), PLAN_OUT: out, PLAN_NODE: process.execPath, PLAN_BIN: join(ROOT, 'bin', 'plan.js') },
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 60_000,
    });
    const result = JSON.parse(readFileSync(out, 'utf8')) as { ok: boolean; diagnostics: { line: number; column: number; code: string; message: string }[] };
    expect(result.ok).toBe(true);
    expect(result.diagnostics).toEqual([expect.objectContaining({ line: lineOf(text, 'targetGrups:'), column: 1, code: 'schema/unknown-key' })]);
    expect(result.diagnostics[0]!.message).toContain('targetGrups');
  }, 70_000);
});
