import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { examplePath, tempDir } from '../helpers/fixtures.js';
import { canLayOut, layoutSkipNote } from '../helpers/office.js';

/** `plan render --to pdf`: the .docx laid out and exported by LibreOffice, fonts embedded. */
const hasPdffonts = spawnSync('sh', ['-c', 'command -v pdffonts']).status === 0;

function pdfInfo(path: string): { pages: number; fonts: { name: string; embedded: boolean }[] } {
  const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [path], { encoding: 'utf8' }).stdout)?.[1]);
  const fonts = spawnSync('pdffonts', [path], { encoding: 'utf8' })
    .stdout.split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name, type (one or two words), encoding, emb, sub, uni, object, generation
      return { name: columns[0]!, embedded: columns[columns.length - 5] === 'yes' };
    });
  return { pages, fonts };
}

describe('render --to pdf', { timeout: 180_000 }, () => {
  it.skipIf(!canLayOut || !hasPdffonts)('writes each plan\'s PDF, fonts embedded, with the pages of its .docx, through one LibreOffice', async () => {
    const dir = tempDir();
    const run = await runCli(['render', examplePath('handlingsplan'), examplePath('esf-slutrapport'), '--to', 'pdf', '--out-dir', join(dir, 'pdf')], { PATH: process.env.PATH });
    expect(run.stderr).toContain('skrev');
    expect(run.code).toBe(0);
    expect(readdirSync(join(dir, 'pdf')).sort()).toEqual(['esf-slutrapport.pdf', 'handlingsplan.pdf']);
    const plan = pdfInfo(join(dir, 'pdf', 'handlingsplan.pdf'));
    const report = pdfInfo(join(dir, 'pdf', 'esf-slutrapport.pdf'));
    expect(plan.pages).toBe(6);
    expect(report.pages).toBe(9);
    for (const { fonts } of [plan, report]) {
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((font) => !font.embedded)).toEqual([]);
    }
  });

  it.skipIf(!canLayOut)('writes PDF/A-2b with --pdf-a', async () => {
    const dir = tempDir();
    const run = await runCli(['render', examplePath('kompetensstegen-d'), '--pdf-a', '-o', join(dir, 'plan.pdf')], { PATH: process.env.PATH });
    expect(run.code).toBe(0);
    const pdf = readFileSync(join(dir, 'plan.pdf'), 'latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(pdf).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
  });

  it('without LibreOffice says what to install, exits 2 and writes nothing', async () => {
    const dir = tempDir();
    // No PATH: no soffice to be found.
    const run = await runCli(['render', examplePath('handlingsplan'), '--to', 'pdf', '-o', join(dir, 'plan.pdf'), '--lang', 'en'], { PATH: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--to pdf needs LibreOffice');
    expect(run.stderr).toContain('apt-get install libreoffice-writer-nogui');
    expect(existsSync(join(dir, 'plan.pdf'))).toBe(false);
    const named = await runCli(['render', examplePath('handlingsplan'), '-o', join(dir, 'plan.pdf'), '--lang', 'en'], { PLAN_SOFFICE: join(dir, 'no-soffice') });
    expect(named.code).toBe(2);
    expect(named.stderr).toContain(`PLAN_SOFFICE names ${join(dir, 'no-soffice')}, which is not a program`);
    expect(existsSync(join(dir, 'plan.pdf'))).toBe(false);
  });

  it('refuses an output whose name says another format than --to, and --pdf-a without PDF', async () => {
    const dir = tempDir();
    const mismatch = await runCli(['render', examplePath('handlingsplan'), '--to', 'pdf', '-o', join(dir, 'plan.docx'), '--lang', 'en']);
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toContain('--to pdf writes pdf, but the output file');
    const pdfA = await runCli(['render', examplePath('handlingsplan'), '--pdf-a', '-o', join(dir, 'plan.docx'), '--lang', 'en']);
    expect(pdfA.code).toBe(2);
    expect(pdfA.stderr).toContain('--pdf-a applies to PDF only');
    expect(readdirSync(dir)).toEqual([]);
  });
});

if (!canLayOut) console.warn(layoutSkipNote);
