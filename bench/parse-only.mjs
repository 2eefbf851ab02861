// The floor for `npm run bench`: read every *.yaml below a folder and parse it as YAML with the
// positions of its nodes (as plan needs them for line:column), nothing more.
// Run as a script it is the floor of a new process; imported, parseOnly is the floor in-process.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument } from 'yaml';

export function parseOnly(folder) {
  let documents = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) documents += parseOnly(path);
    else if (/\.ya?ml$/.test(entry.name)) {
      parseDocument(readFileSync(path, 'utf8'), { lineCounter: new LineCounter() }).toJS();
      documents++;
    }
  }
  return documents;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.stdout.write(`${parseOnly(process.argv[2])}\n`);
