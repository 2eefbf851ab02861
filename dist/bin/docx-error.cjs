require("./rolldown-runtime.cjs");
// dist/render/docx-error.js
/** Why a .docx could not be made; apart from docx.ts, so that catching it does not load the docx library. */
var DocxRenderError = class extends Error {
	picture;
	constructor(message, picture) {
		super(message);
		this.picture = picture;
	}
};
exports.DocxRenderError = DocxRenderError;
