import { statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { toPointer, type Diagnostic } from '../core/diagnostic.js';
import { formatBytes, locate, readPlanBytes } from '../core/load.js';
import { readRegularFile } from '../core/read-file.js';
import { SCHEMA_PARSE_WITH_INPUT } from '../core/parse-options.js';
import { didYouMean } from '../core/suggest.js';
import { describeIssues } from '../check/schema-issues.js';
import { createTranslator, type Lang } from '../i18n/index.js';
import { ruleCatalog } from '../report/catalog.js';
import { configMessages } from './messages.js';
import { kindFileMessages } from '../kinds/data/messages.js';
import { registryFor } from '../kinds/registry.js';
import { configSchema, type RuleSetting } from './schema.js';

export const CONFIG_FILE = '.planrc.yaml';

export interface Config {
  /** The configuration file, absolute. */
  path: string;
  /** Its folder, which `ignore` patterns are relative to. */
  folder: string;
  rules: Readonly<Record<string, RuleSetting>>;
  lang?: Lang;
  ignore: readonly string[];
  /** Folders of kinds of the repository's own, absolute. */
  kinds: readonly string[];
  /** From what share of a field's limit, in per cent, a text is near it (field/near-limit). */
  warnFrom?: number;
  /** Folders outside a plan's own that its pictures may come from, absolute. */
  pictureFolders: readonly string[];
  /** The organisation's Word template for rendered documents, absolute. */
  referenceDoc?: string;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; diagnostics: Diagnostic[] };

/**
 * A configuration file read and checked as strictly as a plan: YAML errors, unknown keys (with a
 * suggestion), wrong values and unknown rule ids are problems at their line and column, in `lang`.
 */
export function parseConfig(bytes: Uint8Array, path: string, lang: Lang): ConfigResult {
  const t = createTranslator(lang, configMessages, kindFileMessages);
  const absolute = resolve(path);
  const empty: Config = { path: absolute, folder: dirname(absolute), rules: {}, ignore: [], kinds: [], pictureFolders: [] };
  const loaded = readPlanBytes(bytes, path, t);
  // An empty file, or one with only comments, is a configuration that changes nothing.
  if (loaded.diagnostics.length === 1 && loaded.diagnostics[0]!.ruleId === 'file/empty') return { ok: true, config: empty };
  if (!loaded.source || loaded.diagnostics.some((d) => d.severity === 'error')) {
    const diagnostics = loaded.diagnostics.map((d) => withoutHint(d.ruleId === 'plan/not-a-mapping' ? { ...d, message: t('config.notMapping') } : d));
    return { ok: false, diagnostics: diagnostics.filter((d) => d.severity === 'error') };
  }
  const source = loaded.source;
  const at = (pointer: string, target?: 'key' | 'value') => ({ file: path, pointer, ...locate(source, pointer, target) });

  const parsed = configSchema().safeParse(source.data, SCHEMA_PARSE_WITH_INPUT);
  if (!parsed.success) {
    const diagnostics = describeIssues(parsed.error.issues, configSchema(), lang, t).map(({ ruleId, message, hint, pointer, target }): Diagnostic => ({
      ruleId,
      severity: 'error',
      message,
      ...(hint ? { hint } : {}),
      ...at(pointer, target),
    }));
    return { ok: false, diagnostics };
  }

  const diagnostics: Diagnostic[] = [];
  const kindFolders = (parsed.data.kinds ?? []).map((folder) => resolve(dirname(absolute), folder));
  kindFolders.forEach((folder, index) => {
    if (isFolder(folder)) return;
    diagnostics.push({ ruleId: 'config/kinds-folder', severity: 'error', message: t('kindFile.folderMissing', { path: parsed.data.kinds![index]!, config: CONFIG_FILE }), ...at(toPointer(['kinds', index])) });
  });
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  // The kinds are read when a plan names one (see kindFailures): a run pays only for the kinds it uses.
  const registry = registryFor(kindFolders, lang);
  registry.refresh();
  // The whole catalogue (every kind compiled) only when there are rule ids to check against it.
  const known = Object.keys(parsed.data.rules ?? {}).length > 0 ? ruleCatalog(registry).map((rule) => rule.id) : [];
  for (const rule of Object.keys(parsed.data.rules ?? {})) {
    if (known.includes(rule)) continue;
    const suggestion = didYouMean(rule, known);
    diagnostics.push({
      ruleId: 'config/unknown-rule',
      severity: 'error',
      message: t('config.unknownRule', { rule }),
      hint: suggestion ? t('schema.didYouMean', { suggestion }) : t('config.ruleIdsHint'),
      ...at(toPointer(['rules', rule]), 'key'),
    });
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  const { rules = {}, lang: configLang, ignore: patterns = [], limits } = parsed.data;
  const warnFrom = limits?.warnFrom;
  return {
    ok: true,
    config: { ...empty, rules, ...(configLang ? { lang: configLang } : {}), ignore: patterns, kinds: kindFolders, pictureFolders: (parsed.data.pictureFolders ?? []).map((folder) => resolve(dirname(absolute), folder)), ...(warnFrom !== undefined ? { warnFrom } : {}), ...(parsed.data.docx?.referenceDoc !== undefined ? { referenceDoc: resolve(dirname(absolute), parsed.data.docx.referenceDoc) } : {}) },
  };
}

function withoutHint({ hint: _, ...diagnostic }: Diagnostic): Diagnostic {
  return diagnostic;
}

/** Where configuration files are found, each read once however many plans it governs. */
export class ConfigResolver {
  private readonly byFolder = new Map<string, Promise<Config | undefined>>();
  private readonly loaded = new Map<string, Promise<Config | undefined>>();
  private readonly matchers = new Map<Config, Ignore>();
  /** Configuration files that could not be used, with their problems; the caller stops if there are any. */
  readonly failures: { path: string; diagnostics: Diagnostic[]; reason?: string }[] = [];

  /**
   * @param explicit the file named with --config: it governs every plan, and no other is looked for.
   * @param lang the language of problems in configuration files.
   */
  constructor(private readonly options: { explicit?: string; lang: Lang; /** How the user wrote the explicit path. */ shownAs?: string }) {}

  /** The configuration that governs a plan: --config, else the nearest .planrc.yaml in its folder or above. */
  forFile(file: string): Promise<Config | undefined> {
    return this.forFolder(dirname(resolve(file)));
  }

  forFolder(folder: string): Promise<Config | undefined> {
    if (this.options.explicit !== undefined) return this.load(resolve(this.options.explicit), true);
    const absolute = resolve(folder);
    let found = this.byFolder.get(absolute);
    if (!found) {
      found = (async () => {
        const candidate = join(absolute, CONFIG_FILE);
        // A pipe, a device or a folder in its place is refused (exit 2), not passed over for a parent's configuration.
        if (isThere(candidate)) return this.load(candidate, false);
        const parent = dirname(absolute);
        return parent === absolute ? undefined : this.forFolder(parent);
      })();
      this.byFolder.set(absolute, found);
    }
    return found;
  }

  /** Whether the governing configuration's `ignore` patterns exclude a path (a folder when `folder` is true). */
  ignores(config: Config | undefined, path: string, folder = false): boolean {
    if (!config || config.ignore.length === 0) return false;
    const rel = relative(config.folder, resolve(path));
    if (rel === '' || rel === '..' || rel.startsWith('..' + sep)) return false;
    let matcher = this.matchers.get(config);
    if (!matcher) this.matchers.set(config, (matcher = ignore().add([...config.ignore])));
    const posix = rel.split(sep).join('/');
    return matcher.ignores(folder ? posix + '/' : posix);
  }

  private load(path: string, explicit: boolean): Promise<Config | undefined> {
    let result = this.loaded.get(path);
    if (!result) {
      result = (async () => {
        const t = createTranslator(this.options.lang, configMessages);
        // A FIFO or a device named with --config (or linked in a .planrc.yaml's place) is refused, not waited on.
        const read = readRegularFile(path);
        if (!read.ok) {
          const shown = explicit ? (this.options.shownAs ?? path) : path;
          const problem = read.problem === 'notRegular' ? t('config.notRegular') : read.problem === 'tooLarge' ? t('config.tooLarge', { size: formatBytes(read.size), limit: formatBytes(read.limit) }) : read.code;
          const reason = explicit && read.problem === 'unreadable' && read.code === 'ENOENT' ? t('config.notFound', { path: shown }) : t('config.unreadable', { path: shown, reason: problem });
          this.failures.push({ path, diagnostics: [], reason });
          return undefined;
        }
        const parsed = parseConfig(read.bytes, path, this.options.lang);
        if (parsed.ok) return parsed.config;
        this.failures.push({ path, diagnostics: parsed.diagnostics });
        return undefined;
      })();
      this.loaded.set(path, result);
    }
    return result;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

// Asked synchronously, as the plan files are (src/validate/files.ts).
function isThere(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Problems in a configuration file as the CLI prints them: `file:line:column: message hint`. */
export function formatConfigProblems(failure: ConfigResolver['failures'][number], lang: Lang, file: string = failure.path): string[] {
  const t = createTranslator(lang, configMessages);
  if (failure.reason) return [failure.reason];
  // A kind file's problems are in the kind file, not in the configuration that named its folder.
  const lines = failure.diagnostics.map((d) => t('config.problem', { file: d.file && d.file !== failure.path && resolve(d.file) !== failure.path ? d.file : file, line: d.line, column: d.column, message: d.hint ? `${d.message} ${d.hint}` : d.message }));
  const inKindFiles = failure.diagnostics.length > 0 && failure.diagnostics.every((d) => d.file && resolve(d.file) !== failure.path);
  return [...lines, t(inKindFiles ? 'config.kindsInvalid' : 'config.invalid', { path: file })];
}

/**
 * The kind files with mistakes among those the configurations of a run's plans name, as
 * configuration failures: a plan told its kind cannot be used (plan/kind-invalid) stops the run
 * with exit 2, as a configuration with a mistake does, every plan of the kind depending on it.
 */
export function kindFailures(configs: readonly (Config | undefined)[], lang: Lang): ConfigResolver['failures'] {
  const failures: ConfigResolver['failures'] = [];
  const seen = new Set<string>();
  for (const config of configs) {
    if (!config || config.kinds.length === 0 || seen.has(config.path)) continue;
    seen.add(config.path);
    const diagnostics = registryFor(config.kinds, lang).sourceProblems();
    if (diagnostics.length > 0) failures.push({ path: config.path, diagnostics });
  }
  return failures;
}
