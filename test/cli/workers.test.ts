import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConcurrency, threadsFor, workersPay } from '../../src/validate/pool.js';
import { edited, example, ROOT, tempDir } from '../helpers/fixtures.js';

const seed = example('kompetensstegen-d');
const BIN = join(ROOT, 'bin', 'plan.js');
// Worker threads run the built program; the tests run from source, so this part needs `npm run build` first (CI does it).
const built = existsSync(join(ROOT, 'dist', 'bin', 'check-worker.cjs'));

describe('worker threads', () => {
  it('are one per further core for auto, as many as told, or none', () => {
    expect(parseConcurrency(undefined)).toBe('auto');
    expect(threadsFor('auto', 2, 0)).toBe(1);
    expect(threadsFor('auto', 1, 0)).toBe(0);
    expect(threadsFor('off', 8)).toBe(0);
    expect(threadsFor(3, 2)).toBe(3);
    expect(parseConcurrency('many')).toBeUndefined();
  });

  it('are only as many under auto as there are cores other work leaves free', () => {
    expect(threadsFor('auto', 2, 1.2)).toBe(0);
    expect(threadsFor('auto', 8, 3)).toBe(4);
    expect(threadsFor('auto', 8, 9)).toBe(0);
    // As many as told is as many as told, however busy the machine.
    expect(threadsFor(2, 2, 4)).toBe(2);
  });

  it('start under auto only when the work left, at the pace so far, outweighs their start', () => {
    expect(workersPay(1.5 * 900)).toBe(false);
    expect(workersPay(7 * 900)).toBe(true);
    expect(workersPay(50 * 10)).toBe(false);
  });

  it.runIf(built)('give the same report as checking in one thread', () => {
    const dir = tempDir();
    const broken = edited(seed, '[650 000, 650 000, 650 000]', '[650 001, 650 000, 650 000]');
    let plans = 0;
    let withErrors = 0;
    for (let i = 0; i < 120; i++) {
      const folder = join(dir, `g${i % 3}`);
      mkdirSync(folder, { recursive: true });
      const text = i % 7 === 0 ? broken : i % 11 === 0 ? 'services: {}\n' : seed;
      if (text !== 'services: {}\n') plans++;
      if (text === broken) withErrors++;
      writeFileSync(join(folder, `p${String(i).padStart(3, '0')}.yaml`), text);
    }
    const run = (concurrency: string) => {
      try {
        return execFileSync(process.execPath, [BIN, 'validate', dir, '--format', 'json', '--concurrency', concurrency, '--verbose'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (error) {
        const { status, stdout, stderr } = error as { status: number; stdout: string; stderr: string };
        expect(status).toBe(1);
        return stdout + '\u0000' + stderr;
      }
    };
    // 'auto' weighs 120 small plans and keeps them on the main thread, and --verbose says why.
    const [autoOut, autoErr] = run('auto').split('\u0000');
    expect(autoErr).toMatch(/^plan: checking 120 files on the main thread only: (other work keeps the other cores busy|this machine has one core|at the pace of the first files the rest take about \d+ ms, less than starting a worker costs)/m);
    // A few files are never shared out, and nothing is said of workers.
    expect(spawnSync(process.execPath, [BIN, 'validate', join(dir, 'g0', 'p003.yaml'), join(dir, 'g0', 'p006.yaml'), '--verbose'], { encoding: 'utf8' }).stderr).toBe('');
    const [threadedOut, threadedErr] = run('2').split('\u0000');
    const [serialOut, serialErr] = run('off').split('\u0000');
    expect(threadedErr).toContain('worker threads beside the main one: 2');
    expect(serialErr).not.toContain('worker threads');
    expect(threadedOut).toBe(serialOut);
    expect(autoOut).toBe(serialOut);
    const report = JSON.parse(threadedOut!);
    expect(report.files).toHaveLength(plans);
    expect(report.summary.filesWithErrors).toBe(withErrors);
  }, 120_000);
});
