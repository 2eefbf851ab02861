import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, ROOT, tempDir } from '../helpers/fixtures.js';

const BIN = join(ROOT, 'bin', 'plan.js');
// The pipe a reader closes is the real process's standard output or error: this runs the built program, so it needs `npm run build` first (CI does it).
const built = existsSync(join(ROOT, 'dist', 'cli', 'main.js'));

interface Ended {
  /** plan's own exit code. */
  code: number;
  stderr: string;
}

/**
 * Runs `plan … | head -c 100`: a real pipe, which the reader closes after 100 bytes (node's own
 * child-process pipes are sockets with large buffers, where plan would rarely meet the close).
 */
function runIntoHead(args: readonly string[]): Promise<Ended> {
  const codeFile = join(tempDir(), 'code');
  return new Promise((resolve, reject) => {
    const script = '{ "$0" "$@"; echo "$?" > "$PLAN_CODE_FILE"; } | head -c 100 > /dev/null';
    const child = spawn('sh', ['-c', script, process.execPath, BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', PLAN_LANG: 'en', PLAN_CODE_FILE: codeFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', () => resolve({ code: Number(readFileSync(codeFile, 'utf8')), stderr }));
  });
}

/** The plan with 500 unknown keys: a stylish report of some 150 kB. */
function withManyErrors(text: string): string {
  return text + Array.from({ length: 500 }, (_, i) => `unknownKey${i}: x`).join('\n') + '\n';
}

/** Every example, `copies` times over: a report far larger than a pipe's buffer, so the writer surely meets the closed pipe. */
function manyPlans(copies: number, edit?: (text: string) => string): string {
  const dir = tempDir();
  const examples = readdirSync(join(ROOT, 'examples')).filter((name) => name.endsWith('.yaml'));
  for (let i = 0; i < copies; i++) {
    for (const name of examples) {
      const target = join(dir, `${i}-${name}`);
      if (edit && name === 'kompetensstegen-d.yaml') writeFileSync(target, edit(example('kompetensstegen-d')));
      else copyFileSync(join(ROOT, 'examples', name), target);
    }
  }
  return dir;
}

describe.runIf(built)('a reader that closes the pipe early', () => {
  it('plan validate --format sarif examples/ | head: nothing on stderr, exit 0 as without the reader leaving', async () => {
    const ended = await runIntoHead(['validate', '--format', 'sarif', 'examples/']);
    expect(ended.stderr).toBe('');
    expect(ended.code).toBe(0);
  }, 60_000);

  it('a report many times a pipe\'s buffer, from several threads\' results: the same', async () => {
    const ended = await runIntoHead(['validate', '--format', 'sarif', '--concurrency', '2', manyPlans(20)]);
    expect(ended.stderr).toBe('');
    expect(ended.code).toBe(0);
  }, 60_000);

  it('plans with errors still exit 1, quietly, when the stylish report is cut short', async () => {
    const dir = manyPlans(2, withManyErrors);
    const ended = await runIntoHead(['validate', '--concurrency', 'off', dir]);
    expect(ended.stderr).toBe('');
    expect(ended.code).toBe(1);
  }, 60_000);

  it('the same for a render whose problems go to a closed standard error: exit 2 for the missing file named beside the plan', async () => {
    const dir = tempDir();
    const plan = join(dir, 'plan.yaml');
    writeFileSync(plan, withManyErrors(example('kompetensstegen-d')));
    const codeFile = join(dir, 'code');
    const ended = await new Promise<{ code: number; stdout: string }>((resolve, reject) => {
      // Standard error into head, which closes it after 10 bytes; standard output is kept to see that nothing else was said.
      const script = '{ "$0" "$@" 2>&1 1>&3; echo "$?" > "$PLAN_CODE_FILE"; } 3>&1 | head -c 10 > /dev/null';
      const child = spawn('sh', ['-c', script, process.execPath, BIN, 'render', join(dir, 'missing.yaml'), plan, '--to', 'md', '--out-dir', join(dir, 'out')], {
        env: { ...process.env, NO_COLOR: '1', PLAN_CODE_FILE: codeFile },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let stdout = '';
      child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
      child.on('error', reject);
      child.on('close', () => resolve({ code: Number(readFileSync(codeFile, 'utf8')), stdout }));
    });
    expect(ended.stdout).toBe('');
    expect(ended.code).toBe(2);
    expect(existsSync(join(dir, 'out', 'plan.md'))).toBe(false);
  }, 60_000);
});
