import { dirname, resolve } from 'node:path';
import { checkBytes, type FileResult } from '../check/check.js';
import { settle, type RuleSettings } from '../config/apply.js';
import { createTranslator, type Lang } from '../i18n/index.js';
import { readPlanFile } from './read.js';
import { registryFor } from '../kinds/registry.js';
import type { FileReport } from '../report/index.js';

/** One file to check, as plain data, so that a worker thread can be handed it. */
export interface CheckTask {
  /** The name it is reported under. */
  file: string;
  /** Where to read it; absent for standard input, whose bytes are given. */
  absolute?: string;
  bytes?: Uint8Array;
  /** Named by the user: a file that is not a plan is then an error rather than skipped. */
  explicit: boolean;
  /** The language of messages, when the user or a configuration file chose one. */
  lang?: Lang;
  rules: RuleSettings;
  /** Folders of kinds the governing configuration adds, absolute. */
  kindSources?: readonly string[];
  /** The governing configuration's `limits: { warnFrom }`. */
  warnFrom?: number;
  /** Folders outside the plan's own that its pictures may come from, absolute. */
  pictureFolders?: readonly string[];
}

export interface CheckOutcome {
  report: FileReport;
  /** The language its messages are in. */
  lang: Lang;
  /** Found below a folder or by a glob, and not a plan: left out of the report. */
  notPlan?: boolean;
  /**
   * A *.yaml found below a folder that is empty or holds only comments: a plan emptied by mistake,
   * as likely as another tool's file. Its report holds that as a warning, for validate to show
   * when the folder has plans beside it.
   */
  emptyPlanFile?: boolean;
  /** Files beside the plan its check read (pictures), absolute: a cached outcome holds while they are unchanged. */
  reads?: string[];
}

export function checkTask(task: CheckTask): CheckOutcome {
  let bytes = task.bytes;
  if (bytes === undefined) {
    const read = readPlanFile(task.absolute ?? task.file, task.file, task.lang ?? 'en');
    if (!read.ok) return { lang: task.lang ?? 'en', report: { file: task.file, diagnostics: [read.diagnostic] } };
    bytes = read.bytes;
  }
  const kinds = registryFor(task.kindSources ?? [], task.lang ?? 'en');
  const pictures = { planFolder: dirname(resolve(task.absolute ?? task.file)), ...(task.pictureFolders ? { pictureFolders: task.pictureFolders } : {}) };
  const reads: string[] = [];
  const result = checkBytes(bytes, task.file, { ...(task.lang ? { lang: task.lang } : {}), kinds, ...pictures, onFileRead: (path) => reads.push(path), ...(task.warnFrom !== undefined ? { warnFrom: task.warnFrom } : {}) });
  if (!task.explicit && isNotPlan(result)) {
    const empty = PLAN_NAME.test(task.file) ? result.diagnostics.filter((d) => d.ruleId === 'file/empty') : [];
    if (empty.length > 0) {
      const hint = createTranslator(result.lang)('load.emptyAmongPlansHint');
      const diagnostics = settle({ ...result, diagnostics: empty.map((d) => ({ ...d, severity: 'warning' as const, hint })) }, task.rules);
      if (diagnostics.length > 0) return { lang: result.lang, report: { file: task.file, diagnostics }, notPlan: true, emptyPlanFile: true };
    }
    return { lang: result.lang, report: { file: task.file, diagnostics: [] }, notPlan: true };
  }
  const diagnostics = settle(result, task.rules, kinds);
  return {
    lang: result.lang,
    report: {
      file: task.file,
      ...(result.kind ? { kind: result.kind.id } : {}),
      diagnostics,
      // The text is kept for code frames, which only errors have: a run of thousands of sound plans holds none of them.
      ...(result.text !== undefined && diagnostics.some((d) => d.severity === 'error') ? { text: result.text } : {}),
    },
    ...(reads.length > 0 ? { reads } : {}),
  };
}

/** Plans are *.yaml files; a *.yml beside them is as often another tool's, and an empty one is skipped unremarked. */
const PLAN_NAME = /\.yaml$/i;
const NOT_A_PLAN = new Set(['plan/missing-kind', 'plan/not-a-mapping', 'file/empty']);
const KIND_KEY = /(?:^|[\s{,[-])["']?kind["']?[ \t]*:/m;

/**
 * A YAML file that does not say it is a plan: another tool's file beside the plans. One with a
 * "kind:" anywhere (even where a plan cannot have it) was meant as a plan, and its problems are reported.
 */
function isNotPlan(result: FileResult): boolean {
  if (result.text === undefined || KIND_KEY.test(result.text)) return false;
  return !result.source || result.diagnostics.some((d) => NOT_A_PLAN.has(d.ruleId));
}
