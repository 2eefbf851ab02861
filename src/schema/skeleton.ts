import { z } from 'zod';
import { Document, isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { AnyKind } from '../kinds/define.js';

/**
 * A new plan for a kind, written from its schema: every field present, required prose left as ""
 * (which validation reports until it is filled in), optional fields empty, and each field's title
 * and description above it as a comment, in the document's language.
 */
export interface SkeletonOptions {
  /** Where the editor finds the kind's JSON Schema, for the yaml-language-server modeline; none without it. */
  schemaPath?: string;
  /** Lines for the top of the file, after the modeline (already in the document's language). */
  header: readonly string[];
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const OPTIONAL_WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'catch']);
const TRANSPARENT_WRAPPERS = new Set(['readonly', 'nonoptional', 'success']);
const COMMENT_WIDTH = 96;

export function planSkeleton(kind: AnyKind, options: SkeletonOptions): string {
  const comments = new Map<string, string>();
  const value = overlay(placeholder(kind.schema, '', comments, false), kind.starter?.() ?? {});
  const doc = new Document(value, { aliasDuplicateObjects: false });
  annotate(doc.contents as Node, '', comments);
  doc.commentBefore = [...(options.schemaPath !== undefined ? [`yaml-language-server: $schema=${options.schemaPath}`, ''] : []), ...options.header].map((line) => (line ? ` ${line}` : '')).join('\n');
  return doc.toString({ nullStr: '', lineWidth: 0, flowCollectionPadding: false });
}

// Comments are keyed by path, with "*" for any entry of a list: /budget/rows/*/label.
function placeholder(schema: z.ZodType, path: string, comments: Map<string, string>, optional: boolean): unknown {
  const meta = z.globalRegistry.get(schema) as { title?: string; description?: string } | undefined;
  if (meta && path && !comments.has(path)) {
    const text = [meta.title, meta.description].filter(Boolean).join(': ');
    if (text) comments.set(path, text);
  }
  const def = defOf(schema);
  if (OPTIONAL_WRAPPERS.has(def.type)) return placeholder(def.innerType as z.ZodType, path, comments, true);
  if (TRANSPARENT_WRAPPERS.has(def.type)) return placeholder(def.innerType as z.ZodType, path, comments, optional);
  switch (def.type) {
    case 'pipe':
      return placeholder(def.in as z.ZodType, path, comments, optional);
    case 'lazy':
      return placeholder((def.getter as () => z.ZodType)(), path, comments, optional);
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>)) result[key] = placeholder(field, `${path}/${key}`, comments, false);
      return result;
    }
    case 'array': {
      const element = def.element as z.ZodType;
      // A list of records starts with one record to fill in; a list of words or amounts starts empty.
      if (isRecordSchema(element)) return [placeholder(element, `${path}/*`, comments, false)];
      return [];
    }
    case 'union': {
      const options = def.options as z.ZodType[];
      const objectOption = options.find(isRecordSchema);
      return objectOption && options.every(isRecordSchema) ? placeholder(objectOption, path, comments, optional) : placeholder(options[0]!, path, comments, optional);
    }
    case 'literal':
      return (def.values as unknown[])[0];
    case 'record':
      return {};
    case 'boolean':
      return optional ? null : false;
    default:
      return optional ? null : '';
  }
}

function isRecordSchema(schema: z.ZodType): boolean {
  const def = defOf(schema);
  if (OPTIONAL_WRAPPERS.has(def.type) || TRANSPARENT_WRAPPERS.has(def.type)) return isRecordSchema(def.innerType as z.ZodType);
  if (def.type === 'pipe') return isRecordSchema(def.in as z.ZodType);
  return def.type === 'object';
}

/** The kind's starting values (the form's own rows, say) laid over the empty skeleton. */
function overlay(base: unknown, starter: unknown): unknown {
  if (Array.isArray(starter)) {
    const template = Array.isArray(base) ? base[0] : undefined;
    return starter.map((item) => (template !== undefined ? overlay(template, item) : item));
  }
  if (starter && typeof starter === 'object' && base && typeof base === 'object' && !Array.isArray(base)) {
    const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const [key, value] of Object.entries(starter)) result[key] = overlay(result[key], value);
    return result;
  }
  return starter === undefined ? base : starter;
}

function annotate(node: Node | null, path: string, comments: Map<string, string>): void {
  if (isMap(node)) {
    node.items.forEach((pair: Pair, index) => {
      if (!isPair(pair) || !isScalar(pair.key)) return;
      const childPath = `${path}/${String(pair.key.value)}`;
      const comment = comments.get(childPath);
      if (comment) pair.key.commentBefore = wrap(comment);
      if (comment && index > 0 && (isMap(pair.value) || isSeq(pair.value) || path === '')) pair.key.spaceBefore = true;
      annotate(pair.value as Node, childPath, comments);
    });
  } else if (isSeq(node)) {
    if (node.items.length > 0 && node.items.every(isScalar)) node.flow = true;
    // The entries of a list share one schema: the first carries its comments, the rest stay readable.
    node.items.forEach((item, index) => annotate(item as Node, `${path}/*`, index === 0 ? comments : new Map()));
  }
}

function wrap(text: string): string {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + word.length + 1 > COMMENT_WIDTH) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines.map((line) => ` ${line}`).join('\n');
}
