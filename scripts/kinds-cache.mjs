// The package's own kind files, read once at build time into dist/kinds-cache/: for each kind its
// data as JSON (<id>.json) and the kind file as the build read it (<id>.yaml). A run takes a
// built-in kind's data from there instead of parsing its YAML again when the kind file is byte for
// byte that copy, so a kind file edited since the build is simply read as YAML. Each kind's files
// are read only when that kind is loaded, and the JSON is parsed then: a fresh copy for each load.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { readPlanBytes } = await import(join(root, 'dist', 'core', 'load.js'));
const folder = join(root, 'dist', 'kinds-cache');
rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
for (const id of readdirSync(join(root, 'kinds')).sort()) {
  const path = join(root, 'kinds', id, 'kind.yaml');
  if (!existsSync(path)) continue;
  const bytes = readFileSync(path);
  const loaded = readPlanBytes(bytes, path, (message) => message);
  if (!loaded.source || loaded.diagnostics.some((d) => d.severity === 'error')) throw new Error(`kinds-cache: ${path} cannot be read`);
  writeFileSync(join(folder, `${id}.yaml`), bytes);
  writeFileSync(join(folder, `${id}.json`), JSON.stringify(loaded.source.data));
}
