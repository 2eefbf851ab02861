import { nodeCrypto, sum64 } from '../core/hash.js';
import { lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { isLang } from '../i18n/index.js';
import { manifest } from '../core/package.js';
import { makeFolders } from '../core/make-folders.js';
import { readRegularFile } from '../core/read-file.js';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { kindNamedIn } from '../check/check.js';
import { KIND_FILE } from '../kinds/data/load.js';
import { registryFor } from '../kinds/registry.js';
import type { CheckOutcome, CheckTask } from './tasks.js';

/**
 * What `plan validate --cache` tells the user about its cache file; never a reason to fail the run.
 * - unreadable: it exists but cannot be read (`reason`: the system's code); it is left as it is.
 * - damaged: it is a plan cache whose checksum or contents are wrong; it is replaced.
 * - foreign: it is some other file (a configuration, a plan, a report); it is left as it is.
 * - special: it is not a regular file (a folder, a device, a pipe); it is neither read nor written.
 * - tooLarge: it is larger than any plan cache (`reason`: its size in MB); it is left as it is.
 * - unwritable: it could not be written (`reason`: the system's code, or its size limit).
 * - readOnly: it is read-only: it is used, and left as it is.
 * - input: it is one of the plans being checked; it is neither read nor written.
 * - kindUnwatched: `path` is a kind's folder with more files than are watched (`reason`: how many
 *   are); its plans are checked on every run.
 */
export interface CacheNote {
  code: 'unreadable' | 'damaged' | 'foreign' | 'special' | 'tooLarge' | 'unwritable' | 'readOnly' | 'input' | 'kindUnwatched';
  path: string;
  reason: string;
}

/** One file's outcome as it was checked, with everything it was checked with. */
interface Entry {
  /** The file's bytes' hash. */
  hash: string;
  /** The settings it was checked with (its task but the file), with its configuration file's text. */
  settings: string;
  /**
   * The kinds its outcome depends on (the one its `kind:` line names, and the one it was checked as,
   * where they differ), space-separated, and their folders' stamp; an unknown kind's stamp is the
   * list of the kinds there were. A plan with a `plan-disable` comment depends on every kind's rules
   * (a comment may name another kind's rule), so its stamp covers every kind.
   */
  kind: string;
  /** Whether its stamp covers every kind. */
  everyKind?: boolean;
  kindStamp: string;
  /** Other files the check read (pictures), each with its stamp. */
  files: [string, string][];
  outcome: CheckOutcome;
}

/** What a fresh outcome is kept under: taken by `lookup`, before the file is checked. */
export interface CacheKey {
  hash: string;
  settings: string;
  /** The kind the file's `kind:` line names, or ''. */
  named: string;
  /** Whether it has a `plan-disable` comment, which may name any kind's rule. */
  everyKind: boolean;
}

interface CacheFile {
  /** The program that wrote it: another version (or build) may check differently, so its entries are not used. */
  program: string;
  entries: Record<string, Entry>;
}

/**
 * A cache file is this line, with the SHA-1 of the rest, and then the CacheFile as JSON. The sum
 * tells a cache damaged on disk or edited by hand from one plan wrote; the line's start tells a
 * cache (of this format or an older one) from any other file, which is never written over.
 */
const MAGIC = 'plan-cache/';
const FORMAT = 'plan-cache/2';
/** An older format's file began so; it is replaced without a word. */
const OLDER = '{"format":"plan-cache/';
/** Far above the cache of any repository of plans (about 1 kB a plan): a larger file is not one plan wrote. */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;

/**
 * `plan validate --cache`: a file is checked again only when something its outcome depends on has
 * changed: its bytes, the program, the settings that govern it (its .planrc.yaml's text and what
 * they and the options make of it), its kind's files, or a picture it names. Everything else about
 * a check is a function of these (a task is plain data, so that a worker thread can run it), so a
 * cached outcome is the one a fresh check would give. The file is written whole (a temporary file,
 * then a rename) and one that cannot be read is ignored, with a note, rather than trusted.
 */
export class ResultCache {
  private entries: Record<string, Entry> = {};
  private readonly seen = new Set<string>();
  private readonly kindStamps = new Map<string, string>();
  private readonly settingsMemo = new WeakMap<object, Map<string, string>>();
  private readonly contentStamps = new Map<string, string>();
  private readonly everyKindStamps = new Map<string, string>();
  private changed = false;

  /** False when the location holds something else than a plan cache, which is never written over. */
  private writable = true;
  /** A read-only cache is used, but neither replaced nor updated. */
  private readOnly = false;
  /** Whether the entries came from the file. */
  private used = false;
  /** Where the cache is read and written: the file a symbolic link at `path` leads to, as other tools write through one. */
  private readonly file: string;

  constructor(readonly path: string, private readonly note: (note: CacheNote) => void) {
    this.file = realFile(path);
    const read = readRegularFile(this.file, MAX_CACHE_BYTES);
    if (!read.ok) {
      if (read.problem === 'notRegular') this.refuse('special', '');
      else if (read.problem === 'tooLarge') this.refuse('tooLarge', (read.size / 1024 / 1024).toFixed(0));
      // No cache yet is the ordinary first run (a folder of the location may not exist yet: it is
      // made on saving, or saving says why not); anything else is worth a word.
      else if (read.code !== 'ENOENT' && read.code !== 'ENOTDIR') this.refuse('unreadable', read.code);
      return;
    }
    this.changed = true;
    this.readOnly = isReadOnly(this.file);
    // An editor on Windows may have put a byte-order mark before it.
    const bytes = read.bytes[0] === 0xef && read.bytes[1] === 0xbb && read.bytes[2] === 0xbf ? read.bytes.subarray(3) : read.bytes;
    const head = bytes.toString('latin1', 0, Math.max(MAGIC.length, OLDER.length));
    if (!head.startsWith(MAGIC)) {
      if (!head.startsWith(OLDER)) this.refuse('foreign', '');
      return;
    }
    const newline = bytes.indexOf(10);
    const header = newline < 0 ? '' : bytes.toString('latin1', 0, newline);
    const [format, sum] = header.split(' ');
    // Another format's entries, like another program's, are dropped without a word: upgrading plan is not damage.
    if (format !== FORMAT && newline >= 0) return;
    const body = bytes.subarray(newline + 1);
    let data: unknown;
    try {
      data = newline >= 0 && sum === sha1(body) ? JSON.parse(body.toString('utf8')) : undefined;
    } catch {
      data = undefined;
    }
    if (!isCacheFile(data)) {
      note({ code: 'damaged', path, reason: '' });
      return;
    }
    if (data.program !== programStamp()) return;
    this.entries = data.entries;
    this.changed = false;
    this.used = true;
  }

  private refuse(code: 'unreadable' | 'foreign' | 'special' | 'tooLarge', reason: string): void {
    this.note({ code, path: this.path, reason });
    this.writable = false;
  }

  /**
   * The outcome of a file whose bytes are these, when nothing it depends on has changed since it was
   * cached; else what `store` keeps the fresh outcome under. The stamps of the kinds the bytes name
   * are taken here, before the file is checked, so that a kind changed during the run is not
   * stamped as the one it was checked with.
   */
  lookup(task: CheckTask, bytes: Uint8Array, configFile: string | undefined): { outcome: CheckOutcome } | { key: CacheKey } {
    const hash = sha1(bytes);
    const settings = this.settingsOf(task, configFile);
    const path = task.absolute!;
    this.seen.add(path);
    const entry = Object.hasOwn(this.entries, path) ? this.entries[path] : undefined;
    // The same bytes name the same kind and have the same comments: what the entry says of them holds.
    if (entry && entry.hash === hash && entry.settings === settings && entry.kindStamp === this.kindsStamp(task, entry.kind, entry.everyKind === true)
      && !entry.files.some(([file, stamp]) => this.contentStamp(file) !== stamp)) return { outcome: entry.outcome };
    const key: CacheKey = { hash, settings, named: kindNamedIn(bytes) ?? '', everyKind: hasDirective(bytes) };
    this.kindsStamp(task, key.named, key.everyKind);
    return { key };
  }

  /** Keeps a file's fresh outcome, or forgets the file when its outcome cannot be kept. */
  store(task: CheckTask, key: CacheKey, outcome: CheckOutcome, files: readonly string[]): void {
    const path = task.absolute!;
    this.changed = true;
    // A broken kind file is reported from the configuration, not the plan: such a run is always checked afresh.
    if (outcome.report.diagnostics.some((d) => d.ruleId === 'plan/kind-invalid' || d.ruleId === 'internal/error')) {
      delete this.entries[path];
      return;
    }
    const checkedAs = outcome.report.kind;
    const kind = checkedAs === undefined || checkedAs === key.named ? key.named : `${key.named} ${checkedAs}`.trim();
    const { hash, settings, everyKind } = key;
    this.entries[path] = { hash, settings, kind, ...(everyKind ? { everyKind } : {}), kindStamp: this.kindsStamp(task, kind, everyKind), files: files.map((file) => [file, this.contentStamp(file)]), outcome };
  }

  /** The stamp of the kinds an entry depends on: those it names, or every kind there is. */
  private kindsStamp(task: CheckTask, kinds: string, everyKind: boolean): string {
    const named = kinds.includes(' ') ? kinds.split(' ').map((kind) => this.kindStamp(task, kind)).join('|') : this.kindStamp(task, kinds);
    return everyKind ? named + '|' + this.everyKindStamp(task) : named;
  }

  private everyKindStamp(task: CheckTask): string {
    const key = (task.kindSources ?? []).join('\0') + '\0\0' + (task.lang ?? 'en');
    let stamp = this.everyKindStamps.get(key);
    if (stamp === undefined) {
      const all = registryFor(task.kindSources ?? [], task.lang ?? 'en').ids().sort();
      stamp = sha1(Buffer.from(all.map((kind) => this.kindStamp(task, kind)).join('|')));
      this.everyKindStamps.set(key, stamp);
    }
    return stamp;
  }

  /**
   * Writes the cache whole or not at all. Files of earlier runs that were not among this run's are
   * kept while they exist, so that checking one folder does not forget another's.
   */
  save(): void {
    if (!this.changed || !this.writable) return;
    const entries: Record<string, Entry> = {};
    for (const [path, entry] of Object.entries(this.entries)) if (this.seen.has(path) || fileStamp(path) !== MISSING) entries[path] = entry;
    const body = Buffer.from(JSON.stringify({ program: programStamp(), entries } satisfies CacheFile));
    const header = Buffer.from(`${FORMAT} ${sha1(body)}\n`);
    if (header.length + body.length > MAX_CACHE_BYTES) return this.note({ code: 'unwritable', path: this.path, reason: `${MAX_CACHE_BYTES / 1024 / 1024} MB` });
    // A cache made read-only is left as it is, as other tools leave a read-only file (renaming a
    // new one over it would succeed where its folder is writable).
    if (this.readOnly) return this.note(this.used ? { code: 'readOnly', path: this.path, reason: '' } : { code: 'unwritable', path: this.path, reason: 'read-only' });
    const temporary = join(dirname(this.file), `.${basename(this.file)}.${process.pid}.tmp`);
    try {
      // As ESLint's: a location such as node_modules/.cache/plan/ is made on the first run. Where
      // it cannot be, writing the file says why.
      try {
        makeFolders(dirname(this.file));
      } catch {
        // Reported by the write below.
      }
      writeFileSync(temporary, Buffer.concat([header, body]), { flag: 'wx' });
      renameSync(temporary, this.file);
    } catch (error) {
      try {
        unlinkSync(temporary);
      } catch {
        // Nothing was written.
      }
      this.note({ code: 'unwritable', path: this.path, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
    }
  }

  /**
   * A picture's stamp: where it really is (a picture outside the plan's folders is refused, and a
   * link may come to lead there) and the hash of its bytes (each picture hashed once a run), not its
   * time or inode, which a fresh checkout in CI changes for every file. One over STAMPED_BY_BYTES ×
   * 16 is stamped by its stat. One that is not there, or cannot be read, is stamped by why.
   */
  private contentStamp(path: string): string {
    let stamp = this.contentStamps.get(path);
    if (stamp === undefined) {
      try {
        const real = realpathSync(path);
        const info = statSync(real);
        stamp = real + ':' + (!info.isFile() ? 'o' : info.size > 16 * STAMPED_BY_BYTES ? fileStamp(real) : 'h:' + sha1(readFileSync(real)));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        stamp = code === 'ENOENT' ? MISSING : `!${code ?? String(error)}`;
      }
      this.contentStamps.set(path, stamp);
    }
    return stamp;
  }

  private settingsOf(task: CheckTask, configFile: string | undefined): string {
    const { file, explicit, lang, rules, kindSources, warnFrom, pictureFolders } = task;
    // The tasks of one configuration share its objects: its settings are hashed once, not once a file.
    const memoKey = `${configFile}\0${lang}`;
    let memo = this.settingsMemo.get(rules);
    let hashed = memo?.get(memoKey);
    if (hashed === undefined) {
      let config = '';
      if (configFile !== undefined) {
        try {
          config = readFileSync(configFile, 'utf8');
        } catch {
          config = MISSING;
        }
      }
      hashed = nodeCrypto().createHash('sha1').update(JSON.stringify([lang, rules, kindSources, warnFrom, pictureFolders, configFile, config])).digest('base64');
      if (!memo) this.settingsMemo.set(rules, (memo = new Map()));
      memo.set(memoKey, hashed);
    }
    return `${hashed}:${explicit ? 1 : 0}:${file}`;
  }

  /**
   * A stamp of a kind, as it would be found now: the folder it comes from (a repository's kind may
   * come to take a shipped one's place) and the hash of its files. A kind no one defines (or none
   * named) is stamped by which kinds there are: one of them may come to be it.
   */
  private kindStamp(task: CheckTask, kind: string): string {
    const sources = task.kindSources ?? [];
    const key = sources.join('\0') + '\0\0' + kind;
    let stamp = this.kindStamps.get(key);
    if (stamp === undefined) {
      const registry = registryFor(sources, task.lang ?? 'en');
      const folder = kind === '' ? undefined : registry.folderOf(kind);
      const hash = folder === undefined ? '' : kindHash(folder, this.file);
      if (hash === undefined) this.note({ code: 'kindUnwatched', path: folder!, reason: String(MAX_KIND_FILES) });
      // An unwatched kind's stamp matches no other run's.
      stamp = folder === undefined ? 'kinds:' + registry.ids().sort().join(',') : folder + ':' + (hash ?? `unwatched:${process.pid}:${process.hrtime.bigint()}`);
      this.kindStamps.set(key, stamp);
    }
    return stamp;
  }
}

const MISSING = '-';

/** The file a symbolic link leads to (made or not yet), or the path itself where there is no link. */
function realFile(path: string): string {
  try {
    if (!lstatSync(path).isSymbolicLink()) return path;
  } catch {
    return path;
  }
  try {
    return realpathSync(path);
  } catch {
    try {
      // A link to a cache not written yet.
      return resolve(dirname(path), readlinkSync(path));
    } catch {
      return path;
    }
  }
}

function isReadOnly(path: string): boolean {
  try {
    return (statSync(path).mode & 0o200) === 0;
  } catch {
    return false;
  }
}

/** A large file's stamp, without reading it: enough to tell that it was replaced, resized or removed. */
function fileStamp(path: string): string {
  try {
    const info = statSync(path);
    return `${info.isFile() ? 'f' : 'o'}:${info.size}:${info.mtimeMs}:${info.ino}`;
  } catch {
    return MISSING;
  }
}

/**
 * The stamp of everything a kind's check can read: every file below its folder (kind.yaml, its
 * templates, a rules module and the files beside it), and every file a rules module imports by a
 * relative path (`./limits.js`, `../shared/dates.js`), wherever it lies, and what those import in
 * turn. Imports are found in a module's text, from where the module really is (Node resolves them
 * from a symbolic link's target); an import whose path the module computes as it runs, or of a
 * package, is not seen (docs/kinds.md says so). Files and folders whose names begin with a dot,
 * node_modules, and the cache file itself are passed over. A file is stamped by its bytes' hash, one
 * larger than a megabyte (a picture, a Word template) by its size, time and inode; a folder with
 * more than MAX_KIND_FILES files has no stamp, and its plans are checked on every run.
 */
function kindHash(folder: string, skip: string): string | undefined {
  const files = new Set<string>();
  const folders = new Set<string>();
  /** Files whose imports are followed: .js, .cjs, .mjs, and the rules module whatever its name. */
  const scripts = new Set<string>();
  const hash = nodeCrypto().createHash('sha1');
  // What cannot be read is stamped as such, and the rest is still read: a stamp that stopped at the
  // first such entry would miss a change to any after it.
  const unreadable = (path: string, error: unknown) => hash.update(`unreadable:${path}:${(error as NodeJS.ErrnoException).code ?? String(error)}\0`);
  const walk = (dir: string) => {
    let names: string[];
    try {
      const real = realpathSync(dir);
      // A link back to a folder already walked (a loop) is walked once.
      if (folders.has(real)) return;
      folders.add(real);
      names = readdirSync(dir).sort();
    } catch (error) {
      return unreadable(dir, error);
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = join(dir, name);
      try {
        const info = statSync(path, { throwIfNoEntry: false });
        if (info === undefined) hash.update('dangling:' + path + '\0');
        else if (info.isDirectory()) walk(path);
        else if (info.isFile() && path !== skip) files.add(path);
      } catch (error) {
        unreadable(path, error);
      }
      if (files.size + folders.size > MAX_KIND_FILES) throw new TooMany();
    }
  };
  try {
    walk(folder);
    // The files the kind file names may lie outside its folder, or have names the walk passes over.
    for (const named of namedByKindFile(folder)) {
      files.add(named);
      scripts.add(named);
    }
    for (const path of files) {
      try {
        stampFile(path);
      } catch (error) {
        unreadable(path, error);
      }
      if (files.size > MAX_KIND_FILES) throw new TooMany();
    }
  } catch (error) {
    if (error instanceof TooMany) return undefined;
    throw error;
  }
  return hash.digest('base64');

  function stampFile(path: string): void {
    if (statSync(path).size > STAMPED_BY_BYTES) {
      hash.update(path + '\0' + fileStamp(path) + '\0');
      return;
    }
    const bytes = readFileSync(path);
    hash.update(path + '\0').update(bytes).update('\0');
    if (!SCRIPT.test(path) && !scripts.has(path)) return;
    const from = dirname(realpathSync(path));
    for (const [, , specifier] of bytes.toString('utf8').matchAll(RELATIVE_IMPORT)) {
      const target = resolveImport(from, specifier!, files);
      if (target === undefined) hash.update('missing:' + resolve(from, specifier!) + '\0');
      else files.add(target); // a Set's for…of reaches what is added while it runs
    }
  }
}

class TooMany extends Error {}

const TEMPLATES_KEY = /^["']?templates["']?[ \t]*:/m;
/** A `module:` key whose value is not one of plan's own modules (`plan:…`). */
const FILE_MODULE_KEY = /^["']?module["']?[ \t]*:(?![ \t]*["']?plan:)/m;

/**
 * The rules module and the templates a kind file names (a module of plan's own, `plan:…`, is in
 * the build). A kind file that cannot be read as YAML names none; such a kind cannot be used, and
 * its plans are never cached.
 */
function namedByKindFile(folder: string): string[] {
  let file: { module?: unknown; templates?: unknown } | null;
  try {
    const text = readFileSync(join(folder, KIND_FILE), 'utf8');
    // Most kind files name neither, or only a module of plan's own (as the package's do): parsing
    // the package's kind files, 90 kB of YAML, was most of a warm run. A kind file whose mapping is
    // not a block one (its keys not at the start of lines) is parsed whatever it holds.
    const block = /^[^#\s]/m.exec(text)?.[0] !== '{';
    if (block && !TEMPLATES_KEY.test(text) && !FILE_MODULE_KEY.test(text)) return [];
    file = parseYaml(text) as typeof file;
  } catch {
    return [];
  }
  if (file === null || typeof file !== 'object') return [];
  const names = [file.module, ...(file.templates !== null && typeof file.templates === 'object' ? Object.values(file.templates) : [])];
  return names.filter((name): name is string => typeof name === 'string' && !name.startsWith('plan:')).map((name) => resolve(folder, name));
}

const SCRIPT = /\.[cm]?js$/;
/**
 * A relative specifier after `from`, `import`, `import(` or `require(` (a comment may come between),
 * in quotes or in a template with nothing filled in.
 */
const RELATIVE_IMPORT = /(?:\bfrom|\bimport|\brequire)(?:\s|\/\*[^]*?\*\/)*\(?(?:\s|\/\*[^]*?\*\/)*(['"`])(\.\.?(?:\/[^'"`$\n]*)?)\1/g;
/** Files and folders below a kind's folder that --cache watches; a kind with more is checked on every run. */
const MAX_KIND_FILES = 5000;
/** Larger files are stamped by their size, time and inode rather than read on every run. */
const STAMPED_BY_BYTES = 1024 * 1024;

/**
 * Where Node's require finds a relative specifier: the file, or it with .js, .cjs, .mjs or .json; or
 * a folder's package.json "main", or its index.js, index.json.
 */
function resolveImport(dir: string, specifier: string, files: Set<string>, followMain = true): string | undefined {
  const base = resolve(dir, specifier);
  const file = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() === true;
  for (const path of [base, `${base}.js`, `${base}.cjs`, `${base}.mjs`, `${base}.json`]) if (file(path)) return path;
  const manifestFile = join(base, 'package.json');
  if (followMain && file(manifestFile)) {
    files.add(manifestFile);
    try {
      const main = (JSON.parse(readFileSync(manifestFile, 'utf8')) as { main?: unknown }).main;
      if (typeof main === 'string') {
        const found = resolveImport(base, main.startsWith('.') ? main : `./${main}`, files, false);
        if (found !== undefined) return found;
      }
    } catch {
      // Node would fail to load it too; the folder's index is looked for as Node does.
    }
  }
  for (const path of [join(base, 'index.js'), join(base, 'index.json')]) if (file(path)) return path;
  return undefined;
}

let program: string | undefined;

/**
 * The program's version and the build it runs from, so that a rebuilt program with a changed rule
 * never takes an older one's answers. In the bundle this module's file is the checker, whole
 * (dist/bin/core.cjs, a megabyte: under a millisecond to sum): its bytes name the build wherever and
 * whenever it was installed, so a CI job that installs plan afresh (npm gives each file the time it
 * wrote it) keeps the cache it restored. Unbundled (dist/ as tsc wrote it) it is one file of many,
 * and its size and time stand for the build, which tsc writes whole.
 */
function programStamp(): string {
  if (program === undefined) {
    const self = fileURLToPath(import.meta.url);
    const info = statSync(self);
    program = `${manifest().version}:${process.version}:${self.endsWith('.cjs') ? bundleSum(readFileSync(self)) : `${info.size}:${info.mtimeMs}`}`;
  }
  return program;
}

/** The bundle's 64-bit sum (core/hash.ts): SHA-1 of its megabyte took 8 ms of a warm run. SHA-1 where node runs without WebAssembly. */
function bundleSum(bytes: Uint8Array): string {
  const sum = sum64(bytes);
  return sum === undefined ? sha1(bytes) : sum.toString(16);
}

const DIRECTIVE = Buffer.from('plan-disable');

function hasDirective(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(DIRECTIVE);
}

function sha1(bytes: Uint8Array): string {
  return nodeCrypto().createHash('sha1').update(bytes).digest('base64');
}

function isCacheFile(data: unknown): data is CacheFile {
  if (typeof data !== 'object' || data === null) return false;
  const file = data as Partial<CacheFile>;
  if (typeof file.program !== 'string' || typeof file.entries !== 'object' || file.entries === null || Array.isArray(file.entries)) return false;
  return Object.values(file.entries).every(isEntry);
}

/**
 * Every field of an entry that a report reads is of its type: a file whose sum is right may still be
 * made by hand, and a cached value of the wrong type must not reach the formatters.
 */
function isEntry(entry: unknown): entry is Entry {
  if (!isObject(entry)) return false;
  const { hash, settings, kind, kindStamp, files, outcome } = entry;
  if (typeof hash !== 'string' || typeof settings !== 'string' || typeof kind !== 'string' || typeof kindStamp !== 'string' || !optional(entry.everyKind, 'boolean')) return false;
  if (!Array.isArray(files) || !files.every((f) => Array.isArray(f) && f.length === 2 && typeof f[0] === 'string' && typeof f[1] === 'string')) return false;
  if (!isObject(outcome) || !isLang(outcome.lang) || !optional(outcome.notPlan, 'boolean') || !optional(outcome.emptyPlanFile, 'boolean')) return false;
  if (outcome.reads !== undefined && !(Array.isArray(outcome.reads) && outcome.reads.every((r) => typeof r === 'string'))) return false;
  const report = outcome.report;
  if (!isObject(report) || typeof report.file !== 'string' || !optional(report.kind, 'string') || !optional(report.text, 'string')) return false;
  if (report.lang !== undefined && !isLang(report.lang)) return false;
  return Array.isArray(report.diagnostics) && report.diagnostics.every(isDiagnostic);
}

function isDiagnostic(d: unknown): boolean {
  if (!isObject(d) || !isSpan(d)) return false;
  if (typeof d.ruleId !== 'string' || (d.severity !== 'error' && d.severity !== 'warning') || typeof d.message !== 'string') return false;
  if (typeof d.file !== 'string' || typeof d.pointer !== 'string' || !optional(d.hint, 'string')) return false;
  const fix = d.fix;
  return fix === undefined || (isObject(fix) && isSpan(fix) && typeof fix.text === 'string' && typeof fix.safe === 'boolean');
}

function isSpan(x: Record<string, unknown>): boolean {
  return isCount(x.line) && isCount(x.column) && isCount(x.endLine) && isCount(x.endColumn);
}

function isCount(n: unknown): boolean {
  return Number.isSafeInteger(n) && (n as number) >= 0;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function optional(x: unknown, type: 'string' | 'boolean'): boolean {
  return x === undefined || typeof x === type;
}

/** Where `--cache` keeps its file: `.plancache` in the current folder, or in a folder named (as ESLint's `--cache-location`). */
export function cacheFile(cwd: string, location?: string): string {
  if (location === undefined) return join(cwd, DEFAULT_NAME);
  const path = resolve(cwd, location);
  if (/[\\/]$/.test(location)) return join(path, DEFAULT_NAME);
  try {
    return statSync(path).isDirectory() ? join(path, DEFAULT_NAME) : path;
  } catch {
    return path;
  }
}

const DEFAULT_NAME = '.plancache';
