#!/usr/bin/env node
// The language server under editing: a 500-line plan changed keystroke by keystroke, each change
// answered (diagnostics worked out) in how many ms, and the server's memory over 1,000 edits.
// The server runs in this process (dist/lsp/server.js over in-memory streams), so that its heap can
// be read after a full collection: RSS alone grows until V8 chooses to collect, and would look like a leak.
// Runs the built library (npm run build first). Options: --edits N (default 1000), --lines N (default 500).
// Target (issue 18): a change to a 500-line plan answered within 200 ms; memory flat over 1,000 edits.
import { PassThrough } from 'node:stream';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const EDITS = option('--edits', 1000);
const LINES = option('--lines', 500);
if (typeof globalThis.gc !== 'function') {
  // A full collection before each reading of the heap needs --expose-gc: run this file again with it.
  const { spawnSync } = await import('node:child_process');
  process.exit(spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...args], { stdio: 'inherit' }).status ?? 1);
}
if (!existsSync(join(ROOT, 'dist', 'lsp', 'server.js'))) {
  console.error('bench: dist/ is missing; run "npm run build" first');
  process.exit(2);
}

// The D-form's example with its list of groups repeated until the plan has LINES lines: a real
// plan's shape, every rule running over it.
const seed = readFileSync(join(ROOT, 'examples', 'kompetensstegen-d.yaml'), 'utf8');
const group = '    - heading: Arbetsgrupp {n}\n      points:\n        - Planerar och följer upp aktiviteterna\n        - Rapporterar till styrgruppen\n';
let text = seed;
for (let n = 1; text.split('\n').length < LINES; n++) text = text.replace('  groups:\n', '  groups:\n' + group.replace('{n}', String(n)));
const folder = mkdtempSync(join(tmpdir(), 'plan-bench-lsp-'));
const path = join(folder, 'plan.yaml');
writeFileSync(path, text);
const uri = pathToFileURL(path).href;
const lines = text.split('\n');
const row = lines.findIndex((line) => line.includes('amounts: [650 000, 650 000, 650 000]'));
const column = lines[row].indexOf('650 000') + 6;

const { startServer } = await import(pathToFileURL(join(ROOT, 'dist', 'lsp', 'server.js')).href);
const { createConnection, ProposedFeatures } = await import('vscode-languageserver/node');
const toServer = new PassThrough();
const toClient = new PassThrough();
void startServer(createConnection(ProposedFeatures.all, toServer, toClient));
const connection = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
const waiting = new Map();
connection.onNotification('textDocument/publishDiagnostics', (params) => {
  waiting.get(params.version)?.(params.diagnostics);
  waiting.delete(params.version);
});
connection.listen();
await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {} });
await connection.sendNotification('initialized', {});
const published = (version) => new Promise((resolve) => waiting.set(version, resolve));
let first = published(1);
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
await first;

const heap = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed / 1048576;
};
const timings = [];
const memory = [];
for (let version = 2; version <= EDITS + 1; version++) {
  // One keystroke: the last digit of the first cost row's first figure, 0 → 1 → 0, breaking and mending a sum.
  const digit = version % 2 === 0 ? '1' : '0';
  const start = performance.now();
  await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: row, character: column }, end: { line: row, character: column + 1 } }, text: digit }] });
  // A hover is answered from the new text's analysis, at once (diagnostics wait for typing to pause): its time is the server's work on the change.
  await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: row, character: column } });
  timings.push(performance.now() - start);
  if ((version - 1) % Math.max(1, Math.floor(EDITS / 10)) === 0 || version === EDITS + 1) memory.push([version - 1, heap()]);
}
const last = published(EDITS + 1);
const diagnostics = await Promise.race([last, new Promise((resolve) => setTimeout(() => resolve(undefined), 5000))]);
await connection.sendRequest('shutdown');
rmSync(folder, { recursive: true, force: true });

const sorted = [...timings].sort((a, b) => a - b);
const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const [firstMemory, lastMemory] = [memory[0][1], memory[memory.length - 1][1]];
console.log(`plan lsp: ${EDITS} edits to a ${lines.length}-line plan`);
console.log(`  answer per change: median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms (target: within 200 ms)`);
console.log(`  heap after a full collection (MB) by edits: ${memory.map(([edits, mb]) => `${edits}: ${mb.toFixed(1)}`).join(', ')}`);
console.log(`  heap after the first ${memory[0][0]} edits → after ${EDITS}: ${firstMemory.toFixed(1)} → ${lastMemory.toFixed(1)} MB (${lastMemory > firstMemory * 1.1 ? 'GROWING' : 'flat'})`);
console.log(`  last diagnostics: ${diagnostics === undefined ? 'not published' : diagnostics.map((d) => d.code).join(', ') || 'none'} (expected ${EDITS % 2 === 1 ? 'budget/sum-mismatch' : 'none'})`);
// The server's connection ends the process when its streams close; the figures are printed first.
process.exit(at(0.95) > 200 || lastMemory > firstMemory * 1.1 ? 1 : 0);
