import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePath, ROOT, tempDir } from '../helpers/fixtures.js';

/** A Markdown render never loads the docx library (nearly 1 MB), nor its layout engine (1.7 MB). */
const BIN = join(ROOT, 'bin', 'plan.js');
const built = existsSync(join(ROOT, 'dist', 'bin', 'plan.cjs'));

function modulesLoaded(args: readonly string[]): string[] {
  const log = join(tempDir(), 'modules.log');
  const run = spawnSync(process.execPath, ['--import', join(ROOT, 'test/fixtures/hooks/log-modules.mjs'), BIN, ...args], { encoding: 'utf8', env: { ...process.env, PLAN_MODULE_LOG: log }, timeout: 60_000 });
  expect(run.status, run.stderr).toBe(0);
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

const isDocx = (url: string) => /\/dist\/bin\/(docx|layout)\.cjs$|\/node_modules\/docx\//.test(url);

describe.skipIf(!built)('what a render loads', { timeout: 60_000 }, () => {
  it('leaves the docx library out of a Markdown render', () => {
    const loaded = modulesLoaded(['render', examplePath('esf-slutrapport'), '--to', 'md', '-o', join(tempDir(), 'out.md')]);
    expect(loaded.some((url) => url.endsWith('/dist/bin/render.cjs'))).toBe(true);
    expect(loaded.filter(isDocx)).toEqual([]);
  });

  it('loads it for a .docx, and the layout engine only for a table of contents', () => {
    const report = modulesLoaded(['render', examplePath('esf-slutrapport'), '--to', 'docx', '-o', join(tempDir(), 'out.docx')]);
    expect(report.some((url) => url.endsWith('/dist/bin/docx.cjs'))).toBe(true);
    expect(report.some((url) => url.endsWith('/dist/bin/layout.cjs'))).toBe(false);
    const withContents = modulesLoaded(['render', examplePath('prosjektplan'), '--to', 'docx', '-o', join(tempDir(), 'out.docx')]);
    expect(withContents.some((url) => url.endsWith('/dist/bin/layout.cjs'))).toBe(true);
  });
});
