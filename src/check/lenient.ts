import { z } from 'zod';
import { markPartial } from '../core/partial.js';
import { SCHEMA_PARSE } from '../core/parse-options.js';

/**
 * A kind's schema read leniently: the same fields, but a value that fails its field's type is left
 * out instead of failing the plan, and so is a missing one. What it gives is the plan as far as it
 * can be read, for the rules whose inputs are all there (the checker reports the rest from the
 * strict schema; the holes are the pointers of what it reported). One walk over zod's structure
 * serves every kind, so no rule and no kind has to say what it does with a half-written plan.
 */
export function readPartial(schema: z.ZodType, data: unknown, holes: Iterable<string>): unknown {
  const parsed = lenient(schema).safeParse(data, SCHEMA_PARSE);
  const plan = parsed.success ? withoutUndefined(parsed.data) : undefined;
  return plan === undefined ? undefined : markPartial(plan, holes);
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const made = new WeakMap<z.ZodType, z.ZodType>();

/** The lenient schema: never fails, gives undefined where the value is not of its type. */
function lenient(schema: z.ZodType): z.ZodType {
  let found = made.get(schema);
  if (!found) made.set(schema, (found = (structured(schema) ? opened(schema) : schema).catch(undefined as never)));
  return found;
}

/**
 * A schema with structure (a group, a list, a table) whose parts are lenient: it fails only when
 * the value is not of its shape at all (text where a list belongs). Its own checks over the whole
 * (at least one field filled in, a list's least length) are left to the strict schema.
 */
function opened(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return z.object(Object.fromEntries(Object.entries(def.shape as Record<string, z.ZodType>).map(([key, field]) => [key, lenient(field)])));
    case 'array':
      return z.array(lenient(def.element as z.ZodType));
    case 'record':
      return z.record(def.keyType as z.ZodString, lenient(def.valueType as z.ZodType));
    case 'union': {
      // The strict shapes first, so a value that fits one is read as the schema reads it.
      const options = def.options as z.ZodType[];
      return z.union([...options, ...options.filter((option) => structured(option)).map(opened)] as [z.ZodType, z.ZodType, ...z.ZodType[]]);
    }
    case 'pipe':
      return z.pipe(opened(def.in as z.ZodType), def.out as z.ZodType);
    case 'optional':
      return opened(def.innerType as z.ZodType).optional();
    case 'nullable':
      return opened(def.innerType as z.ZodType).nullable();
    case 'default':
      return opened(def.innerType as z.ZodType).default(def.defaultValue as never);
    case 'prefault':
      return opened(def.innerType as z.ZodType).prefault(def.defaultValue as never);
    case 'lazy':
      return opened((def.getter as () => z.ZodType)());
    default:
      // readonly, nonoptional, catch …: the value's shape is its inner schema's.
      return def.innerType ? opened(def.innerType as z.ZodType) : schema;
  }
}

/** True when the schema holds other fields (so a bad one among them need not cost the rest). */
function structured(schema: z.ZodType, seen = new Set<z.ZodType>()): boolean {
  if (seen.has(schema)) return false;
  seen.add(schema);
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
    case 'array':
    case 'record':
      return true;
    case 'union':
      return (def.options as z.ZodType[]).some((option) => structured(option, seen));
    case 'pipe':
      return structured(def.in as z.ZodType, seen);
    case 'lazy':
      return structured((def.getter as () => z.ZodType)(), seen);
    default:
      return def.innerType !== undefined && structured(def.innerType as z.ZodType, seen);
  }
}

/** Keys whose value could not be read are left out, as if the plan had not written them. */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) {
    value.forEach((item) => withoutUndefined(item));
    return value;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) delete (value as Record<string, unknown>)[key];
      else withoutUndefined(item);
    }
  }
  return value;
}
