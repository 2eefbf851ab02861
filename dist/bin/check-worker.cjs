const require_rolldown_runtime = require("./rolldown-runtime.cjs");
const require_launch = require("./launch.cjs");
let node_path = require("node:path");
let node_url = require("node:url");
let node_worker_threads = require("node:worker_threads");
// dist/validate/check-worker.js
require_launch.t((0, node_path.dirname)((0, node_url.fileURLToPath)(require("url").pathToFileURL(__filename).href)), process.env, "validate");
Promise.resolve().then(() => require("./core.cjs")).then((n) => n.t).then(({ checkTask }) => {
	node_worker_threads.parentPort.on("message", (tasks) => node_worker_threads.parentPort.postMessage(tasks.map(checkTask)));
	node_worker_threads.parentPort.postMessage("ready");
});
