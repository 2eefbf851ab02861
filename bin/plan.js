#!/usr/bin/env node
// Thin launcher: everything plan does is in dist/, built from src/ by `npm run build` (run by npm install).
let main;
try {
  ({ main } = await import('../dist/cli/main.js'));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write('plan: the program is not built yet; run "npm install" (or "npm run build") in its folder first\n');
  process.exit(2);
}
process.exitCode = await main(process.argv.slice(2));
