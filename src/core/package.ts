import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's root folder (where templates/ and schemas/ are), from dist/core or src/core alike. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
