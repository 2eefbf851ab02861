import { nodeCrypto } from '../core/hash.js';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { manifest } from '../core/package.js';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { registryFor } from '../kinds/registry.js';
import type { CheckOutcome, CheckTask } from './tasks.js';

/** What `plan validate --cache` tells the user about its cache file; never a reason to fail the run. */
export interface CacheNote {
  code: 'damaged' | 'unwritable' | 'input';
  path: string;
  reason: string;
}

/** One file's outcome as it was checked, with everything it was checked with. */
interface Entry {
  /** The file's bytes' hash. */
  hash: string;
  /** The settings it was checked with (its task but the file), with its configuration file's text. */
  settings: string;
  /** The kind its outcome came from, and that kind's folder's stamp; an unknown kind's stamp is the list of the kinds there were. */
  kind: string;
  kindStamp: string;
  /** Other files the check read (pictures), each with its stamp. */
  files: [string, string][];
  outcome: CheckOutcome;
}

interface CacheFile {
  format: typeof FORMAT;
  /** The program that wrote it: another version (or build) may check differently, so its entries are not used. */
  program: string;
  entries: Record<string, Entry>;
}

const FORMAT = 'plan-cache/1';

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
  private changed = false;

  constructor(readonly path: string, private readonly note: (note: CacheNote) => void) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      // No cache yet is the ordinary first run (a folder of the location may not exist yet: it is
      // made on saving, or saving says why not); anything else is worth a word.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') note({ code: 'damaged', path, reason: code ?? String(error) });
      return;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      note({ code: 'damaged', path, reason: (error as Error).message });
      this.changed = true;
      return;
    }
    if (!isCacheFile(data)) {
      note({ code: 'damaged', path, reason: 'not a plan cache file' });
      this.changed = true;
      return;
    }
    // Another program's entries are dropped without a word: upgrading plan is not damage.
    if (data.program !== programStamp()) {
      this.changed = true;
      return;
    }
    this.entries = data.entries;
  }

  /** The outcome of a file whose bytes are these, when nothing it depends on has changed since it was cached. */
  lookup(task: CheckTask, bytes: Uint8Array, configFile: string | undefined): { outcome?: CheckOutcome; hash: string; settings: string } {
    const hash = nodeCrypto().createHash('sha1').update(bytes).digest('base64');
    const settings = this.settingsOf(task, configFile);
    const key = task.absolute!;
    this.seen.add(key);
    const entry = Object.hasOwn(this.entries, key) ? this.entries[key] : undefined;
    if (!entry || entry.hash !== hash || entry.settings !== settings) return { hash, settings };
    if (entry.kindStamp !== this.kindStamp(task, entry.kind)) return { hash, settings };
    if (entry.files.some(([path, stamp]) => fileStamp(path) !== stamp)) return { hash, settings };
    return { outcome: entry.outcome, hash, settings };
  }

  /** Keeps a file's fresh outcome, or forgets the file when its outcome cannot be kept. */
  store(task: CheckTask, hash: string, settings: string, outcome: CheckOutcome, files: readonly string[]): void {
    const key = task.absolute!;
    this.changed = true;
    // A broken kind file is reported from the configuration, not the plan: such a run is always checked afresh.
    if (outcome.report.diagnostics.some((d) => d.ruleId === 'plan/kind-invalid' || d.ruleId === 'internal/error')) {
      delete this.entries[key];
      return;
    }
    const kind = outcome.report.kind ?? '';
    this.entries[key] = { hash, settings, kind, kindStamp: this.kindStamp(task, kind), files: files.map((path) => [path, fileStamp(path)]), outcome };
  }

  /**
   * Writes the cache whole or not at all. Files of earlier runs that were not among this run's are
   * kept while they exist, so that checking one folder does not forget another's.
   */
  save(): void {
    if (!this.changed) return;
    const entries: Record<string, Entry> = {};
    for (const [path, entry] of Object.entries(this.entries)) if (this.seen.has(path) || fileStamp(path) !== MISSING) entries[path] = entry;
    const data: CacheFile = { format: FORMAT, program: programStamp(), entries };
    const temporary = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
    try {
      // As ESLint's: a location such as node_modules/.cache/plan/ is made on the first run. Where
      // it cannot be, writing the file says why.
      try {
        mkdirSync(dirname(this.path), { recursive: true });
      } catch {
        // Reported by the write below.
      }
      writeFileSync(temporary, JSON.stringify(data));
      renameSync(temporary, this.path);
    } catch (error) {
      try {
        unlinkSync(temporary);
      } catch {
        // Nothing was written.
      }
      this.note({ code: 'unwritable', path: this.path, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
    }
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
   * A stamp of the kind a plan was checked with, as it would be found now: the folder it comes from
   * (a repository's kind may come to take a shipped one's place) and the hash of its files. A plan
   * that named no kind known then depends on which kinds there are.
   */
  private kindStamp(task: CheckTask, kind: string): string {
    const sources = task.kindSources ?? [];
    const key = sources.join('\0') + '\0\0' + kind;
    let stamp = this.kindStamps.get(key);
    if (stamp === undefined) {
      const registry = registryFor(sources, task.lang ?? 'en');
      const folder = kind === '' ? undefined : registry.folderOf(kind);
      stamp = folder === undefined ? 'kinds:' + registry.ids().sort().join(',') : folder + ':' + folderHash(folder);
      this.kindStamps.set(key, stamp);
    }
    return stamp;
  }
}

const MISSING = '-';

/** A picture's stamp: enough to tell that it was replaced, resized or removed. */
function fileStamp(path: string): string {
  try {
    const info = statSync(path);
    return `${info.isFile() ? 'f' : 'o'}:${info.size}:${info.mtimeMs}:${info.ino}`;
  } catch {
    return MISSING;
  }
}

/** The hash of every file in a kind's folder: kind.yaml, its templates and its rules module. */
function folderHash(folder: string): string {
  const hash = nodeCrypto().createHash('sha1');
  try {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (!statSync(path).isFile()) continue;
      hash.update(name + '\0').update(readFileSync(path)).update('\0');
    }
  } catch (error) {
    hash.update('unreadable:' + String(error));
  }
  return hash.digest('base64');
}

let program: string | undefined;

/**
 * The program's version and the build it runs from (this module's file: the bundle, or dist/ as tsc
 * wrote it), so that a rebuilt program with a changed rule never takes an older one's answers.
 */
function programStamp(): string {
  if (program === undefined) {
    const self = fileURLToPath(import.meta.url);
    program = `${manifest().version}:${fileStamp(self)}`;
  }
  return program;
}

function isCacheFile(data: unknown): data is CacheFile {
  if (typeof data !== 'object' || data === null) return false;
  const file = data as Partial<CacheFile>;
  if (file.format !== FORMAT || typeof file.program !== 'string' || typeof file.entries !== 'object' || file.entries === null || Array.isArray(file.entries)) return false;
  return Object.values(file.entries).every(isEntry);
}

function isEntry(entry: unknown): entry is Entry {
  if (typeof entry !== 'object' || entry === null) return false;
  const e = entry as Partial<Entry>;
  const outcome = e.outcome as Partial<CheckOutcome> | undefined;
  return typeof e.hash === 'string' && typeof e.settings === 'string' && typeof e.kind === 'string' && typeof e.kindStamp === 'string'
    && Array.isArray(e.files) && e.files.every((f) => Array.isArray(f) && f.length === 2 && typeof f[0] === 'string' && typeof f[1] === 'string')
    && typeof outcome === 'object' && outcome !== null && typeof outcome.lang === 'string'
    && typeof outcome.report === 'object' && outcome.report !== null && typeof outcome.report.file === 'string' && Array.isArray(outcome.report.diagnostics)
    && outcome.report.diagnostics.every(isDiagnostic);
}

function isDiagnostic(d: unknown): boolean {
  if (typeof d !== 'object' || d === null) return false;
  const x = d as Record<string, unknown>;
  return typeof x.ruleId === 'string' && (x.severity === 'error' || x.severity === 'warning') && typeof x.message === 'string' && typeof x.file === 'string'
    && typeof x.line === 'number' && typeof x.column === 'number';
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
