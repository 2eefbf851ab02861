import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeControls } from '../../src/report/terminal.js';
import { runCli } from '../helpers/cli.js';
import { edited, example, tempDir, writeTemp } from '../helpers/fixtures.js';

const seed = example('projektbeskrivning');
const EMAIL_LINE = seed.split('\n').findIndex((line) => line.startsWith('  email:')) + 1;

/** What a terminal would obey: every C0 control but tab and line feed, DEL and C1 controls. */
// eslint-disable-next-line no-control-regex
const OBEYED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('stylish output shows control characters from plans escaped, never sends them to the terminal', () => {
  it('a value quoted in a message: an OSC that would set the window title and a clear-screen', async () => {
    // YAML's own escapes write the controls: \e is ESC, \a is BEL.
    const plan = edited(seed, 'email: carina.schmidt@stockholm.se', 'email: "a\\e]0;pwned\\a\\e[2Jb"');
    const run = await runCli(['validate', writeTemp('plan.yaml', plan), '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(OBEYED);
    expect(run.stdout).toContain(`  ${EMAIL_LINE}:10  error  `);
    expect(run.stdout).toContain('"email" (E-post): "a\\u001b]0;pwned\\u0007\\u001b[2Jb" is not an e-mail address.  field/email');
  });

  it('control characters written into the file: escaped in the code frame, and the carets still under the value', async () => {
    const plan = edited(seed, 'email: carina.schmidt@stockholm.se', 'email: "\x1b[2J\u009b\x07" # \x1b]0;x\x07');
    const dir = tempDir();
    const file = writeTemp('plan.yaml', edited(plan, 'website: www.projektcarpe.se', 'website: "\x1b[31mred"'), dir);
    const run = await runCli(['validate', file, '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(OBEYED);
    const lines = run.stdout.split('\n');
    const frame = lines.findIndex((line) => line.includes(`> ${EMAIL_LINE} |`));
    expect(lines[frame]).toContain(`> ${EMAIL_LINE} |   email: "\\u001b[2J\\u009b\\u0007" # \\u001b]0;x\\u0007`);
    // The span is the quoted value, from its opening quote to its closing one, as shown.
    const valueStart = lines[frame]!.indexOf('"\\u001b[2J');
    const carets = lines[frame + 1]!;
    expect(carets.indexOf('^')).toBe(valueStart);
    expect(carets.lastIndexOf('^')).toBe(valueStart + '"\\u001b[2J\\u009b\\u0007"'.length - 1);
  });

  it('a file name found in a folder, in the file header and in --verbose lines', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'plans'));
    const name = 'plan\x1b[2J\x1b]0;title\x07.yaml';
    writeFileSync(join(dir, 'plans', name), edited(seed, 'email: carina.schmidt@stockholm.se', 'email: not-an-address'));
    writeFileSync(join(dir, 'plans', 'compose\x1b[2J.yml'), 'services: {}\n');
    const run = await runCli(['validate', 'plans', '--lang', 'en', '--verbose'], {}, { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).not.toMatch(OBEYED);
    expect(run.stdout.split('\n')[0]).toBe(join('plans', 'plan\\u001b[2J\\u001b]0;title\\u0007.yaml'));
    expect(run.stdout).toContain(`  ${EMAIL_LINE}:10  error    "email" (E-post): "not-an-address" is not an e-mail address.`);
    expect(run.stderr).toContain(`skipped ${join('plans', 'compose\\u001b[2J.yml')}: not a plan`);
  });

  it('the file name in what render says', async () => {
    const dir = tempDir();
    const file = join(dir, 'plan\x1b[2J.yaml');
    writeFileSync(file, edited(seed, 'email: carina.schmidt@stockholm.se', 'email: not-an-address'));
    const run = await runCli(['render', file, '--to', 'md', '-o', join(dir, 'out.md'), '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(OBEYED);
    expect(run.stderr.split('\n')[0]).toBe(join(dir, 'plan\\u001b[2J.yaml'));
    expect(run.stderr).toContain(`plan: ${join(dir, 'plan\\u001b[2J.yaml')} cannot be read as a plan, so it is not rendered`);
  });

  it('keeps tab, line feed and every printable character, Scandinavian letters and emoji included', () => {
    expect(escapeControls('Å ä ø\tæ\n€ “x” 🙂')).toBe('Å ä ø\tæ\n€ “x” 🙂');
    expect(escapeControls('a\rb\u0000c\u007fd\u202ee')).toBe('a\\u000db\\u0000c\\u007fd\\u202ee');
  });
});
