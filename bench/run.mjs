#!/usr/bin/env node
// `npm run bench`: how fast `plan validate` is on many plans, beside the floor of only reading and
// parsing the same files. Runs the built program in dist/ (npm run build first; the npm script does).
// Options: --files N (default 1000), --runs N (default 5), --keep (leave the generated plans).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'plan.js');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const FILES = option('--files', 1000);
const RUNS = option('--runs', 5);

if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
  console.error('bench: dist/ is missing; run "npm run build" first (npm run bench does)');
  process.exit(2);
}

// Plans: copies of every example with its figures scaled, so every sum still holds, and every tenth with a sum broken.
const examples = readdirSync(join(ROOT, 'examples')).filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => ({ name, text: readFileSync(join(ROOT, 'examples', name), 'utf8') }));
// Amounts as the examples write them ("1 835 000"), not digit groups inside a telephone number ("08-508 20 520").
const AMOUNT = /(?<![\w.-]|\d,|\d )(\d{1,3}(?: \d{3})+)(?![\w.-]|,\d| \d)/g;
const scale = (text, factor) => text.replace(AMOUNT, (digits) => formatGrouped(Number(digits.replace(/ /g, '')) * factor));
const formatGrouped = (value) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
const breakOneSum = (text) => {
  let done = false;
  return text.replace(AMOUNT, (digits) => {
    if (done) return digits;
    done = true;
    return formatGrouped(Number(digits.replace(/ /g, '')) + 1);
  });
};

// A sum can be broken only in an example with amounts; each tenth file is one of those, broken.
const breakable = examples.filter((example) => example.text.match(AMOUNT));
if (breakable.length === 0) throw new Error('bench: no example has amounts to vary');

const folder = mkdtempSync(join(tmpdir(), 'plan-bench-'));
let broken = 0;
for (let i = 0; i < FILES; i++) {
  const breaking = i % 10 === 9;
  const example = breaking ? breakable[Math.floor(i / 10) % breakable.length] : examples[i % examples.length];
  let text = scale(example.text, 1 + (i % 7));
  if (breaking) {
    text = breakOneSum(text);
    broken++;
  }
  const sub = join(folder, `group-${String(Math.floor(i / 100)).padStart(2, '0')}`);
  if (i % 100 === 0) execFileSync('mkdir', ['-p', sub]);
  writeFileSync(join(sub, `${basename(example.name, '.yaml')}-${String(i).padStart(5, '0')}.yaml`), text);
}
const single = join(folder, 'group-00', readdirSync(join(folder, 'group-00')).sort()[0]);

// CPU time beside wall time, where /usr/bin/time can tell it: on a busy machine it varies less.
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function cold(command, commandArgs) {
  const walls = [];
  const cpus = [];
  let result;
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    result = TIME
      ? spawnSync(TIME, ['-f', '\ncpu %U %S', command, ...commandArgs], { encoding: 'utf8', maxBuffer: 1 << 30 })
      : spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 1 << 30 });
    walls.push(Number(process.hrtime.bigint() - start) / 1e6);
    const cpu = /\ncpu ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr ?? '');
    if (cpu) cpus.push((Number(cpu[1]) + Number(cpu[2])) * 1000);
  }
  return { ms: median(walls), cpu: cpus.length ? median(cpus) : undefined, result };
}

async function warm(action) {
  const walls = [];
  const cpus = [];
  let result;
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    result = await action();
    const cpu = process.cpuUsage(cpuStart);
    walls.push(Number(process.hrtime.bigint() - start) / 1e6);
    cpus.push((cpu.user + cpu.system) / 1000);
  }
  return { ms: median(walls), cpu: median(cpus), result };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const nodeStart = cold(process.execPath, ['-e', '0']);
const floor = cold(process.execPath, [join(ROOT, 'bench', 'parse-only.mjs'), folder]);
const all = cold(process.execPath, [BIN, 'validate', folder, '--format', 'json']);
const allThreads = cold(process.execPath, [BIN, 'validate', folder, '--format', 'json', '--concurrency', 'off']);
const one = cold(process.execPath, [BIN, 'validate', single, '--format', 'json']);

// The same in this process, once everything is loaded: what a program using plan as a library sees.
const { parseOnly } = await import('./parse-only.mjs');
const { main } = await import(join(ROOT, 'dist', 'cli', 'main.js'));
const sink = () => {
  let text = '';
  return { write: (data) => (text += data), get text() { return text; } };
};
const floorWarm = await warm(() => parseOnly(folder));
const allWarm = await warm(async () => {
  const stdout = sink();
  await main(['validate', folder, '--format', 'json', '--concurrency', 'off'], { stdout, stderr: sink(), env: {} });
  return stdout.text;
});

const report = JSON.parse(all.result.stdout);
const threaded = JSON.parse(allThreads.result.stdout);
if (report.files.length !== FILES || report.summary.filesWithErrors !== broken || JSON.stringify(report) !== JSON.stringify(threaded) || allWarm.result !== all.result.stdout) {
  console.error(`bench: expected ${FILES} files, ${broken} with errors, the same with and without workers; got ${report.files.length}, ${report.summary.filesWithErrors}`);
  process.exit(1);
}

const rows = [
  ['node -e 0 (process start)', 1, nodeStart, undefined],
  ['parse-only floor: read + YAML parse, new process', FILES, floor, floor],
  [`plan validate <folder>, new process (${availableParallelism()} cores, --concurrency auto)`, FILES, all, floor],
  ['plan validate <folder>, new process, --concurrency off', FILES, allThreads, floor],
  ['plan validate <one file>, new process', 1, one, undefined],
  ['parse-only floor, in-process (loaded, warm)', FILES, floorWarm, floorWarm],
  ['plan validate <folder>, in-process, one thread', FILES, allWarm, floorWarm],
];
const table = [
  ['measurement', 'files', 'wall ms', 'cpu ms', 'ms/file', 'files/s', '× floor'],
  ...rows.map(([name, files, { ms, cpu }, base]) => [
    name,
    String(files),
    ms.toFixed(0),
    cpu === undefined ? '' : cpu.toFixed(0),
    (ms / files).toFixed(2),
    ((files / ms) * 1000).toFixed(0),
    base ? (ms / base.ms).toFixed(2) : '',
  ]),
];
const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
const line = (row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
console.log(`${FILES} plans (${broken} with an error) from ${examples.length} example(s); median of ${RUNS} runs each; Node ${process.version}\n`);
console.log(line(table[0]));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table.slice(1)) console.log(line(row));
console.log(`\nsingle file: ${(one.ms - nodeStart.ms).toFixed(0)} ms above node -e 0 (aim: at most 100)`);
console.log(`validate-all: ${(all.ms / floor.ms).toFixed(2)} × the parse-only floor (aim: at most 1.5)`);

if (args.includes('--keep')) console.log(`\nplans kept in ${folder}`);
else rmSync(folder, { recursive: true, force: true });
