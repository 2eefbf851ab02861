import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lexer, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { builtinKinds } from '../../src/kinds/registry.js';
import { kindJsonSchema } from '../../src/schema/json-schema.js';
import type { DocxContents } from '../helpers/docx.js';
import { edited, example, ROOT } from '../helpers/fixtures.js';
import { docxOf, markdownOf } from '../helpers/render.js';

/** The form's sections in its order, as the kind gives them: its Markdown answers, then the contact persons. */
type Property = { title?: string; format?: string; anyOf?: Property[] };
const properties = (kindJsonSchema(builtinKinds().get('esf-slutrapport')!) as { properties: Record<string, Property> }).properties;
const SECTIONS = Object.entries(properties)
  .filter(([key, property]) => property.format === 'markdown' || key === 'contacts')
  .map(([key, property]) => ({ key, heading: (property.title ?? property.anyOf?.find((option) => option.title)?.title)! }));

const seed = example('esf-slutrapport');
const outcome = readFileSync(join(ROOT, 'test', 'fixtures', 'esf-slutrapport', 'budget-outcome.yaml'), 'utf8');

/** The example's .docx, built once: laying out its ten pages for the page count takes a few seconds. */
let seedDocxOnce: Promise<DocxContents> | undefined;
const seedDocx = () => (seedDocxOnce ??= docxOf(seed));

/** The paragraphs' XML, in document order. */
const paragraphXml = (docx: DocxContents) => [...docx.documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => p);

/** "decimal" or "bullet": the number format a list paragraph's numbering gives it. */
function listFormat(docx: DocxContents, paragraph: string): string | undefined {
  const numId = /<w:numId w:val="(\d+)"\/>/.exec(paragraph)?.[1];
  if (!numId) return undefined;
  const numbering = docx.files['word/numbering.xml']!;
  const abstractId = new RegExp(`<w:num w:numId="${numId}"[^>]*><w:abstractNumId w:val="(\\d+)"/>`).exec(numbering)?.[1];
  const abstract = new RegExp(`<w:abstractNum w:abstractNumId="${abstractId}"[\\s\\S]*?</w:abstractNum>`).exec(numbering)?.[0] ?? '';
  return /<w:lvl w:ilvl="0"[\s\S]*?<w:numFmt w:val="(\w+)"\/>/.exec(abstract)?.[1];
}

