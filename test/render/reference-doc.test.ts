import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { png } from '../helpers/png.js';
import { Document, Header, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { examplePath, tempDir } from '../helpers/fixtures.js';
import { canLayOut, layOut } from '../helpers/office.js';

/**
 * The organisation's Word template (--reference-doc): its styles, page set-up and header come into
 * the document, and the template's own header text (page numbers) is laid into that header.
 */


/** A municipality's template: Georgia headings in dark red, wide margins, a logo and its name in the header. */
async function municipalTemplate(): Promise<Uint8Array> {
  const document = new Document({
    styles: {
      paragraphStyles: [
        { id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', next: 'Normal', run: { font: 'Georgia', size: 32, color: '8B0000', bold: true }, paragraph: { keepNext: true } },
        { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', run: { font: 'Georgia', size: 48, color: '8B0000' } },
      ],
      default: { document: { run: { font: 'Cambria', size: 22 } } },
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2000, right: 1500, bottom: 1800, left: 1500, header: 700, footer: 700 } } },
        headers: { default: new Header({ children: [new Paragraph({ children: [new ImageRun({ type: 'png', data: png(1, 1), transformation: { width: 40, height: 40 }, altText: { name: 'Kommunvapen', description: 'Kommunvapen', title: 'Kommunvapen' } }), new TextRun('  Äldreomsorgsavdelningen, Rådhuset')] })] }) },
        children: [new Paragraph('Mall')],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function parts(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

describe('render --reference-doc', { timeout: 120_000 }, () => {
  it('takes the template\'s heading font and colour, margins and header, and lays the page numbers into its header', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'mall.docx'), await municipalTemplate());
    const run = await runCli(['render', examplePath('handlingsplan'), '--reference-doc', join(dir, 'mall.docx'), '-o', join(dir, 'plan.docx')]);
    expect(run.stderr).not.toContain('cannot');
    expect(run.code).toBe(0);
    const out = parts(readFileSync(join(dir, 'plan.docx')));
    const styles = strFromU8(out['word/styles.xml']!);
    const heading1 = /<w:style\b[^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/.exec(styles)![0];
    expect(heading1).toContain('w:ascii="Georgia"');
    expect(heading1).toContain('w:val="8B0000"');
    const main = strFromU8(out['word/document.xml']!);
    const section = /<w:sectPr\b[\s\S]*<\/w:sectPr>/.exec(main)![0];
    expect(section).toMatch(/<w:pgMar [^>]*w:top="2000"[^>]*w:right="1500"[^>]*w:bottom="1800"[^>]*w:left="1500"/);
    // The action plan stays landscape, on the template's paper.
    expect(section).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    // Its table fits between the template's margins.
    const grid = [...main.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(grid).toBeLessThanOrEqual(16838 - 3000);

    const rels = strFromU8(out['word/_rels/document.xml.rels']!);
    const headerId = /<w:headerReference w:type="default" r:id="([^"]+)"/.exec(section)![1];
    const headerPart = new RegExp(`Id="${headerId}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${headerId}"`).exec(rels)!;
    const headerName = headerPart[1] ?? headerPart[2];
    const headerXml = strFromU8(out[`word/${headerName}`]!);
    expect(headerXml).toContain('Äldreomsorgsavdelningen, Rådhuset');
    expect(headerXml).toContain('Bilaga 2');
    expect(headerXml).toMatch(/PAGE/);
    const headerRels = strFromU8(out[`word/_rels/${headerName}.rels`]!);
    const picture = /Target="(media\/[^"]+)"/.exec(headerRels)![1]!;
    expect(out[`word/${picture}`]).toBeDefined();
    const embedded = /r:embed="([^"]+)"/.exec(headerXml)![1];
    expect(headerRels).toContain(`Id="${embedded}"`);

    if (canLayOut) {
      const laid = await layOut({ plan: readFileSync(join(dir, 'plan.docx')) });
      expect(laid.plan!.pages[0]!.join('\n')).toContain('Rådhuset');
    }
  });

  it('takes pandoc\'s reference.docx with its heading font changed, where pandoc is installed', async (test) => {
    if (spawnSync('sh', ['-c', 'command -v pandoc']).status !== 0) {
      console.warn('skipped: pandoc is not installed, so its reference.docx was not tried');
      test.skip();
    }
    const dir = tempDir();
    const reference = spawnSync('pandoc', ['--print-default-data-file', 'reference.docx'], { maxBuffer: 10 * 1024 * 1024 }).stdout as Buffer;
    const files = unzipSync(new Uint8Array(reference));
    const styles = strFromU8(files['word/styles.xml']!);
    files['word/styles.xml'] = strToU8(styles.replace(/(<w:style\b[^>]*w:styleId="Heading1"[\s\S]*?<w:rPr>)/, '$1<w:rFonts w:ascii="Verdana" w:hAnsi="Verdana"/>'));
    writeFileSync(join(dir, 'reference.docx'), zipSync(files));
    const run = await runCli(['render', examplePath('prosjektplan'), '--reference-doc', join(dir, 'reference.docx'), '-o', join(dir, 'plan.docx')]);
    expect(run.code).toBe(0);
    const out = parts(readFileSync(join(dir, 'plan.docx')));
    expect(/<w:style\b[^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/.exec(strFromU8(out['word/styles.xml']!))![0]).toContain('Verdana');
    // The footer's page number is the template's own, kept where the reference has no footer.
    expect(Object.keys(out).some((name) => /^word\/footer\d*\.xml$/.test(name))).toBe(true);
  });

  it('is taken from .planrc.yaml (docx.referenceDoc), relative to it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'mall.docx'), await municipalTemplate());
    writeFileSync(join(dir, '.planrc.yaml'), 'docx:\n  referenceDoc: mall.docx\n');
    copyFileSync(examplePath('kompetensstegen-d'), join(dir, 'plan.yaml'));
    const run = await runCli(['render', join(dir, 'plan.yaml'), '-o', join(dir, 'plan.docx')]);
    expect(run.code).toBe(0);
    expect(strFromU8(parts(readFileSync(join(dir, 'plan.docx')))['word/styles.xml']!)).toContain('Georgia');
  });

  it('refuses a missing or broken template with exit 2, in the plan\'s language, and writes nothing', async () => {
    const dir = tempDir();
    const missing = await runCli(['render', examplePath('kompetensstegen-d'), '--reference-doc', join(dir, 'nope.docx'), '-o', join(dir, 'plan.docx')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`referensdokumentet ${join(dir, 'nope.docx')} finns inte`);
    writeFileSync(join(dir, 'text.docx'), 'not a zip');
    const broken = await runCli(['render', examplePath('kompetensstegen-d'), '--reference-doc', join(dir, 'text.docx'), '-o', join(dir, 'plan.docx'), '--lang', 'en']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('is not a Word document (.docx)');
    expect(existsSync(join(dir, 'plan.docx'))).toBe(false);
  });
});
