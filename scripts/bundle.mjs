// The command-line program as one bundle (dist/bin/), built after tsc by `npm run build`. Node loads
// one file far faster than the hundreds of modules of zod and yaml, and a plan validate of a single
// file is mostly that loading. The library (dist/index.js) stays as tsc writes it.
// The bundle is CommonJS (.cjs) because Node 20 can keep V8's compiled code between runs only for a
// script it compiles through node:vm, not for an ES module (src/launch/compile-cache.ts).
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'bin');
// An old bundle must not outlive the build it came from, whether or not a new one is made.
await rm(out, { recursive: true, force: true });

let build;
try {
  ({ build } = await import('rolldown'));
} catch (error) {
  // Without the bundler (a platform its native part does not support), bin/plan.js runs dist/cli/ as tsc wrote it: slower to start, the same program.
  console.warn(`bundle: skipped, rolldown could not be loaded (${error.message}); plan runs unbundled`);
  process.exit(0);
}

// Modules that only some runs need stay in chunks of their own: rendering's libraries, and the glob matcher.
const LAZY = /[\\/](node_modules[\\/](vscode-languageserver[\w-]*|vscode-jsonrpc|docx|handlebars|marked|jszip|fflate|nanoid|xml|xml-js|hash\.js|source-map|tinyglobby|picomatch|fdir)[\\/]|dist[\\/](render|schema|lsp)[\\/]|dist[\\/]kinds[\\/]data[\\/]check-folder)/;
// What three dependencies do at their start, and no run of plan needs. Loading node:tty, and
// node:child_process with the net and streams it loads, was 3 ms of a one-plan run.
// - chalk works out the terminal's colours when it is loaded (its copy of supports-color), for its
//   default instance. plan never uses that one: it makes its own, with the level it chose itself
//   (src/cli/io.ts, useColor). So the bundle's chalk finds no colours, and never looks.
// - commander loads node:child_process for subcommands that are programs of their own, which plan
//   has none of; the bundle's commander loads it when it starts one.
// - yaml's build for node is CommonJS, which a bundle keeps as one closure per module, all run as
//   the core loads (2 ms); its ES module build, the same code, is bundled as plan's own modules
//   are, with what plan does not use left out. The two differ only where node's build logs with
//   process.emitWarning (plan reads plans with logLevel 'error': src/core/load.ts), decodes
//   !!binary with Buffer rather than atob (a tag of the YAML 1.1 schema, which plan does not
//   read) and traces its parser under LOG_TOKENS and LOG_STREAM.
const YAML_ESM = join(dirname(createRequire(join(root, 'package.json')).resolve('yaml/package.json')), 'browser', 'index.js');
const SUPPORTS_COLOR = '\0plan:chalk-supports-color';
const CHILD_PROCESS = '\0plan:commander-child-process';
const leanStart = {
  name: 'plan-lean-start',
  resolveId(source, importer) {
    if (source === '#supports-color' && /[\\/]node_modules[\\/]chalk[\\/]/.test(importer ?? '')) return SUPPORTS_COLOR;
    if (source === 'node:child_process' && /[\\/]node_modules[\\/]commander[\\/]/.test(importer ?? '')) return CHILD_PROCESS;
    if (source === 'yaml') return YAML_ESM;
    return null;
  },
  load(id) {
    if (id === SUPPORTS_COLOR) return 'export default { stdout: false, stderr: false };';
    if (id === CHILD_PROCESS) return "module.exports = { get spawn() { return require('node:child_process').spawn; } };";
    return null;
  },
};

await build({
  // dist/bin/ is as deep as dist/cli/, so paths relative to a module (../../package.json, templates/) hold in both.
  input: {
    plan: join(root, 'dist', 'cli', 'main.js'),
    'check-worker': join(root, 'dist', 'validate', 'check-worker.js'),
    'compile-cache': join(root, 'dist', 'launch', 'compile-cache.js'),
    // marked as a file of the bundle's own, which src/fields/plain.ts loads when a limit is counted:
    // compiled with the cache, and without starting Node's ES module loader for marked's own file.
    marked: createRequire(join(root, 'package.json')).resolve('marked'),
  },
  platform: 'node',
  plugins: [leanStart],
  logLevel: 'warn',
  output: {
    dir: out,
    format: 'cjs',
    entryFileNames: '[name].cjs',
    // Names without a hash: the bundle is committed (scripts/prepare.mjs), and a file that keeps its name diffs as a change, not as a new file.
    chunkFileNames: '[name].cjs',
    sourcemap: false,
    // Only ASCII in the bundle: one letter such as "å" in a message makes V8 hold the whole 1 MB
    // file as a two-byte string, which is slower to read, hash and compile from its cache (about
    // 15 ms of a one-plan run). Nothing else is minified: names and lines stay readable in a stack
    // trace, and removing whitespace was measured to gain nothing. Licence comments are kept.
    minify: { compress: false, mangle: false, codegen: { removeWhitespace: false, asciiOnly: true } },
    comments: { legal: true, annotation: true, jsdoc: false },
    // Few, large chunks load faster than many small ones: what validation needs in one, the rest in
    // chunks of their own that only the runs that need them load.
    // The worker's entry stays a module of its own: its top level runs only in a worker thread. The
    // compile cache and what it needs (src/launch/) are a chunk of their own that the core may use
    // but not be part of: the cache must be running before the core is loaded.
    codeSplitting: {
      groups: [
        { name: (id) => (/[\\/]dist[\\/]launch[\\/]/.test(id) ? 'launch' : null), debugName: 'launch' },
        { name: (id) => (LAZY.test(id) || id.endsWith('check-worker.js') ? null : 'core'), debugName: 'core' },
      ],
    },
  },
});
