import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigResolver, formatConfigProblems } from '../config/load.js';
import { countBySeverity } from '../core/diagnostic.js';
import { createTranslator, formatList, isLang, type Messages, type Translate } from '../i18n/index.js';
import { formatters, isFormatName, type FormatName, type ValidationReport } from '../report/index.js';
import { countNoun } from '../report/messages.js';
import { escapeControls } from '../report/terminal.js';
import { parseConcurrency } from '../validate/pool.js';
import { validate as validateLibrary, type ValidateResult } from '../validate/validate.js';
import { cacheFile, type CacheNote } from '../validate/cache.js';
import { writeFixes } from './fix.js';
import { sayPathProblems, shownPath } from './named-paths.js';
import { localeLang, requestedLang, useColor, type Io } from './io.js';
import { cliMessages } from './messages.js';
import { EXIT, type CommandContext } from './context.js';
import { writeOutput, WriteError } from './output.js';

const messages: Messages<'validate.oneStdout' | 'validate.outputForOne' | 'validate.sameReportFile' | 'validate.printConfigOne'> = {
  en: {
    'validate.oneStdout': 'plan: only one report can go to standard output; give the others a file ("-f {format}:<file>")',
    'validate.outputForOne': 'plan: -o names the file of one report; with several formats, give each its file ("-f {format}:<file>")',
    'validate.sameReportFile': 'plan: two reports would be written to {path}',
    'validate.printConfigOne': 'plan: --print-config shows the settings of one file; name it and no other paths',
  },
  sv: {
    'validate.oneStdout': 'plan: bara en rapport kan skrivas till standard ut; ge de andra en fil ("-f {format}:<fil>")',
    'validate.outputForOne': 'plan: -o anger filen för en rapport; med flera format, ge var och en sin fil ("-f {format}:<fil>")',
    'validate.sameReportFile': 'plan: två rapporter skulle skrivas till {path}',
    'validate.printConfigOne': 'plan: --print-config visar inställningarna för en fil; ange den och inga andra sökvägar',
  },
  nb: {
    'validate.oneStdout': 'plan: bare én rapport kan skrives til standard ut; gi de andre en fil ("-f {format}:<fil>")',
    'validate.outputForOne': 'plan: -o angir filen for én rapport; med flere formater, gi hver sin fil ("-f {format}:<fil>")',
    'validate.sameReportFile': 'plan: to rapporter ville blitt skrevet til {path}',
    'validate.printConfigOne': 'plan: --print-config viser innstillingene for én fil; oppgi den og ingen andre stier',
  },
};

/** One report a run writes: a format, to a file or (without one) to standard output. */
interface ReportTarget {
  format: FormatName;
  file?: string;
}

interface ValidateOptions {
  format?: string[];
  printConfig?: string;
  outputFile?: string;
  lang?: string;
  config?: string;
  maxWarnings?: string;
  quiet?: boolean;
  verbose?: boolean;
  stdinFilename?: string;
  concurrency?: string;
  cache?: boolean;
  cacheLocation?: string;
  fix?: boolean;
}

const STDIN = '-';

export function registerValidate(program: Command, context: CommandContext): void {
  program
    .command('validate')
    .description('check plans: files, folders searched for *.yaml and *.yml, globs, or - for standard input')
    .argument('[paths...]', 'files, folders and globs to check', ['.'])
    .option('-f, --format <format[:file]>', `output format: ${Object.keys(formatters).join(', ')} (default: stylish; github when GITHUB_ACTIONS=true); give it more than once for several reports, each other than one with its file: -f stylish -f sarif:plan.sarif`, (value: string, previous: string[] | undefined) => [...(previous ?? []), value])
    .option('-o, --output-file <file>', 'write the report to this file instead of standard output')
    .option('--print-config <file>', 'print the settings that apply to this file and the .planrc.yaml they come from, as JSON, and check nothing')
    .option('--lang <lang>', 'language of messages: sv, nb or en (default: the configuration\'s, else each plan\'s own)')
    .option('-c, --config <file>', 'use this configuration file instead of looking for .planrc.yaml')
    .option('--max-warnings <number>', 'exit with 1 when there are more warnings than this')
    .option('--quiet', 'report errors only')
    .option('--verbose', 'say which files were skipped and why')
    .option('--stdin-filename <name>', 'the name to report standard input (-) under, and to find its configuration from')
    .option('--concurrency <threads>', 'worker threads beside the main one: a number, off, or auto (one per further core, when the files checked first show the work left is worth it)', 'auto')
    .option('--cache', 'check only the plans that changed since the last run with --cache (or whose kind, configuration or plan version did)')
    .option('--cache-location <file>', 'where --cache keeps what it knows (default: .plancache in the current folder; a folder, or a name ending in /, means .plancache in it, made if missing)')
    .option('--fix', 'mend what needs no judgement (unused disable comments, a misspelt key with one close candidate), say what changed, then report the rest')
    .action((paths: string[], options: ValidateOptions) => validate(paths, options, context));
}

