import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Makes a folder and those above it that are missing, one at a time, top down. Not mkdir's
 * `recursive`: under /proc, where no folder can be made, Node 20's recursive mkdir never returns.
 * Throws what the first mkdir that fails throws (ENOTDIR where a file is in the way).
 */
export function makeFolders(folder: string): void {
  const missing: string[] = [];
  for (let at = folder; !exists(at); at = dirname(at)) {
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const path of missing.reverse()) mkdirSync(path);
}

function exists(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch {
    // ENOTDIR, EACCES: something is there, or cannot be looked into; making the folder below says which.
    return true;
  }
}
