import { dirname, resolve } from 'node:path';
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { checkText, DEFAULT_LANG, type FileResult } from '../check/check.js';
import { settle } from '../config/apply.js';
import { ConfigResolver, formatConfigProblems, kindFailures } from '../config/load.js';
import type { Diagnostic, PathSegment } from '../core/diagnostic.js';
import type { Lang } from '../i18n/index.js';
import { registryFor, type KindRegistry } from '../kinds/registry.js';

/** An open document as plan sees it. */
export interface Analysis {
  /** False for a YAML file that is not a plan: it gets no diagnostics, hovers or fixes. */
  plan: boolean;
  result: FileResult;
  /** What `plan validate` reports for the file: configuration and disable comments applied. */
  diagnostics: Diagnostic[];
  kinds: KindRegistry;
  /** Lines about a .planrc.yaml or kind file that could not be used (validate stops with exit 2 on them). */
  configProblems: string[];
}

/**
 * The text of an editor's buffer checked as `plan validate <path>` checks the file: the nearest
 * .planrc.yaml (read afresh each time, so that editing it takes effect), its kinds, its severities
 * and the buffer's disable comments. Only a plan is answered: a `kind:` that names a kind the
 * configuration knows, so that another tool's YAML (`kind: Deployment`) is left alone.
 */
export async function analyse(text: string, path: string, lang?: Lang): Promise<Analysis> {
  const absolute = resolve(path);
  const configs = new ConfigResolver({ lang: lang ?? DEFAULT_LANG });
  const config = await configs.forFile(absolute);
  const chosen = lang ?? config?.lang;
  const kinds = registryFor(config?.kinds ?? [], chosen ?? DEFAULT_LANG);
  const result = checkText(text, path, {
    ...(chosen ? { lang: chosen } : {}),
    kinds,
    planFolder: dirname(absolute),
    pictureFolders: config?.pictureFolders ?? [],
    ...(config?.warnFrom !== undefined ? { warnFrom: config.warnFrom } : {}),
  });
  const configProblems = configs.failures.flatMap((failure) => formatConfigProblems(failure, chosen ?? result.lang));
  if (result.diagnostics.some((d) => d.ruleId === 'plan/kind-invalid')) configProblems.push(...kindFailures([config], chosen ?? result.lang).flatMap((failure) => formatConfigProblems(failure, chosen ?? result.lang)));
  const plan = namesKnownKind(result, kinds, text);
  return { plan, result, diagnostics: plan ? settle(result, config?.rules ?? {}, kinds) : [], kinds, configProblems };
}

function namesKnownKind(result: FileResult, kinds: KindRegistry, text: string): boolean {
  if (result.kind) return true;
  const data = result.source?.data;
  // A plan whose YAML is broken has no data to read its kind from: its `kind:` line still says it is a plan.
  const kind = data && typeof data === 'object' ? (data as Record<string, unknown>).kind : result.source ? undefined : /^kind:[ \t]*["']?([\w-]+)["']?[ \t]*(?:#.*)?$/m.exec(text.slice(0, 65536))?.[1];
  if (typeof kind !== 'string') return false;
  // A kind whose own file is broken is still the plan's kind: the plan is told where the kind file is wrong.
  return kinds.ids().includes(kind) || kinds.problems.has(kind);
}

/** Where an offset lands in the plan: on a key or a value, with the path of the field it belongs to. */
export interface Place {
  path: PathSegment[];
  on: 'key' | 'value';
  node?: Node;
  /** The mapping the cursor is in, with the keys it has, when it is in one (for completion). */
  mapPath?: PathSegment[];
}

/** The key or value at `offset` of the parsed document, the deepest one that holds it. */
export function placeAt(result: FileResult, offset: number): Place | undefined {
  const root = result.source?.doc.contents;
  if (!root) return undefined;
  const within = (node: unknown): node is Node => !!node && typeof node === 'object' && 'range' in node && Array.isArray((node as Node).range) && (node as Node).range![0] <= offset && offset <= (node as Node).range![1];
  const walk = (node: unknown, path: PathSegment[]): Place | undefined => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key === undefined) continue;
        if (within(pair.key)) return { path: [...path, key], on: 'key', node: pair.key as Node, mapPath: path };
        if (within(pair.value)) return walk(pair.value, [...path, key]) ?? { path: [...path, key], on: 'value', node: pair.value as Node };
      }
      return undefined;
    }
    if (isSeq(node)) {
      for (const [index, item] of node.items.entries()) if (within(item)) return walk(item, [...path, index]) ?? { path: [...path, index], on: 'value', node: item as Node };
      return undefined;
    }
    if (isScalar(node) && within(node)) return { path, on: 'value', node };
    return undefined;
  };
  return walk(root, []);
}

/** The value at `path` of a plain object tree. */
export function valueAt(value: unknown, path: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of path) {
    if (!current || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[String(segment)];
  }
  return current;
}
