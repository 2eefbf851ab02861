import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { formatConfigProblems, ConfigResolver } from '../config/load.js';
import { countBySeverity } from '../core/diagnostic.js';
import { createTranslator, formatList, isLang, type Lang, type Translate } from '../i18n/index.js';
import { formatters, isFormatName, type FormatName, type ValidationReport } from '../report/index.js';
import { countNoun } from '../report/messages.js';
import { escapeControls } from '../report/terminal.js';
import type { CheckOutcome, CheckTask } from './check-files.js';
import { checkAll, parseConcurrency } from './pool.js';
import { expandPaths } from './files.js';
import { localeLang, requestedLang, useColor, type Io } from './io.js';
import { cliMessages } from './messages.js';
import { EXIT, type CommandContext } from './context.js';
import { writeOutput, WriteError } from './output.js';

interface ValidateOptions {
  format?: string;
  outputFile?: string;
  lang?: string;
  config?: string;
  maxWarnings?: string;
  quiet?: boolean;
  verbose?: boolean;
  stdinFilename?: string;
  concurrency?: string;
}

const STDIN = '-';

export function registerValidate(program: Command, context: CommandContext): void {
  program
    .command('validate')
    .description('check plans: files, folders searched for *.yaml and *.yml, globs, or - for standard input')
    .argument('[paths...]', 'files, folders and globs to check', ['.'])
    .option('-f, --format <format>', `output format: ${Object.keys(formatters).join(', ')} (default: stylish; github when GITHUB_ACTIONS=true)`)
    .option('-o, --output-file <file>', 'write the report to this file instead of standard output')
    .option('--lang <lang>', 'language of messages: sv, nb or en (default: the configuration\'s, else each plan\'s own)')
    .option('-c, --config <file>', 'use this configuration file instead of looking for .planrc.yaml')
    .option('--max-warnings <number>', 'exit with 1 when there are more warnings than this')
    .option('--quiet', 'report errors only')
    .option('--verbose', 'say which files were skipped and why')
    .option('--stdin-filename <name>', 'the name to report standard input (-) under, and to find its configuration from')
    .option('--concurrency <threads>', 'worker threads beside the main one: a number, off, or auto (one per further core, when the files checked first show the work left is worth it)', 'auto')
    .action((paths: string[], options: ValidateOptions) => validate(paths, options, context));
}

