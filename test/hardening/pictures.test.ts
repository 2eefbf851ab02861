import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { png } from '../helpers/png.js';
import { describe, expect, it } from 'vitest';
import { edited, example, lineOf, ROOT, tempDir } from '../helpers/fixtures.js';
import { readDocx } from '../helpers/docx.js';

/**
 * Pictures a plan names (prosjektplan's `logo:`, a picture in a Markdown field) are files read as
 * carefully as plans: devices, pipes, folders, huge files and files outside the plan's folder are
 * refused by validate at the field's line, and render neither hangs, nor eats memory, nor leaves a
 * file behind. These run the built program in a child process with a time limit, so that a hang
 * is a failure rather than a stuck test run.
 */
const BIN = join(ROOT, 'bin', 'plan.js');
const built = existsSync(join(ROOT, 'dist', 'cli', 'main.js'));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function plan(args: readonly string[], cwd: string): Run {
  // A bound on the heap: a picture read without a limit would end the process, not pass.
  const run = spawnSync(process.execPath, ['--max-old-space-size=300', BIN, ...args], { cwd, encoding: 'utf8', timeout: 20_000, env: { ...process.env, NO_COLOR: '1', PLAN_LANG: '' } });
  if (run.error) throw run.error;
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}


function withLogo(dir: string, logo: string): string {
  const text = edited(example('prosjektplan'), /^kind: prosjektplan$/m, `kind: prosjektplan\nlogo: ${JSON.stringify(logo)}`);
  writeFileSync(join(dir, 'plan.yaml'), text);
  return text;
}

interface Json {
  files: { diagnostics: { ruleId: string; line: number; column: number; message: string }[] }[];
}

function pictureProblems(run: Run) {
  return (JSON.parse(run.stdout) as Json).files[0]!.diagnostics.filter((d) => d.ruleId.startsWith('field/picture'));
}

