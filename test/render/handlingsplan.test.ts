import { describe, expect, it } from 'vitest';
import { docxOf, markdownOf } from '../helpers/render.js';
import { edited, example } from '../helpers/fixtures.js';

const seed = example('handlingsplan');

/** The table rows of the Markdown, as cells. */
function markdownRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) => line.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim()));
}

describe('handlingsplan rendered as Markdown', () => {
  it('is one four-column table with a row per action, each action\'s paragraphs inside its cell', async () => {
    const rows = markdownRows(await markdownOf(seed));
    expect(rows[0]).toEqual(['Problem/utvecklingsbehov', 'Åtgärd/process', 'Datum för åtgärd', 'Ansvarig för åtgärd']);
    const body = rows.slice(2);
    expect(body).toHaveLength(15);
    for (const row of body) expect(row).toHaveLength(4);
    expect(body[0]![1]).toMatch(/^Äldreomsorgen har en värdegrund .* i verksamheterna\.<br>Implementeringsarbetet ska ske .* ska upprättas\.$/);
    expect(body[0]![2]).toBe('Implementeringsarbetet påbörjas okt 2007<br><br>Klart 1 jan. 2008');
    expect(body[0]![3]).toBe('Avd.chef<br>Bitr.avd.chef<br>Enhetschef');
    expect(body[5]![1]).toContain('utvecklingsprocesserna.<br><br>För att genomföra');
    expect(body[14]![2]).toBe('Samverkans- och utredningsarbete pågår, planerad driftstart 1 okt 2007');
    expect(body[14]![3]).toBe('Bitr.avd.chef<br>Sekt.chef<br>Enhetschef hemtjänst och rehab');
  });

  it('writes the plan date in the closing block as the plan writes it, as the original does', async () => {
    const markdown = await markdownOf(seed);
    expect(markdown).toMatch(/Datum: 070515\n\nEnhet: Äldreomsorgen\n\nAnsvarig chef: Ingrid Lindeborg\n$/);
  });

  it('keeps user text inside its cell: "|", HTML and template syntax are text', async () => {
    const text = edited(seed, 'Teambuilding/arbetslagsutveckling', '"Team | building <b>x</b> {{title}}"');
    const rows = markdownRows(await markdownOf(text));
    expect(rows[4]).toHaveLength(4);
    const docx = await docxOf(text);
    expect(docx.tables[0]![3]![0]).toBe('Team | building <b>x</b> {{title}}');
  });
});

describe('handlingsplan rendered as .docx', () => {
  it('is landscape, in Swedish, with the table\'s header row repeated on every page', async () => {
    const docx = await docxOf(seed);
    expect(docx.documentXml).toMatch(/<w:pgSz [^>]*w:orient="landscape"/);
    const width = Number(/<w:pgSz [^>]*w:w="(\d+)"/.exec(docx.documentXml)![1]);
    const height = Number(/<w:pgSz [^>]*w:h="(\d+)"/.exec(docx.documentXml)![1]);
    expect(width).toBeGreaterThan(height);
    expect(docx.files['word/styles.xml']).toContain('w:lang w:val="sv-SE"');
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(docx.documentXml)![0];
    const rows = [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([row]) => row);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).some((row) => row.includes('<w:tblHeader/>'))).toBe(false);
  });

  it('gives the action the widest column, as the template\'s delimiter row says, and lets only its tallest rows run onto the next page', async () => {
    const docx = await docxOf(seed);
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(docx.documentXml)![0];
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(4);
    const total = grid.reduce((a, b) => a + b, 0);
    // The template's delimiter row has 20, 48, 17 and 15 dashes.
    expect(grid.map((w) => Math.round((w / total) * 100))).toEqual([20, 48, 17, 15]);
    const rows = [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([row]) => row);
    expect(rows[0]).toContain('<w:cantSplit/>');
    // A row split across pages shows text in only the column that overflowed: only rows too tall to
    // move whole (a quarter of a page) may split; the others move to the next page whole.
    const textLength = (row: string) => [...row.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].reduce((sum, m) => sum + m[1]!.length, 0);
    const body = rows.slice(1).sort((a, b) => textLength(a) - textLength(b));
    expect(body[0]).toContain('<w:cantSplit/>');
    expect(body.at(-1)).not.toContain('<w:cantSplit/>');
  });

  it('keeps its text 2 pt from the cells\' top and bottom and 5 pt from their sides, set once for the table rather than in each cell', async () => {
    const docx = await docxOf(seed);
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(docx.documentXml)![0];
    const margins = /<w:tblPr>[\s\S]*?<w:tblCellMar>([\s\S]*?)<\/w:tblCellMar>/.exec(table)![1]!;
    const side = (name: string) => Number(new RegExp(`<w:${name} w:type="dxa" w:w="(\\d+)"/>`).exec(margins)?.[1]);
    expect([side('top'), side('bottom'), side('left'), side('right')]).toEqual([40, 40, 100, 100]);
    expect(docx.documentXml).not.toContain('<w:tcMar>');
  });

  it('holds every row\'s problem, action, date and roles, paragraphs as line breaks in one cell', async () => {
    const docx = await docxOf(seed);
    const [table] = docx.tables;
    expect(table).toHaveLength(16);
    expect(table![1]![2]).toBe('Implementeringsarbetet påbörjas okt 2007\n\nKlart 1 jan. 2008');
    expect(table![1]![3]).toBe('Avd.chef\nBitr.avd.chef\nEnhetschef');
    expect(table![14]![2]).toBe('Klart\n\nPågår…');
    expect(table![15]![1]).toMatch(/omsorg\.\n\nMed nya och fler aktörer/);
  });

  it('writes out the roles in a legend, and closes with date, unit and manager', async () => {
    const docx = await docxOf(seed);
    const texts = docx.paragraphs.map((p) => p.text);
    expect(texts).toContain('Avd.chef: avdelningschef');
    expect(texts).toContain('Adm.sekr: administrativ sekreterare');
    expect(texts.slice(-3)).toEqual(['Datum: 070515', 'Enhet: Äldreomsorgen', 'Ansvarig chef: Ingrid Lindeborg']);
  });

  it('says "Bilaga 2" with the page number in the header of an appendix', async () => {
    const docx = await docxOf(seed);
    const header = Object.entries(docx.files).find(([name]) => /^word\/header\d*\.xml$/.test(name) && docx.files[name]!.includes('Bilaga'))?.[1];
    expect(header).toBeDefined();
    expect(header).toContain('Bilaga 2');
    expect(header).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
  });

  it('takes the appendix\'s name from the plan, and leaves it out of a plan that is no appendix', async () => {
    const lettered = await docxOf(edited(seed, 'appendix: 2', 'appendix: "B \\"x\\""'));
    expect(Object.values(lettered.files).some((xml) => xml.includes('Bilaga B &quot;x&quot;') || xml.includes('Bilaga B "x"'))).toBe(true);
    const plain = await docxOf(edited(seed, 'appendix: 2\n', ''));
    expect(Object.values(plain.files).some((xml) => xml.includes('Bilaga'))).toBe(false);
  });
});
