import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from '../core/once.js';
import { checkTask, type CheckOutcome, type CheckTask } from './tasks.js';

/** How many worker threads to check files in beside the main one: 'auto' decides as it goes. */
export type Concurrency = number | 'auto' | 'off';

export function parseConcurrency(value: string | undefined): Concurrency | undefined {
  if (value === undefined || value === 'auto') return 'auto';
  if (value === 'off') return 'off';
  return /^\d+$/.test(value) ? Number(value) : undefined;
}

/** Files handed out at a time: small enough to share the work evenly, large enough to keep messages few. */
const BATCH = 32;

/**
 * A worker thread loads the checker (from the compile cache) and warms up its compiled code on its
 * own: about a third of a second of CPU on the two-core machines this was measured on (`npm run
 * bench`), where V8's compiler threads already keep the second core busy while one thread checks,
 * so that a worker made 300 plans slower (0.68 s against 0.58 s). So the pace is measured first,
 * and a worker started only when the work left is well above its cost.
 */
const WORKER_PAYS_MS = 2000;

// Beside this module, with its extension: check-worker.js in dist/validate/, check-worker.cjs in the bundle.
const WORKER = new URL(`./check-worker${extname(import.meta.url)}`, import.meta.url);

// Loaded when the first worker starts: loading node:worker_threads is 3 ms, and most runs start none.
const workerClass = once(() => (createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')).Worker);

/**
 * Workers beside the main thread, when 'auto' finds they pay: one per further core that is free.
 * The cores other programs keep busy (the last minute's load average) are not free: on a two-core
 * machine shared with other work, a worker only made 1,000 plans slower (5.5 s against 3.8 s).
 * Where the load average is not told (Windows says 0), every core counts as free.
 */
export function threadsFor(concurrency: Concurrency, cores: number = availableParallelism(), load: number = loadavg()[0] ?? 0): number {
  if (concurrency === 'off') return 0;
  if (concurrency === 'auto') return Math.max(0, Math.min(cores, Math.round(cores - load)) - 1);
  return concurrency;
}

/** Whether starting workers pays for the work left, estimated from the pace of the files checked so far. */
export function workersPay(workLeftMs: number): boolean {
  return workLeftMs > WORKER_PAYS_MS;
}

/**
 * Told how many workers were started; under 'auto', also when it started none for more files than
 * two batches (fewer are never shared out), and why: one core, no core free of other work, or the
 * work left (at the pace so far) less than a worker's start.
 */
export type WorkersTold = (threads: number, none?: { why: 'one-core' | 'no-free-core' } | { why: 'not-worth'; workLeftMs: number }) => void;

/**
 * Checks every task. The main thread starts at once; with --concurrency N, N workers start beside it;
 * with 'auto', workers start after the second batch (the first warms the code up) if the pace so
 * far says the work left is worth them. Workers take batches from the same queue as soon as they
 * have loaded, so a slow start never makes a run slower than one thread would be.
 */
export async function checkAll(tasks: readonly CheckTask[], concurrency: Concurrency, onWorkers?: WorkersTold): Promise<CheckOutcome[]> {
  // 'auto' weighs workers after the second batch: fewer files are never shared out, and nothing is said of it.
  if (!canStartWorkers() || (concurrency === 'auto' && tasks.length <= 2 * BATCH)) return tasks.map(checkTask);
  const cores = availableParallelism();
  const available = threadsFor(concurrency, cores);
  if (available === 0) {
    if (concurrency === 'auto') onWorkers?.(0, { why: cores === 1 ? 'one-core' : 'no-free-core' });
    return tasks.map(checkTask);
  }

  const outcomes: CheckOutcome[] = new Array(tasks.length);
  let next = 0;
  const take = (): [number, number] | undefined => {
    if (next >= tasks.length) return undefined;
    const start = next;
    next = Math.min(tasks.length, next + BATCH);
    return [start, next];
  };
  const workers: Promise<void>[] = [];
  const startWorkers = () => {
    onWorkers?.(available);
    for (let i = 0; i < available; i++) workers.push(runWorker(tasks, outcomes, take));
  };
  let decided = concurrency !== 'auto';
  if (decided) startWorkers();

  // The main thread's share: a batch at a time, yielding between batches so workers' results are taken in.
  for (let range = take(), batch = 1; range; range = take(), batch++) {
    const began = milliseconds();
    for (let i = range[0]; i < range[1]; i++) outcomes[i] = checkTask(tasks[i]!);
    if (!decided && batch === 2) {
      decided = true;
      const workLeftMs = ((milliseconds() - began) / (range[1] - range[0])) * (tasks.length - next);
      if (workersPay(workLeftMs)) startWorkers();
      else onWorkers?.(0, { why: 'not-worth', workLeftMs });
    }
    if (workers.length > 0) await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(workers);
  return outcomes;
}

/** The global `performance` loads node:perf_hooks on first use, 1 ms of a one-plan run; hrtime is there already. */
const milliseconds = () => Number(process.hrtime.bigint()) / 1e6;

function runWorker(tasks: readonly CheckTask[], outcomes: CheckOutcome[], take: () => [number, number] | undefined): Promise<void> {
  return new Promise((resolve) => {
    const worker = new (workerClass())(WORKER);
    let current: [number, number] | undefined;
    const send = () => {
      current = take();
      if (current) worker.postMessage(tasks.slice(current[0], current[1]));
      else void worker.terminate().then(() => resolve());
    };
    // The first message says the worker has loaded the checker; each later one carries a batch's outcomes.
    worker.on('message', (results: CheckOutcome[] | 'ready') => {
      if (results !== 'ready') results.forEach((outcome, offset) => (outcomes[current![0] + offset] = outcome));
      send();
    });
    worker.on('error', () => {
      // Whatever the worker had not finished is checked here instead.
      if (current) for (let i = current[0]; i < current[1]; i++) outcomes[i] ??= checkTask(tasks[i]!);
      for (let range = take(); range; range = take()) for (let i = range[0]; i < range[1]; i++) outcomes[i] = checkTask(tasks[i]!);
      resolve();
    });
  });
}

/** Workers run the built JavaScript; under a TypeScript test runner there is none beside this module. */
function canStartWorkers(): boolean {
  return WORKER.protocol === 'file:' && existsSync(fileURLToPath(WORKER));
}
