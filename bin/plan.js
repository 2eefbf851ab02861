#!/usr/bin/env node
'use strict';
// Thin launcher: everything plan does is in dist/, built from src/ by `npm run build` (run by npm install).
// dist/bin/ is the program as a bundle, which starts faster, compiled with V8's cache of it
// (src/launch/compile-cache.ts); dist/cli/main.js is the same program unbundled. This file is
// CommonJS (bin/package.json) because starting Node's ES module loader costs a one-plan run 20 ms.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'bin');

function notBuilt() {
  process.stderr.write('plan: the program is not built yet; run "npm install" (or "npm run build") in its folder first\n');
  process.exit(2);
}

async function load() {
  if (existsSync(join(bundle, 'plan.cjs'))) {
    require(join(bundle, 'compile-cache.cjs')).installCompileCache(bundle);
    return require(join(bundle, 'plan.cjs')).main;
  }
  try {
    return (await import('../dist/cli/main.js')).main;
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli/main.js')) throw error;
    return undefined;
  }
}

load().then(async (main) => {
  if (!main) notBuilt();
  process.exitCode = await main(process.argv.slice(2));
});
