import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { installCompileCache } from '../launch/compile-cache.js';
import type { CheckTask } from './tasks.js';

// A worker thread of `plan validate`: checks the batches of files it is sent, and sends back the outcomes.
// The checker is loaded only once the compile cache is in place, so that a worker too starts from compiled code.
installCompileCache(dirname(fileURLToPath(import.meta.url)), process.env, 'validate');
void import('./tasks.js').then(({ checkTask }) => {
  parentPort!.on('message', (tasks: CheckTask[]) => parentPort!.postMessage(tasks.map(checkTask)));
  parentPort!.postMessage('ready');
});
