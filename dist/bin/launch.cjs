const require_rolldown_runtime = require("./rolldown-runtime.cjs");
let node_path = require("node:path");
let node_fs = require("node:fs");
let node_module = require("node:module");
node_module = require_rolldown_runtime.a(node_module, 1);
let node_os = require("node:os");
let node_vm = require("node:vm");
// dist/launch/commands.js
const COMMAND_NAMES = [
	"validate",
	"render",
	"kinds",
	"init",
	"schema",
	"budget",
	"summary",
	"fields",
	"kind",
	"lsp"
];
// dist/core/once.js
function once(make) {
	let made = false;
	let value;
	return () => {
		if (!made) {
			value = make();
			made = true;
		}
		return value;
	};
}
// dist/core/hash.js
const nodeCrypto = once(() => (0, node_module.createRequire)(require("url").pathToFileURL(__filename).href)("node:crypto"));
function hash128(text) {
	let h1 = 1779033703;
	let h2 = 3144134277;
	let h3 = 1013904242;
	let h4 = 2773480762;
	for (let i = 0; i < text.length; i++) {
		const k = text.charCodeAt(i);
		h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
		h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
		h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
		h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
	}
	h1 = Math.imul(h3 ^ h1 >>> 18, 597399067);
	h2 = Math.imul(h4 ^ h2 >>> 22, 2869860233);
	h3 = Math.imul(h1 ^ h3 >>> 17, 951274213);
	h4 = Math.imul(h2 ^ h4 >>> 19, 2716044179);
	h1 ^= h2 ^ h3 ^ h4;
	h2 ^= h1;
	h3 ^= h1;
	h4 ^= h1;
	return [
		h1,
		h2,
		h3,
		h4
	].map((h) => (h >>> 0).toString(16).padStart(8, "0")).join("");
}
function sum64(bytes) {
	const summer = wasmSummer();
	if (!summer) return void 0;
	const memory = bytes.buffer === summer.memory.buffer && bytes.byteOffset === 0 ? bytes : sum64Space(bytes.length);
	if (memory !== bytes) memory.set(bytes);
	new Uint8Array(summer.memory.buffer).fill(0, bytes.length, bytes.length + 8);
	return BigInt.asUintN(64, summer.sum(bytes.length));
}
function sum64Space(length) {
	const summer = wasmSummer();
	if (!summer) return void 0;
	const pages = Math.ceil((length + 8) / PAGE_BYTES);
	const has = summer.memory.buffer.byteLength / PAGE_BYTES;
	if (pages > has) summer.memory.grow(pages - has);
	return new Uint8Array(summer.memory.buffer, 0, length);
}
const PAGE_BYTES = 65536;
const SUM64_MODULE = [
	0,
	97,
	115,
	109,
	1,
	0,
	0,
	0,
	1,
	6,
	1,
	96,
	1,
	127,
	1,
	126,
	2,
	16,
	1,
	4,
	112,
	108,
	97,
	110,
	6,
	109,
	101,
	109,
	111,
	114,
	121,
	2,
	0,
	0,
	3,
	2,
	1,
	0,
	7,
	7,
	1,
	3,
	115,
	117,
	109,
	0,
	0,
	10,
	98,
	1,
	96,
	2,
	1,
	127,
	1,
	126,
	66,
	211,
	145,
	140,
	173,
	136,
	209,
	218,
	159,
	36,
	33,
	2,
	2,
	64,
	3,
	64,
	32,
	1,
	32,
	0,
	79,
	13,
	1,
	32,
	2,
	32,
	1,
	41,
	3,
	0,
	133,
	66,
	149,
	248,
	169,
	250,
	151,
	183,
	222,
	155,
	158,
	127,
	126,
	34,
	2,
	32,
	2,
	66,
	29,
	136,
	133,
	33,
	2,
	32,
	1,
	65,
	8,
	106,
	33,
	1,
	12,
	0,
	11,
	11,
	32,
	2,
	32,
	0,
	173,
	133,
	66,
	185,
	203,
	147,
	231,
	209,
	237,
	145,
	172,
	191,
	127,
	126,
	34,
	2,
	32,
	2,
	66,
	32,
	136,
	133,
	11
];
const wasmSummer = once(() => {
	const wasm = globalThis.WebAssembly;
	if (!wasm) return void 0;
	try {
		const memory = new wasm.Memory({ initial: 0 });
		return {
			memory,
			sum: new wasm.Instance(new wasm.Module(new Uint8Array(SUM64_MODULE)), { plan: { memory } }).exports.sum
		};
	} catch {
		return;
	}
});
// dist/core/read-at.js
function readAt(fd, into, position = 0) {
	let read = 0;
	while (read < into.length) {
		const got = (0, node_fs.readSync)(fd, into, read, into.length - read, position + read);
		if (got === 0) break;
		read += got;
	}
	return read;
}
// dist/launch/compile-cache.js
const checksum = once(() => {
	if (sum64Space(0) !== void 0) return {
		magic: Buffer.from("plan-v8-cache sum64\n"),
		length: 8,
		sum: (payload) => {
			const sum = Buffer.alloc(8);
			sum.writeBigUInt64BE(sum64(payload));
			return sum;
		},
		space: (length) => sum64Space(length)
	};
	return {
		magic: Buffer.from("plan-v8-cache\n"),
		length: 32,
		sum: (payload) => nodeCrypto().createHash("sha256").update(payload).digest(),
		space: (length) => Buffer.allocUnsafe(length)
	};
});
const MAX_CACHE_BYTES = 67108864;
const UNUSED_MS = 6048e5;
const MARK_USED_MS = 864e5;
const OTHERS_KEPT = 2;
let installed = false;
function installCompileCache(folder, env = process.env, command = commandOf(process.argv.slice(2))) {
	if (installed || env.NODE_DISABLE_COMPILE_CACHE) return;
	installed = true;
	const own = node_module.default;
	if (typeof own.enableCompileCache === "function") {
		own.enableCompileCache();
		return;
	}
	const cacheFolder = env.NODE_COMPILE_CACHE ? ownedFolder((0, node_path.join)((0, node_path.resolve)(env.NODE_COMPILE_CACHE), "plan-yaml"), true) : ownedFolder((0, node_path.join)((0, node_os.tmpdir)(), `plan-yaml-compile-cache-${process.getuid?.() ?? "user"}`), false);
	if (!cacheFolder) return;
	const flags = `${process.execArgv.join(" ")}\0${env.NODE_OPTIONS ?? ""}`;
	const bundle = (0, node_path.resolve)(folder);
	const prototype = node_module.default.prototype;
	const compile = prototype._compile;
	const made = [];
	prototype._compile = function(content, filename) {
		if (!filename.endsWith(".cjs") || (0, node_path.dirname)(filename) !== bundle) return compile.call(this, content, filename);
		const key = keyOf(filename, flags);
		if (key === void 0) return compile.call(this, content, filename);
		const file = (0, node_path.join)(cacheFolder, `${(0, node_path.basename)(filename, ".cjs")}-${command}-${key}.v8`);
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
function commandOf(args) {
	return args.find((arg) => COMMAND_NAMES.includes(arg)) ?? "none";
}
function ownedFolder(folder, makeParent) {
	try {
		if (makeParent && !makeFolder((0, node_path.dirname)(folder))) return void 0;
		if (!(0, node_fs.statSync)((0, node_path.dirname)(folder)).isDirectory() || !makeFolder(folder)) return void 0;
		const stat = (0, node_fs.lstatSync)(folder);
		const uid = process.getuid?.();
		if (!stat.isDirectory() || uid !== void 0 && stat.uid !== uid || process.platform !== "win32" && (stat.mode & 18) !== 0) return void 0;
		return folder;
	} catch {
		return;
	}
}
function makeFolder(folder) {
	try {
		(0, node_fs.mkdirSync)(folder, { mode: 448 });
		return true;
	} catch (error) {
		return error.code === "EEXIST";
	}
}
function keyOf(filename, flags) {
	let stat;
	try {
		stat = (0, node_fs.statSync)(filename, { bigint: true });
	} catch {
		return;
	}
	const file = `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
	return hash128(`${process.version}\0${process.arch}\0${flags}\0${file}`);
}
function readCache(file) {
	let fd;
	try {
		fd = (0, node_fs.openSync)(file, "r");
	} catch {
		return;
	}
	try {
		const { magic, length, sum, space } = checksum();
		const start = magic.length + length;
		const size = (0, node_fs.fstatSync)(fd).size;
		if (size <= start || size > MAX_CACHE_BYTES) return void 0;
		const header = Buffer.alloc(start);
		if (readAt(fd, header, 0) !== start || !header.subarray(0, magic.length).equals(magic)) return void 0;
		const payload = space(size - start);
		if (readAt(fd, payload, start) !== payload.length || !sum(payload).equals(header.subarray(magic.length))) return void 0;
		markUsed(file);
		return payload;
	} catch {
		return;
	} finally {
		try {
			(0, node_fs.closeSync)(fd);
		} catch {}
	}
}
function markUsed(file) {
	try {
		const now = Date.now();
		if (now - (0, node_fs.statSync)(file).mtimeMs > MARK_USED_MS) (0, node_fs.utimesSync)(file, now / 1e3, now / 1e3);
	} catch {}
}
function writeCache(file, payload) {
	const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	try {
		const { magic, sum } = checksum();
		(0, node_fs.writeFileSync)(temporary, Buffer.concat([
			magic,
			sum(payload),
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
function removeStale(file) {
	const folder = (0, node_path.dirname)(file);
	const stem = (0, node_path.basename)(file).replace(/-[0-9a-f]{32}\.v8$/, "-");
	const now = Date.now();
	const same = [];
	for (const name of (0, node_fs.readdirSync)(folder)) {
		const path = (0, node_path.join)(folder, name);
		if (path === file || !/\.(v8|tmp)$/.test(name)) continue;
		try {
			const time = (0, node_fs.statSync)(path).mtimeMs;
			if (now - time > UNUSED_MS) (0, node_fs.unlinkSync)(path);
			else if (name.startsWith(stem) && /^[0-9a-f]{32}\.v8$/.test(name.slice(stem.length))) same.push({
				path,
				time
			});
		} catch {}
	}
	for (const { path } of same.sort((a, b) => b.time - a.time).slice(OTHERS_KEPT)) try {
		(0, node_fs.unlinkSync)(path);
	} catch {}
}
Object.defineProperty(exports, "a", {
	enumerable: true,
	get: function() {
		return once;
	}
});
Object.defineProperty(exports, "i", {
	enumerable: true,
	get: function() {
		return sum64;
	}
});
Object.defineProperty(exports, "n", {
	enumerable: true,
	get: function() {
		return readAt;
	}
});
Object.defineProperty(exports, "o", {
	enumerable: true,
	get: function() {
		return COMMAND_NAMES;
	}
});
Object.defineProperty(exports, "r", {
	enumerable: true,
	get: function() {
		return nodeCrypto;
	}
});
Object.defineProperty(exports, "t", {
	enumerable: true,
	get: function() {
		return installCompileCache;
	}
});
