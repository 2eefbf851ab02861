Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
const require_rolldown_runtime = require("./rolldown-runtime.cjs");
const require_core = require("./core.cjs");
exports.EXIT = require_core.G;
exports.main = require_core.W;
