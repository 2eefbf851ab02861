import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { measure } from '../../src/fields/limits.js';
import { runCli } from '../helpers/cli.js';
import { edited, example, examplePath, lineOf, ROOT, tempDir, writeTemp } from '../helpers/fixtures.js';

interface Field {
  pointer: string;
  label: string;
  text: string;
  length: number;
  limit: { unit: 'characters' | 'words' | 'lines'; max: number } | null;
}

/** Every kind with its example: the package's own, and those written only as data (examples/kinds/<id>/), used from a forms folder. */
const KINDS = join(ROOT, 'examples', 'kinds');
const cases: { id: string; kindFile: string; run: () => Promise<{ code: number; stdout: string; stderr: string }> }[] = [
  ...readdirSync(join(ROOT, 'kinds')).map((id) => ({ id, kindFile: join(ROOT, 'kinds', id, 'kind.yaml'), run: () => runCli(['fields', examplePath(id), '--format', 'json']) })),
  ...readdirSync(KINDS)
    .filter((id) => existsSync(join(KINDS, id, 'kind.yaml')))
    .map((id) => ({
      id,
      kindFile: join(KINDS, id, 'kind.yaml'),
      run: () => {
        const dir = tempDir();
        mkdirSync(join(dir, 'forms'));
        cpSync(join(KINDS, id), join(dir, 'forms', id), { recursive: true });
        writeFileSync(join(dir, '.planrc.yaml'), 'kinds: [forms]\n');
        return runCli(['fields', join(dir, 'forms', id, 'example.yaml'), '--format', 'json']);
      },
    })),
];

describe.each(cases)('plan fields on the $id example', ({ id, kindFile, run }) => {
  it('lists its fields in the form\'s order, each with label, text and the text\'s length', async () => {
    const result = await run();
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { file: string; kind: string; fields: Field[] };
    expect(report.kind).toBe(id);
    expect(report.fields.length).toBeGreaterThan(3);
    // The form's order: the top-level keys in the order the kind file gives them, never going back.
    const order = Object.keys((parse(readFileSync(kindFile, 'utf8')) as { fields: Record<string, unknown> }).fields);
    const positions = report.fields.map((field) => order.indexOf(field.pointer.split('/')[1]!));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const field of report.fields) {
      expect(field.label).not.toBe('');
      expect(field.text).not.toBe('');
      expect(field.length).toBe(measure(field.text, field.limit ?? { unit: 'characters' }));
      // Pasted text, not Markdown: no emphasis markers or heading marks are left.
      expect(field.text).not.toMatch(/\*\*|^#{1,6} /m);
    }
  }, 30_000);
});

