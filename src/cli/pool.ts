import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkTask, type CheckOutcome, type CheckTask } from './check-files.js';

/** How many worker threads to check files in: 'auto' decides from the number of files and cores. */
export type Concurrency = number | 'auto' | 'off';

/**
 * Off unless asked for: measured with `npm run bench` on the two cores this was built on (1,000
 * plans, other work running), a worker thread made validation slower, not faster (2.9 s against
 * 2.5 s): each thread loads the checker and warms up its compiled code on its own, which costs more
 * than a second core saves while that core is busy anyway. On more, idle cores it may pay.
 */
export function parseConcurrency(value: string | undefined): Concurrency | undefined {
  if (value === undefined || value === 'off') return 'off';
  if (value === 'auto') return 'auto';
  return /^\d+$/.test(value) ? Number(value) : undefined;
}

/** Below this many files a worker's start (loading the checker again) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 200;
/** Files handed out at a time: small enough to share the work evenly, large enough to keep messages few. */
const BATCH = 32;

const WORKER = new URL('./check-worker.js', import.meta.url);

export function threadsFor(files: number, concurrency: Concurrency): number {
  if (concurrency === 'off') return 0;
  if (concurrency !== 'auto') return concurrency;
  if (files < MIN_FILES_FOR_WORKERS) return 0;
  // The main thread checks files too, so one thread fewer than the cores keeps every core busy.
  return Math.min(availableParallelism() - 1, Math.floor(files / MIN_FILES_FOR_WORKERS));
}

/**
 * Checks every task, in worker threads when there are many: the main thread starts on the first
 * batches at once, and the workers take batches from the same queue as soon as they have loaded,
 * so a slow worker start never makes a run slower than checking in one thread.
 */
export async function checkAll(tasks: readonly CheckTask[], concurrency: Concurrency, onWorkers?: (threads: number) => void): Promise<CheckOutcome[]> {
  const threads = canStartWorkers() ? threadsFor(tasks.length, concurrency) : 0;
  if (threads === 0) return tasks.map(checkTask);
  onWorkers?.(threads);

  const outcomes: CheckOutcome[] = new Array(tasks.length);
  let next = 0;
  const take = (): [number, number] | undefined => {
    if (next >= tasks.length) return undefined;
    const start = next;
    next = Math.min(tasks.length, next + BATCH);
    return [start, next];
  };

  const workers = Array.from({ length: threads }, () => runWorker(tasks, outcomes, take));
  // The main thread's share: a batch at a time, yielding between batches so workers' results are taken in.
  for (let range = take(); range; range = take()) {
    for (let i = range[0]; i < range[1]; i++) outcomes[i] = checkTask(tasks[i]!);
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(workers);
  return outcomes;
}

function runWorker(tasks: readonly CheckTask[], outcomes: CheckOutcome[], take: () => [number, number] | undefined): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER);
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