describe('esf-slutrapport rendered', { timeout: 30_000 }, () => {
  it('puts "Sid {page} ({pages})" in the page header as real PAGE and NUMPAGES fields', async () => {
    const docx = await seedDocx();
    const header = Object.entries(docx.files).find(([name]) => /^word\/header\d*\.xml$/.test(name))?.[1];
    expect(header).toBeDefined();
    expect(header).toMatch(/<w:t[^>]*>Sid <\/w:t>[\s\S]*<w:instrText[^>]*>PAGE<\/w:instrText>[\s\S]*<w:t[^>]*> \(<\/w:t>[\s\S]*<w:instrText[^>]*>NUMPAGES<\/w:instrText>[\s\S]*<w:t[^>]*>\)<\/w:t>/);
    expect(docx.files['word/document.xml']).toMatch(/<w:headerReference w:type="default"/);
  });

  it('has the title, then every section of the form as a heading in the form\'s order, in sv-SE', async () => {
    const docx = await seedDocx();
    expect(docx.files['word/styles.xml']).toContain('w:lang w:val="sv-SE"');
    expect(docx.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(['Slutrapport genomförande']);
    expect(docx.paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(SECTIONS.map((s) => s.heading));
    expect(docx.tables[0]).toEqual([['Projektnamn', 'Vägen ut']]);
  });

  it('prints the form\'s guidance in italics under each heading, before the answer', async () => {
    const docx = await seedDocx();
    const paragraphs = paragraphXml(docx);
    const at = (text: string) => paragraphs.findIndex((p) => p.includes(text));
    for (const [heading, guidance, answer] of [
      ['Sammanfattning', 'Ge en sammanfattande beskrivning av projektidé och framkomna resultat.', 'Verksamheten socialtjänst- socialbidrag'],
      ['Jämställdhetsintegrering', 'Redogör för hur ni arbetat med jämställdhetsintegrering i ert projekt.', 'Verksamheten Socialtjänst- socialbidrag och'],
      ['Spridning och påverkansarbete', 'Vilka personer/organisationer har ni riktat er till?', 'Projekt vägen ut har riktat sig'],
      ['Kontaktpersoner', 'Vilka personer kan den som är intresserad av ytterligare information kontakta?', 'Johanna Nyman'],
    ] as const) {
      const guidanceIndex = at(guidance);
      expect(at(`>${heading}<`)).toBeLessThan(guidanceIndex);
      expect(guidanceIndex).toBeLessThan(at(answer));
      expect(paragraphs[guidanceIndex]).toMatch(/<w:i\/>/);
      expect(paragraphs[at(answer)]).not.toMatch(/<w:i\/>/);
    }
  });

  it('turns the answers\' Markdown into real numbered and bulleted lists and sub-headings', async () => {
    const docx = await seedDocx();
    const paragraphs = paragraphXml(docx);
    const goals = paragraphs.filter((p) => p.includes('Att minska antalet bidragsmånader för alla kategorier.'));
    expect(goals).toHaveLength(2); // in Sammanfattning and in Syfte och mål
    for (const goal of goals) expect(listFormat(docx, goal)).toBe('decimal');
    // Each list of goals counts from 1 on its own.
    const [first, second] = goals.map((p) => /<w:numId w:val="(\d+)"/.exec(p)![1]);
    expect(first).not.toBe(second);
    const satsning = paragraphs.find((p) => p.includes('>MI (motiverande samtal)<'))!;
    expect(listFormat(docx, satsning)).toBe('bullet');
    const guidancePoint = paragraphs.find((p) => p.includes('Vilka resultat och förslag till goda lösningar'))!;
    expect(listFormat(docx, guidancePoint)).toBe('bullet');
    expect(docx.paragraphs.filter((p) => p.style === 'Heading3').map((p) => p.text)).toEqual([
      'Kognitiv beteende terapi (KBT)',
      'Motiverande samtal (MI)',
      'Ledare på väg',
      'Jämställdhet',
      'Utveckling pågår',
      'Antalet bidragsmånader',
    ]);
  });

  it('keeps an answer\'s own list apart from the guidance points above it', async () => {
    const withList = edited(seed, /^dissemination: \|\n/m, 'dissemination: |\n  - Personal inom socialtjänst socialbidrag\n  - Myndigheten för bostadsamordning\n\n');
    const markdown = await markdownOf(withList);
    const section = markdown.slice(markdown.indexOf('## Spridning och påverkansarbete'), markdown.indexOf('## Extern utvärdering'));
    const lists = new Lexer().lex(section).filter((token): token is Tokens.List => token.type === 'list');
    expect(lists.map((list) => list.items.map((item) => item.text))).toEqual([
      ['*Vilka personer/organisationer har ni riktat er till?*', '*Hur kan projektets idéer och erfarenheter omsättas i annan verksamhet?*', '*Vilka ytterligare insatser för påverkansarbetet skulle behövas för att nå dit ni vill? Vem/vilka bör göra det?*'],
      ['Personal inom socialtjänst socialbidrag', 'Myndigheten för bostadsamordning'],
    ]);
    const answer = paragraphXml(await docxOf(withList)).find((p) => p.includes('Personal inom socialtjänst socialbidrag'))!;
    expect(answer).toMatch(/<w:numPr>/);
    expect(answer).not.toMatch(/<w:i\/>/);
  });

  it('shows result figures as a table with the change the tool works out, and the budget outcome with its deviation', async () => {
    const markdown = await markdownOf(outcome);
    expect(markdown).toContain('### Resultatmått\n\n| Mått | Utgångsläge | Slutläge | Förändring |');
    const docx = await docxOf(outcome);
    const figures = docx.tables.find((table) => table[0]?.[0] === 'Mått')!;
    expect(figures).toEqual([
      ['Mått', 'Utgångsläge', 'Slutläge', 'Förändring'],
      ['Personer med försörjningsstöd (personer)', '5\u00a0897 (oktober 2011)', '4\u00a0455 (maj 2013)', '−1\u00a0442'],
      ['Genomsnittlig tid med försörjningsstöd (månader)', '16,6 (oktober 2011)', '17,7 (oktober 2012)', '+1,1'],
    ]);
    const budget = docx.tables.find((table) => table[0]?.[0] === 'Kostnadsslag')!;
    expect(budget).toEqual([
      ['Kostnadsslag', 'Planerat', 'Utfall', 'Avvikelse'],
      ['Personal', '1 200 000', '1 150 000', '−50 000'],
      ['Externa tjänster', '400 000', '430 000', '30 000'],
      ['Lokaler', '100 000', '100 000', '0'],
      ['Summa', '1 700 000', '1 680 000', '−20 000'],
    ]);
    // Diary number, owner, period and date stand under the project name; the e-mail column appears when someone has one.
    expect(docx.tables[0]).toEqual([
      ['Projektnamn', 'Exempelprojektet'],
      ['Diarienummer', '2009-3060004'],
      ['Projektägare', 'Exempel kommun'],
      ['Projektperiod', '2 februari 2009 – 31 december 2010'],
      ['Datum', '25 mars 2011'],
    ]);
    expect(docx.tables.at(-1)).toEqual([['Roll', 'Namn', 'Telefon', 'E-post'], ['Projektledare', 'Anna Andersson', '018/727 00 00', 'anna.andersson@example.se']]);
  });

  it('prints the KASAM parts under their total, each with its computed change', async () => {
    const kasam = readFileSync(join(ROOT, 'test', 'fixtures', 'esf-slutrapport', 'kasam.yaml'), 'utf8');
    const docx = await docxOf(kasam);
    const figures = docx.tables.find((table) => table[0]?.[0] === 'Mått')!;
    expect(figures.slice(1).map((row) => [row[0], row[3]])).toEqual([
      ['KASAM (känsla av sammanhang), genomsnitt (poäng)', '−20'],
      ['Begriplighet', '−4'],
      ['Hanterbarhet', '−14'],
      ['Meningsfullhet', '0'],
    ]);
  });
});
