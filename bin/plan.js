#!/usr/bin/env node
// Thin launcher: everything plan does is in dist/, built from src/ by `npm run build` (run by npm install).
// dist/bin/plan.js is the program as one bundle, which starts faster; dist/cli/main.js the same unbundled.
let main;
for (const entry of ['../dist/bin/plan.js', '../dist/cli/main.js']) {
  try {
    ({ main } = await import(entry));
    break;
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes(entry.slice(3))) throw error;
  }
}
if (!main) {
  process.stderr.write('plan: the program is not built yet; run "npm install" (or "npm run build") in its folder first\n');
  process.exit(2);
}
process.exitCode = await main(process.argv.slice(2));
