import { z } from 'zod';
import type { PathSegment } from '../core/diagnostic.js';
import { fieldReading, type FieldReading } from '../core/fields.js';

/** zod keeps a schema's structure in `_zod.def`; these are the wrappers that have one inner schema. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch', 'success']);

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

export interface FieldMeta {
  title?: string;
  description?: string;
}

/** The schemas a value at `path` may have to match (several where a union allows several shapes). */
export function schemasAt(root: z.ZodType, path: readonly PathSegment[]): z.ZodType[] {
  let current: z.ZodType[] = [root];
  for (const segment of path) {
    const next: z.ZodType[] = [];
    for (const schema of current.flatMap(unwrap)) {
      const def = defOf(schema);
      if (def.type === 'object') {
        const shape = def.shape as Record<string, z.ZodType>;
        const field = Object.prototype.hasOwnProperty.call(shape, segment) ? shape[String(segment)] : undefined;
        if (field) next.push(field);
      } else if (def.type === 'array' && Number.isInteger(Number(segment))) {
        next.push(def.element as z.ZodType);
      } else if (def.type === 'record') {
        next.push(def.valueType as z.ZodType);
      } else if (def.type === 'tuple') {
        const item = (def.items as z.ZodType[])[Number(segment)];
        if (item) next.push(item);
      }
    }
    current = next;
  }
  return current;
}

/** A schema with its optional/pipe/union wrappers removed, as the concrete shapes it accepts. */
export function unwrap(schema: z.ZodType): z.ZodType[] {
  const def = defOf(schema);
  if (WRAPPERS.has(def.type)) return unwrap(def.innerType as z.ZodType);
  if (def.type === 'pipe') return unwrap(def.in as z.ZodType);
  if (def.type === 'lazy') return unwrap((def.getter as () => z.ZodType)());
  if (def.type === 'union') return (def.options as z.ZodType[]).flatMap(unwrap);
  return [schema];
}

/** The keys a mapping at `path` may have. */
export function knownKeysAt(root: z.ZodType, path: readonly PathSegment[]): string[] {
  const keys = new Set<string>();
  for (const schema of schemasAt(root, path).flatMap(unwrap)) {
    const def = defOf(schema);
    if (def.type === 'object') for (const key of Object.keys(def.shape as object)) keys.add(key);
  }
  return [...keys];
}

/** How plan reads the value at `path` by rules of its own (an amount, a date), looking through wrappers such as a cell's "or empty". */
export function readingAt(root: z.ZodType, path: readonly PathSegment[]): FieldReading | undefined {
  const seen = new Set<z.ZodType>();
  const look = (schema: z.ZodType): FieldReading | undefined => {
    if (seen.has(schema)) return undefined;
    seen.add(schema);
    const own = fieldReading(schema);
    if (own) return own;
    const def = defOf(schema);
    if (WRAPPERS.has(def.type)) return look(def.innerType as z.ZodType);
    if (def.type === 'pipe') return look(def.in as z.ZodType);
    if (def.type === 'union') for (const option of def.options as z.ZodType[]) { const found = look(option); if (found) return found; }
    return undefined;
  };
  for (const schema of schemasAt(root, path)) {
    const found = look(schema);
    if (found) return found;
  }
  return undefined;
}

/** The title and description given to the field at `path`, looking through its wrappers. */
export function metaAt(root: z.ZodType, path: readonly PathSegment[]): FieldMeta {
  for (const schema of schemasAt(root, path)) {
    let current: z.ZodType | undefined = schema;
    while (current) {
      const meta = z.globalRegistry.get(current) as FieldMeta | undefined;
      if (meta?.title || meta?.description) return meta;
      const def = defOf(current);
      current = WRAPPERS.has(def.type) ? (def.innerType as z.ZodType) : def.type === 'pipe' ? (def.in as z.ZodType) : undefined;
    }
  }
  return {};
}
