import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PACKAGE_ROOT } from '../core/package.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { Lang } from '../i18n/index.js';
import type { AnyKind } from './define.js';
import { kindFoldersIn, loadKindFolder, shownPath } from './data/load.js';

/** Where the package's own kinds defined as data are. */
export const BUILTIN_KINDS_FOLDER = join(PACKAGE_ROOT, 'kinds');

/**
 * The kinds a plan may name: the package's own, then those in the folders a `.planrc.yaml` names
 * (`kinds: [forms/]`), a later folder's kind taking the place of an earlier one with its id, so a
 * project office can adapt a shipped form. A kind is read only when a plan names it, or when all
 * are asked for (`plan kinds`, a configuration being checked).
 */
export class KindRegistry {
  private readonly folders = new Map<string, string>();
  private readonly sources: readonly string[];
  /** When each data kind's files last changed, as they were read: an edited kind file is read again. */
  private readonly stamps = new Map<string, string>();
  private readonly lookedAt = new Map<string, number>();
  private readonly loaded = new Map<string, AnyKind | undefined>();
  /** Problems in kind files read so far, by kind id. */
  readonly problems = new Map<string, Diagnostic[]>();

  constructor(sources: readonly string[] = [], private readonly lang: Lang = 'en', /** Kinds defined in code (defineKind), offered beside the kinds as data: a program's own. */ builtins: readonly AnyKind[] = []) {
    this.sources = sources;
    for (const kind of builtins) this.loaded.set(kind.id, kind);
    this.scan();
  }

  private scan(): void {
    for (const source of [BUILTIN_KINDS_FOLDER, ...this.sources]) {
      for (const folder of kindFoldersIn(source)) {
        const id = basename(folder);
        if (this.folders.get(id) === folder) continue;
        this.folders.set(id, folder);
        this.loaded.delete(id);
      }
    }
  }

  /** The folder a kind would be read from now, without reading it: undefined for a kind defined in code or none. */
  folderOf(id: string): string | undefined {
    this.scan();
    return this.folders.get(id);
  }

  ids(): string[] {
    return [...new Set([...this.loaded.keys(), ...this.folders.keys()])];
  }

  get(id: string): AnyKind | undefined {
    const folder = this.folders.get(id);
    if (this.loaded.has(id) && (!folder || this.unchanged(id, folder))) return this.loaded.get(id);
    // A kind folder made since the registry was built (plan kind new, in a long-running process) is found too.
    if (!folder) this.scan();
    const found = this.folders.get(id);
    if (!found) return this.loaded.get(id);
    // Stamped before reading, so that an edit made while it is read is seen next time.
    this.stamps.set(id, stampOf(found));
    this.lookedAt.set(id, Date.now());
    const result = loadKindFolder(found, this.lang, shownPath(found), { trusted: dirname(found) === BUILTIN_KINDS_FOLDER });
    const kind = result.ok ? result.kind : undefined;
    if (result.ok) this.problems.delete(id);
    else this.problems.set(id, result.diagnostics);
    this.loaded.set(id, kind);
    return kind;
  }

  /** Looks at the kind folders' files again when each kind is next asked for: a new run may follow an edit. */
  refresh(): void {
    this.lookedAt.clear();
  }

  /** Whether a kind's files are as they were read; looked at no more than once a second, so a run of many plans pays nothing. */
  private unchanged(id: string, folder: string): boolean {
    const now = Date.now();
    if (now - (this.lookedAt.get(id) ?? 0) < 1000) return true;
    this.lookedAt.set(id, now);
    return this.stamps.get(id) === stampOf(folder);
  }

  /** Every kind that loads; problems of those that do not are in `problems`. */
  all(): AnyKind[] {
    return this.ids().map((id) => this.get(id)).filter((kind): kind is AnyKind => kind !== undefined);
  }

  /** Every problem in every kind file, reading them all. */
  allProblems(): Diagnostic[] {
    this.all();
    return [...this.problems.values()].flat();
  }

  /**
   * The problems of the kinds a configuration's own folders hold, reading only those: the package's
   * kinds are checked by its tests, and a run need not compile kinds its plans do not name.
   */
  sourceProblems(): Diagnostic[] {
    const own = new Set(this.sources.flatMap((source) => kindFoldersIn(source)));
    // Read afresh: a configuration is read once a run, and its kinds may have been edited since the last.
    for (const [id, folder] of this.folders) if (own.has(folder)) {
      this.lookedAt.delete(id);
      this.get(id);
    }
    return [...this.problems].filter(([id]) => own.has(this.folders.get(id) ?? '')).flatMap(([, diagnostics]) => diagnostics);
  }
}

const registries = new Map<string, KindRegistry>();

/** One registry per set of kind folders, so that a run of many plans reads each kind file once. */
export function registryFor(sources: readonly string[] = [], lang: Lang = 'en'): KindRegistry {
  const key = lang + '\0' + sources.join('\0');
  let registry = registries.get(key);
  if (!registry) registries.set(key, (registry = new KindRegistry(sources, lang)));
  return registry;
}

export const builtinKinds = (): KindRegistry => registryFor();

/** The kind folder's files' modification times: kind.yaml, its templates and its module alike. */
function stampOf(folder: string): string {
  try {
    return readdirSync(folder)
      .map((name) => `${name}:${statSync(join(folder, name)).mtimeMs}`)
      .join('|');
  } catch {
    return '';
  }
}
