import { dirname, resolve } from 'node:path';
import { ConfigResolver, kindFailures, type Config } from '../config/load.js';
import type { Lang } from '../i18n/index.js';
import type { ValidationReport } from '../report/index.js';
import { ruleCatalog, type RuleInfo } from '../report/catalog.js';
import { registryFor } from '../kinds/registry.js';
import { expandPaths, type Expansion } from './files.js';
import { checkAll, type Concurrency, type WorkersTold } from './pool.js';
import { ResultCache, type CacheKey, type CacheNote } from './cache.js';
import { readPlanFile } from './read.js';
import type { CheckOutcome, CheckTask } from './tasks.js';

export interface ValidateOptions {
  /** The folder relative paths are read from; the current one by default. */
  cwd?: string;
  /** The language of messages; by default each plan's configuration's, else the plan's own. */
  lang?: Lang;
  /** The language problems in configuration files are told in, and the report's when its plans disagree. */
  fallbackLang?: Lang;
  /** A configuration file that governs every plan instead of the nearest .planrc.yaml. */
  config?: string;
  /** Standard input, as a plan of its own; `name` is what it is reported as and found its configuration by. */
  stdin?: { name?: string; bytes: Uint8Array };
  concurrency?: Concurrency;
  /**
   * Told how many worker threads were started, when any were, and for how many files; under
   * 'auto', also when none were for files enough to weigh it, and why (pool.ts's `WorkersTold`).
   */
  onWorkers?: (threads: number, files: number, none?: Parameters<WorkersTold>[1]) => void;
  /**
   * A file to keep outcomes in between runs (`plan validate --cache`), relative to `cwd`: a plan is
   * checked again only when it, its kind, its configuration or the program has changed.
   */
  cache?: string;
  /** Told when the cache file could not be read (it is then not used) or written. */
  onCacheNote?: (note: CacheNote) => void;
}

export interface ValidateResult {
  /** What every formatter takes: the plans checked, each with its problems. */
  report: ValidationReport;
  /** Configuration or kind files that could not be used: when there are any, no plan was checked. */
  configFailures: ConfigResolver['failures'];
  /** Paths named that do not exist, and globs that matched nothing. */
  missing: string[];
  unmatched: string[];
  /** Folders that could not be listed, with the system's reason. */
  unreadable: Expansion['unreadable'];
  /** .gitignore files not applied for their size. */
  largeIgnoreFiles: Expansion['largeIgnoreFiles'];
  /** Files and folders left out by .planrc.yaml's `ignore`. */
  ignored: string[];
  /** YAML files found in folders that are not plans (no `kind:`), left out of the report. */
  notPlans: string[];
  /** How many files were read, plans or not. */
  read: number;
  /** The files read, absolute: an output must not be written over one of them. */
  inputs: string[];
  /** Every rule the plans' kinds can report, the repository's own kinds' included (for SARIF's rule list). */
  catalog: () => readonly RuleInfo[];
}

/**
 * `plan validate` as a library call: files, folders (every *.yaml and *.yml below, honouring
 * .gitignore and .planrc.yaml's `ignore`) and globs, each plan checked with the configuration and
 * the kinds that govern it and its disable comments applied. The report is what the command prints.
 */
