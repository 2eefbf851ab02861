import { beforeAll, describe, expect, it } from 'vitest';
import { checkPlanFile } from '../../src/validate/read.js';
import { renderDocx } from '../../src/render/render.js';
import { examplePath } from '../helpers/fixtures.js';
import { canLayOut, layOut, layoutSkipNote, type LaidOut } from '../helpers/office.js';

/**
 * The documents as a reader sees them: laid out by LibreOffice with Carlito (Calibri's metrics), so
 * that pages break where Word breaks them, and read back page by page.
 */
const KINDS = ['handlingsplan', 'esf-slutrapport', 'kompetensstegen-d', 'prosjektplan', 'projektbeskrivning'] as const;

if (!canLayOut) console.warn(layoutSkipNote);

describe.skipIf(!canLayOut)('the examples laid out by LibreOffice', { timeout: 180_000 }, () => {
  let laid: Record<string, LaidOut>;
  beforeAll(async () => {
    const documents: Record<string, Uint8Array> = {};
    for (const kind of KINDS) documents[kind] = await renderDocx(await checkPlanFile(examplePath(kind)));
    laid = await layOut(documents);
  }, 180_000);

  it('has the originals\' page counts: the action plan 6, the ESF report 9', () => {
    expect(laid.handlingsplan!.pages).toHaveLength(6);
    expect(laid['esf-slutrapport']!.pages).toHaveLength(9);
  });

  it('starts the action plan\'s table under its title on page 1', () => {
    const first = laid.handlingsplan!.pages[0]!.join('\n');
    expect(first).toContain('Handlingsplan för utveckling av Äldreomsorgen');
    expect(first).toContain('Problem/utvecklingsbehov');
    expect(first).toContain('Utveckla en gemensam');
  });

  it('leaves no page but the last (and a cover) with only a few lines', () => {
    for (const kind of KINDS) {
      const pages = laid[kind]!.pages;
      const cover = kind === 'prosjektplan' ? 1 : 0;
      pages.slice(cover, -1).forEach((lines, index) => {
        expect(lines.length, `${kind}, page ${index + 1 + cover}: ${lines.join(' | ').slice(0, 200)}`).toBeGreaterThanOrEqual(6);
      });
    }
  });

  it('keeps the D-form\'s budget together: D.7 and its three tables on one page', () => {
    const pages = laid['kompetensstegen-d']!.pages.map((lines) => lines.join('\n'));
    const page = pages.findIndex((text) => text.includes('D.7. Budget'));
    expect(page).toBeGreaterThanOrEqual(0);
    for (const part of ['D.7.1 Stöd söks', 'D.7.2 Eventuell övrig finansiering', 'D.7.3 Total kostnad']) expect(pages[page], part).toContain(part);
  });

  it('writes into the table of contents the pages the headings are laid out on', () => {
    const pages = laid.prosjektplan!.pages;
    const toc = pages.findIndex((lines) => lines.some((line) => line.includes('Innholdsfortegnelse')));
    const entries = pages[toc]!.map((line) => /^\s*(\d+(?:\.\d+)?\.?\s.*?)\.{3,}\s*(\d+)\s*$/.exec(line)).filter((m) => m !== null);
    expect(entries.length).toBeGreaterThanOrEqual(15);
    for (const [, title, number] of entries) {
      const heading = title!.trim();
      const found = pages.findIndex((lines, index) => index !== toc && lines.some((line) => line.trim() === heading));
      expect(found + 1, `"${heading}" is listed on page ${number}`).toBe(Number(number));
    }
  });
});
