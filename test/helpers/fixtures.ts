import { readFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');

export function example(kind: string): string {
  return readFileSync(join(ROOT, 'examples', `${kind}.yaml`), 'utf8');
}

export function examplePath(kind: string): string {
  return join(ROOT, 'examples', `${kind}.yaml`);
}

/** A fresh folder for one test's files. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'plan-test-'));
}

/** The example with one edit applied; fails loudly if the edit no longer matches, so a test cannot pass vacuously. */
export function edited(text: string, from: string | RegExp, to: string): string {
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`the edit ${String(from)} did not match`);
  return changed;
}

export function writeTemp(name: string, content: string | Uint8Array, dir = tempDir()): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" is not in the text`);
  return index + 1;
}

/** A fresh folder holding these files (paths may name subfolders), for tests of folder walks and configuration. */
export function project(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}