async function validate(paths: string[], options: ValidateOptions, { io, exit }: CommandContext): Promise<void> {
  const requested = requestedLang(options.lang, io.env);
  const cliLang = requested ?? localeLang(io.env);
  const t = createTranslator(cliLang, cliMessages);
  const fail = (message: string) => {
    io.stderr.write(message + '\n');
    exit(EXIT.failure);
  };
  if (options.lang !== undefined && !isLang(options.lang)) return fail(t('cli.badLang', { lang: options.lang }));
  if (options.format !== undefined && !isFormatName(options.format)) {
    return fail(t('cli.badFormat', { format: options.format, formats: formatList(cliLang, Object.keys(formatters)) }));
  }
  const maxWarnings = options.maxWarnings === undefined ? undefined : /^\d+$/.test(options.maxWarnings) ? Number(options.maxWarnings) : NaN;
  if (Number.isNaN(maxWarnings)) return fail(t('validate.badMaxWarnings', { value: options.maxWarnings! }));
  const concurrency = parseConcurrency(options.concurrency);
  if (concurrency === undefined) return fail(t('validate.badConcurrency', { value: options.concurrency! }));
  // Annotations on the pull request are what a GitHub Actions log wants, unless the report goes to a file.
  const format: FormatName = (options.format as FormatName | undefined) ?? (io.env.GITHUB_ACTIONS === 'true' && !options.outputFile ? 'github' : 'stylish');

  const cwd = io.cwd ?? process.cwd();
  const configs = new ConfigResolver({ lang: cliLang, ...(options.config !== undefined ? { explicit: resolve(cwd, options.config), shownAs: options.config } : {}) });
  const stopOnBadConfig = () => {
    if (configs.failures.length === 0) return false;
    for (const failure of configs.failures.splice(0)) for (const line of formatConfigProblems(failure, cliLang, shownPath(cwd, failure.path))) io.stderr.write(line + '\n');
    exit(EXIT.failure);
    return true;
  };

  const stdinCount = paths.filter((path) => path === STDIN).length;
  if (stdinCount > 1) return fail(t('validate.stdinTwice'));
  const named = paths.filter((path) => path !== STDIN);
  // A folder is ignored or not by the configuration above it; a file by its own folder's.
  const { files, missing, unmatched, ignored } = await expandPaths(named, {
    cwd,
    isIgnored: async (absolute, folder) => configs.ignores(await configs.forFolder(dirname(absolute)), absolute, folder),
  });
  if (stopOnBadConfig()) return;
  for (const path of missing) fail(t('cli.notFound', { path }));
  for (const pattern of unmatched) fail(t('validate.noMatch', { pattern }));
  const failed = missing.length + unmatched.length > 0;
  if (options.verbose) for (const path of ignored) io.stderr.write(t('validate.ignored', { path: escapeControls(path) }) + '\n');

  const tasks: CheckTask[] = [];
  for (const file of files) {
    const config = await configs.forFile(file.absolute);
    const lang = requested ?? config?.lang;
    tasks.push({ file: file.path, absolute: file.absolute, explicit: file.explicit, ...(lang ? { lang } : {}), rules: config?.rules ?? {}, kindSources: config?.kinds ?? [] });
  }
  if (stdinCount === 1) {
    if (!io.stdin) return fail(t('validate.noStdin'));
    const name = options.stdinFilename ?? '<stdin>';
    const config = await configs.forFile(resolve(cwd, options.stdinFilename ?? 'stdin'));
    const lang = requested ?? config?.lang;
    tasks.push({ file: name, bytes: await io.stdin(), explicit: true, ...(lang ? { lang } : {}), rules: config?.rules ?? {}, kindSources: config?.kinds ?? [] });
  }
  if (stopOnBadConfig()) return;
  // Everything named was ignored on purpose: an empty report, which CI services still want to read.
  if (tasks.length === 0 && (failed || ignored.length === 0)) return failed ? undefined : fail(t('cli.noPlans', { paths: formatList(cliLang, named) }));

  const outcomes = await checkAll(tasks, concurrency, (threads) => {
    if (options.verbose) io.stderr.write(t('validate.workers', { files: tasks.length, threads }) + '\n');
  });
  const checked: CheckOutcome[] = [];
  const skipped: CheckOutcome[] = [];
  for (const outcome of outcomes) (outcome.notPlan ? skipped : checked).push(outcome);
  // An empty *.yaml among plans is more likely a plan emptied by mistake than another tool's file: a warning.
  // Where there are no plans at all it is only one more file that is not a plan.
  const warned = checked.length > 0 ? skipped.filter((outcome) => outcome.emptyPlanFile) : [];
  const notPlans = warned.length > 0 ? skipped.filter((outcome) => !outcome.emptyPlanFile) : skipped;
  if (options.verbose) for (const outcome of notPlans) io.stderr.write(t('validate.skippedNonPlan', { path: escapeControls(outcome.report.file) }) + '\n');
  if (checked.length === 0 && tasks.length > 0) return failed ? undefined : fail(t('cli.noPlans', { paths: formatList(cliLang, named) }));
  if (warned.length > 0) {
    // Reported in folder order, as if the empty files had never been set apart.
    const order = new Map(outcomes.map((outcome, index) => [outcome, index]));
    checked.push(...warned);
    checked.sort((a, b) => order.get(a)! - order.get(b)!);
  }

  let errors = 0;
  let warnings = 0;
  for (const { report } of checked) {
    const counts = countBySeverity(report.diagnostics);
    errors += counts.errors;
    warnings += counts.warnings;
  }
  const report: ValidationReport = {
    files: checked.map(({ report: file }) => (options.quiet ? { ...file, diagnostics: file.diagnostics.filter((d) => d.severity === 'error') } : file)),
    lang: requested ?? commonLang(checked) ?? localeLang(io.env),
    ...(notPlans.length > 0 ? { skipped: notPlans.length } : {}),
  };
  const inputs = tasks.flatMap((task) => (task.absolute ? [task.absolute] : []));
  // "No problems" would be untrue when --quiet hid warnings; as ESLint, say nothing then.
  const silent = format === 'stylish' && options.quiet && errors === 0 && warnings > 0 && options.outputFile === undefined;
  const written = silent || (await emit(report, format, options.outputFile, inputs, { io, cwd, t }));
  if (!written) exit(EXIT.failure);
  if (errors > 0) exit(EXIT.problems);
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(t('validate.tooManyWarnings', { warnings: countNoun(cliLang, 'warning', warnings), max: maxWarnings }) + '\n');
    exit(EXIT.problems);
  }
}

async function emit(report: ValidationReport, format: FormatName, outputFile: string | undefined, inputs: readonly string[], { io, cwd, t }: { io: Io; cwd: string; t: Translate }): Promise<boolean> {
  const root = repositoryRoot(cwd, io.env);
  if (outputFile === undefined) {
    io.stdout.write(formatters[format](report, { color: useColor(io.stdout, io.env), root }));
    return true;
  }
  const destination = resolve(cwd, outputFile);
  try {
    await writeOutput(destination, formatters[format](report, { color: false, root }), { inputs });
    return true;
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    const message = error.describe(outputFile, t);
    io.stderr.write(message + '\n');
    return false;
  }
}

/** What paths in SARIF and GitHub annotations are relative to: the Actions workspace, else the enclosing git repository, else the current folder. */
function repositoryRoot(cwd: string, env: Io['env']): string {
  if (env.GITHUB_WORKSPACE) return env.GITHUB_WORKSPACE;
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return cwd;
  }
}

/** A path relative to the current folder when it is inside it, as the user would write it. */
function shownPath(cwd: string, absolute: string): string {
  const path = relative(cwd, absolute);
  return path === '' || path.startsWith('..') || isAbsolute(path) ? absolute : path;
}

function commonLang(outcomes: readonly CheckOutcome[]): Lang | undefined {
  const langs = new Set(outcomes.map((outcome) => outcome.lang));
  return langs.size === 1 ? [...langs][0] : undefined;
}
