Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
require("./rolldown-runtime.cjs");
const require_launch = require("./launch.cjs");
exports.installCompileCache = require_launch.installCompileCache;