describe('plan fields on the esf-ansokan example', () => {
  it('prints each section as it is pasted, with its length and the limit the plan sets', async () => {
    const run = await runCli(['fields', examplePath('esf-ansokan')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Problemformulering › Problemet som projektet vill lösa  [626 av 3000 tecken, 2374 kvar]\n  I Exempelby kommun står omkring 310 unga vuxna mellan 20 och 29 år varken i arbete eller studier. En växande del');
    expect(run.stdout).toContain('Problemformulering › Orsaker › Orsaker på individnivå  [241 tecken]\n  – Låg tilltro till den egna förmågan');
    expect(run.stdout).toContain('\n  Problemet som projektet vill lösa är att unga vuxna med NPF i Exempelby inte får ett stöd som leder');
    expect(run.stdout).toContain('Problemformulering › De horisontella principerna i problemanalysen › Tillgänglighet');
    expect(run.stdout).toContain('Aktiviteter 2 › Aktivitet  [21 tecken]\n  Stegvis arbetsträning');
    expect(run.stdout).toContain('Deltagande aktörer 1 › Roll  [11 tecken]\n  Stödsökande');
    expect(run.stdout).toContain('Tidplan 2 › När  [7 tecken]\n  Q2 2026');
  });

  it('as JSON: pointers, the text without Markdown, and the limit', async () => {
    const run = await runCli(['fields', examplePath('esf-ansokan'), '--format', 'json']);
    const report = JSON.parse(run.stdout) as { fields: Field[] };
    const byPointer = new Map(report.fields.map((field) => [field.pointer, field]));
    const problem = byPointer.get('/problem/description')!;
    expect(problem.limit).toEqual({ unit: 'characters', max: 3000 });
    expect(problem.text).toContain('är att unga vuxna med NPF i Exempelby inte får ett stöd som leder till arbete eller studier, eftersom');
    expect(problem.text.split('\n\n')).toHaveLength(2);
    expect(byPointer.get('/goals/results')!.text.split('\n')[0]).toBe('– 90 deltagare har påbörjat insatsen, varav minst 40 kvinnor.');
    expect(byPointer.get('/activities/0/name')!.text).toBe('Individuell kartläggning och plan');
    expect(byPointer.has('/budget/costs')).toBe(false);
  });

  it('with the problem made longer than its limit: validate fails at its line, fields still shows it, with exit 1', async () => {
    const text = example('esf-ansokan');
    // The problem is 626 characters; one space and ten per "Mer text. " are added, the last space trimmed.
    const long = edited(text, 'anpassat till deras förutsättningar.', 'anpassat till deras förutsättningar. ' + 'Mer text. '.repeat(240));
    const path = writeTemp('ansokan.yaml', long);
    const validate = await runCli(['validate', path, '--format', 'json']);
    expect(validate.code).toBe(1);
    const [file] = (JSON.parse(validate.stdout) as { files: { diagnostics: { ruleId: string; line: number; message: string }[] }[] }).files;
    expect(file!.diagnostics).toEqual([expect.objectContaining({ ruleId: 'field/too-long', line: lineOf(long, 'description: |') })]);
    expect(file!.diagnostics[0]!.message).toBe('"description" (Problemet som projektet vill lösa): 3026 tecken, högst 3000: 26 för många.');
    const fields = await runCli(['fields', path]);
    expect(fields.code).toBe(1);
    expect(fields.stdout).toContain('[3026 av 3000 tecken, 26 för många]');
    expect(fields.stderr).toContain('har fel');
  });

  it('just under the limit: a warning that says how much room is left', async () => {
    const long = edited(example('esf-ansokan'), 'anpassat till deras förutsättningar.', 'anpassat till deras förutsättningar. ' + 'Mer text. '.repeat(235));
    const validate = await runCli(['validate', writeTemp('ansokan.yaml', long)]);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toContain('"description" (Problemet som projektet vill lösa): 2976 av högst 3000 tecken: 24 kvar.');
    expect(validate.stdout).toContain('field/near-limit');
  });
});

describe('plan fields --format html', () => {
  it('writes one page whole, in the plan\'s language, with no address it would load', async () => {
    const dir = tempDir();
    const out = join(dir, 'falt.html');
    const run = await runCli(['fields', examplePath('esf-ansokan'), '--format', 'html', '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('falt.html');
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="sv">/);
    expect(html).toContain('>Kopiera</button>');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/\b(?:src|href)=/);
    expect(readdirSync(dir)).toEqual(['falt.html']);
  });

  it('is in Norwegian for a Norwegian plan', async () => {
    const run = await runCli(['fields', examplePath('prosjektplan'), '--format', 'html']);
    expect(run.stdout).toContain('<html lang="nb">');
    expect(run.stdout).toContain('>Kopier</button>');
  });

  it('never writes over the plan, and an unknown format is exit 2', async () => {
    const path = writeTemp('plan.yaml', example('esf-ansokan'));
    const run = await runCli(['fields', path, '--format', 'html', '-o', path]);
    expect(run.code).toBe(2);
    expect(readFileSync(path, 'utf8')).toBe(example('esf-ansokan'));
    expect((await runCli(['fields', path, '--format', 'pdf'])).code).toBe(2);
  });
});

describe('plan fields and the document agree', () => {
  it('prints a period as the document does, so that its length is what is pasted', async () => {
    const run = await runCli(['fields', examplePath('esf-ansokan'), '--format', 'json']);
    const fields = (JSON.parse(run.stdout) as { fields: Field[] }).fields;
    const rendered = await runCli(['render', examplePath('esf-ansokan'), '--to', 'md', '-o', '-']);
    const periods = fields.filter((field) => /\d{4}.*–.*\d{4}/.test(field.text) && !field.text.includes('\n') && field.text.length < 60);
    expect(periods.length).toBeGreaterThan(0);
    for (const period of periods) expect(rendered.stdout, period.label).toContain(period.text);
  });
});

describe('plan fields -o', () => {
  it('says so when the output named is a folder, and writes nothing', async () => {
    const dir = tempDir();
    const run = await runCli(['fields', examplePath('esf-ansokan'), '--format', 'html', '-o', dir, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`plan: ${dir} is a folder; name a file to write`);
    expect(readdirSync(dir)).toEqual([]);
  });
});
