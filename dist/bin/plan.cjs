Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
require("./rolldown-runtime.cjs");
const require_core = require("./core.cjs");
exports.EXIT = require_core.EXIT;
exports.main = require_core.main;