describe.skipIf(!built)('pictures a plan names', { timeout: 60_000 }, () => {
  const cases: { name: string; logo: string; setUp?: (dir: string) => void; message: string | RegExp }[] = [
    { name: 'a character device', logo: 'zero.png', setUp: (dir) => symlinkSync('/dev/zero', join(dir, 'zero.png')), message: 'outside the plan\'s folder' },
    { name: 'a device named directly', logo: '/dev/zero', message: 'outside the plan\'s folder' },
    { name: 'standard input', logo: '/dev/stdin', message: /outside the plan's folder|is not found/ },
    { name: 'a FIFO', logo: 'pipe.png', setUp: (dir) => void spawnSync('mkfifo', [join(dir, 'pipe.png')]), message: 'is a folder, a device or a pipe' },
    { name: 'a folder', logo: 'pictures', setUp: (dir) => mkdirSync(join(dir, 'pictures')), message: 'is a folder, a device or a pipe' },
    { name: 'a 2.1 GB file', logo: 'huge.png', setUp: (dir) => sparse(join(dir, 'huge.png'), Math.round(2.1 * 1024 ** 3)), message: 'is 2,150.4 MB' },
    { name: 'an 11 MB file', logo: 'big.png', setUp: (dir) => sparse(join(dir, 'big.png'), 11 * 1024 ** 2), message: 'is 11 MB; a picture may be at most 10 MB' },
    { name: 'a file outside the plan\'s folder', logo: '../outside.png', setUp: (dir) => writeFileSync(join(dir, '..', 'outside.png'), png()), message: 'outside the plan\'s folder' },
    { name: 'a missing file', logo: 'nope.png', message: 'is not found' },
    { name: 'a text file', logo: 'notes.png', setUp: (dir) => writeFileSync(join(dir, 'notes.png'), 'not a picture'), message: 'is not a PNG or JPEG picture' },
  ];

  for (const { name, logo, setUp, message } of cases) {
    it(`refuses ${name} in validate at the field's line, and render leaves no file`, () => {
      const root = tempDir();
      const dir = join(root, 'plans');
      mkdirSync(dir);
      setUp?.(dir);
      const text = withLogo(dir, logo);
      const validated = plan(['validate', 'plan.yaml', '--format', 'json', '--lang', 'en'], dir);
      expect(validated.code).toBe(1);
      const problems = pictureProblems(validated);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ ruleId: 'field/picture', line: lineOf(text, 'logo: "'), column: 7 });
      expect(problems[0]!.message).toMatch(message);

      const rendered = plan(['render', 'plan.yaml', '--to', 'docx', '--force', '-o', 'plan.docx', '--lang', 'en'], dir);
      expect(rendered.code).not.toBe(0);
      expect(rendered.stderr).toContain(`the picture "${logo}" cannot be put in the document`);
      expect(rendered.stderr).not.toMatch(/\n\s+at /);
      expect(readdirSync(dir).filter((file) => file.endsWith('.docx'))).toEqual([]);
    });
  }

  it('embeds a PNG beside the plan, and one from a folder .planrc.yaml allows', () => {
    const root = tempDir();
    mkdirSync(join(root, 'plans'));
    mkdirSync(join(root, 'shared'));
    writeFileSync(join(root, 'shared', 'logo.png'), png());
    writeFileSync(join(root, '.planrc.yaml'), 'pictureFolders: [shared]\n');
    withLogo(join(root, 'plans'), '../shared/logo.png');
    expect(plan(['validate', 'plans/plan.yaml'], root).code).toBe(0);
    const rendered = plan(['render', 'plans/plan.yaml', '--to', 'docx', '-o', 'plan.docx'], root);
    expect(rendered.code).toBe(0);
    const docx = readDocx(readFileSync(join(root, 'plan.docx')));
    expect(docx.files['word/_rels/document.xml.rels']).toMatch(/Target="media\/[^"]+\.png"/);
    expect(docx.documentXml).toContain('descr="Rendalen kommune"');

    // Without the configuration, the same picture is outside the plan's folder.
    writeFileSync(join(root, '.planrc.yaml'), '{}\n');
    const refused = plan(['validate', 'plans/plan.yaml', '--format', 'json', '--lang', 'en'], root);
    expect(pictureProblems(refused).map((d) => d.message)).toEqual([expect.stringContaining('outside the plan\'s folder')]);
  });

  it('refuses a web address and a lone surrogate as a picture\'s name, and render --force does not fail on "URI malformed"', () => {
    const dir = tempDir();
    for (const logo of ['https://example.se/logo.png', 'logo\ud800.png']) {
      const text = withLogo(dir, logo);
      const run = plan(['validate', 'plan.yaml', '--format', 'json', '--lang', 'en'], dir);
      expect(run.code).toBe(1);
      expect(pictureProblems(run)).toEqual([expect.objectContaining({ line: lineOf(text, 'logo: "'), message: expect.stringContaining('is not the name of a picture file') })]);
    }
    const markdown = plan(['render', 'plan.yaml', '--to', 'md', '--force'], dir);
    expect(markdown.stderr).not.toContain('URI malformed');
  });

  it('checks a picture in a Markdown field as a logo, and refuses one on the web', () => {
    const dir = tempDir();
    const text = edited(example('esf-slutrapport'), 'summary: |\n', 'summary: |\n  ![Karta](karta.png) och ![Foto](https://example.se/foto.jpg)\n\n');
    writeFileSync(join(dir, 'rapport.yaml'), text);
    const run = plan(['validate', 'rapport.yaml', '--format', 'json', '--lang', 'en'], dir);
    expect(run.code).toBe(1);
    expect(pictureProblems(run).map((d) => [d.line, d.message])).toEqual([
      [lineOf(text, 'summary:'), expect.stringContaining('"karta.png" is not found')],
      [lineOf(text, 'summary:'), expect.stringContaining('is on the web, and plan does not fetch pictures')],
    ]);
    writeFileSync(join(dir, 'karta.png'), png());
    const fixed = plan(['validate', 'rapport.yaml', '--format', 'json', '--lang', 'en'], dir);
    expect(pictureProblems(fixed).map((d) => d.message)).toEqual([expect.stringContaining('is on the web')]);
  });

  it('answers in the plan\'s language', () => {
    const dir = tempDir();
    withLogo(dir, 'nope.png');
    const run = plan(['validate', 'plan.yaml'], dir);
    expect(run.stdout).toContain('bildet "nope.png" finnes ikke');
  });
});

function sparse(path: string, size: number): void {
  closeSync(openSync(path, 'w'));
  truncateSync(path, size);
}
