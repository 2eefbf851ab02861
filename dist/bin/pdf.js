import { execFile } from "node:child_process";
import { delimiter, join } from "node:path";
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { tmpdir } from "node:os";
// dist/render/pdf.js
/**
* PDF by way of LibreOffice: the .docx plan makes is laid out by a real Word-compatible program and
* exported with its fonts embedded (PDF/A-2b on request, as Swedish authorities archive). Every
* document of a run goes through one LibreOffice process, which costs seconds to start; its
* profile is a fresh folder of its own, so that a LibreOffice the user has open is not disturbed
* and nothing of the user's settings changes the output.
*/
var PdfError = class extends Error {};
/** LibreOffice's program: PLAN_SOFFICE, else soffice or libreoffice on PATH. */
function findOffice(env) {
	if (env.PLAN_SOFFICE) return executable(env.PLAN_SOFFICE) ? env.PLAN_SOFFICE : void 0;
	for (const folder of (env.PATH ?? "").split(delimiter).filter(Boolean)) for (const name of ["soffice", "libreoffice"]) {
		const path = join(folder, name);
		if (executable(path)) return path;
	}
}
function executable(path) {
	try {
		accessSync(path, constants.X_OK);
		return statSync(path).isFile();
	} catch {
		return false;
	}
}
/** The PDFs of these .docx documents, by their names; a document LibreOffice could not convert is absent. */
async function docxToPdf(documents, { office, pdfA = false }) {
	const work = mkdtempSync(join(tmpdir(), "plan-pdf-"));
	try {
		const inputs = documents.map((document, index) => {
			const path = join(work, `${index}.docx`);
			writeFileSync(path, document.docx);
			return path;
		});
		const filter = pdfA ? "pdf:writer_pdf_Export:{\"SelectPdfVersion\":{\"type\":\"long\",\"value\":\"2\"}}" : "pdf:writer_pdf_Export";
		const profile = pathToFileURL(join(work, "profile")).href;
		await new Promise((resolve, reject) => {
			execFile(office, [
				`-env:UserInstallation=${profile}`,
				"--headless",
				"--norestore",
				"--nolockcheck",
				"--convert-to",
				filter,
				"--outdir",
				work,
				...inputs
			], {
				timeout: 12e4 + 2e4 * documents.length,
				maxBuffer: 16777216
			}, (error, _stdout, stderr) => error ? reject(new PdfError(`LibreOffice failed: ${(stderr || error.message).trim().split("\n")[0]}`)) : resolve());
		});
		const pdfs = /* @__PURE__ */ new Map();
		documents.forEach((document, index) => {
			try {
				pdfs.set(document.name, readFileSync(join(work, `${index}.pdf`)));
			} catch {}
		});
		return pdfs;
	} finally {
		rmSync(work, {
			recursive: true,
			force: true
		});
	}
}
export { PdfError, docxToPdf, findOffice };
