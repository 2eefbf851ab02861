import { clonePlain } from '../core/clone.js';
import type { z } from 'zod';
import { fromPointer, type PathSegment } from '../core/diagnostic.js';
import { holesOf, untracked } from '../core/partial.js';
import { metaAt, schemasAt, unwrap } from '../check/schema-walk.js';
import { createTranslator, type Lang, type Messages } from '../i18n/index.js';
import type { AnyKind } from '../kinds/define.js';
import { Placeholder } from './placeholder.js';

const messages: Messages<'draft.missing' | 'draft.mark'> = {
  en: { 'draft.missing': 'missing: {field}', 'draft.mark': 'DRAFT' },
  sv: { 'draft.missing': 'saknas: {field}', 'draft.mark': 'UTKAST' },
  nb: { 'draft.missing': 'mangler: {field}', 'draft.mark': 'UTKAST' },
};

/** The word a draft is marked with, in the document's language ("UTKAST", "DRAFT"). */
export function draftMark(lang: Lang): string {
  return createTranslator(lang, messages)('draft.mark');
}

/** The placeholder for a value the plan lacks, named by the form's label for it. */
export function missingValue(lang: Lang, field: string): Placeholder {
  return new Placeholder(createTranslator(lang, messages)('draft.missing', { field }));
}

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * The plan as a draft's template sees it: what the plan gives, worked out as for a finished plan,
 * and a placeholder wherever a value is missing or invalid (the holes of check/lenient.ts, and
 * the empty fields the rules' `problems`, pointers of errors, are about). A
 * missing group or list gets its required fields as placeholders, so the form's boxes show what
 * they still lack rather than vanishing.
 */
export function draftPlan(kind: AnyKind, plan: unknown, lang: Lang, problems: readonly string[] = []): unknown {
  const raw = untracked(plan);
  const completed = kind.complete ? kind.complete(raw) : raw;
  // A copy, so that the checked plan is left as it was (a completed plan shares what it did not change).
  const draft = clonePlain(completed) as Record<string, unknown>;
  // A field a rule finds missing (a section left unanswered) is as empty as one the schema finds missing.
  const empty = problems.filter((pointer) => isEmpty(valueAt(draft, fromPointer(pointer))));
  const holes = [...new Set([...holesOf(plan), ...empty])].map(fromPointer).filter((path) => path.length > 0);
  // Outer values before the ones inside them, so a placeholder inside a missing group lands in its skeleton.
  holes.sort((a, b) => a.length - b.length);
  for (const path of holes) {
    const parent = containerAt(draft, path.slice(0, -1));
    if (!parent) continue;
    const key = path[path.length - 1]!;
    parent[key] = skeleton(kind.schema, path, parent[key], lang, 0);
  }
  return draft;
}

function valueAt(root: unknown, path: readonly string[]): unknown {
  let current = root;
  for (const segment of path) current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[segment] : undefined;
  return current;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** The object or list at `path`, made where the plan has nothing there. */
function containerAt(root: Record<string, unknown>, path: readonly string[]): Record<string, unknown> | undefined {
  let current: Record<string, unknown> = root;
  for (const segment of path) {
    let next = current[segment];
    if (next instanceof Placeholder) return undefined;
    if (next === undefined || next === null) current[segment] = next = {};
    if (typeof next !== 'object') return undefined;
    current = next as Record<string, unknown>;
  }
  return current;
}

function skeleton(root: z.ZodType, path: readonly PathSegment[], current: unknown, lang: Lang, depth: number): unknown {
  const shapes = schemasAt(root, path).flatMap(unwrap);
  // A group or a list where the field may be one (text or a list of entries): its parts show more than one placeholder would.
  const object = shapes.find((shape) => defOf(shape).type === 'object');
  const list = shapes.find((shape) => defOf(shape).type === 'array');
  // A list first: a field that is one entry or a list of them (`single`) reaches templates as a list.
  if (depth < 8 && list) return Array.isArray(current) && current.length > 0 ? current : [skeleton(root, [...path, 0], undefined, lang, depth + 1)];
  if (depth < 8 && object) {
    const out = current !== null && typeof current === 'object' && !Array.isArray(current) ? (current as Record<string, unknown>) : {};
    const fields = Object.entries(defOf(object).shape ?? {});
    // A group that is wrong with none of its fields filled in needs one of them (at least one, exactly one): each is shown.
    const needsOne = fields.every(([key, field]) => isEmpty(out[key]) && field.safeParse(undefined).success);
    for (const [key, field] of fields) {
      if (isEmpty(out[key]) && (needsOne || !field.safeParse(undefined).success)) out[key] = skeleton(root, [...path, key], undefined, lang, depth + 1);
    }
    return out;
  }
  return missingValue(lang, labelAt(root, path));
}

/** The form's label for the field at `path`; an entry of a list is named by its list. */
function labelAt(root: z.ZodType, path: readonly PathSegment[]): string {
  for (let end = path.length; end > 0; end--) {
    const title = metaAt(root, path.slice(0, end)).title;
    if (title) return title;
  }
  return String(path[path.length - 1] ?? '');
}
