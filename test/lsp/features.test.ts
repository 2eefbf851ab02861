import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/lsp/analyse.js';
import { codeActions, completions, hover, offsetAt } from '../../src/lsp/features.js';
import { edited, example, lineOf } from '../helpers/fixtures.js';

const seed = example('kompetensstegen-d');
const at = (text: string, needle: string, inside = 0) => {
  const line = lineOf(text, needle) - 1;
  return { line, character: text.split('\n')[line]!.indexOf(needle) + inside };
};

describe('the language server\'s answers', () => {
  it('hover on a fuzzy date says which days plan reads it as, in the plan\'s language', async () => {
    const text = example('prosjektplan');
    const analysis = await analyse(text, '/nowhere/prosjektplan.yaml');
    const shown = hover(analysis, offsetAt(text, at(text, 'slutten av juni 2007', 1)));
    expect(shown?.contents).toEqual({ kind: 'markdown', value: 'plan leser: 21. juni 2007 – 30. juni 2007 (2007-06-21 – 2007-06-30)' });
  });

  it('hover on an exact date (a field of type date) says the day plan reads', async () => {
    const text = example('esf-ansokan');
    const analysis = await analyse(text, '/nowhere/esf-ansokan.yaml');
    const shown = hover(analysis, offsetAt(text, at(text, '2026-03-01', 2)));
    expect(shown?.contents).toEqual({ kind: 'markdown', value: 'plan läser: 1 mars 2026 (2026-03-01)' });
  });

  it('completes the keys a mapping lacks, with the form\'s labels, and the kinds after "kind:"', async () => {
    const text = edited(seed, /^contact:\n  name: Margaretha Selin\n/m, 'contact:\n  \n');
    const analysis = await analyse(text, '/nowhere/d.yaml');
    const keys = completions(analysis, text, { line: lineOf(text, 'contact:'), character: 2 });
    expect(keys.map((item) => [item.label, item.detail])).toEqual([['name', 'Namn']]);
    const kinds = completions(analysis, text, { line: lineOf(text, 'kind:') - 1, character: 6 });
    expect(kinds.map((item) => item.label)).toContain('prosjektplan');
    // Inside a list entry: the keys of a budget row.
    const row = edited(seed, '      - costType: Lokaler\n', '      - costType: Lokaler\n        \n');
    const rowKeys = completions(await analyse(row, '/nowhere/d.yaml'), row, { line: lineOf(row, 'costType: Lokaler'), character: 8 });
    expect(rowKeys.map((item) => item.label)).toEqual(['note', 'amounts']);
  });

  it('completes a row\'s responsible roles with the roles the plan declares', async () => {
    const text = edited(example('handlingsplan'), 'responsible: [Avd.chef, Bitr.avd.chef, Enhetschef]', 'responsible: [Avd.chef, Bi]');
    const analysis = await analyse(text, '/nowhere/handlingsplan.yaml');
    const position = at(text, 'responsible: [Avd.chef, Bi', 'responsible: [Avd.chef, Bi'.length);
    expect(completions(analysis, text, position).map((item) => item.label)).toEqual(['Avd.chef', 'Bitr.avd.chef', 'Enhetschef', 'Bitr.enh.chef', 'Sekt.chef', 'Personalchef', 'Controllers', 'Adm.sekr']);
  });

  it('adds a missing required field at the end of its mapping, with its help as a comment', async () => {
    const text = edited(seed, /^contact:\n  name: Margaretha Selin\n/m, 'contact:\n');
    const analysis = await analyse(text, '/nowhere/d.yaml');
    const missing = analysis.diagnostics.find((d) => d.ruleId === 'schema/required')!;
    const actions = codeActions(analysis, 'file:///d.yaml', { start: { line: missing.line - 1, character: 0 }, end: { line: missing.line - 1, character: 0 } });
    const add = actions.find((action) => action.title === 'Lägg till det saknade fältet "name"')!;
    const [change] = add.edit!.changes!['file:///d.yaml']!;
    const lines = text.split('\n');
    lines.splice(change!.range.start.line, 0, ...change!.newText.replace(/\n$/, '').split('\n'));
    const mended = lines.join('\n').replace('  name: \n', '  name: Margaretha Selin\n');
    expect(mended).toContain('  # Samordnarens eller kontaktpersonens namn.\n  name: Margaretha Selin\n');
    expect((await analyse(mended, '/nowhere/d.yaml')).diagnostics).toEqual([]);
  });

  it('offers the suggestion for an unknown key, and the removal of an unused disable comment', async () => {
    const text = edited(edited(seed, /^targetGroups:/m, 'targetGrups:'), /^title:/m, '# plan-disable-next-line budget/balance\ntitle:');
    const analysis = await analyse(text, '/nowhere/d.yaml');
    const titles = codeActions(analysis, 'file:///d.yaml', { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } }).map((action) => action.title);
    expect(titles).toEqual(expect.arrayContaining(['Ersätt "targetGrups" med "targetGroups"', 'Ta bort den oanvända avstängningen av budget/balance']));
  });

  it('answers nothing for YAML that is not a plan', async () => {
    const text = 'kind: Deployment\nmetadata:\n  name: web\n';
    const analysis = await analyse(text, '/nowhere/deploy.yaml');
    expect(analysis.plan).toBe(false);
    expect(analysis.diagnostics).toEqual([]);
    expect(hover(analysis, 2)).toBeNull();
    expect(codeActions(analysis, 'file:///deploy.yaml', { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } })).toEqual([]);
  });
});