export async function validate(paths: readonly string[], options: ValidateOptions = {}): Promise<ValidateResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const fallbackLang = options.lang ?? options.fallbackLang ?? 'en';
  const configs = new ConfigResolver({ lang: fallbackLang, ...(options.config !== undefined ? { explicit: resolve(cwd, options.config), shownAs: options.config } : {}) });
  const sources = new Set<string>();
  /** The configuration file each task's settings come from, by its index, for the cache's key. */
  const configFiles = new Map<number, string>();
  const catalog = () => ruleCatalog(registryFor([...sources].sort(), fallbackLang));
  const empty = (fields: Partial<ValidateResult>): ValidateResult => ({ report: { files: [], lang: fallbackLang }, configFailures: [], missing: [], unmatched: [], unreadable: [], largeIgnoreFiles: [], ignored: [], notPlans: [], read: 0, inputs: [], catalog, ...fields });

  // A folder is ignored or not by the configuration above it; a file by its own folder's.
  const { files, missing, unmatched, unreadable, largeIgnoreFiles, ignored } = await expandPaths(paths, {
    cwd,
    isIgnored: async (absolute, folder) => configs.ignores(await configs.forFolder(dirname(absolute)), absolute, folder),
  });
  if (configs.failures.length > 0) return empty({ configFailures: configs.failures, missing, unmatched, unreadable, largeIgnoreFiles, ignored });

  const tasks: CheckTask[] = [];
  const used: (Config | undefined)[] = [];
  const taskFor = async (config: Awaited<ReturnType<ConfigResolver['forFile']>>) => {
    used.push(config);
    if (config) configFiles.set(tasks.length, config.path);
    const lang = options.lang ?? config?.lang;
    for (const source of config?.kinds ?? []) sources.add(source);
    return { ...(lang ? { lang } : {}), rules: config?.rules ?? {}, kindSources: config?.kinds ?? [], pictureFolders: config?.pictureFolders ?? [], ...(config?.warnFrom !== undefined ? { warnFrom: config.warnFrom } : {}) };
  };
  for (const file of files) tasks.push({ file: file.path, absolute: file.absolute, explicit: file.explicit, ...(await taskFor(await configs.forFile(file.absolute))) });
  if (options.stdin) {
    const name = options.stdin.name ?? '<stdin>';
    tasks.push({ file: name, bytes: options.stdin.bytes, explicit: true, ...(await taskFor(await configs.forFile(resolve(cwd, options.stdin.name ?? 'stdin')))) });
  }
  if (configs.failures.length > 0) return empty({ configFailures: configs.failures, missing, unmatched, unreadable, largeIgnoreFiles, ignored });

  const cachePath = options.cache === undefined ? undefined : resolve(cwd, options.cache);
  // A cache file named as one of the plans would be written over it: checked without the cache instead.
  const cacheIsInput = cachePath !== undefined && tasks.some((task) => task.absolute === cachePath);
  if (cacheIsInput) options.onCacheNote?.({ code: 'input', path: cachePath, reason: '' });
  const outcomes = cachePath === undefined || cacheIsInput
    ? await checkAll(tasks, options.concurrency ?? 'auto', options.onWorkers && ((threads, none) => options.onWorkers!(threads, tasks.length, none)))
    : await checkCached(tasks, new ResultCache(cachePath, options.onCacheNote ?? (() => {})), (index) => configFiles.get(index), options);
  if (outcomes.some((outcome) => outcome.report.diagnostics.some((d) => d.ruleId === 'plan/kind-invalid'))) {
    const failures = kindFailures(used, fallbackLang);
    if (failures.length > 0) return empty({ configFailures: failures, missing, unmatched, unreadable, largeIgnoreFiles, ignored });
  }
  const checked: CheckOutcome[] = [];
  const skipped: CheckOutcome[] = [];
  for (const outcome of outcomes) (outcome.notPlan ? skipped : checked).push(outcome);
  // An empty *.yaml among plans is more likely a plan emptied by mistake than another tool's file: a warning.
  // Where there are no plans at all it is only one more file that is not a plan.
  const warned = checked.length > 0 ? skipped.filter((outcome) => outcome.emptyPlanFile) : [];
  const notPlans = warned.length > 0 ? skipped.filter((outcome) => !outcome.emptyPlanFile) : skipped;
  if (warned.length > 0) {
    // Reported in folder order, as if the empty files had never been set apart.
    const order = new Map(outcomes.map((outcome, index) => [outcome, index]));
    checked.push(...warned);
    checked.sort((a, b) => order.get(a)! - order.get(b)!);
  }
  const report: ValidationReport = {
    files: checked.map(({ report: file, lang }) => ({ ...file, lang })),
    // Plans in Swedish and Norwegian side by side: the summary is in one language, the first plan's.
    lang: options.lang ?? checked[0]?.lang ?? fallbackLang,
    ...(notPlans.length > 0 ? { skipped: notPlans.length } : {}),
  };
  return {
    report,
    configFailures: [],
    missing,
    unmatched,
    unreadable,
    largeIgnoreFiles,
    ignored,
    notPlans: notPlans.map((outcome) => outcome.report.file),
    read: tasks.length,
    inputs: tasks.flatMap((task) => (task.absolute ? [task.absolute] : [])),
    catalog,
  };
}

/**
 * Every task, those whose outcome the cache holds taken from it and only the others checked (in
 * worker threads as without the cache). Each file is read once here: its bytes are what is hashed
 * and what is checked, so an edit between the two cannot put one file's outcome under another's hash.
 */
async function checkCached(tasks: readonly CheckTask[], cache: ResultCache, configFile: (index: number) => string | undefined, options: ValidateOptions): Promise<CheckOutcome[]> {
  const outcomes: CheckOutcome[] = new Array(tasks.length);
  // A task without a key (standard input, a file that cannot be read) is checked, and not kept.
  const pending: { index: number; task: CheckTask; key?: CacheKey }[] = [];
  tasks.forEach((task, index) => {
    if (task.absolute === undefined || task.bytes !== undefined) {
      pending.push({ index, task });
      return;
    }
    const read = readPlanFile(task.absolute, task.file, task.lang ?? 'en');
    if (!read.ok) {
      pending.push({ index, task });
      return;
    }
    const found = cache.lookup(task, read.bytes, configFile(index));
    if ('outcome' in found) outcomes[index] = found.outcome;
    else pending.push({ index, task: { ...task, bytes: read.bytes }, key: found.key });
  });
  const fresh = await checkAll(pending.map((p) => p.task), options.concurrency ?? 'auto', options.onWorkers && ((threads, none) => options.onWorkers!(threads, pending.length, none)));
  fresh.forEach((outcome, i) => {
    const { index, task, key } = pending[i]!;
    const { reads, ...kept } = outcome;
    outcomes[index] = kept;
    if (key !== undefined) cache.store(task, key, kept, reads ?? []);
  });
  cache.save();
  return outcomes;
}
