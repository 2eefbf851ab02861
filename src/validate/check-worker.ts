import { parentPort } from 'node:worker_threads';
import { checkTask, type CheckTask } from './tasks.js';

// A worker thread of `plan validate`: checks the batches of files it is sent, and sends back the outcomes.
parentPort!.on('message', (tasks: CheckTask[]) => parentPort!.postMessage(tasks.map(checkTask)));
parentPort!.postMessage('ready');
