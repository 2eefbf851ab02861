const require_rolldown_runtime = require("./rolldown-runtime.cjs");
// dist/render/docx-error.js
var DocxRenderError = class extends Error {
	picture;
	constructor(message, picture) {
		super(message);
		this.picture = picture;
	}
};
exports.DocxRenderError = DocxRenderError;
