Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
const require_rolldown_runtime = require("./rolldown-runtime.cjs");
const require_launch = require("./launch.cjs");
exports.installCompileCache = require_launch.t;
