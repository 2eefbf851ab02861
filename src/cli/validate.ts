import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { checkBytes, type FileResult } from '../check/check.js';
import { WHOLE_FILE } from '../core/diagnostic.js';
import { createTranslator, formatList, isLang, type Lang } from '../i18n/index.js';
import { formatters, isFormatName, type FileReport, type ValidationReport } from '../report/index.js';
import { expandPaths } from './files.js';
import { localeLang, requestedLang, useColor } from './io.js';
import { cliMessages } from './messages.js';
import { EXIT, type CommandContext } from './main.js';

interface ValidateOptions {
  format: string;
  lang?: string;
}

export function registerValidate(program: Command, context: CommandContext): void {
  program
    .command('validate')
    .description('check plans: files, or folders searched for *.yaml and *.yml')
    .argument('[paths...]', 'files and folders to check', ['.'])
    .option('-f, --format <format>', `output format: ${Object.keys(formatters).join(', ')}`, 'stylish')
    .option('--lang <lang>', 'language of messages: sv, nb or en (default: each plan\'s own)')
    .action((paths: string[], options: ValidateOptions) => validate(paths, options, context));
}

async function validate(paths: string[], options: ValidateOptions, { io, exit }: CommandContext): Promise<void> {
  const lang = requestedLang(options.lang, io.env);
  const cliLang = lang ?? localeLang(io.env);
  const t = createTranslator(cliLang, cliMessages);
  if (options.lang !== undefined && !isLang(options.lang)) {
    io.stderr.write(t('cli.badLang', { lang: options.lang }) + '\n');
    return exit(EXIT.failure);
  }
  if (!isFormatName(options.format)) {
    io.stderr.write(t('cli.badFormat', { format: options.format, formats: formatList(cliLang, Object.keys(formatters)) }) + '\n');
    return exit(EXIT.failure);
  }

  const { files, missing } = await expandPaths(paths);
  for (const path of missing) io.stderr.write(t('cli.notFound', { path }) + '\n');
  if (missing.length > 0) exit(EXIT.failure);
  if (files.length === 0) {
    if (missing.length === 0) io.stderr.write(t('cli.noPlans', { paths: formatList(cliLang, paths) }) + '\n');
    return exit(EXIT.failure);
  }

  const results: FileResult[] = [];
  for (const file of files) {
    const result = await checkOne(file.path, lang);
    // A YAML file below a folder that does not say it is a plan is some other YAML file.
    if (!file.explicit && result.diagnostics.length === 1 && result.diagnostics[0]!.ruleId === 'plan/missing-kind') continue;
    results.push(result);
  }

  const report: ValidationReport = { files: results.map(toFileReport), lang: lang ?? commonLang(results) ?? localeLang(io.env) };
  io.stdout.write(formatters[options.format](report, { color: useColor(io.stdout, io.env) }));
  if (results.some((r) => r.diagnostics.some((d) => d.severity === 'error'))) exit(EXIT.problems);
}

async function checkOne(path: string, lang: Lang | undefined): Promise<FileResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    const t = createTranslator(lang ?? 'en');
    return { file: path, lang: lang ?? 'en', diagnostics: [{ ruleId: 'file/unreadable', severity: 'error', message: t('load.unreadable', { reason: code }), file: path, pointer: '', ...WHOLE_FILE }] };
  }
  return checkBytes(bytes, path, lang ? { lang } : {});
}

function toFileReport(result: FileResult): FileReport {
  return {
    file: result.file,
    ...(result.kind ? { kind: result.kind.id } : {}),
    diagnostics: result.diagnostics,
    ...(result.text !== undefined ? { text: result.text } : {}),
  };
}

function commonLang(results: readonly FileResult[]): Lang | undefined {
  const langs = new Set(results.map((r) => r.lang));
  return langs.size === 1 ? [...langs][0] : undefined;
}
