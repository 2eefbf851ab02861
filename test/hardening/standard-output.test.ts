import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, ROOT, tempDir } from '../helpers/fixtures.js';

// plan writes to its standard output's descriptor itself (src/cli/io.ts): these run the built
// program, with descriptors that node's own child-process pipes cannot stand for.
const BIN = join(ROOT, 'bin', 'plan.js');
const built = existsSync(join(ROOT, 'dist', 'cli', 'main.js'));
const has = (program: string, ...args: string[]) => spawnSync(program, args, { stdio: 'ignore' }).status === 0;
const ENV = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, PLAN_LANG: 'en', TERM: 'xterm' };

/** A plan with 500 unknown keys: a report of some 150 kB, more than a pipe holds. */
function planWithManyErrors(): string {
  const plan = join(tempDir(), 'plan.yaml');
  writeFileSync(plan, example('kompetensstegen-d') + Array.from({ length: 500 }, (_, i) => `unknownKey${i}: x`).join('\n') + '\n');
  return plan;
}

function shell(script: string, ...args: string[]) {
  return spawnSync('sh', ['-c', script, process.execPath, BIN, ...args], { cwd: ROOT, env: ENV, encoding: 'utf8' });
}

describe.runIf(built)('standard output', () => {
  it.runIf(existsSync('/dev/full'))('a full disk ends the command with exit 2 and one line that says so, not a stack trace', () => {
    const ended = shell('"$0" "$@" > /dev/full', 'validate', '--format', 'json', planWithManyErrors());
    expect(ended.status).toBe(2);
    expect(ended.stderr).toBe('plan: cannot write to standard output (ENOSPC: no space left on device, write)\n');
  });

  it.runIf(existsSync('/dev/full'))('a full disk for standard output and standard error alike still ends with exit 2', () => {
    const ended = shell('"$0" "$@" > /dev/full 2> /dev/full', 'validate', '--format', 'json', join(ROOT, 'examples', 'kompetensstegen-d.yaml'));
    expect(ended.status).toBe(2);
  });

  it('a standard output opened for reading is a failure with its message, not a report lost in silence', () => {
    const readOnly = join(tempDir(), 'read-only.txt');
    writeFileSync(readOnly, 'x');
    const ended = shell(`"$0" "$@" 1< "${readOnly}"`, 'validate', '--format', 'json', planWithManyErrors());
    expect(ended.status).toBe(2);
    expect(ended.stderr).toMatch(/^plan: cannot write to standard output \(EBADF: bad file descriptor, write\)\n$/);
  });

  // A descriptor left non-blocking by another program (perl here), into a pipe whose reader waits a
  // second: the writes that would have to wait, wait, and the report arrives whole.
  it.runIf(has('perl', '-MFcntl', '-e', '1'))('a non-blocking pipe with a slow reader gets the whole report', () => {
    const plan = planWithManyErrors();
    const direct = join(tempDir(), 'direct.json');
    const piped = join(tempDir(), 'piped.json');
    const nonBlocking = 'my $f = fcntl(STDOUT, F_GETFL, 0) or die; fcntl(STDOUT, F_SETFL, $f | O_NONBLOCK) or die; exec @ARGV or die';
    const ended = shell(`perl -MFcntl -e '${nonBlocking}' "$0" "$@" | { sleep 1; cat > "${piped}"; }`, 'validate', '--format', 'json', plan);
    shell(`"$0" "$@" > "${direct}"`, 'validate', '--format', 'json', plan);
    expect(ended.stderr).toBe('');
    const report = readFileSync(piped, 'utf8');
    expect(report.length).toBeGreaterThan(100_000);
    expect(report).toBe(readFileSync(direct, 'utf8'));
  });

  it.runIf(has('script', '-qec', 'true', '/dev/null'))('a terminal gets colour; a pipe and a file do not', () => {
    const plan = planWithManyErrors();
    const onTerminal = spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" validate "${plan}"`, '/dev/null'], { cwd: ROOT, env: ENV, encoding: 'utf8' });
    expect(onTerminal.stdout).toContain('unknownKey499');
    expect(onTerminal.stdout).toContain('\u001b[');
    const piped = shell('"$0" "$@" | cat', 'validate', plan);
    expect(piped.stdout).toContain('unknownKey499');
    expect(piped.stdout).not.toContain('\u001b[');
    const file = join(tempDir(), 'report.txt');
    shell(`"$0" "$@" > "${file}"`, 'validate', plan);
    expect(readFileSync(file, 'utf8')).not.toContain('\u001b[');
  });

  it.runIf(existsSync('/dev/null'))('a device that is not a terminal takes a .docx as a file does', () => {
    const ended = shell('"$0" "$@" > /dev/null', 'render', join(ROOT, 'examples', 'kompetensstegen-d.yaml'), '--to', 'docx', '-o', '-');
    expect(ended.stderr).toBe('');
    expect(ended.status).toBe(0);
  });
});

