import { describe, expect, it } from 'vitest';
import { docxOf, markdownOf } from '../helpers/render.js';
import { example } from '../helpers/fixtures.js';

const seed = example('kompetensstegen-d');

describe('kompetensstegen-d rendered', () => {
  it('holds every D heading with the form\'s wording', async () => {
    const markdown = await markdownOf(seed);
    for (const heading of [
      '## D.1. Kommuner som deltar i aktiviteten',
      '## D.2. Rubrik för aktivitet',
      '## D.4. Förväntade effekter av aktiviteten',
      '## D.7. Budget',
      '## D.8. Samordnare/kontaktperson för aktiviteten',
    ]) expect(markdown).toContain(heading);
  });

  it('prints D.7.1 with one column per year and a bold sum row', async () => {
    const markdown = await markdownOf(seed);
    expect(markdown).toMatch(/\| *År 1 *\| *År 2 *\| *År 3 *\|/);
    expect(markdown).toMatch(/\| \*\*Summa kronor\*\* \| \*\*1 835 000\*\* \| \*\*1 935 000\*\* \| \*\*1 785 000\*\* \|/);
  });

  it('builds a .docx with sv-SE, core properties, budget tables and bold sums', async () => {
    const docx = await docxOf(seed);
    expect(docx.files['word/styles.xml']).toContain('w:lang w:val="sv-SE"');
    expect(docx.files['docProps/core.xml']).toContain('Margaretha Selin');
    expect(docx.files['docProps/core.xml']).toContain('Kompetensstegen');
    const budget = docx.tables.find((table) => table.some((row) => row[0] === 'Processledning/projektledning:'));
    expect(budget).toBeDefined();
    expect(budget![0]!.slice(1)).toEqual(['År 1', 'År 2', 'År 3']);
    expect(budget!.at(-1)).toEqual(['Summa kronor', '1 835 000', '1 935 000', '1 785 000']);
    const sumRow = [...docx.documentXml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([row]) => row).find((row) => row.includes('1 835 000') && row.includes('Summa kronor'));
    expect(sumRow).toMatch(/<w:b\/>|<w:b w:val="true"\/>/);
    const cells = docx.tables.flat(2);
    for (const value of ['Margaretha Selin', 'Vantörs stadsdelsnämnd', '08-508 20 520', 'margaretha.selin@vantor.stockholm.se']) expect(cells).toContain(value);
  });

  it('gives D.7.1, D.7.2 and D.7.3 one set of column widths, so that År 1–3 line up down the page', async () => {
    const docx = await docxOf(seed);
    const grids = [...docx.documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
      .map(([table]) => ({ table, grid: [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1])) }))
      .filter(({ table }) => /D\.7\.[123]/.test(table));
    expect(grids.map(({ table }) => /D\.7\.[123]/.exec(table)![0])).toEqual(['D.7.1', 'D.7.2', 'D.7.3']);
    expect(grids[0]!.grid).toHaveLength(4);
    for (const { grid } of grids) expect(grid).toEqual(grids[0]!.grid);
  });

  it('leaves no empty paragraph after a table but between two tables, and every table has a header row', async () => {
    const docx = await docxOf(seed);
    const xml = docx.documentXml;
    const emptyAfter = [...xml.matchAll(/<\/w:tbl>(<w:p>(?:<w:pPr>(?:(?!<\/w:pPr>).)*<\/w:pPr>)?<\/w:p>)(.{0,9})/g)];
    // Word needs one between two tables, and at the end of the document, which ends in a paragraph.
    for (const [, , next = ''] of emptyAfter) expect(next.startsWith('<w:tbl>') || next.startsWith('<w:sectPr'), `an empty paragraph after a table, before ${next}`).toBe(true);
    expect(emptyAfter.length).toBeGreaterThan(0);
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([table]) => table);
    for (const table of tables) expect(/<w:tr[ >][\s\S]*?<\/w:tr>/.exec(table)![0]).toContain('<w:tblHeader/>');
  });
});
