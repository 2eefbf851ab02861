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
});
