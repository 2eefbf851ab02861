import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * PDF by way of LibreOffice: the .docx plan makes is laid out by a real Word-compatible program and
 * exported with its fonts embedded (PDF/A-2b on request, as Swedish authorities archive). Every
 * document of a run goes through one LibreOffice process, which costs seconds to start; its
 * profile is a fresh folder of its own, so that a LibreOffice the user has open is not disturbed
 * and nothing of the user's settings changes the output.
 */

export class PdfError extends Error {}

/** LibreOffice's program: PLAN_SOFFICE, else soffice or libreoffice on PATH. */
export function findOffice(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env.PLAN_SOFFICE) return executable(env.PLAN_SOFFICE) ? env.PLAN_SOFFICE : undefined;
  for (const folder of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of ['soffice', 'libreoffice']) {
      const path = join(folder, name);
      if (executable(path)) return path;
    }
  }
  return undefined;
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export interface PdfOptions {
  office: string;
  /** PDF/A-2b, for archiving. */
  pdfA?: boolean;
}

/** The PDFs of these .docx documents, by their names; a document LibreOffice could not convert is absent. */
export async function docxToPdf(documents: readonly { name: string; docx: Uint8Array }[], { office, pdfA = false }: PdfOptions): Promise<Map<string, Uint8Array>> {
  const work = mkdtempSync(join(tmpdir(), 'plan-pdf-'));
  try {
    const inputs = documents.map((document, index) => {
      // Names of its own: two plans called plan.yaml in different folders must not meet here.
      const path = join(work, `${index}.docx`);
      writeFileSync(path, document.docx);
      return path;
    });
    const filter = pdfA ? 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}' : 'pdf:writer_pdf_Export';
    const profile = pathToFileURL(join(work, 'profile')).href;
    await new Promise<void>((resolve, reject) => {
      execFile(
        office,
        [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', filter, '--outdir', work, ...inputs],
        { timeout: 120_000 + 20_000 * documents.length, maxBuffer: 16 * 1024 * 1024 },
        (error, _stdout, stderr) => (error ? reject(new PdfError(`LibreOffice failed: ${(stderr || error.message).trim().split('\n')[0]}`)) : resolve()),
      );
    });
    const pdfs = new Map<string, Uint8Array>();
    documents.forEach((document, index) => {
      try {
        pdfs.set(document.name, readFileSync(join(work, `${index}.pdf`)));
      } catch {
        // Not converted: the caller says so for this plan.
      }
    });
    return pdfs;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
