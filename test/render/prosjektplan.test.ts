import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { png } from '../helpers/png.js';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check/check.js';
import { renderDocx, renderMarkdown } from '../../src/render/render.js';
import { readDocx } from '../helpers/docx.js';
import { docxOf, markdownOf } from '../helpers/render.js';
import { edited, example, examplePath, tempDir } from '../helpers/fixtures.js';

const seed = example('prosjektplan');

/** The chapters and subsections of the original, in its order and wording. */
const CHAPTERS: [string, string[]][] = [
  ['1. Mål og rammer', ['1.1 Bakgrunn', '1.2 Mål', '1.3 Rammer']],
  ['2. Oppgaveomfang og avgrensning', []],
  ['3. Organisasjon', ['3.1 Ansvarsforhold', '3.2 Øvrige roller og bemanning']],
  ['4. Beslutningspunkter og oppfølging', ['4.1 Krav til statusmøter', '4.2 Krav til beslutningspunkter']],
  ['5. Risikoanalyse og kvalitetssikring', ['5.1 Kritiske suksessfaktorer og risikoevaluering', '5.2 Organisering av kvalitetssikring', '5.3 Kvalitetssikring av kritiske suksessfaktorer']],
  ['6. Gjennomføring', ['6.1 Hovedaktiviteter', '6.2 Milepæler', '6.3 Kostnader']],
];
const TOC_ENTRIES = CHAPTERS.flatMap(([chapter, sections]) => [chapter, ...sections]);

