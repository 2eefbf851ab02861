import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../helpers/docx.js';
import { edited, lineOf, ROOT, tempDir } from '../helpers/fixtures.js';

/**
 * The package as a project office installs it (npm pack, then npm install of the tarball in a
 * repository of plans), with a kind of the office's own in forms/: no TypeScript, no fork. This
 * needs the build (`npm run build`, as CI runs before the tests); the packed files are what npm
 * would publish.
 */
const built = existsSync(join(ROOT, 'dist', 'cli', 'main.js'));
const office = tempDir();
const run = (args: string[]) => spawnSync(join(office, 'node_modules', '.bin', 'plan'), args, { cwd: office, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', PLAN_LANG: 'en' } });

describe.skipIf(!built)('the installed package, with a kind of the office\'s own', () => {
  beforeAll(() => {
    const packed = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', office], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop()!;
    writeFileSync(join(office, 'package.json'), JSON.stringify({ name: 'plans', private: true }));
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent', '--omit=dev', join(office, packed)], { cwd: office, stdio: 'pipe' });
    mkdirSync(join(office, 'forms'));
    cpSync(join(ROOT, 'examples', 'kinds', 'sluttrapport'), join(office, 'forms', 'sluttrapport'), { recursive: true });
    writeFileSync(join(office, '.planrc.yaml'), 'kinds: [forms]\n');
  }, 180_000);

  it('validates the kind\'s example, and fails with an amount changed, naming the line and both figures', () => {
    expect(run(['validate', 'forms/sluttrapport/example.yaml']).status).toBe(0);
    const text = edited(readFileSync(join(office, 'forms', 'sluttrapport', 'example.yaml'), 'utf8'), 'actual: 61900', 'actual: 61000');
    writeFileSync(join(office, 'rapport.yaml'), text);
    const failed = run(['validate', 'rapport.yaml']);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toContain(`${lineOf(text, 'actual: 1462000')}:13`);
    expect(failed.stdout).toMatch(/1 462 000.*1 461 100/);
  });

  it('renders a .docx, writes a new plan with guidance and prints the kind\'s JSON Schema', () => {
    writeFileSync(join(office, 'ok.yaml'), readFileSync(join(office, 'forms', 'sluttrapport', 'example.yaml')));
    expect(run(['render', 'ok.yaml', '--to', 'docx', '-o', 'ok.docx']).status).toBe(0);
    const docx = readDocx(readFileSync(join(office, 'ok.docx')));
    expect(docx.paragraphs.some((p) => p.text === '8. Finansiering')).toBe(true);
    expect(run(['init', 'sluttrapport', 'ny.yaml']).status).toBe(0);
    expect(readFileSync(join(office, 'ny.yaml'), 'utf8')).toContain('# 5. Erfaringer: Hva har dere lært?');
    const schema = run(['schema', 'sluttrapport']);
    expect(schema.status).toBe(0);
    expect((JSON.parse(schema.stdout) as { title: string }).title).toBe('Sluttrapport');
  });

  it('writes a .docx that LibreOffice opens and lays out', () => {
    const soffice = ['soffice', 'libreoffice'].find((name) => spawnSync('which', [name]).status === 0);
    if (!soffice) {
      console.warn('skipped: LibreOffice (soffice) is not installed, so the .docx was not laid out');
      return;
    }
    if (!existsSync(join(office, 'ok.docx'))) run(['render', 'forms/sluttrapport/example.yaml', '--to', 'docx', '-o', 'ok.docx']);
    const out = join(office, 'pdf');
    spawnSync(soffice, ['--headless', '--convert-to', 'pdf', '--outdir', out, join(office, 'ok.docx')], { encoding: 'utf8', timeout: 120_000 });
    expect(readdirSync(out)).toContain('ok.pdf');
  }, 150_000);
});
