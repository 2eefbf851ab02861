import { c as checkBytes, f as loadKindFolder, u as KindRegistry } from "./core.js";
import { renderDocx, renderMarkdown } from "./render.js";
import { dirname, join, relative, resolve } from "node:path";
import { existsSync, readFileSync } from "node:fs";
// dist/kinds/data/check-folder.js
/** The golden Markdown of an example plan: beside it, with the same name (example.yaml → example.md). */
function goldenPathOf(example) {
	return example.replace(/\.ya?ml$/i, "") + ".md";
}
/**
* Everything `plan kind check` looks at: the kind file is valid and every field its templates use
* exists; the example validates with no errors, renders to Markdown and to a .docx, and matches
* the golden Markdown.
*/
async function checkKindFolder(folder, lang, shownAs = folder) {
	const loaded = loadKindFolder(folder, lang, shownAs);
	if (!loaded.ok) return {
		kindProblems: loaded.diagnostics,
		goldenPath: join(folder, "example.md")
	};
	const kind = loaded.kind;
	if (!kind.example) return {
		kindProblems: [],
		goldenPath: join(folder, "example.md")
	};
	const goldenPath = goldenPathOf(kind.example);
	const registry = new KindRegistry([dirname(resolve(folder))], lang);
	const exampleShown = relative(process.cwd(), kind.example) || kind.example;
	const example = checkBytes(readFileSync(kind.example), exampleShown, { kinds: registry });
	const check = {
		kindProblems: [],
		example,
		goldenPath,
		...existsSync(goldenPath) ? { golden: readFileSync(goldenPath, "utf8") } : {}
	};
	if (example.plan === void 0 || example.partial) return check;
	try {
		check.markdown = (await renderMarkdown(example)).markdown;
		await renderDocx(example);
	} catch (error) {
		check.renderError = error.message;
	}
	return check;
}
export { checkKindFolder };
