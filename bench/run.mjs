#!/usr/bin/env node
// `npm run bench`: how fast `plan validate` and `plan render` are, each figure beside the floor it is measured against
// and the aim for it (issues 19 and 15). Runs the built program in dist/ (npm run build first; the npm
// script does). Options: --files N (default 1000), --runs N (default 5), --keep (leave the plans).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { writePlans } from './plans.mjs';

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
let AJV;
try {
  AJV = join(dirname(createRequire(import.meta.url).resolve('ajv-cli/package.json')), 'dist', 'index.js');
} catch {
  AJV = undefined;
}

/** The action plan example with its rows repeated to `rows` rows. */
function writeBigActionPlan(path, rows) {
  const document = parseDocument(readFileSync(join(ROOT, 'examples', 'handlingsplan.yaml'), 'utf8'));
  const actions = document.get('actions');
  const seed = [...actions.items];
  while (actions.items.length < rows) actions.items.push(...seed.map((item) => item.clone()));
  actions.items.length = rows;
  // The yaml library reads 070515 as a number; plan reads it as the text it is (a date), and so must the copy.
  document.set('date', String(readFileSync(join(ROOT, 'examples', 'handlingsplan.yaml'), 'utf8').match(/^date: (\S+)$/m)?.[1] ?? ''));
  writeFileSync(path, document.toString());
}

const folder = mkdtempSync(join(tmpdir(), 'plan-bench-'));
const plans = join(folder, 'plans');
const { examples, broken, first: single } = writePlans(plans, FILES);
const cacheFile = join(folder, 'bench.plancache');
// V8's compiled code of plan (src/launch/compile-cache.ts) is kept in the bench's folder, so that a
// first run can be measured as one and the user's own cache is left alone.
const compileCache = join(folder, 'compile-cache');
const ENV = { ...process.env, NODE_COMPILE_CACHE: compileCache };
delete ENV.NODE_DISABLE_COMPILE_CACHE;

// CPU time and peak memory beside wall time, where /usr/bin/time can tell them: on a busy machine CPU time varies less.
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/**
 * Runs each of `runs` in turn, RUNS rounds over: the figures a ratio compares are measured side by
 * side, so that a slow minute of a shared machine slows both, rather than whichever ran in it.
 */
function measureTogether(...runs) {
  const figures = runs.map(() => ({ walls: [], cpus: [], peaks: [], result: undefined }));
  for (let round = 0; round < RUNS; round++) {
    runs.forEach(({ command, args: commandArgs, before, env = ENV }, index) => {
      const figure = figures[index];
      before?.();
      const start = process.hrtime.bigint();
      figure.result = TIME
        ? spawnSync(TIME, ['-f', '\ncpu %U %S %M', command, ...commandArgs], { encoding: 'utf8', maxBuffer: 1 << 30, env })
        : spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 1 << 30, env });
      figure.walls.push(Number(process.hrtime.bigint() - start) / 1e6);
      const measured = /\ncpu ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(figure.result.stderr ?? '');
      if (measured) {
        figure.cpus.push((Number(measured[1]) + Number(measured[2])) * 1000);
        figure.peaks.push(Number(measured[3]) / 1024);
      }
    });
  }
  return figures.map(({ walls, cpus, peaks, result }) => ({ ms: median(walls), cpu: cpus.length ? median(cpus) : undefined, peak: peaks.length ? median(peaks) : undefined, result }));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const plan = (...more) => ({ command: process.execPath, args: [BIN, 'validate', ...more, '--format', 'json'] });
// The cache filled once; each measured run then finds every plan unchanged.
spawnSync(process.execPath, plan(plans, '--cache', '--cache-location', cacheFile, '--concurrency', 'off').args, { encoding: 'utf8', maxBuffer: 1 << 30, env: ENV });
// Each group's figures are measured round by round together: node's start-up beside the runs
// measured against it, the floor beside the 1,000-plan runs and ajv-cli, Markdown beside .docx.
const [nodeStart, first, one, cached] = measureTogether(
  { command: process.execPath, args: ['-e', '0'] },
  { ...plan(single), before: () => rmSync(compileCache, { recursive: true, force: true }) },
  plan(single),
  plan(plans, '--cache', '--cache-location', cacheFile),
);
const ajvRun = AJV ? [{ command: process.execPath, args: [AJV, 'validate', '--spec=draft2020', '--strict=false', '-s', join(ROOT, 'schemas', 'plan.schema.json'), '-d', join(plans, '**', '*.yaml')] }] : [];
// --verbose: plan says on standard error how many workers 'auto' started, or why it started none.
const [floor, workers, thread, ajv] = measureTogether({ command: process.execPath, args: [join(ROOT, 'bench', 'parse-only.mjs'), plans] }, { ...plan(plans, '--verbose'), env: { ...ENV, LC_ALL: 'C' } }, plan(plans, '--concurrency', 'off'), ...ajvRun);

