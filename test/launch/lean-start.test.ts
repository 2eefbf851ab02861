import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePath, ROOT, tempDir } from '../helpers/fixtures.js';

/**
 * Checking one plan loads only what it uses: Node's worker threads, timing, file-promise and crypto
 * modules, the net, tty and child-process modules that node's standard output and commander load,
 * and zlib with node's streams, cost a one-plan run several milliseconds of its start-up; and it
 * starts no worker, writes no file, hashes nothing with crypto or zlib, writes its report to a pipe
 * and starts no program.
 */
const BIN = join(ROOT, 'bin', 'plan.js');
const built = existsSync(join(ROOT, 'dist', 'bin', 'plan.cjs'));

function builtinsLoaded(args: readonly string[], status = 0): string[] {
  const log = join(tempDir(), 'builtins.log');
  const run = spawnSync(process.execPath, ['-r', join(ROOT, 'test/fixtures/hooks/log-builtins.cjs'), BIN, ...args], { encoding: 'utf8', env: { ...process.env, PLAN_BUILTIN_LOG: log }, timeout: 60_000 });
  expect(run.status, run.stderr).toBe(status);
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

if (!built) console.warn('lean-start: skipped: dist/bin/ is not built; run npm run build');

describe.skipIf(!built)('a one-plan validate', { timeout: 60_000 }, () => {
  it('loads neither worker threads, nor perf_hooks, nor fs/promises, nor crypto, nor net, tty, child_process, zlib or streams', () => {
    const loaded = builtinsLoaded(['validate', examplePath('esf-ansokan')]);
    expect(loaded).toContain('fs');
    expect(loaded.filter((name) => /^(worker_threads|perf_hooks|fs\/promises|internal\/fs\/promises|crypto|net|tty|child_process|zlib|stream)$/.test(name))).toEqual([]);
  });

  it('loads crypto once it is needed: a SARIF problem\'s fingerprint, a report file\'s temporary name', () => {
    const plan = join(tempDir(), 'plan.yaml');
    writeFileSync(plan, `${readFileSync(examplePath('esf-ansokan'), 'utf8')}\nno-such-field: 1\n`);
    expect(builtinsLoaded(['validate', plan, '--format', 'sarif', '-o', join(tempDir(), 'report.sarif')], 1)).toContain('crypto');
  });

  it('loads the file promises once it writes a report', () => {
    const loaded = builtinsLoaded(['validate', examplePath('esf-ansokan'), '--format', 'json', '-o', join(tempDir(), 'report.json')]);
    expect(loaded).toContain('internal/fs/promises');
  });
});
