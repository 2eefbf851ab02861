import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { readRegularFile } from '../core/read-file.js';
import { KIND_FILE } from '../kinds/data/load.js';
import ignore, { type Ignore } from 'ignore';

export interface FoundFile {
  /** The path as the user named it, or as found below a folder or by a glob they named. */
  path: string;
  /** The same, absolute. */
  absolute: string;
  /** Named by the user, rather than found below a folder or by a glob. */
  explicit: boolean;
}

export interface Expansion {
  files: FoundFile[];
  /** Paths the user named that do not exist. */
  missing: string[];
  /** Globs the user named that match no plan file. */
  unmatched: string[];
  /** Files left out because a configuration's `ignore` names them. */
  ignored: string[];
  /** Folders that could not be listed (no permission, a link that loops), with the system's reason. */
  unreadable: { path: string; reason: string }[];
  /** .gitignore files too large to apply (MAX_IGNORE_BYTES). */
  largeIgnoreFiles: { path: string; size: number; limit: number }[];
}

/**
 * A .gitignore of a few thousand lines is large; its patterns are compiled to expressions, and one
 * of hundreds of thousands of lines (9 MB) took plan past its memory. Beyond this one is not applied.
 */
export const MAX_IGNORE_BYTES = 1024 * 1024;

export interface ExpandOptions {
  /** The folder relative paths and globs are read from. */
  cwd?: string;
  /** A configuration's `ignore`: whether a file (or a folder, when `folder`) is to be left out. */
  isIgnored?: (absolute: string, folder: boolean) => Promise<boolean>;
}

const PLAN_FILE = /\.ya?ml$/i;
const SKIPPED_FOLDERS = new Set(['node_modules']);
const GLOB_CHARACTERS = /[*?[\]{}()!+@]/;

// The file system is asked synchronously: the walk asks one question at a time either way, and each
// answer through the thread pool cost a wait that, for a single plan, was a tenth of the whole run.
const realpathOr = (path: string) => {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
};
/** A path's stat, or the reason there is none: ENOENT or ENOTDIR that it is not there, anything else (ELOOP, EACCES) that it is, out of reach. */
const reach = (path: string): Stats | string => {
  try {
    return statSync(path);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? String(error);
  }
};
const statOf = (path: string) => {
  const found = reach(path);
  return typeof found === 'string' ? undefined : found;
};
/** Not there at all: neither a file, nor a link to nowhere (which lstat finds), nor out of reach. */
const isMissing = (path: string, reason: string) => {
  if (reason !== 'ENOENT' && reason !== 'ENOTDIR') return false;
  try {
    lstatSync(path);
    return false;
  } catch {
    return true;
  }
};

/**
 * Files as named; every *.yaml/*.yml below a named folder, or matched by a glob, except in
 * node_modules, hidden files and folders, and what .gitignore files on the way leave out.
 */
export async function expandPaths(paths: readonly string[], options: ExpandOptions = {}): Promise<Expansion> {
  const cwd = options.cwd ?? process.cwd();
  const isIgnored = options.isIgnored ?? (async () => false);
  const files: FoundFile[] = [];
  const missing: string[] = [];
  const unmatched: string[] = [];
  const ignored: string[] = [];
  const unreadable: Expansion['unreadable'] = [];
  // By the file's real path: a file reached again through a symlink, or named twice, is checked once.
  const seen = new Set<string>();
  const visited = new Set<string>();
  const gitignores = new GitIgnores();
  const add = async (path: string, absolute: string, explicit: boolean, known?: string) => {
    const real = known ?? realpathOr(absolute);
    if (seen.has(real)) return;
    seen.add(real);
    files.push({ path, absolute, explicit });
  };

  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const found = reach(absolute);
    const info = typeof found === 'string' ? undefined : found;
    if (info?.isDirectory()) {
      const found: WalkedFile[] = [];
      await walk(absolute, path, gitignores.above(absolute), found, isIgnored, gitignores, visited, unreadable);
      for (const file of found) await add(file.path, file.absolute, false, file.real);
    } else if (info) {
      if (await isIgnored(absolute, false)) ignored.push(path);
      else await add(path, absolute, true);
    } else if (typeof found === 'string' && !isMissing(absolute, found)) {
      // There, but a link that loops or leads nowhere, or in a folder that may not be read: read as
      // a plan, it is reported with the reason (ELOOP, EACCES), not as missing.
      await add(path, absolute, true);
    } else if (GLOB_CHARACTERS.test(path) && (await import('tinyglobby')).isDynamicPattern(path)) {
      const matches = await globPlans(path, cwd, isIgnored, gitignores);
      if (matches.length === 0) unmatched.push(path);
      for (const file of matches) await add(file.path, file.absolute, false);
    } else {
      missing.push(path);
    }
  }
  return { files, missing, unmatched, ignored, unreadable, largeIgnoreFiles: gitignores.tooLarge };
}

/**
 * The plan files below a folder. A symlinked folder is followed, but a folder already walked (a
 * link to a parent, or two links to one folder) is not walked again, so no walk loops or repeats.
 */
