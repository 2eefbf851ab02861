import { describe, expect, it } from 'vitest';
import { docxOf, markdownOf } from '../helpers/render.js';
import { edited, example } from '../helpers/fixtures.js';

const seed = example('projektbeskrivning');

const FROM_START = ['Stockholms stad', 'Järfälla kommun', 'Lidingö stad', 'Huddinge kommun', 'Sollentuna kommun', 'Tyresö kommun'];
const JOINED_LATER = [
  'Ekerö kommun', 'Nykvarn kommun', 'Salem kommun', 'Sundbyberg stad', 'Upplands Väsby kommun', 'Värmdö kommun', 'Nacka kommun',
  'Nynäshamn kommun', 'Solna stad', 'Södertälje kommun', 'Vallentuna kommun', 'Täby kommun', 'Österåker kommun',
];
const PARTNERS = ['Socialstyrelsen', 'Habilitering & Hälsa inom Stockholms Läns Landsting', 'Kommunal på nationell och regional nivå', 'Kommunförbundet Stockholms län'];
const CONTACT = ['Carina Schmidt', '08-508 25 410', 'carina.schmidt@stockholm.se', 'www.projektcarpe.se'];

describe('projektbeskrivning rendered as Markdown', () => {
  it('holds every municipality, partner, date and the contact', async () => {
    const markdown = await markdownOf(seed);
    for (const text of [...FROM_START, ...JOINED_LATER, ...PARTNERS, ...CONTACT, '1 januari 2009 – 31 mars 2012', 'CARPE medfinansieras av EU.']) expect(markdown).toContain(text);
  });

  it('lists the participants in two groups, in the leaflet\'s order, with the owner marked', async () => {
    const markdown = await markdownOf(seed);
    const atStart = markdown.slice(markdown.indexOf('Vid starten ingick kommunerna;'), markdown.indexOf('Därefter har följande kommuner tillkommit;'));
    const later = markdown.slice(markdown.indexOf('Därefter har följande kommuner tillkommit;'), markdown.indexOf('Samverkansparter är'));
    expect([...atStart.matchAll(/^- \*\*(.+?)\*\*/gm)].map((m) => m[1])).toEqual(FROM_START);
    expect([...later.matchAll(/^- \*\*(.+?)\*\*/gm)].map((m) => m[1])).toEqual(JOINED_LATER);
    expect(markdown).toContain('- **Stockholms stad** projektägare\n');
    expect(markdown.match(/projektägare/g)).toHaveLength(1);
  });

  it('marks the owner wherever it stands, and prints a later member\'s join date', async () => {
    const text = edited(edited(seed, 'owner: Stockholms stad', 'owner: Nacka kommun'), '    - Nacka kommun\n', '    - name: Nacka kommun\n      joined: 1 mars 2010\n');
    const markdown = await markdownOf(text);
    expect(markdown).toContain('- **Nacka kommun** projektägare, från 1 mars 2010\n');
    expect(markdown).toContain('- **Stockholms stad**\n');
  });

  it('names the partners in one sentence, the last after "samt"', async () => {
    const markdown = await markdownOf(seed);
    expect(markdown).toContain('Samverkansparter är Socialstyrelsen, Habilitering & Hälsa inom Stockholms Läns Landsting, Kommunal på nationell och regional nivå samt Kommunförbundet Stockholms län.');
  });

  it('has the three sections with their nested lists', async () => {
    const markdown = await markdownOf(seed);
    const headings = [...markdown.matchAll(/^## (.*)$/gm)].map((m) => m[1]);
    expect(headings.slice(0, 3)).toEqual(['Genomförande', 'Behov och problem', 'Syfte']);
    expect(markdown).toContain('- Verksamhetsområdet har förändrats mycket sen kommunaliseringen:\n  - nya brukare');
    expect(markdown).toContain('- Syftet med projektet är *bland annat* att\n  - Avgöra');
  });

  it('prints a field\'s Markdown characters as text where the field is not Markdown', async () => {
    const markdown = await markdownOf(edited(seed, 'title: CARPE', 'title: "# CARPE | *2009*"'));
    expect(markdown).toMatch(/^# \\# CARPE \\\| \\\*2009\\\*$/m);
  });
});

describe('projektbeskrivning rendered as .docx', () => {
  it('holds every municipality, partner, date and the contact', async () => {
    const docx = await docxOf(seed);
    const text = docx.paragraphs.map((p) => p.text).join('\n');
    for (const value of [...FROM_START, ...JOINED_LATER, ...PARTNERS, ...CONTACT, '1 januari 2009 – 31 mars 2012']) expect(text).toContain(value);
  });

  it('has real nested lists: the sub-points of the needs at level 1, the participants at level 0', async () => {
    const { documentXml } = await docxOf(seed);
    const paragraphs = [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => p);
    const levelOf = (needle: string) => {
      const paragraph = paragraphs.find((p) => p.includes(needle));
      return paragraph && /<w:numPr><w:ilvl w:val="(\d)"\/>/.exec(paragraph)?.[1];
    };
    expect(levelOf('Verksamhetsområdet har förändrats mycket')).toBe('0');
    expect(levelOf('den tekniska utvecklingen har varit stor')).toBe('1');
    expect(levelOf('i processinriktad form')).toBe('1');
    expect(levelOf('Österåker kommun')).toBe('0');
  });

  it('is tagged sv-SE and carries the title, author and subject as core properties', async () => {
    const docx = await docxOf(seed);
    expect(docx.files['word/styles.xml']).toContain('w:lang w:val="sv-SE"');
    const core = docx.files['docProps/core.xml']!;
    expect(core).toMatch(/<dc:title>CARPE – ta tillvara det som finns och görs samt det som andra gör<\/dc:title>/);
    expect(core).toContain('<dc:creator>Stockholms stad</dc:creator>');
    expect(core).toMatch(/<dc:subject>Projektbeskrivning: Stöd och service till personer med funktionsnedsättning<\/dc:subject>/);
  });

  it('links the website and the e-mail address, showing them as printed', async () => {
    const docx = await docxOf(seed);
    const rels = docx.files['word/_rels/document.xml.rels']!;
    expect(rels).toContain('Target="https://www.projektcarpe.se"');
    expect(rels).toContain('Target="mailto:carina.schmidt@stockholm.se"');
    expect(docx.paragraphs.map((p) => p.text)).toContain('www.projektcarpe.se');
  });

  it('keeps the characters Markdown would escape out of the links\' addresses', async () => {
    const text = edited(edited(seed, 'website: www.projektcarpe.se', 'website: https://www.projektcarpe.se/om_oss?a=1&b=(2)'), 'email: carina.schmidt@', 'email: carina_schmidt@');
    const docx = await docxOf(text);
    const rels = docx.files['word/_rels/document.xml.rels']!;
    expect(rels).toContain('Target="https://www.projektcarpe.se/om_oss?a=1&amp;b=(2)"');
    expect(rels).toContain('Target="mailto:carina_schmidt@stockholm.se"');
    const shown = docx.paragraphs.map((p) => p.text).join('\n');
    expect(shown).toContain('https://www.projektcarpe.se/om_oss?a=1&b=(2)');
    expect(shown).toContain('carina_schmidt@stockholm.se');
  });
});
