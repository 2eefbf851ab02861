import { resolve } from 'node:path';
import { checkBytes, type FileResult } from '../check/check.js';
import { settle } from '../config/apply.js';
import { ConfigResolver, formatConfigProblems, kindFailures } from '../config/load.js';
import { WHOLE_FILE, type Diagnostic } from '../core/diagnostic.js';
import { decodeDiagnostic } from '../core/load.js';
import { readRegularFile } from '../core/read-file.js';
import { createTranslator, type Lang } from '../i18n/index.js';
import { registryFor } from '../kinds/registry.js';

export type PlanBytes = { ok: true; bytes: Uint8Array } | { ok: false; diagnostic: Diagnostic };

/**
 * A plan file's bytes, or the reason they cannot be had, as a diagnostic on the file. A pipe or a
 * device named as a plan would block or never end, so only regular files are read; one larger
 * than any plan is refused before its bytes are read, so memory stays bounded.
 */
export function readPlanFile(path: string, file: string, lang: Lang): PlanBytes {
  const read = readRegularFile(path);
  if (read.ok) return { ok: true, bytes: read.bytes };
  const t = createTranslator(lang);
  if (read.problem === 'tooLarge') return { ok: false, diagnostic: decodeDiagnostic({ code: 'tooLarge', size: read.size, limit: read.limit }, new Uint8Array(), file, t) };
  const message = read.problem === 'notRegular' ? t('load.notRegular') : t('load.unreadable', { reason: read.code });
  return { ok: false, diagnostic: { ruleId: 'file/unreadable', severity: 'error', message, file, pointer: '', ...WHOLE_FILE } };
}

export interface SettledPlan {
  result: FileResult;
  /** Lines to print about configuration files that could not be used; the command then stops with exit 2. */
  configProblems: string[];
  /** Folders outside the plan's own that its pictures may come from, as its configuration says. */
  pictureFolders: readonly string[];
  /** The Word template its configuration names for rendered documents. */
  referenceDoc?: string;
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
  // As validate: the user's language, else the configuration's, else the plan's own.
  const chosen = lang ?? config?.lang;
  const read = readPlanFile(path, path, chosen ?? fallbackLang);
  const kinds = registryFor(config?.kinds ?? [], chosen ?? fallbackLang);
  const result: FileResult = read.ok ? checkBytes(read.bytes, path, { ...(chosen ? { lang: chosen } : {}), kinds, pictureFolders: config?.pictureFolders ?? [], ...(config?.warnFrom !== undefined ? { warnFrom: config.warnFrom } : {}) }) : { file: path, lang: chosen ?? fallbackLang, diagnostics: [read.diagnostic] };
  const broken = result.diagnostics.some((d) => d.ruleId === 'plan/kind-invalid') ? kindFailures([config], lang ?? fallbackLang) : [];
  return { result: { ...result, diagnostics: settle(result, config?.rules ?? {}, kinds) }, pictureFolders: config?.pictureFolders ?? [], ...(config?.referenceDoc !== undefined ? { referenceDoc: config.referenceDoc } : {}), configProblems: [...configProblems, ...broken.flatMap((failure) => formatConfigProblems(failure, lang ?? fallbackLang))] };
}

export interface CheckPlanFileOptions {
  /** The language of messages; by default the configuration's, else the plan's own. */
  lang?: Lang;
  /** A configuration file instead of the nearest .planrc.yaml. */
  config?: string;
}

/**
 * One plan file, with the same answer as `plan validate <path>`: its configuration, its
 * repository's kinds and its disable comments applied. A configuration or kind file that cannot be
 * used is an error thrown with its problems, as `plan validate` stops with exit 2 on it.
 */
export async function checkPlanFile(path: string, options: CheckPlanFileOptions = {}): Promise<FileResult> {
  const { result, configProblems } = await checkPlanAsConfigured(path, options.lang, options.lang ?? 'en', options.config);
  if (configProblems.length > 0) throw new ConfigurationError(configProblems);
  return result;
}

/** A configuration or kind file with mistakes: `problems` are its lines as plan validate prints them. */
export class ConfigurationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}
