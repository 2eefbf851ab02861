import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { WHOLE_FILE, type Diagnostic } from '../core/diagnostic.js';
import { decodeDiagnostic } from '../core/load.js';
import { MAX_FILE_BYTES } from '../core/source.js';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkBytes, type FileResult } from '../check/check.js';
import { settle } from '../config/apply.js';
import { ConfigResolver, formatConfigProblems } from '../config/load.js';
import { registryFor } from '../kinds/registry.js';
import { createTranslator, type Lang } from '../i18n/index.js';
import type { AnyKind } from '../kinds/define.js';
import { formatters } from '../report/index.js';
import { localeLang, useColor, type Io } from './io.js';
import { cliMessages } from './messages.js';
import { EXIT, type CommandContext } from './context.js';

export type PlanBytes = { ok: true; bytes: Uint8Array } | { ok: false; diagnostic: Diagnostic };

/**
 * A plan file's bytes, or the reason they cannot be had, as a diagnostic on the file. A pipe or a
 * device named as a plan would block or never end, so only regular files are read; one larger
 * than any plan is refused before its bytes are read, so memory stays bounded.
 */
export function readPlanFile(path: string, file: string, lang: Lang): PlanBytes {
  const t = createTranslator(lang);
  const problem = (ruleId: string, message: string): PlanBytes => ({ ok: false, diagnostic: { ruleId, severity: 'error', message, file, pointer: '', ...WHOLE_FILE } });
  let fd: number;
  try {
    // Non-blocking, so that opening a pipe does not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return problem('file/unreadable', t('load.unreadable', { reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return problem('file/unreadable', t('load.notRegular'));
    if (info.size > MAX_FILE_BYTES) return { ok: false, diagnostic: decodeDiagnostic({ code: 'tooLarge', size: info.size, limit: MAX_FILE_BYTES }, new Uint8Array(), file, t) };
    const bytes = Buffer.alloc(info.size);
    let read = 0;
    while (read < info.size) {
      const count = readSync(fd, bytes, read, info.size - read, null);
      if (count === 0) break;
      read += count;
    }
    return { ok: true, bytes: bytes.subarray(0, read) };
  } catch (error) {
    return problem('file/unreadable', t('load.unreadable', { reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  } finally {
    closeSync(fd);
  }
}

export interface SettledPlan {
  result: FileResult;
  /** Lines to print about configuration files that could not be used; the command then stops with exit 2. */
  configProblems: string[];
}

/**
 * A plan checked as `plan validate` checks it: its `.planrc.yaml` (or --config) and its
 * `# plan-disable-next-line` comments applied, so that render, budget and summary agree with
 * validate about what is an error.
 */
export async function checkPlanAsConfigured(path: string, lang: Lang | undefined, fallbackLang: Lang, configFile?: string): Promise<SettledPlan> {
  const configs = new ConfigResolver({ lang: lang ?? fallbackLang, ...(configFile !== undefined ? { explicit: resolve(configFile), shownAs: configFile } : {}) });
  const config = await configs.forFile(resolve(path));
  const configProblems = configs.failures.flatMap((failure) => formatConfigProblems(failure, lang ?? fallbackLang));
  const read = readPlanFile(path, path, lang ?? fallbackLang);
  const kinds = registryFor(config?.kinds ?? [], lang ?? fallbackLang);
  const result: FileResult = read.ok ? checkBytes(read.bytes, path, { ...(lang ? { lang } : {}), kinds }) : { file: path, lang: lang ?? fallbackLang, diagnostics: [read.diagnostic] };
  return { result: { ...result, diagnostics: settle(result, config?.rules ?? {}) }, configProblems };
}

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
