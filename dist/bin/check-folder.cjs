const require_rolldown_runtime = require("./rolldown-runtime.cjs");
const require_core = require("./core.cjs");
const require_render = require("./render.cjs");
let node_path = require("node:path");
let node_fs = require("node:fs");
// dist/kinds/data/check-folder.js
function goldenPathOf(example) {
	return example.replace(/\.ya?ml$/i, "") + ".md";
}
async function checkKindFolder(folder, lang, shownAs = folder) {
	const loaded = require_core.p(folder, lang, shownAs);
	if (!loaded.ok) return {
		kindProblems: loaded.diagnostics,
		goldenPath: (0, node_path.join)(folder, "example.md")
	};
	const kind = loaded.kind;
	if (!kind.example) return {
		kindProblems: [],
		goldenPath: (0, node_path.join)(folder, "example.md")
	};
	const goldenPath = goldenPathOf(kind.example);
	const registry = new require_core.d([(0, node_path.dirname)((0, node_path.resolve)(folder))], lang);
	const exampleShown = (0, node_path.relative)(process.cwd(), kind.example) || kind.example;
	const example = require_core.o((0, node_fs.readFileSync)(kind.example), exampleShown, { kinds: registry });
	const check = {
		kindProblems: [],
		example,
		goldenPath,
		...(0, node_fs.existsSync)(goldenPath) ? { golden: (0, node_fs.readFileSync)(goldenPath, "utf8") } : {}
	};
	if (example.plan === void 0 || example.partial) return check;
	try {
		check.markdown = (await require_render.renderMarkdown(example)).markdown;
		await require_render.renderDocx(example);
	} catch (error) {
		check.renderError = error.message;
	}
	return check;
}
exports.checkKindFolder = checkKindFolder;
