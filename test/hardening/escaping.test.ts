import { describe, expect, it } from 'vitest';
import { marked, type Tokens } from 'marked';
import { docxOf, markdownOf } from '../helpers/render.js';
import { edited, example } from '../helpers/fixtures.js';

const seed = example('kompetensstegen-d');
const NASTY = 'A | B # C *D* <b>E</b> \\\\ {{title}} {{{title}}} `F` [G](http://x) &amp;';
const NASTY_READ = 'A | B # C *D* <b>E</b> \\ {{title}} {{{title}}} `F` [G](http://x) &amp;';

function withField(from: string, to: string): string {
  return edited(seed, from, to);
}

describe('user text never changes the document', () => {
  it('a table cell keeps the table whole, and reads as written', async () => {
    const text = withField('name: Margaretha Selin', `name: "${NASTY}\\nsecond line"`);
    const markdown = await markdownOf(text);
    const table = (marked.lexer(markdown).filter((t) => t.type === 'table') as Tokens.Table[]).find((t) => t.header[0]?.text === 'Namn:')!;
    expect(table.rows[0]).toHaveLength(2);
    const docx = await docxOf(text);
    const cells = docx.tables.flat(2);
    expect(cells).toContain(`${NASTY_READ}\nsecond line`);
    expect(cells).toContain('Vantörs stadsdelsnämnd');
  });

  it('a heading stays one heading, and reads as written', async () => {
    const text = withField('heading: Styrgrupp', `heading: "# ${NASTY} ##"`);
    const docx = await docxOf(text);
    const heading = docx.paragraphs.find((p) => p.text.startsWith('# A |'));
    expect(heading?.style).toBe('Heading3');
    expect(heading?.text).toBe(`# ${NASTY_READ} ##`);
  });

  it('template syntax in a field is printed, never run', async () => {
    const docx = await docxOf(withField('title: Projektorganisation', 'title: "{{#each participants}}X{{/each}} {{{contact.email}}}"'));
    const texts = docx.paragraphs.map((p) => p.text);
    const heading = texts.indexOf('D.2. Rubrik för aktivitet');
    expect(texts[heading + 1]).toBe('{{#each participants}}X{{/each}} {{{contact.email}}}');
  });

  it('HTML in a field is text, in Markdown and in the .docx', async () => {
    const text = withField('targetGroups: För projektet i sin helhet är målgruppen anställda inom äldreomsorgen.', 'targetGroups: "<script>alert(1)</script> <!-- pagebreak --> <br>"');
    const markdown = await markdownOf(text);
    expect(markdown).not.toMatch(/(^|[^\\])<script>/);
    const docx = await docxOf(text);
    expect(docx.paragraphs.map((p) => p.text)).toContain('<script>alert(1)</script> <!-- pagebreak --> <br>');
    expect(docx.documentXml.match(/w:type="page"/g)?.length ?? 0).toBe(0);
  });

  it('a line that looks like a list or a heading stays a paragraph', async () => {
    const text = withField('targetGroups: För projektet i sin helhet är målgruppen anställda inom äldreomsorgen.', 'targetGroups: "- not a list\\n# not a heading\\n1. not numbered"');
    const docx = await docxOf(text);
    const texts = docx.paragraphs.map((p) => p.text);
    expect(texts.some((t) => t.includes('- not a list'))).toBe(true);
    expect(docx.paragraphs.find((p) => p.text.includes('# not a heading'))?.style).toBeUndefined();
  });
});

describe('user text in the page header', () => {
  it('"{page}" typed into a plan is printed, not turned into a page number', async () => {
    const plan = edited(example('handlingsplan'), /^appendix: .*$/m, 'appendix: "2 {page} {{x}}"');
    const docx = await docxOf(plan);
    const header = Object.entries(docx.files).find(([name, xml]) => name.startsWith('word/header') && xml.includes('Bilaga'))![1];
    const text = [...header.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain('Bilaga 2 {page} {{x}}');
    expect(header.match(/\bPAGE\b/g)?.length).toBe(1);
  });
});
