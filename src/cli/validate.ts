import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { formatConfigProblems } from '../config/load.js';
import { countBySeverity } from '../core/diagnostic.js';
import { createTranslator, formatList, isLang, type Translate } from '../i18n/index.js';
import { formatters, isFormatName, type FormatName, type ValidationReport } from '../report/index.js';
import { countNoun } from '../report/messages.js';
import { escapeControls } from '../report/terminal.js';
import { parseConcurrency } from '../validate/pool.js';
import { validate as validateLibrary, type ValidateResult } from '../validate/validate.js';
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
  const stdinCount = paths.filter((path) => path === STDIN).length;
  if (stdinCount > 1) return fail(t('validate.stdinTwice'));
  if (stdinCount === 1 && !io.stdin) return fail(t('validate.noStdin'));
  const named = paths.filter((path) => path !== STDIN);
  const result = await validateLibrary(named, {
    cwd,
    ...(requested ? { lang: requested } : {}),
    fallbackLang: cliLang,
    ...(options.config !== undefined ? { config: options.config } : {}),
    ...(stdinCount === 1 ? { stdin: { ...(options.stdinFilename !== undefined ? { name: options.stdinFilename } : {}), bytes: await io.stdin!() } } : {}),
    concurrency,
    onWorkers: (threads, files) => {
      if (options.verbose) io.stderr.write(t('validate.workers', { files, threads }) + '\n');
    },
  });
  if (result.configFailures.length > 0) {
    for (const failure of result.configFailures) for (const line of formatConfigProblems(failure, cliLang, shownPath(cwd, failure.path))) io.stderr.write(line + '\n');
    return exit(EXIT.failure);
  }
  const { missing, unmatched, ignored } = result;
  for (const path of missing) fail(t('cli.notFound', { path }));
  for (const pattern of unmatched) fail(t('validate.noMatch', { pattern }));
  const failed = missing.length + unmatched.length > 0;
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
  const silent = format === 'stylish' && options.quiet && errors === 0 && warnings > 0 && options.outputFile === undefined;
  const written = silent || (await emit(report, format, options.outputFile, inputs, { io, cwd, t, catalog: result.catalog }));
  if (!written) exit(EXIT.failure);
  if (errors > 0) exit(EXIT.problems);
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(t('validate.tooManyWarnings', { warnings: countNoun(cliLang, 'warning', warnings), max: maxWarnings }) + '\n');
    exit(EXIT.problems);
  }
}

async function emit(report: ValidationReport, format: FormatName, outputFile: string | undefined, inputs: readonly string[], { io, cwd, t, catalog }: { io: Io; cwd: string; t: Translate; catalog: ValidateResult['catalog'] }): Promise<boolean> {
  const root = repositoryRoot(cwd, io.env);
  if (outputFile === undefined) {
    io.stdout.write(formatters[format](report, { color: useColor(io.stdout, io.env), root, cwd, catalog }));
    return true;
  }
  const destination = resolve(cwd, outputFile);
  try {
    await writeOutput(destination, formatters[format](report, { color: false, root, cwd, catalog }), { inputs });
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
