import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PACKAGE_ROOT } from '../../core/package.js';
import { basename, join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../../core/diagnostic.js';
import { locate, readPlanBytes } from '../../core/load.js';
import { describeIssues } from '../../check/schema-issues.js';
import { createTranslator, LANGS, type Lang, type Messages, type Translate } from '../../i18n/index.js';
import { HANDLEBARS_BUILTINS, HELPER_NAMES as TEMPLATE_HELPERS } from '../../render/helper-names.js';
import type { AnyKind, KindModule } from '../define.js';
import { BUILTIN_MODULES } from '../builtin-modules.js';
import { compileKind, mergeMessages, type KindProblem } from './compile.js';
import { kindFileSchemas, type KindFile } from './format.js';
import { kindFileMessages } from './messages.js';
import { unknownTemplateFields } from './template-check.js';
import { SCHEMA_PARSE_WITH_INPUT } from '../../core/parse-options.js';

export const KIND_FILE = 'kind.yaml';

export type KindLoad = { ok: true; kind: AnyKind; file: KindFile } | { ok: false; diagnostics: Diagnostic[] };

const HELPER_NAMES = new Set([...TEMPLATE_HELPERS, ...HANDLEBARS_BUILTINS]);

/**
 * A kind folder read and checked as strictly as a plan: the kind file's YAML, its keys (with
 * suggestions), its field paths and formulas, its templates' field names and its rules module,
 * every problem at its own file:line:column in `lang`.
 */
export interface LoadKindOptions {
  /**
   * A kind the package ships: its kind file's shape and its templates' field names are checked by
   * the package's tests (plan kind check), so a run need not check them again; a kind someone is
   * writing is checked every time it is read.
   */
  trusted?: boolean;
}

export function loadKindFolder(folder: string, lang: Lang, shownAs: string = folder, { trusted = false }: LoadKindOptions = {}): KindLoad {
  const t = createTranslator(lang, kindFileMessages);
  const path = join(folder, KIND_FILE);
  const shown = join(shownAs, KIND_FILE);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return { ok: false, diagnostics: [{ ruleId: 'kind/not-found', severity: 'error', message: t('kindFile.notAKind', { path: shownAs }), file: shown, pointer: '', line: 1, column: 1, endLine: 1, endColumn: 1 }] };
  }
  // A package kind unchanged since the build comes from the build's cache; its YAML is read only if a problem needs a position.
  const cached = trusted ? cachedKindFile(basename(resolve(folder)), bytes) : undefined;
  let loaded = cached === undefined ? readPlanBytes(bytes, shown, t) : undefined;
  if (loaded && (!loaded.source || loaded.diagnostics.some((d) => d.severity === 'error'))) return { ok: false, diagnostics: loaded.diagnostics.filter((d) => d.severity === 'error') };
  const sourceOf = () => (loaded ??= readPlanBytes(bytes, shown, t)).source!;
  const at = (problem: { pointer: string; target?: 'key' | 'value' }) => ({ file: shown, pointer: problem.pointer, ...locate(sourceOf(), problem.pointer, problem.target) });

  const parsed =
    cached !== undefined ? { success: true as const, data: cached } : trusted ? { success: true as const, data: sourceOf().data as KindFile } : kindFileSchemas().kindFileSchema.safeParse(sourceOf().data, SCHEMA_PARSE_WITH_INPUT);
  if (!parsed.success) {
    return {
      ok: false,
      diagnostics: describeIssues(parsed.error.issues, kindFileSchemas().kindFileSchema, lang, t).map(({ ruleId, message, hint, pointer, target }) => ({ ruleId: ruleId.replace(/^schema\//, 'kind/'), severity: 'error' as const, message, ...(hint ? { hint } : {}), ...at({ pointer, ...(target ? { target } : {}) }) })),
    };
  }
  const file = parsed.data;
  const problems: KindProblem[] = [];
  if (file.id !== basename(resolve(folder))) problems.push({ pointer: '/id', message: 'kindFile.folderName', params: { id: file.id, folder: basename(resolve(folder)) } });

  let module: KindModule | undefined;
  if (file.module) {
    const loadedModule = file.module.startsWith(BUILTIN_PREFIX) ? builtinModule(file.module.slice(BUILTIN_PREFIX.length), t) : loadModule(resolve(folder, file.module), join(shownAs, file.module), t);
    if (typeof loadedModule === 'string') problems.push({ pointer: '/module', message: loadedModule });
    else module = loadedModule;
  }

  const compiled = compileKind(file, { ...(module ? { module } : {}), trusted });
  problems.push(...compiled.problems);

  const templates: Partial<Record<Lang, string>> = {};
  const declared = file.templates ?? {};
  for (const templateLang of LANGS) {
    const name = declared[templateLang] ?? (templateLang === file.lang ? `${templateLang}.md.hbs` : undefined);
    if (!name) continue;
    const templatePath = resolve(folder, name);
    if (!existsSync(templatePath)) {
      if (declared[templateLang]) problems.push({ pointer: `/templates/${templateLang}`, message: 'kindFile.noTemplate', params: { path: join(shownAs, name) } });
      continue;
    }
    templates[templateLang] = templatePath;
    if (trusted) continue;
    const templateShown = join(shownAs, name);
    let fieldProblems;
    try {
      fieldProblems = unknownTemplateFields(readFileSync(templatePath, 'utf8'), file.fields, file.lang, HELPER_NAMES);
    } catch (error) {
      problems.push({ pointer: declared[templateLang] ? `/templates/${templateLang}` : '/id', message: 'kindFile.templateSyntax', params: { template: templateShown, reason: (error as Error).message.split('\n')[0] ?? '' } });
      continue;
    }
    const diagnostics = fieldProblems.map((problem): Diagnostic => ({
      ruleId: 'kind/template-field',
      severity: 'error',
      message: t('kindFile.templateField', { template: templateShown, name: problem.name, line: problem.line }),
      ...(problem.suggestion ? { hint: t('schema.didYouMean', { suggestion: problem.suggestion }) } : {}),
      file: templateShown,
      pointer: '',
      line: problem.line,
      column: problem.column,
      endLine: problem.line,
      endColumn: problem.column + problem.name.length,
    }));
    if (diagnostics.length > 0) return { ok: false, diagnostics: [...problemDiagnostics(problems, t, at), ...diagnostics] };
  }
  if (problems.length > 0) return { ok: false, diagnostics: problemDiagnostics(problems, t, at) };

  const example = resolve(folder, file.example ?? 'example.yaml');
  const kind: AnyKind = { ...compiled.kind, templates, folder: resolve(folder), ...(existsSync(example) ? { example } : {}) };
  return { ok: true, kind, file };
}

function problemDiagnostics(problems: readonly KindProblem[], t: Translate, at: (p: { pointer: string; target?: 'key' | 'value' }) => { file: string; pointer: string; line: number; column: number; endLine: number; endColumn: number }): Diagnostic[] {
  return problems.map((problem) => ({
    ruleId: 'kind/invalid',
    severity: 'error',
    message: t(problem.message, problem.params ?? {}),
    ...(problem.hint ? { hint: t(problem.hint.message, problem.hint.params ?? {}) } : {}),
    ...at(problem),
  }));
}

/**
 * A package kind's data as the build read it (scripts/kinds-cache.mjs), when its kind file is byte
 * for byte the copy the build kept: a comparison, where hashing the file (and loading node:crypto
 * for it) was two milliseconds of every run.
 */
function cachedKindFile(id: string, bytes: Uint8Array): KindFile | undefined {
  const folder = join(PACKAGE_ROOT, 'dist', 'kinds-cache');
  try {
    if (!readFileSync(join(folder, `${id}.yaml`)).equals(bytes)) return undefined;
    // Parsed anew each time: compiling must not change what a later load is handed.
    return JSON.parse(readFileSync(join(folder, `${id}.json`), 'utf8')) as KindFile;
  } catch {
    return undefined;
  }
}

const BUILTIN_PREFIX = 'plan:';

function builtinModule(name: string, t: Translate): KindModule | string {
  const found = Object.prototype.hasOwnProperty.call(BUILTIN_MODULES, name) ? BUILTIN_MODULES[name] : undefined;
  return found ? found() : t('kindFile.module', { path: BUILTIN_PREFIX + name, reason: 'plan has no such module' });
}

/** The escape hatch: a module beside the kind file exporting `rules` in the library's rule shape. */
function loadModule(path: string, shown: string, t: Translate): KindModule | string {
  let exports: Record<string, unknown>;
  try {
    // require() of an ES module is synchronous from Node 20.19 on, so checking a plan stays synchronous.
    exports = createRequire(path)(path) as Record<string, unknown>;
  } catch (error) {
    return t('kindFile.module', { path: shown, reason: (error as Error).message.split('\n')[0] ?? String(error) });
  }
  const found = (exports.rules ?? (exports.default as Record<string, unknown> | undefined)?.rules) as unknown;
  const rules = Array.isArray(found) ? found : undefined;
  const valid = rules?.every((rule) => rule && typeof rule === 'object' && typeof rule.id === 'string' && /^[a-z0-9-]+\/[a-z0-9-]+$/.test(rule.id) && (rule.severity === 'error' || rule.severity === 'warning') && typeof rule.check === 'function');
  if (!rules || !valid) return t('kindFile.moduleShape', { path: shown });
  // Each rule's own messages join the kind's catalog, so that its t() finds them.
  const messages = mergeMessages(...rules.filter((rule) => rule.messages).map((rule) => rule.messages as Messages));
  const summary = (exports.summary ?? (exports.default as Record<string, unknown> | undefined)?.summary) as KindModule['summary'] | undefined;
  return {
    rules: rules.map((rule) => ({ id: rule.id, severity: rule.severity, description: String(rule.description ?? rule.id), ...(rule.help ? { help: String(rule.help) } : {}), check: rule.check })),
    messages,
    ...(typeof summary === 'function' ? { summary } : {}),
  };
}

/** The kind folders below a folder named in `kinds:`: each subfolder with a kind.yaml. */
export function kindFoldersIn(folder: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return [];
  }
  return entries
    .filter((name) => !name.startsWith('.'))
    .map((name) => join(folder, name))
    .filter((path) => {
      try {
        return statSync(path).isDirectory() && existsSync(join(path, KIND_FILE));
      } catch {
        return false;
      }
    })
    .sort();
}

export function shownPath(path: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}

