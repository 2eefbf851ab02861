import { clonePlain } from '../core/clone.js';
import { forgetDateReadings } from '../core/dates.js';
import { promises as fs } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { compareDiagnostics, WHOLE_FILE, type Diagnostic, type Fix, type Span } from '../core/diagnostic.js';
import { formatAmount } from '../core/money.js';
import { budgetRules } from '../core/budget.js';
import { locate, parsePlanText, readPlanBytes, type LoadResult, type PlanSource } from '../core/load.js';
import { didYouMean } from '../core/suggest.js';
import { createTranslator, formatList, type Lang, type Translate } from '../i18n/index.js';
import type { AnyKind, Rule, RuleContext, RuleReport } from '../kinds/define.js';
import { builtinKinds, type KindRegistry } from '../kinds/registry.js';
import { describeIssues } from './schema-issues.js';
import { readPartial } from './lenient.js';
import { parseFast } from './fast-schema.js';
import { holesOf, tracked } from '../core/partial.js';
import { kindFileMessages } from '../kinds/data/messages.js';
import { SCHEMA_PARSE_WITH_INPUT } from '../core/parse-options.js';

export interface CheckOptions {
  /** The language of messages; by default the plan's own. */
  lang?: Lang;
  /** The kinds a plan may name: the package's own unless a configuration adds folders of kinds. */
  kinds?: KindRegistry;
  /** From what share of a field's limit, in per cent, a text is near it (`.planrc.yaml`'s `limits: { warnFrom: … }`). */
  warnFrom?: number;
  /** The folder the plan's pictures are read from: by default that of `file`, for when `file` is only the name it is reported under. */
  planFolder?: string;
  /** Folders outside the plan's own that its pictures may come from (`pictureFolders` in .planrc.yaml), absolute. */
  pictureFolders?: readonly string[];
  /** Told every file beside the plan that its check reads (its pictures), absolute. */
  onFileRead?: (path: string) => void;
}

export interface FileResult {
  file: string;
  /** The language the messages are in. */
  lang: Lang;
  kind?: AnyKind;
  diagnostics: Diagnostic[];
  /** The file's text, when it could be decoded. */
  text?: string;
  source?: PlanSource;
  /**
   * The plan as its kind's schema reads it (amounts as numbers). Where the schema failed, the plan
   * as far as it could be read (`partial`): the values that failed are left out, and
   * core/partial.ts's `holesOf` gives their pointers.
   */
  plan?: unknown;
  /** True when `plan` lacks values that were missing or invalid. */
  partial?: boolean;
}

/** Fallback when neither the user nor the plan says which language to use. */
export const DEFAULT_LANG: Lang = 'en';

export async function checkFile(path: string, options: CheckOptions = {}): Promise<FileResult> {
  const bytes = await fs.readFile(path);
  return checkBytes(bytes, path, options);
}

export function checkBytes(bytes: Uint8Array, file: string, options: CheckOptions = {}): FileResult {
  return guarded(file, options, (t) => readPlanBytes(bytes, file, t), () => guessKindLang(bytes, options.kinds ?? builtinKinds()));
}

export function checkText(text: string, file: string, options: CheckOptions = {}): FileResult {
  return guarded(file, options, (t) => parsePlanText(text, file, t), () => guessKindLang(text, options.kinds ?? builtinKinds()));
}