async function walk(folder: string, shown: string, rules: IgnoreRules, found: WalkedFile[], isIgnored: NonNullable<ExpandOptions['isIgnored']>, gitignores: GitIgnores, visited: Set<string>, unreadable: Expansion['unreadable']): Promise<void> {
  const real = realpathOr(folder);
  if (visited.has(real)) return;
  visited.add(real);
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    unreadable.push({ path: shown, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
    return;
  }
  const here = gitignores.extend(rules, folder);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const absolute = join(folder, entry.name);
    const path = join(shown, entry.name);
    let isFolder = entry.isDirectory();
    if (entry.isSymbolicLink()) isFolder = statOf(absolute)?.isDirectory() ?? false;
    if (isFolder) {
      if (SKIPPED_FOLDERS.has(entry.name) || here.ignores(absolute, true) || (await isIgnored(absolute, true))) continue;
      await walk(absolute, path, here, found, isIgnored, gitignores, visited, unreadable);
    } else if (entry.name === KIND_FILE) {
      // A kind file beside its template is the form, not a plan of it; `plan kind check` checks it.
      continue;
    } else if (PLAN_FILE.test(entry.name) && !here.ignores(absolute, false) && !(await isIgnored(absolute, false))) {
      // Its real path is its real folder's and its name, unless it is itself a link: no call per file to find it.
      found.push({ path, absolute, explicit: false, ...(entry.isSymbolicLink() ? {} : { real: join(real, entry.name) }) });
    }
  }
}

/** A file found below a folder, with its real path when the walk knows it. */
interface WalkedFile extends FoundFile {
  real?: string;
}

async function globPlans(pattern: string, cwd: string, isIgnored: NonNullable<ExpandOptions['isIgnored']>, gitignores: GitIgnores): Promise<FoundFile[]> {
  const absolute = isAbsolute(pattern);
  // Loaded only for a glob: most runs name files and folders.
  const { glob } = await import('tinyglobby');
  const matches = await glob([pattern], { cwd, absolute, dot: false, onlyFiles: true, expandDirectories: false, ignore: ['**/node_modules/**'] });
  const found: FoundFile[] = [];
  for (const match of matches.sort()) {
    const path = absolute ? match : match.split('/').join(sep);
    const full = resolve(cwd, path);
    if (!PLAN_FILE.test(full) || basename(full) === KIND_FILE || gitignores.excludes(full, cwd) || (await isIgnored(full, false))) continue;
    found.push({ path, absolute: full, explicit: false });
  }
  return found;
}

/** The .gitignore files that apply in one folder, outermost first; a later one's patterns win. */
class IgnoreRules {
  constructor(readonly levels: readonly { base: string; matcher: Ignore }[] = []) {}

  ignores(absolute: string, folder: boolean): boolean {
    let ignored = false;
    for (const { base, matcher } of this.levels) {
      const rel = relative(base, absolute);
      if (rel === '' || rel === '..' || rel.startsWith('..' + sep)) continue;
      const posix = rel.split(sep).join('/');
      const result = matcher.test(folder ? posix + '/' : posix);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }
}

/** .gitignore files, each read once: from the repository's root (the folder with .git) down. */
class GitIgnores {
  private readonly files = new Map<string, Ignore | undefined>();
  /** .gitignore files left out for their size. */
  readonly tooLarge: Expansion['largeIgnoreFiles'] = [];
  private readonly roots = new Map<string, string | undefined>();

  /** The rules that apply inside a folder from .gitignore files in its parents up to the repository's root. */
  above(folder: string): IgnoreRules {
    const root = this.root(folder);
    if (root === undefined || root === folder) return new IgnoreRules();
    const chain: string[] = [];
    for (let dir = dirname(folder); ; dir = dirname(dir)) {
      chain.unshift(dir);
      if (dir === root || dirname(dir) === dir) break;
    }
    let rules = new IgnoreRules();
    for (const dir of chain) rules = this.extend(rules, dir);
    return rules;
  }

  extend(rules: IgnoreRules, folder: string): IgnoreRules {
    const matcher = this.read(folder);
    return matcher ? new IgnoreRules([...rules.levels, { base: folder, matcher }]) : rules;
  }

  /** Whether a file found by a glob is left out by .gitignore: the file, or a folder it is in. */
  excludes(file: string, cwd: string): boolean {
    const top = this.root(dirname(file)) ?? cwd;
    const folders: string[] = [];
    for (let dir = dirname(file); ; dir = dirname(dir)) {
      folders.unshift(dir);
      if (dir === top || dirname(dir) === dir) break;
    }
    let rules = new IgnoreRules();
    for (const dir of folders) {
      if (rules.ignores(dir, true)) return true;
      rules = this.extend(rules, dir);
    }
    return rules.ignores(file, false);
  }

  private read(folder: string): Ignore | undefined {
    if (this.files.has(folder)) return this.files.get(folder);
    // A .gitignore that is not a regular file (a link to /dev/zero, a FIFO) is no rules at all; one
    // too large for its patterns to be compiled in bounded memory is said so (tooLarge) and left out.
    const path = join(folder, '.gitignore');
    const read = readRegularFile(path, MAX_IGNORE_BYTES);
    if (!read.ok && read.problem === 'tooLarge') this.tooLarge.push({ path, size: read.size, limit: read.limit });
    const matcher = read.ok ? ignore().add(read.bytes.toString('utf8')) : undefined;
    this.files.set(folder, matcher);
    return matcher;
  }

  private root(folder: string): string | undefined {
    if (this.roots.has(folder)) return this.roots.get(folder);
    const root = statOf(join(folder, '.git')) ? folder : dirname(folder) === folder ? undefined : this.root(dirname(folder));
    this.roots.set(folder, root);
    return root;
  }
}
