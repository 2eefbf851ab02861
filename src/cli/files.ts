import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface FoundFile {
  path: string;
  /** Named by the user, rather than found below a folder they named. */
  explicit: boolean;
}

export interface Expansion {
  files: FoundFile[];
  /** Paths the user named that do not exist. */
  missing: string[];
}

const PLAN_FILE = /\.ya?ml$/i;
const SKIPPED_FOLDERS = new Set(['node_modules']);

/** Files as named, and every *.yaml/*.yml below a named folder (not in node_modules or hidden folders). */
export async function expandPaths(paths: readonly string[]): Promise<Expansion> {
  const files: FoundFile[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (path: string, explicit: boolean) => {
    if (seen.has(path)) return;
    seen.add(path);
    files.push({ path, explicit });
  };
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      missing.push(path);
      continue;
    }
    if (info.isDirectory()) for (const found of await walk(path)) add(found, false);
    else add(path, true);
  }
  return { files, missing };
}

async function walk(folder: string): Promise<string[]> {
  const found: string[] = [];
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return found;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
      found.push(...(await walk(path)));
    } else if ((entry.isFile() || entry.isSymbolicLink()) && PLAN_FILE.test(entry.name)) {
      found.push(path);
    }
  }
  return found;
}