/** How far into a plan its `kind:` line is looked for. */
const KIND_LINE_WITHIN = 4096;
const KIND_LINE = /^kind:[ \t]*["']?([\w-]+)/m;

/** The language of the kind named on a `kind:` line, so that even a broken plan is answered in it. */
function guessKindLang(content: string | Uint8Array, kinds: KindRegistry): Lang | undefined {
  const named = typeof content === 'string' ? KIND_LINE.exec(content.slice(0, KIND_LINE_WITHIN))?.[1] : kindNamedIn(content);
  return named === undefined ? undefined : kinds.get(named)?.lang;
}

/**
 * What KIND_LINE finds in the first KIND_LINE_WITHIN bytes read as Latin-1, found in the bytes
 * themselves: decoding them to search was a string of 4 kB for every plan.
 */
export function kindNamedIn(bytes: Uint8Array): string | undefined {
  // Read where the bytes are: Buffer.from(a Uint8Array) would copy them first.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, KIND_LINE_WITHIN));
  const isWord = (b: number | undefined) => b !== undefined && ((b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) || b === 95 || b === 45);
  for (let at = head.indexOf('kind:'); at !== -1; at = head.indexOf('kind:', at + 1)) {
    // At a line's start, as ^ with the m flag: after a line feed or a carriage return.
    if (at > 0 && head[at - 1] !== 10 && head[at - 1] !== 13) continue;
    let p = at + 5;
    while (head[p] === 32 || head[p] === 9) p++;
    if (head[p] === 34 || head[p] === 39) p++;
    const start = p;
    while (isWord(head[p])) p++;
    // The word is ASCII; a Buffer's toString goes through its encoding table for a few letters.
    if (p > start) return String.fromCharCode.apply(null, head.subarray(start, p) as unknown as number[]);
  }
  return undefined;
}

function guarded(file: string, options: CheckOptions, load: (t: Translate) => LoadResult, guessLang: () => Lang | undefined): FileResult {
  const lang = options.lang ?? guessLang() ?? DEFAULT_LANG;
  try {
    return checkLoaded(load(createTranslator(lang)), file, options, lang);
  } catch (error) {
    // A bug in a rule must not cost the user the other files' results, nor show them a stack trace.
    const t = createTranslator(lang);
    const reason = error instanceof Error ? error.message : String(error);
    return { file, lang, diagnostics: [{ ruleId: 'internal/error', severity: 'error', message: t('internal.error', { reason }), file, pointer: '', ...WHOLE_FILE }] };
  }
}

function checkLoaded(loaded: LoadResult, file: string, options: CheckOptions, guessedLang: Lang): FileResult {
  forgetDateReadings();
  const { source } = loaded;
  if (!source) return { file, lang: guessedLang, diagnostics: loaded.diagnostics, ...(loaded.text !== undefined ? { text: loaded.text } : {}) };
  const data = source.data as Record<string, unknown>;
  const diagnostics = [...loaded.diagnostics];
  const t0 = createTranslator(guessedLang, kindFileMessages);
  const registry = options.kinds ?? builtinKinds();

  const kindValue = Object.prototype.hasOwnProperty.call(data, 'kind') ? data.kind : undefined;
  if (kindValue === undefined || kindValue === null || kindValue === '') {
    diagnostics.push({ ruleId: 'plan/missing-kind', severity: 'error', message: t0('plan.missingKind'), hint: t0('plan.kindsHint', { kinds: formatList(guessedLang, registry.ids()) }), file, pointer: '', ...WHOLE_FILE });
    return { file, lang: guessedLang, diagnostics, source, text: source.text };
  }
  const kind = typeof kindValue === 'string' ? registry.get(kindValue) : undefined;
  const broken = typeof kindValue === 'string' ? registry.problems.get(kindValue)?.[0] : undefined;
  if (!kind && broken) {
    // The plan is not at fault: its kind's file is. Say where, so the kind's author can mend it.
    diagnostics.push({
      ruleId: 'plan/kind-invalid',
      severity: 'error',
      message: t0('plan.kindInvalid', { kind: String(kindValue), file: broken.file, line: broken.line, column: broken.column, problem: broken.message }),
      file,
      pointer: '/kind',
      ...locate(source, '/kind'),
    });
    return { file, lang: guessedLang, diagnostics, source, text: source.text };
  }
  if (!kind) {
    // `kind: [prosjektplan]` or `kind: {a: b}`: the kind is named by one word, not a list or a mapping.
    const named = typeof kindValue === 'string' || typeof kindValue === 'number' || typeof kindValue === 'boolean';
    const suggestion = named ? didYouMean(String(kindValue), registry.ids()) : undefined;
    diagnostics.push({
      ruleId: 'plan/unknown-kind',
      severity: 'error',
      message: named ? t0('plan.unknownKind', { kind: String(kindValue) }) : t0('plan.kindNotAWord', { found: Array.isArray(kindValue) ? t0('type.array') : t0('type.object') }),
      hint: suggestion ? t0('schema.didYouMean', { suggestion }) : t0('plan.kindsHint', { kinds: formatList(guessedLang, registry.ids()) }),
      file,
      pointer: '/kind',
      ...locate(source, '/kind'),
    });
    return { file, lang: guessedLang, diagnostics, source, text: source.text };
  }

  const lang = options.lang ?? kind.lang;
  const t = createTranslator(lang, ...(kind.messages ? [kind.messages] : []));
  const report = (ruleId: string, severity: Diagnostic['severity']) => (problem: RuleReport) => {
    const span = locate(source, problem.pointer, problem.target);
    diagnostics.push({
      ruleId,
      severity,
      message: problem.message,
      ...(problem.hint ? { hint: problem.hint } : {}),
      file,
      pointer: problem.pointer,
      ...span,
      ...(problem.fix ? { fix: fixAt(source, span, problem.fix) } : {}),
    });
  };

  let parsed = parseFast(kind.schema, data) ?? kind.schema.safeParse(data, SCHEMA_PARSE_WITH_INPUT);
  const holes: string[] = [];
  if (!parsed.success) {
    for (const { ruleId, suggestion, ...problem } of describeIssues(parsed.error.issues, kind.schema, lang, t)) {
      report(ruleId, 'error')(problem);
      // A key that should not be there is only left out, but the key it stands for is missing; every
      // other problem is a value the rules cannot rely on.
      if (ruleId !== 'schema/unknown-key') holes.push(problem.pointer);
      else if (suggestion !== undefined) holes.push(suggestion);
    }
    // Unknown keys alone need not hide the plan's other mistakes: check it again without them.
    if (parsed.error.issues.every((issue) => issue.code === 'unrecognized_keys')) {
      parsed = kind.schema.safeParse(withoutKeys(data, parsed.error.issues), SCHEMA_PARSE_WITH_INPUT);
    }
  }
  // A plan that fails its schema is still read as far as it goes, and every rule whose inputs are there runs.
  const plan = parsed.success ? parsed.data : readPartial(kind.schema, data, holes);
  if (plan === undefined) return finish({ file, lang, kind, diagnostics, source, text: source.text });

  const missing = holesOf(plan);
  const pictures = { base: options.planFolder ?? dirname(resolve(file)), folders: options.pictureFolders ?? [], ...(options.onFileRead ? { onRead: options.onFileRead } : {}) };
  const contextFor = (rule: Rule<unknown>): RuleContext => ({ lang, t, report: report(rule.id, rule.severity), locate: (pointer) => locate(source, pointer), pictures, ...(options.warnFrom !== undefined ? { warnFrom: options.warnFrom } : {}) });
  const run = <P>(rules: readonly Rule<P>[], value: P) => {
    for (const rule of rules) {
      const context = contextFor(rule as Rule<unknown>);
      if (parsed.success) {
        rule.check(value, context);
        continue;
      }
      // On a partial plan a rule speaks only if it read none of the missing or invalid values.
      const said: RuleReport[] = [];
      let touched = false;
      try {
        rule.check(tracked(value, missing, () => (touched = true)), { ...context, report: (problem) => said.push(problem) });
      } catch {
        touched = true;
      }
      if (!touched) for (const problem of said) context.report(problem);
    }
  };
  run(kind.rules, plan as never);
  // The budget view marks figures it cannot work out (NaN); the budget rules leave them alone.
  if (kind.budget) {
    const view = kind.budget(plan);
    for (const rule of budgetRules) rule.check(view, contextFor(rule as Rule<unknown>));
  }
  return finish({ file, lang, kind, diagnostics, source, text: source.text, plan, ...(parsed.success ? {} : { partial: true }) });
}

/** A rule's fix as a change to the file: a figure is written as the plan writes the one it replaces, bare digits or grouped. */
function fixAt(source: PlanSource, span: Span, fix: NonNullable<RuleReport['fix']>): Fix {
  let text: string;
  if ('amount' in fix) {
    const written = span.line === span.endLine ? lineOf(source, span.line).slice(span.column - 1, span.endColumn - 1) : '';
    text = /^-?\d+$/.test(written) || fix.amount < 0 ? String(fix.amount) : formatAmount(fix.amount);
  } else text = fix.text;
  return { ...span, text, safe: fix.safe ?? false };
}

/** A line of the plan (1 for the first), without its line feed, found by the line starts the reader counted: splitting the text for it made a string of every line. */
function lineOf(source: PlanSource, line: number): string {
  const starts = source.lineCounter.lineStarts;
  const start = starts[line - 1];
  if (start === undefined) return '';
  const next = starts[line];
  return source.text.slice(start, next === undefined ? source.text.length : next - 1);
}

function finish(result: FileResult): FileResult {
  result.diagnostics.sort(compareDiagnostics);
  return result;
}

/** A copy of `data` without the keys zod did not recognise. */
function withoutKeys(data: unknown, issues: readonly { path: PropertyKey[]; keys?: string[] }[]): unknown {
  const copy = clonePlain(data);
  for (const issue of issues) {
    let target: unknown = copy;
    for (const segment of issue.path) target = (target as Record<PropertyKey, unknown>)?.[segment];
    if (target && typeof target === 'object') for (const key of issue.keys ?? []) delete (target as Record<string, unknown>)[key];
  }
  return copy;
}
