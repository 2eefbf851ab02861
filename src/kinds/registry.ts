import { basename, join } from 'node:path';
import { PACKAGE_ROOT } from '../core/package.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { Lang } from '../i18n/index.js';
import type { AnyKind } from './define.js';
import { kindFoldersIn, loadKindFolder, shownPath } from './data/load.js';
import { kinds as codeKinds } from './index.js';

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
  private readonly loaded = new Map<string, AnyKind | undefined>();
  /** Problems in kind files read so far, by kind id. */
  readonly problems = new Map<string, Diagnostic[]>();

  constructor(sources: readonly string[] = [], private readonly lang: Lang = 'en', builtins: readonly AnyKind[] = codeKinds) {
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

  ids(): string[] {
    return [...new Set([...this.loaded.keys(), ...this.folders.keys()])];
  }

  get(id: string): AnyKind | undefined {
    if (this.loaded.has(id)) return this.loaded.get(id);
    // A kind folder made since the registry was built (plan kind new, in a long-running process) is found too.
    if (!this.folders.has(id)) this.scan();
    const folder = this.folders.get(id);
    if (!folder) return undefined;
    const result = loadKindFolder(folder, this.lang, shownPath(folder));
    const kind = result.ok ? result.kind : undefined;
    if (!result.ok) this.problems.set(id, result.diagnostics);
    this.loaded.set(id, kind);
    return kind;
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
    for (const [id, folder] of this.folders) if (own.has(folder)) this.get(id);
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
