import { isAbsolute, relative } from 'node:path';
import { formatBytes } from '../core/load.js';
import type { Translate } from '../i18n/index.js';
import { escapeControls } from '../report/terminal.js';
import type { Expansion } from '../validate/files.js';

/** A path relative to the current folder when it is inside it, as the user would write it. */
export function shownPath(cwd: string, absolute: string): string {
  const path = relative(cwd, absolute);
  return path === '' || path.startsWith('..') || isAbsolute(path) ? absolute : path;
}

/**
 * What `plan validate` and `plan render` say of the paths a user named that gave no plans: a path
 * not there, a glob that matched nothing, a folder that cannot be read (each a failure, exit 2),
 * and a .gitignore too large to apply (a note). True when there was a failure.
 */
export function sayPathProblems(found: Pick<Expansion, 'missing' | 'unmatched' | 'unreadable' | 'largeIgnoreFiles'>, t: Translate, say: (line: string) => void, cwd: string): boolean {
  for (const path of found.missing) say(t('cli.notFound', { path: escapeControls(path) }));
  for (const pattern of found.unmatched) say(t('validate.noMatch', { pattern: escapeControls(pattern) }));
  for (const { path, reason } of found.unreadable) say(t('validate.unreadableFolder', { path: escapeControls(path), reason }));
  for (const { path, size, limit } of found.largeIgnoreFiles) say(t('validate.largeIgnoreFile', { path: escapeControls(shownPath(cwd, path)), size: formatBytes(size), limit: formatBytes(limit) }));
  return found.missing.length + found.unmatched.length + found.unreadable.length > 0;
}