async function validate(paths: string[], options: ValidateOptions, { io, exit }: CommandContext): Promise<void> {
  const requested = requestedLang(options.lang, io.env);
  const cliLang = requested ?? localeLang(io.env);
  const t = createTranslator(cliLang, cliMessages, messages);
  const fail = (message: string) => {
    io.stderr.write(message + '\n');
    exit(EXIT.failure);
  };
  if (options.lang !== undefined && !isLang(options.lang)) return fail(t('cli.badLang', { lang: options.lang }));
  const targets = reportTargets(options, io.env, cliLang, t);
  if (typeof targets === 'string') return fail(targets);
  const maxWarnings = options.maxWarnings === undefined ? undefined : /^\d+$/.test(options.maxWarnings) ? Number(options.maxWarnings) : NaN;
  if (Number.isNaN(maxWarnings)) return fail(t('validate.badMaxWarnings', { value: options.maxWarnings! }));
  const concurrency = parseConcurrency(options.concurrency);
  if (concurrency === undefined) return fail(t('validate.badConcurrency', { value: options.concurrency! }));

  const cwd = io.cwd ?? process.cwd();
  const cache = options.cache ? cacheFile(cwd, options.cacheLocation) : undefined;
  // Else each run's report would replace the cache it had just written.
  const cacheTarget = cache === undefined ? undefined : targets.find((target) => target.file !== undefined && samePath(resolve(cwd, target.file), cache));
  if (cacheTarget) return fail(t('validate.cacheIsOutput', { path: escapeControls(cacheTarget.file!) }));
  // Such a file, once written, would be found as a plan (or a configuration) by the runs after.
  if (cache !== undefined && /\.ya?ml$/i.test(cache)) return fail(t('validate.cacheIsYaml', { path: escapeControls(options.cacheLocation ?? cache) }));
  if (options.printConfig !== undefined) {
    if (paths.length !== 1 || paths[0] !== '.') return fail(t('validate.printConfigOne'));
    return printConfig(options.printConfig, { options, requested, cwd, io, exit, cliLang });
  }
  const stdinCount = paths.filter((path) => path === STDIN).length;
  if (stdinCount > 1) return fail(t('validate.stdinTwice'));
  if (stdinCount === 1 && !io.stdin) return fail(t('validate.noStdin'));
  const named = paths.filter((path) => path !== STDIN);
  const stdin = stdinCount === 1 ? await io.stdin!() : undefined;
  const run = () => validateLibrary(named, {
    cwd,
    ...(requested ? { lang: requested } : {}),
    fallbackLang: cliLang,
    ...(options.config !== undefined ? { config: options.config } : {}),
    ...(stdin ? { stdin: { ...(options.stdinFilename !== undefined ? { name: options.stdinFilename } : {}), bytes: stdin } } : {}),
    concurrency,
    ...(cache !== undefined ? { cache, onCacheNote: (note: CacheNote) => io.stderr.write(t(`validate.cache.${note.code}`, { path: escapeControls(note.path), reason: note.reason }) + '\n') } : {}),
    onWorkers: (threads, files, none) => {
      if (!options.verbose) return;
      if (none === undefined) io.stderr.write(t('validate.workers', { files, threads }) + '\n');
      else if (none.why === 'not-worth') io.stderr.write(t('validate.workers.notWorth', { files, ms: Math.round(none.workLeftMs) }) + '\n');
      else io.stderr.write(t(WHY_NO_WORKERS[none.why], { files }) + '\n');
    },
  });
  let result = await run();
  // Standard input has no file to write back to; its problems are reported as they are.
  // A fix can show the next (a misspelt key inside a misspelt key's mapping); a few rounds take them all.
  for (let round = 0; options.fix && round < 5 && result.configFailures.length === 0; round++) {
    if (!(await writeFixes(result.report, { io, cwd, t, skip: (file) => stdin !== undefined && file === (options.stdinFilename ?? '<stdin>') }))) break;
    result = await run();
  }
  if (result.configFailures.length > 0) {
    for (const failure of result.configFailures) for (const line of formatConfigProblems(failure, cliLang, shownPath(cwd, failure.path))) io.stderr.write(line + '\n');
    return exit(EXIT.failure);
  }
  const { ignored } = result;
  const failed = sayPathProblems(result, t, (line) => io.stderr.write(line + '\n'), cwd);
  if (failed) exit(EXIT.failure);
  if (options.verbose) for (const path of ignored) io.stderr.write(t('validate.ignored', { path: escapeControls(path) }) + '\n');
  if (options.verbose) for (const path of result.notPlans) io.stderr.write(t('validate.skippedNonPlan', { path: escapeControls(path) }) + '\n');
  // Everything named was ignored on purpose: an empty report, which CI services still want to read.
  const nothing = result.read === 0 ? failed || ignored.length === 0 : result.report.files.length === 0;
  if (nothing) return failed ? undefined : fail(t('cli.noPlans', { paths: formatList(cliLang, named) }));

  let errors = 0;
  let warnings = 0;
  for (const report of result.report.files) {
    const counts = countBySeverity(report.diagnostics);
    errors += counts.errors;
    warnings += counts.warnings;
  }
  const report: ValidationReport = options.quiet ? { ...result.report, files: result.report.files.map((file) => ({ ...file, diagnostics: file.diagnostics.filter((d) => d.severity === 'error') })) } : result.report;
  const inputs = result.inputs;
  // "No problems" would be untrue when --quiet hid warnings; as ESLint, say nothing then.
  const silent = (target: ReportTarget) => target.format === 'stylish' && options.quiet && errors === 0 && warnings > 0 && target.file === undefined;
  const written = await emit(report, targets.filter((target) => !silent(target)), inputs, { io, cwd, t, catalog: result.catalog });
  if (!written) exit(EXIT.failure);
  if (errors > 0) exit(EXIT.problems);
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(t('validate.tooManyWarnings', { warnings: countNoun(cliLang, 'warning', warnings), max: maxWarnings }) + '\n');
    exit(EXIT.problems);
  }
}