// Rendering (issue 15): the ESF report and an action plan of 1,000 rows, as Markdown and as .docx.
const bigPlan = join(folder, 'handlingsplan-1000.yaml');
writeBigActionPlan(bigPlan, 1000);
const render = (source, to) => ({ command: process.execPath, args: [BIN, 'render', source, '--to', to, '-o', join(folder, `out-${to}-${source === bigPlan ? 'big' : 'esf'}.${to}`)] });
const esf = join(ROOT, 'examples', 'esf-slutrapport.yaml');
const [esfMd, esfDocx, bigMd, bigDocx] = measureTogether(render(esf, 'md'), render(esf, 'docx'), render(bigPlan, 'md'), render(bigPlan, 'docx'));
for (const run of [esfMd, esfDocx, bigMd, bigDocx]) {
  if (run.result.status !== 0) {
    console.error(`bench: a render failed: ${run.result.stderr}`);
    process.exit(1);
  }
}

const report = JSON.parse(thread.result.stdout);
const same = [workers, cached].every((run) => run.result.stdout === thread.result.stdout);
// Not every broken sum is one a kind checks (some examples' amounts are not in a table), but some must be.
if (report.files.length !== FILES || report.summary.filesWithErrors === 0 || report.summary.filesWithErrors > broken || !same) {
  console.error(`bench: expected ${FILES} files, 1 to ${broken} with errors, the same with and without workers and the cache; got ${report.files.length}, ${report.summary.filesWithErrors}, ${same ? 'the same' : 'different reports'}`);
  process.exit(1);
}

const times = (run, base) => `${(run.ms / base.ms).toFixed(2)} ×`;
const rows = [
  ['node -e 0 (process start)', nodeStart, '', '', ''],
  [`floor: read + YAML parse with positions, ${FILES} plans`, floor, '', '', ''],
  ['plan validate <one plan>, first run (no compile cache)', first, 'node -e 0', `+${(first.ms - nodeStart.ms).toFixed(0)} ms`, ''],
  ['plan validate <one plan>, cold process', one, 'node -e 0', `+${(one.ms - nodeStart.ms).toFixed(0)} ms`, '+50 ms'],
  [`plan validate <${FILES} plans>, one thread`, thread, 'floor', times(thread, floor), '1.2 ×'],
  [`plan validate <${FILES} plans>, --concurrency auto (${availableParallelism()} cores)`, workers, 'one thread', times(workers, thread), '1.0 ×'],
  ...(ajv ? [[`ajv-cli, the schema alone, ${FILES} plans`, ajv, 'plan, one thread', times(thread, ajv), '1.0 ×']] : []),
  [`plan validate --cache <${FILES} unchanged plans>`, cached, 'node -e 0', times(cached, nodeStart), '4 ×'],
  ['plan render <ESF report> --to md', esfMd, 'node -e 0', `+${(esfMd.ms - nodeStart.ms).toFixed(0)} ms`, ''],
  ['plan render <ESF report> --to docx', esfDocx, 'node -e 0', `+${(esfDocx.ms - nodeStart.ms).toFixed(0)} ms`, '+500 ms'],
  ['plan render <action plan, 1,000 rows> --to md', bigMd, '', '', ''],
  ['plan render <action plan, 1,000 rows> --to docx', bigDocx, 'its --to md', times(bigDocx, bigMd), '2.5 ×'],
];
const peakOf = (run) => (run.peak === undefined ? '' : run.peak.toFixed(0));
const table = [
  ['measurement', 'wall ms', 'cpu ms', 'peak MB', 'beside', 'ratio', 'aim'],
  ...rows.map(([name, run, beside, ratio, aim]) => [name, run.ms.toFixed(0), run.cpu === undefined ? '' : run.cpu.toFixed(0), peakOf(run), beside, ratio, aim]),
];
if (thread.peak !== undefined && floor.peak !== undefined) table.push([`peak memory, ${FILES} plans, one thread`, '', '', peakOf(thread), 'floor', `${(thread.peak / floor.peak).toFixed(2)} ×`, '2 ×']);
const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
const line = (row) => row.map((cell, column) => (column === 0 || column === 4 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
console.log(`${FILES} plans (${broken} with a sum broken, ${report.summary.filesWithErrors} reported) from ${examples} example(s); median of ${RUNS} runs each, in rounds that run what a ratio compares side by side; Node ${process.version}; load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}\n`);
console.log(line(table[0]));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table.slice(1)) console.log(line(row));
const threads = /^plan: checking \d+ files(?:; | on )(.*)$/m.exec(workers.result.stderr ?? '')?.[1];
if (threads) console.log(`\n--concurrency auto, in its last run: ${threads}`);
if (!ajv) console.log('\n(ajv-cli is not installed: npm install in plan\'s folder)');

if (args.includes('--keep')) console.log(`\nplans kept in ${plans}`);
else rmSync(folder, { recursive: true, force: true });
