// npm runs `prepare` after `npm install` in plan's own folder, before `npm pack`, and when plan is
// installed from git. Where TypeScript is installed (a clone with its devDependencies) this builds;
// where it is not (a global git install, where npm installs no dependencies at all for `prepare`,
// npm/cli#8440) the build committed in the repository is used as it is: dist/bin/ (the program as
// one bundle), dist/kinds-cache/ and schemas/. CI checks that the committed build is the one the
// sources give. Nothing is printed on standard output: pre-commit 3.x reads the tarball's name from
// what `npm pack` prints there.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const COMMITTED = ['dist/bin/plan.cjs', 'dist/bin/check-worker.cjs', 'dist/bin/compile-cache.cjs', 'dist/bin/launch.cjs', 'dist/kinds-cache', 'schemas/kind.schema.json'];

function typescript() {
  try {
    return createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
  } catch {
    return undefined;
  }
}

if (typescript() && existsSync(join(root, 'src'))) {
  // The build's own output goes to standard error, for the reason above.
  const npm = process.env.npm_execpath;
  const [command, args] = npm ? [process.execPath, [npm, 'run', 'build', '--silent']] : ['npm', ['run', 'build', '--silent']];
  const built = spawnSync(command, args, { cwd: root, stdio: ['ignore', 2, 2] });
  process.exit(built.status ?? 1);
}
const missing = COMMITTED.filter((file) => !existsSync(join(root, file)));
if (missing.length > 0) {
  process.stderr.write(`plan: cannot build without TypeScript, and the committed build is missing (${missing.join(', ')}); install plan from a release tag, or run "npm install" in its folder\n`);
  process.exit(1);
}
process.stderr.write('plan: TypeScript is not installed, so the build committed in dist/bin/ and schemas/ is used\n');
