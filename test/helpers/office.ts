import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docxToPdf, findOffice } from '../../src/render/pdf.js';

/**
 * Laying documents out as a reader does: LibreOffice converts them, with Carlito (Calibri's
 * metrics) so that pages break where Word breaks them, and poppler's pdftotext reads the pages.
 */
export const office = findOffice(process.env);
const has = (program: string) => spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;
const carlito = spawnSync('sh', ['-c', 'fc-list | grep -qi carlito']).status === 0;
export const canLayOut = office !== undefined && has('pdftotext') && has('pdfinfo') && carlito;
export const layoutSkipNote = 'skipped: laying documents out needs LibreOffice (soffice), poppler-utils and fonts-crosextra-carlito';

export interface LaidOut {
  pdf: Uint8Array;
  /** Each page's lines of text, blank lines left out. */
  pages: string[][];
}

/** Each document laid out, by name; converted by one LibreOffice process. */
export async function layOut(documents: Record<string, Uint8Array>): Promise<Record<string, LaidOut>> {
  const pdfs = await docxToPdf(Object.entries(documents).map(([name, docx]) => ({ name, docx })), { office: office! });
  const out: Record<string, LaidOut> = {};
  const work = mkdtempSync(join(tmpdir(), 'plan-layout-'));
  try {
    for (const [name, pdf] of pdfs) {
      const path = join(work, 'document.pdf');
      writeFileSync(path, pdf);
      const text = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).stdout;
      const pages = text.split('\f').map((page) => page.split('\n').filter((line) => line.trim() !== ''));
      if (pages.at(-1)?.length === 0) pages.pop();
      out[name] = { pdf, pages };
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return out;
}