describe('prosjektplan rendered as Markdown', () => {
  it('has the six chapters and their subsections as headings, in order', async () => {
    const markdown = await markdownOf(seed);
    const headings = [...markdown.matchAll(/^(#{1,2}) (.*)$/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(headings).toEqual(['# Prosjektplan for hovedprosjekt', ...CHAPTERS.flatMap(([chapter, sections]) => [`# ${chapter}`, ...sections.map((s) => `## ${s}`)])]);
  });

  it('prints costs and financing as tables with bold sums, amounts as "200 000"', async () => {
    const markdown = await markdownOf(seed);
    expect(markdown).toContain('| Aktivitet | Kostnader |\n|:-------|---:|\n| Prosjekt- og prosessledelse | 200 000 |');
    expect(markdown).toContain('| Diverse kostnader | 100 000 |\n| **Sum** | **550 000** |');
    expect(markdown).toContain('| Finansiering | NOK |\n|:-------|---:|\n| Rendalen kommune – egeninnsats | 200 000 |\n| Rendalen kommune – gjennom budsj | 350 000 |\n| **Sum** | **550 000** |');
    expect(markdown).toContain('ressursramme på kr 200 000 pr. år fra 2008, samt egeninnsats i form av arbeidstimer.');
  });

  it('prints dates as the plan writes them, fuzzy and exact alike', async () => {
    const markdown = await markdownOf(seed);
    expect(markdown).toContain('Beslutningspunkt for oppstart av prosjektet er slutten av juni 2007.');
    expect(markdown).toMatch(/Når tjenestestandarder er fastsatt av kommunestyret – desember 2008\./);
    const iso = edited(edited(seed, 'start: slutten av juni 2007', 'start: 2007-06-28'), 'date: 1. mai 2008', 'date: 2008-05-01');
    const markdownIso = await markdownOf(iso);
    expect(markdownIso).toContain('Beslutningspunkt for oppstart av prosjektet er 2007-06-28.');
    expect(markdownIso).toContain('Når verktøy for brukerundersøkelser er utviklet og tatt i bruk – 2008-05-01.');
    const texts = (await docxOf(iso)).paragraphs.map((p) => p.text);
    expect(texts.some((t) => t.endsWith('Beslutningspunkt for oppstart av prosjektet er 2007-06-28.'))).toBe(true);
    expect(texts).toContain('Når verktøy for brukerundersøkelser er utviklet og tatt i bruk – 2008-05-01.');
  });

  it('prints the sum the rows add up to where the plan states none', async () => {
    const markdown = await markdownOf(edited(seed, /    total: 550 000\n  financing:/, '  financing:'));
    expect(markdown).toContain('| Diverse kostnader | 100 000 |\n| **Sum** | **550 000** |');
  });

  it('keeps a "|" in a cost row inside its cell', async () => {
    const markdown = await markdownOf(edited(seed, 'activity: Diverse kostnader', 'activity: Reise | opphold'));
    expect(markdown).toContain('| Reise \\| opphold | 100 000 |');
  });
});

describe('prosjektplan rendered as .docx', () => {
  it('has a cover page with the title (not a heading), the programme and the municipality, before the table of contents', async () => {
    const docx = await docxOf(seed);
    const texts = docx.paragraphs.map((p) => p.text);
    const tocAt = texts.indexOf('Innholdsfortegnelse');
    expect(tocAt).toBeGreaterThan(0);
    const cover = docx.paragraphs.slice(0, tocAt);
    expect(cover[0]).toMatchObject({ style: 'Title', text: 'Prosjektplan for hovedprosjekt' });
    expect(cover.map((p) => p.text)).toEqual(['Prosjektplan for hovedprosjekt', 'Kvalitetskommune-samarbeidet,', 'Rendalen kommune', '']);
    expect(docx.documentXml.indexOf('Rendalen kommune</w:t>')).toBeLessThan(docx.documentXml.indexOf('w:type="page"'));
  });

  it('has a table of contents field, filled with every chapter and subsection and a page number', async () => {
    const docx = await docxOf(seed);
    expect(docx.documentXml).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-2&quot;/);
    const entries = docx.paragraphs.filter((p) => /^TOC\d$/.test(p.style ?? ''));
    expect(entries.map((p) => p.text.replace(/\t\d+$/, ''))).toEqual(TOC_ENTRIES);
    for (const entry of entries) expect(entry.text).toMatch(/\t\d+$/);
    const pages = entries.map((p) => Number(/\d+$/.exec(p.text)![0]));
    expect(pages[0]).toBe(3);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
  });

  it('numbers chapters as Heading 1 and subsections as Heading 2, with the original wording', async () => {
    const docx = await docxOf(seed);
    const headings = docx.paragraphs.filter((p) => /^Heading[12]$/.test(p.style ?? '')).map((p) => `${p.style}: ${p.text}`);
    expect(headings).toEqual(CHAPTERS.flatMap(([chapter, sections]) => [`Heading1: ${chapter}`, ...sections.map((s) => `Heading2: ${s}`)]));
    const subGoals = docx.paragraphs.filter((p) => p.style === 'Heading3').map((p) => p.text);
    expect(subGoals).toEqual(['Delmål 1', 'Delmål 2', 'Delmål 3', 'Delmål 4', 'Delmål 5']);
  });

  it('has the cost and financing tables with their sums in bold', async () => {
    const docx = await docxOf(seed);
    const costs = docx.tables.find((table) => table[0]?.[0] === 'Aktivitet');
    expect(costs).toEqual([
      ['Aktivitet', 'Kostnader'],
      ['Prosjekt- og prosessledelse', '200 000'],
      ['Kurs/kompetanse/seminar', '50 000'],
      ['Innleie av vikarer', '200 000'],
      ['Diverse kostnader', '100 000'],
      ['Sum', '550 000'],
    ]);
    const financing = docx.tables.find((table) => table[0]?.[0] === 'Finansiering');
    expect(financing).toEqual([
      ['Finansiering', 'NOK'],
      ['Rendalen kommune – egeninnsats', '200 000'],
      ['Rendalen kommune – gjennom budsj', '350 000'],
      ['Sum', '550 000'],
    ]);
    const sumRows = [...docx.documentXml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([row]) => row).filter((row) => row.includes('>Sum<'));
    expect(sumRows).toHaveLength(2);
    for (const row of sumRows) expect(row).toMatch(/<w:b\/>[\s\S]*550 000/);
  });

  it('is in Norwegian (nb-NO), with the plan\'s title and municipality as core properties', async () => {
    const docx = await docxOf(seed);
    expect(docx.files['word/styles.xml']).toContain('w:lang w:val="nb-NO"');
    expect(docx.files['docProps/core.xml']).toContain('<dc:title>Prosjektplan for hovedprosjekt</dc:title>');
    expect(docx.files['docProps/core.xml']).toContain('Rendalen kommune');
  });
});

describe('prosjektplan with a logo', () => {
  it('puts the logo, found beside the plan, on the cover page; a path with spaces and brackets stays a path', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'våpen (liten).png'), png());
    const plan = join(dir, 'plan.yaml');
    writeFileSync(plan, edited(seed, 'municipality: Rendalen kommune\n', 'municipality: Rendalen kommune\nlogo: våpen (liten).png\n'));
    const result = await checkFile(plan, { lang: 'en' });
    expect(result.diagnostics).toEqual([]);
    const { markdown } = await renderMarkdown(result);
    expect(markdown).toContain('![Rendalen kommune](v%C3%A5pen%20%28liten%29.png)');
    const docx = readDocx(await renderDocx(result));
    expect(docx.files['word/_rels/document.xml.rels']).toMatch(/Target="media\/[^"]+\.png"/);
    const drawingAt = docx.documentXml.indexOf('<w:drawing>');
    expect(drawingAt).toBeGreaterThan(0);
    expect(drawingAt).toBeLessThan(docx.documentXml.indexOf('Innholdsfortegnelse'));
    expect(docx.documentXml).toContain('descr="Rendalen kommune"');
  });

  it('leaves the logo out when the plan has none (the example)', async () => {
    const result = await checkFile(examplePath('prosjektplan'), { lang: 'en' });
    const docx = readDocx(await renderDocx(result));
    expect(docx.documentXml).not.toContain('<w:drawing>');
  });
});

describe('prosjektplan as Markdown for readers', () => {
  it('lists the chapters and subsections where the table of contents stands', async () => {
    const { runCli } = await import('../helpers/cli.js');
    const { examplePath } = await import('../helpers/fixtures.js');
    const run = await runCli(['render', examplePath('prosjektplan'), '--to', 'md', '-o', '-']);
    const contents = run.stdout.slice(run.stdout.indexOf('**Innholdsfortegnelse**'), run.stdout.indexOf('# 1. Mål og rammer'));
    expect(contents).toContain('- 1\\. Mål og rammer\n  - 1.1 Bakgrunn\n');
    expect(contents).toContain('  - 6.3 Kostnader');
    expect(contents).not.toContain('Prosjektplan for hovedprosjekt');
  });
});
