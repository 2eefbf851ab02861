// The package's own kind files, read once at build time into dist/kinds-cache.json, each under the
// hash of its bytes: a run then takes a built-in kind's data from there instead of parsing its YAML
// again, and a kind file edited since the build (its hash differs) is simply read as YAML. Each
// kind's data is kept as JSON text of its own, parsed when that kind is loaded: that gives every load
// a fresh copy for the price of parsing one kind, where parsing all and copying one cost more.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { readPlanBytes } = await import(join(root, 'dist', 'core', 'load.js'));
const cache = {};
for (const id of readdirSync(join(root, 'kinds')).sort()) {
  const path = join(root, 'kinds', id, 'kind.yaml');
  if (!existsSync(path)) continue;
  const bytes = readFileSync(path);
  const loaded = readPlanBytes(bytes, path, (message) => message);
  if (!loaded.source || loaded.diagnostics.some((d) => d.severity === 'error')) throw new Error(`kinds-cache: ${path} cannot be read`);
  cache[id] = { sha1: createHash('sha1').update(bytes).digest('hex'), json: JSON.stringify(loaded.source.data) };
}
writeFileSync(join(root, 'dist', 'kinds-cache.json'), JSON.stringify(cache));
