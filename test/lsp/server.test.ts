import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edited, example, lineOf, project, ROOT } from '../helpers/fixtures.js';
import { Client } from './client.js';

const BIN = join(ROOT, 'bin', 'plan.js');
const original = example('kompetensstegen-d');
// A changed D.7.1 figure (year 1 of the first row) and a misspelt top-level key.
const broken = edited(edited(original, 'amounts: [650 000, 650 000, 650 000]', 'amounts: [700 000, 650 000, 650 000]'), /^targetGroups:/m, 'targetGrups:');

function validateJson(path: string): { ruleId: string; line: number; column: number; endLine: number; endColumn: number; message: string; severity: string }[] {
  let out: string;
  try {
    out = execFileSync(process.execPath, [BIN, 'validate', path, '--format', 'json'], { encoding: 'utf8' });
  } catch (error) {
    out = (error as { stdout: string }).stdout;
  }
  return (JSON.parse(out) as { files: { diagnostics: never[] }[] }).files[0]!.diagnostics;
}

describe('plan lsp --stdio', () => {
  let client: Client;
  beforeAll(async () => {
    client = new Client();
    await client.initialize();
  });
  afterAll(() => client.close());

  it('reports what plan validate reports, at the same places, and clears the sum when it is mended', async () => {
    const dir = project({ 'd.yaml': broken });
    const path = join(dir, 'd.yaml');
    const expected = validateJson(path);
    expect(expected.map((d) => d.ruleId).sort()).toEqual(['budget/sum-mismatch', 'schema/unknown-key']);

    const uri = client.open(path, broken);
    const diagnostics = await client.diagnostics(uri, 1);
    const seen = diagnostics.map((d) => ({ ruleId: d.code, line: d.range.start.line + 1, column: d.range.start.character + 1, severity: d.severity === 1 ? 'error' : 'warning' }));
    expect(seen).toEqual(expected.map((d) => ({ ruleId: d.ruleId, line: d.line, column: d.column, severity: d.severity })));
    const sum = diagnostics.find((d) => d.code === 'budget/sum-mismatch')!;
    expect(sum.range.start.line + 1).toBe(lineOf(broken, 'total: [1 835 000'));
    expect(sum.message).toContain(expected.find((d) => d.ruleId === 'budget/sum-mismatch')!.message);
    // The plan's own language, and a link to the rule's documentation.
    expect(sum.message).toMatch(/Summa|summa/);
    expect(sum.codeDescription?.href).toMatch(/docs\/rules\.md#rule-budget-sum-mismatch$/);
    expect(diagnostics.find((d) => d.code === 'schema/unknown-key')!.range.start.line + 1).toBe(lineOf(broken, 'targetGrups:'));

    // The figure restored, keystroke by keystroke ("7" → "6", "0" → "5"): the sum problem goes, the key's stays.
    const row = lineOf(broken, 'amounts: [700 000') - 1;
    const column = broken.split('\n')[row]!.indexOf('700 000');
    client.edit(uri, { start: { line: row, character: column }, end: { line: row, character: column + 1 } }, '6');
    const version = client.edit(uri, { start: { line: row, character: column + 1 }, end: { line: row, character: column + 2 } }, '5');
    const after = await client.diagnostics(uri, version);
    expect(after.map((d) => d.code)).toEqual(['schema/unknown-key']);
  });

  it('shows a key\'s form label and help on hover, and how an amount is read', async () => {
    const dir = project({ 'd.yaml': original });
    const uri = client.open(join(dir, 'd.yaml'), original);
    const line = lineOf(original, 'title: Projektorganisation') - 1;
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line, character: 2 } });
    expect(hover?.contents.value).toContain('D.2');
    expect(hover?.contents.value).toContain('Rubrik');
    const total = lineOf(original, 'total: [1 835 000') - 1;
    const column = original.split('\n')[total]!.indexOf('1 935 000') + 2;
    const amount = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: total, character: column } });
    expect(amount?.contents.value).toBe('plan läser: 1 935 000 kr');
  });

  it('offers the computed sum as a fix at the sum problem, without applying it', async () => {
    const dir = project({ 'd.yaml': broken });
    const uri = client.open(join(dir, 'd.yaml'), broken);
    const diagnostics = await client.diagnostics(uri, 1);
    const sum = diagnostics.find((d) => d.code === 'budget/sum-mismatch')!;
    const actions = await client.request<{ title: string; isPreferred?: boolean; edit: { changes: Record<string, { range: typeof sum.range; newText: string }[]> } }[]>('textDocument/codeAction', { textDocument: { uri }, range: sum.range, context: { diagnostics: [sum] } });
    const write = actions.find((a) => a.edit.changes[uri]!.some((e) => e.newText === '1 885 000'));
    expect(write?.title).toBe('Skriv den uträknade summan 1 885 000');
    expect(write?.edit.changes[uri]).toEqual([{ range: sum.range, newText: '1 885 000' }]);
    expect(write?.isPreferred).toBeUndefined();
    expect(actions.map((a) => a.title)).toContain('Stäng av budget/sum-mismatch för nästa rad');
    // The document itself is unchanged: a fix is only offered.
    expect((await client.diagnostics(uri, 1)).map((d) => d.code)).toContain('budget/sum-mismatch');
  });

  it('reads the plan\'s .planrc.yaml: its kinds and its severities, as plan validate does', async () => {
    const folder = join(ROOT, 'examples', 'kinds', 'riskanalys');
    const plan = edited(readFileSync(join(folder, 'example.yaml'), 'utf8'), /^title:/m, 'titel:');
    const dir = project({
      '.planrc.yaml': 'kinds: [forms]\nrules:\n  schema/unknown-key: warning\n',
      'forms/riskanalys/kind.yaml': readFileSync(join(folder, 'kind.yaml'), 'utf8'),
      'forms/riskanalys/sv.md.hbs': readFileSync(join(folder, 'sv.md.hbs'), 'utf8'),
      'plans/risk.yaml': plan,
    });
    const path = join(dir, 'plans', 'risk.yaml');
    const expected = validateJson(path);
    expect(expected.map((d) => [d.ruleId, d.severity])).toEqual([['schema/unknown-key', 'warning']]);
    const diagnostics = await client.diagnostics(client.open(path, plan), 1);
    expect(diagnostics.map((d) => ({ ruleId: d.code, line: d.range.start.line + 1, column: d.range.start.character + 1, severity: d.severity === 1 ? 'error' : 'warning' }))).toEqual(expected.map((d) => ({ ruleId: d.ruleId, line: d.line, column: d.column, severity: d.severity })));
    // The same plan where no configuration names its kind is not known as a plan: nothing is said.
    const elsewhere = project({ 'risk.yaml': plan });
    expect(await client.diagnostics(client.open(join(elsewhere, 'risk.yaml'), plan), 1)).toEqual([]);
  });

  it('tells the user once when the .planrc.yaml cannot be used, as plan validate stops on it', async () => {
    const dir = project({ '.planrc.yaml': 'rules:\n  budget/sum-mismatch: sometimes\n', 'd.yaml': original });
    const path = join(dir, 'd.yaml');
    let stderr = '';
    try {
      execFileSync(process.execPath, [BIN, 'validate', path, '--lang', 'en'], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      stderr = (error as { stderr: string }).stderr;
    }
    expect(stderr).toContain('.planrc.yaml:2');
    await client.diagnostics(client.open(path, original), 1);
    // A second plan under the same configuration: the same trouble is not told again.
    await client.diagnostics(client.open(join(dir, 'e.yaml'), original), 1);
    const shown = client.shown.filter((message) => message.message.includes('.planrc.yaml'));
    expect(shown).toHaveLength(1);
    expect(shown[0]!.type).toBe(1);
    expect(shown[0]!.message).toContain('.planrc.yaml:2');
  });

  it('reports a plan\'s broken YAML as plan validate does', async () => {
    const text = 'kind: esf-ansokan\ntitle: "abc\napplicant: x\n';
    const dir = project({ 'q.yaml': text });
    const path = join(dir, 'q.yaml');
    const expected = validateJson(path);
    expect(expected.length).toBeGreaterThan(0);
    const diagnostics = await client.diagnostics(client.open(path, text), 1);
    expect(diagnostics.map((d) => ({ ruleId: d.code, line: d.range.start.line + 1, column: d.range.start.character + 1 }))).toEqual(expected.map((d) => ({ ruleId: d.ruleId, line: d.line, column: d.column })));
  });

  it('says nothing about YAML that is not a plan', async () => {
    const dir = project({ 'deploy.yaml': 'kind: Deployment\nmetadata:\n  name: web\n' });
    const uri = client.open(join(dir, 'deploy.yaml'), 'kind: Deployment\nmetadata:\n  name: web\n');
    expect(await client.diagnostics(uri, 1)).toEqual([]);
  });
});
