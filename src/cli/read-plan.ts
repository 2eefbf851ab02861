import { existsSync } from 'node:fs';
import type { FileResult } from '../check/check.js';
import { createTranslator, type Lang } from '../i18n/index.js';
import type { AnyKind } from '../kinds/define.js';
import { formatters } from '../report/index.js';
import { checkPlanAsConfigured } from '../validate/read.js';
import { localeLang, useColor, type Io } from './io.js';
import { cliMessages } from './messages.js';
import { EXIT, type CommandContext } from './context.js';

/** One file's problems on standard error, as `plan validate` shows them. */
export function writeProblems(result: FileResult, io: Io, lang: Lang = result.lang): void {
  const report = { files: [{ file: result.file, diagnostics: result.diagnostics, ...(result.text !== undefined ? { text: result.text } : {}) }], lang };
  io.stderr.write(formatters.stylish(report, { color: useColor(io.stderr, io.env) }));
}

export type OpenedPlan = FileResult & { kind: AnyKind; plan: unknown };

/**
 * The one plan a command shows something of (its budget, its key figures), checked as validate
 * checks it. A missing file or a bad configuration is exit 2; a file that cannot be read as a plan
 * of its kind gets its problems shown and `notAPlan`'s sentence, with exit 1. Then it is undefined.
 */
export async function openPlan(file: string, lang: Lang | undefined, { io, exit }: CommandContext, notAPlan: (result: FileResult) => string): Promise<OpenedPlan | undefined> {
  if (!existsSync(file)) {
    io.stderr.write(createTranslator(lang ?? localeLang(io.env), cliMessages)('cli.notFound', { path: file }) + '\n');
    exit(EXIT.failure);
    return undefined;
  }
  const { result, configProblems } = await checkPlanAsConfigured(file, lang, localeLang(io.env));
  if (configProblems.length > 0) {
    for (const line of configProblems) io.stderr.write(line + '\n');
    exit(EXIT.failure);
    return undefined;
  }
  if (!result.kind || result.plan === undefined) {
    writeProblems(result, io);
    io.stderr.write(notAPlan(result) + '\n');
    exit(EXIT.problems);
    return undefined;
  }
  return result as OpenedPlan;
}
