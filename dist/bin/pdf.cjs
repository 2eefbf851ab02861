const require_rolldown_runtime = require("./rolldown-runtime.cjs");
let node_child_process = require("node:child_process");
let node_path = require("node:path");
let node_fs = require("node:fs");
let node_url = require("node:url");
let node_os = require("node:os");
// dist/render/pdf.js
var PdfError = class extends Error {};
function findOffice(env) {
	if (env.PLAN_SOFFICE) return executable(env.PLAN_SOFFICE) ? env.PLAN_SOFFICE : void 0;
	for (const folder of (env.PATH ?? "").split(node_path.delimiter).filter(Boolean)) for (const name of ["soffice", "libreoffice"]) {
		const path = (0, node_path.join)(folder, name);
		if (executable(path)) return path;
	}
}
function executable(path) {
	try {
		(0, node_fs.accessSync)(path, node_fs.constants.X_OK);
		return (0, node_fs.statSync)(path).isFile();
	} catch {
		return false;
	}
}
async function docxToPdf(documents, { office, pdfA = false }) {
	const work = (0, node_fs.mkdtempSync)((0, node_path.join)((0, node_os.tmpdir)(), "plan-pdf-"));
	try {
		const inputs = documents.map((document, index) => {
			const path = (0, node_path.join)(work, `${index}.docx`);
			(0, node_fs.writeFileSync)(path, document.docx);
			return path;
		});
		const filter = pdfA ? "pdf:writer_pdf_Export:{\"SelectPdfVersion\":{\"type\":\"long\",\"value\":\"2\"}}" : "pdf:writer_pdf_Export";
		const profile = (0, node_url.pathToFileURL)((0, node_path.join)(work, "profile")).href;
		await new Promise((resolve, reject) => {
			(0, node_child_process.execFile)(office, [
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
				pdfs.set(document.name, (0, node_fs.readFileSync)((0, node_path.join)(work, `${index}.pdf`)));
			} catch {}
		});
		return pdfs;
	} finally {
		(0, node_fs.rmSync)(work, {
			recursive: true,
			force: true
		});
	}
}
exports.PdfError = PdfError;
exports.docxToPdf = docxToPdf;
exports.findOffice = findOffice;
