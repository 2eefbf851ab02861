import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A checked file's path relative to the report's root, with forward slashes, as CI services want it
 * (GitHub annotations and code scanning are keyed by repository-relative paths); undefined when the
 * file lies outside the root.
 */
export function relativeToRoot(file: string, root: string = process.cwd()): string | undefined {
  const path = relative(resolve(root), resolve(root, file));
  if (path === '' || path.startsWith('..' + sep) || path === '..' || isAbsolute(path)) return undefined;
  return path.split(sep).join('/');
}

/** A relative path as a URI reference: each segment percent-encoded, the slashes kept. */
export function relativeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** A folder as a file: URI ending in "/", so that relative references resolve inside it. */
export function folderUri(folder: string): string {
  const uri = pathToFileURL(resolve(folder)).href;
  return uri.endsWith('/') ? uri : uri + '/';
}

export function fileUri(file: string, root: string = process.cwd()): string {
  return pathToFileURL(resolve(root, file)).href;
}
