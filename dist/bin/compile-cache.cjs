Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
const require_rolldown_runtime = require("./rolldown-runtime.cjs");
let node_path = require("node:path");
let node_fs = require("node:fs");
let node_module = require("node:module");
node_module = require_rolldown_runtime.__toESM(node_module, 1);
let node_crypto = require("node:crypto");
let node_os = require("node:os");
let node_vm = require("node:vm");
// dist/launch/compile-cache.js
const MAGIC = Buffer.from("plan-v8-cache\n");
const HASH_BYTES = 32;
/** Caches of a build no longer run are removed once they are this old, so rebuilding does not fill the disk. */
const STALE_MS = 864e5;
let installed = false;
/**
* Compiles every .cjs file of `folder` loaded from now on with a cache. Nothing happens where
* NODE_DISABLE_COMPILE_CACHE is set (Node's own switch), and where Node has its own compile cache it
* is turned on instead, with Node's choice of folder (NODE_COMPILE_CACHE, or one in the temp folder).
*/
function installCompileCache(folder, env = process.env) {
	if (installed || env.NODE_DISABLE_COMPILE_CACHE) return;
	installed = true;
	const own = node_module.default;
	if (typeof own.enableCompileCache === "function") {
		own.enableCompileCache();
		return;
	}
	const cacheFolder = ownedFolder(env.NODE_COMPILE_CACHE ? (0, node_path.join)((0, node_path.resolve)(env.NODE_COMPILE_CACHE), "plan-yaml") : (0, node_path.join)((0, node_os.tmpdir)(), `plan-yaml-compile-cache-${process.getuid?.() ?? "user"}`));
	if (!cacheFolder) return;
	const bundle = (0, node_path.resolve)(folder);
	const prototype = node_module.default.prototype;
	const compile = prototype._compile;
	const made = [];
	const command = process.argv.slice(2).find((arg) => /^[a-z]+$/.test(arg)) ?? "none";
	prototype._compile = function(content, filename) {
		if (!filename.endsWith(".cjs") || (0, node_path.dirname)(filename) !== bundle) return compile.call(this, content, filename);
		const file = (0, node_path.join)(cacheFolder, `${(0, node_path.basename)(filename, ".cjs")}-${command}-${keyOf(content)}.v8`);
		const cachedData = readCache(file);
		const script = new node_vm.Script(node_module.default.wrap(content), {
			filename,
			...cachedData ? { cachedData } : {},
			...node_vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER ? { importModuleDynamically: node_vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER } : {}
		});
		if (!cachedData || script.cachedDataRejected) made.push({
			script,
			file
		});
		return script.runInThisContext({ displayErrors: true }).call(this.exports, this.exports, (0, node_module.createRequire)(filename), this, filename, (0, node_path.dirname)(filename));
	};
	process.once("exit", () => {
		for (const { script, file } of made) writeCache(file, script.createCachedData());
	});
}
/** The cache folder, made if need be, when it is this user's alone: code from it is run. */
function ownedFolder(folder) {
	try {
		(0, node_fs.mkdirSync)(folder, {
			recursive: true,
			mode: 448
		});
		const stat = (0, node_fs.lstatSync)(folder);
		const uid = process.getuid?.();
		if (!stat.isDirectory() || uid !== void 0 && stat.uid !== uid || process.platform !== "win32" && (stat.mode & 18) !== 0) return void 0;
		return folder;
	} catch {
		return;
	}
}
function keyOf(content) {
	return (0, node_crypto.createHash)("sha256").update(`${process.version}\0${process.arch}\0${process.execArgv.join(" ")}\0`).update(content).digest("hex").slice(0, 32);
}
function readCache(file) {
	let data;
	try {
		data = (0, node_fs.readFileSync)(file);
	} catch {
		return;
	}
	const start = MAGIC.length + HASH_BYTES;
	if (data.length <= start || !data.subarray(0, MAGIC.length).equals(MAGIC)) return void 0;
	const payload = data.subarray(start);
	return (0, node_crypto.createHash)("sha256").update(payload).digest().equals(data.subarray(MAGIC.length, start)) ? payload : void 0;
}
function writeCache(file, payload) {
	const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	try {
		(0, node_fs.writeFileSync)(temporary, Buffer.concat([
			MAGIC,
			(0, node_crypto.createHash)("sha256").update(payload).digest(),
			payload
		]), { mode: 384 });
		(0, node_fs.renameSync)(temporary, file);
		removeStale(file);
	} catch {
		try {
			(0, node_fs.unlinkSync)(temporary);
		} catch {}
	}
}
/** Other builds' caches of the same file, once they have gone unwritten for a day. */
function removeStale(file) {
	const folder = (0, node_path.dirname)(file);
	const stem = (0, node_path.basename)(file).replace(/-[0-9a-f]+\.v8$/, "");
	const same = new RegExp(`^${stem.replace(/[^\w]/g, "\\$&")}-[0-9a-f]{32}\\.v8(\\.\\d+\\.\\w+\\.tmp)?$`);
	const now = Date.now();
	for (const name of (0, node_fs.readdirSync)(folder)) {
		if (!same.test(name) || (0, node_path.join)(folder, name) === file) continue;
		const path = (0, node_path.join)(folder, name);
		try {
			if (now - (0, node_fs.statSync)(path).mtimeMs > STALE_MS) (0, node_fs.unlinkSync)(path);
		} catch {}
	}
}
exports.installCompileCache = installCompileCache;
