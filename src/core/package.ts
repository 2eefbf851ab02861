import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from './once.js';

/** The package's root folder (where templates/ and schemas/ are), from dist/core or src/core alike. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What plan reads of its own package.json. */
export interface Manifest {
  version: string;
  homepage?: string;
  repository?: string | { url?: string };
}

/** The package's package.json (its version, its repository), from dist/, dist/bin/ or src/ alike. */
export const manifest = once(() => createRequire(import.meta.url)('../../package.json') as Manifest);
