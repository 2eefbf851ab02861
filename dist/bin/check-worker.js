import { n as checkTask } from "./core.js";
import { parentPort } from "node:worker_threads";
// dist/validate/check-worker.js
parentPort.on("message", (tasks) => parentPort.postMessage(tasks.map(checkTask)));
parentPort.postMessage("ready");
export {};
