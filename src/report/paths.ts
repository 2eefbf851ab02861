import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A checked file's path relative to the report's root, with forward slashes, as CI services want it
 * (GitHub annotations and code scanning are keyed by repository-relative paths); undefined when the
 * file lies outside the root.
 */
export function relativeToRoot(file: string, root: string = process.cwd(), cwd: string = process.cwd()): string | undefined {
  // A reported path is as the user named it, relative to where plan ran: a subfolder of the root, in a workflow's working-directory.
  const path = relative(resolve(root), resolve(cwd, file));
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

export function fileUri(file: string, cwd: string = process.cwd()): string {
  return pathToFileURL(resolve(cwd, file)).href;
}
