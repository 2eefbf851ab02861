import { describe, expect, it } from 'vitest';
import { marked, type Token, type Tokens } from 'marked';
import { isScalar, parseDocument, visit } from 'yaml';
import { checkText } from '../../src/check/check.js';
import { builtinKinds } from '../../src/kinds/registry.js';
import { docxOf, markdownOf } from '../helpers/render.js';
import { example } from '../helpers/fixtures.js';

/** Every built-in kind, code and data alike. */
const kinds = builtinKinds().all();

const PAYLOADS = ['{{#each this}}x{{/each}}', '| a | b |', '# not a heading'];
const INJECTED = PAYLOADS.join(' ');

/**
 * The example with the payloads added to every text the plan may hold: each scalar in turn gets
 * them, and keeps them where the plan stays valid (a date or an amount with them would not be).
 */
function withPayloads(kindId: string): { text: string; injected: number } {
  // The failsafe schema keeps every scalar as the text written, so 070515 stays 070515 when written back.
  const doc = parseDocument(example(kindId), { schema: 'failsafe' });
  const scalars: { value: string; set: (value: string) => void }[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === 'kind') return visit.SKIP;
      return undefined;
    },
    Scalar(_, node) {
      if (typeof node.value === 'string') scalars.push({ value: node.value, set: (value) => (node.value = value) });
    },
  });
  let injected = 0;
  for (const scalar of scalars) {
    // Multi-line prose keeps its last line a paragraph of its own; a one-liner gets them at its end.
    scalar.set(scalar.value.includes('\n') ? `${scalar.value.trimEnd()}\n\n${INJECTED}\n` : `${scalar.value} ${INJECTED}`);
    if (checkText(doc.toString(), 'plan.yaml').diagnostics.some((d) => d.severity === 'error')) scalar.set(scalar.value);
    else injected++;
  }
  return { text: doc.toString(), injected };
}

/** What a template decides: the headings' levels and the tables' shapes. */
function structure(markdown: string) {
  const tokens: Token[] = marked.lexer(markdown);
  return {
    headings: tokens.filter((t) => t.type === 'heading').map((t) => (t as Tokens.Heading).depth),
    tables: tokens.filter((t) => t.type === 'table').map((t) => [(t as Tokens.Table).header.length, (t as Tokens.Table).rows.length]),
  };
}

describe.each(kinds.map((kind) => kind.id))('%s: template syntax, table pipes and "#" in every text field', (kindId) => {
  it('leave the Markdown\'s headings and tables exactly as the template makes them, and reach the .docx as written', async () => {
    const { text, injected } = withPayloads(kindId);
    expect(injected).toBeGreaterThan(3);
    const original = await markdownOf(example(kindId));
    const attacked = await markdownOf(text);
    expect(structure(attacked)).toEqual(structure(original));
    const docx = await docxOf(text);
    const written = [...docx.paragraphs.map((p) => p.text), ...docx.tables.flat(2)].join('\n');
    expect(written).toContain(INJECTED);
    expect(written).not.toMatch(/(^|[^{])x{2,}/);
    // Each scalar is tried in a check of its own, and a plan made invalid by one runs every rule its other fields allow.
  }, 30_000);
});