/** Whether two absolute paths name the same file; Windows and macOS file names ignore case. */
function samePath(a: string, b: string): boolean {
  return process.platform === 'win32' || process.platform === 'darwin' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

const WHY_NO_WORKERS = { 'one-core': 'validate.workers.oneCore', 'no-free-core': 'validate.workers.noFreeCore' } as const;

/**
 * The reports the options ask for: each -f is a format, alone or with its file ("sarif:plan.sarif");
 * -o is the file of the one without. At most one goes to standard output, and no two to one file.
 */
function reportTargets(options: ValidateOptions, env: Io['env'], lang: ReturnType<typeof localeLang>, t: Translate): ReportTarget[] | string {
  const formats = options.format ?? [];
  if (formats.length === 0) {
    // Annotations on the pull request are what a GitHub Actions log wants, unless the report goes to a file.
    const format: FormatName = env.GITHUB_ACTIONS === 'true' && !options.outputFile ? 'github' : 'stylish';
    return [{ format, ...(options.outputFile !== undefined ? { file: options.outputFile } : {}) }];
  }
  const targets: ReportTarget[] = [];
  for (const value of formats) {
    const colon = value.indexOf(':');
    const name = colon < 0 ? value : value.slice(0, colon);
    if (!isFormatName(name)) return t('cli.badFormat', { format: name, formats: formatList(lang, Object.keys(formatters)) });
    const file = colon < 0 ? undefined : value.slice(colon + 1);
    targets.push({ format: name, ...(file ? { file } : {}) });
  }
  const unnamed = targets.filter((target) => target.file === undefined);
  if (unnamed.length > 1) return t(options.outputFile !== undefined ? 'validate.outputForOne' : 'validate.oneStdout', { format: unnamed[1]!.format });
  if (options.outputFile !== undefined) {
    if (unnamed.length === 0) return t('validate.outputForOne', { format: targets[0]!.format });
    unnamed[0]!.file = options.outputFile;
  }
  const files = new Set<string>();
  for (const { file } of targets) {
    if (file === undefined) continue;
    const key = resolve(file);
    if (files.has(key)) return t('validate.sameReportFile', { path: file });
    files.add(key);
  }
  return targets;
}

/** Every report, each file written whole or not at all; false when one could not be written. */
async function emit(report: ValidationReport, targets: readonly ReportTarget[], inputs: readonly string[], { io, cwd, t, catalog }: { io: Io; cwd: string; t: Translate; catalog: ValidateResult['catalog'] }): Promise<boolean> {
  const root = repositoryRoot(cwd, io.env);
  let ok = true;
  for (const { format, file } of targets) {
    if (file === undefined) {
      io.stdout.write(formatters[format](report, { color: useColor(io.stdout, io.env), root, cwd, catalog }));
      continue;
    }
    try {
      await writeOutput(resolve(cwd, file), formatters[format](report, { color: false, root, cwd, catalog }), { inputs });
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      io.stderr.write(error.describe(file, t) + '\n');
      ok = false;
    }
  }
  return ok;
}

/**
 * `--print-config <file>`: the settings that govern a file, as `plan validate` would use them, and
 * where each comes from, as JSON, so that a user can see why a rule is off or a file skipped.
 */
async function printConfig(file: string, { options, requested, cwd, io, exit, cliLang }: { options: ValidateOptions; requested: ReturnType<typeof requestedLang>; cwd: string; io: Io; exit: CommandContext['exit']; cliLang: ReturnType<typeof localeLang> }): Promise<void> {
  const absolute = resolve(cwd, file);
  const resolver = new ConfigResolver({ lang: cliLang, ...(options.config !== undefined ? { explicit: resolve(cwd, options.config), shownAs: options.config } : {}) });
  const config = await resolver.forFile(absolute);
  if (resolver.failures.length > 0) {
    for (const failure of resolver.failures) for (const line of formatConfigProblems(failure, cliLang, shownPath(cwd, failure.path))) io.stderr.write(line + '\n');
    return exit(EXIT.failure);
  }
  const lang = requested !== undefined
    ? { lang: requested, langFrom: options.lang !== undefined ? '--lang' : 'PLAN_LANG' }
    : config?.lang !== undefined
      ? { lang: config.lang, langFrom: shownPath(cwd, config.path) }
      : { lang: null, langFrom: 'the plan\'s own language' };
  const printed = {
    file: shownPath(cwd, absolute),
    config: config ? shownPath(cwd, config.path) : null,
    ...lang,
    rules: config?.rules ?? {},
    ignore: config?.ignore ?? [],
    ignored: resolver.ignores(config, absolute),
    kinds: (config?.kinds ?? []).map((folder) => shownPath(cwd, folder)),
  };
  io.stdout.write(JSON.stringify(printed, null, 2) + '\n');
}

/** What paths in SARIF and GitHub annotations are relative to: the Actions workspace, else the enclosing git repository, else the current folder. */
function repositoryRoot(cwd: string, env: Io['env']): string {
  if (env.GITHUB_WORKSPACE) return env.GITHUB_WORKSPACE;
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return cwd;
  }
}

