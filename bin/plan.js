#!/usr/bin/env node
// Thin launcher: everything plan does is in dist/, built from src/ by `npm run build` (run by npm install).
// dist/bin/ is the program as a bundle, which starts faster, compiled with V8's cache of it
// (src/launch/compile-cache.ts); dist/cli/main.js is the same program unbundled.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bundle = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'bin');
let main;
if (existsSync(join(bundle, 'plan.cjs'))) {
  const require = createRequire(import.meta.url);
  require(join(bundle, 'compile-cache.cjs')).installCompileCache(bundle);
  ({ main } = require(join(bundle, 'plan.cjs')));
} else {
  try {
    ({ main } = await import('../dist/cli/main.js'));
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli/main.js')) throw error;
  }
}
if (!main) {
  process.stderr.write('plan: the program is not built yet; run "npm install" (or "npm run build") in its folder first\n');
  process.exit(2);
}
process.exitCode = await main(process.argv.slice(2));
