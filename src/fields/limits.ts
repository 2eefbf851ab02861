import { z } from 'zod';
import { once } from '../core/once.js';
import { formatFieldPath, parseFieldPath, type FieldPath } from '../kinds/data/paths.js';

/**
 * A limit on a field's text as a funder's portal counts it: characters (spaces and line breaks
 * included unless `spaces` or `lineBreaks` is false), words, or lines. Counted on the text as it
 * is pasted (src/fields/plain.ts), never on the YAML or the Markdown markup.
 */
export type LimitUnit = 'characters' | 'words' | 'lines';
export const LIMIT_UNITS: readonly LimitUnit[] = ['characters', 'words', 'lines'];

export interface FieldLimit {
  unit: LimitUnit;
  max: number;
  /** For characters: false when the portal does not count spaces, tabs and line breaks. */
  spaces?: boolean;
  /** For characters: false when the portal does not count line breaks. */
  lineBreaks?: boolean;
}

/**
 * How a kind file or a plan writes a limit: a number of characters, or { characters | words | lines: N }.
 * Made when first read: a plan seldom sets limits of its own, and the package's kinds come checked.
 */
export const limitSpec = once(() =>
  z
    .union([
      z.int().positive(),
      z.strictObject({
        characters: z.int().positive().optional().meta({ description: 'The most characters the portal takes; spaces and line breaks count unless said otherwise.' }),
        words: z.int().positive().optional().meta({ description: 'The most words the portal takes.' }),
        lines: z.int().positive().optional().meta({ description: 'The most lines the portal takes (a blank line between paragraphs is one).' }),
        spaces: z.boolean().optional().meta({ description: 'With characters: false when the portal does not count spaces, tabs and line breaks (default: true).' }),
        lineBreaks: z.boolean().optional().meta({ description: 'With characters: false when the portal does not count line breaks (default: true).' }),
      }),
    ])
    .meta({ description: 'The most the field may hold, as the funder\'s portal counts it: a number of characters (spaces and line breaks included), or { characters: N }, { words: N } or { lines: N }, with spaces: false or lineBreaks: false where the portal does not count them.' }),
);
export type LimitSpec = z.output<ReturnType<typeof limitSpec>>;

/** The limit a spec says, or the problem with it: none or more than one unit, or spaces/lineBreaks without characters. */
export function readLimit(spec: LimitSpec): { ok: true; limit: FieldLimit } | { ok: false; problem: 'oneUnit' | 'countOptions' } {
  if (typeof spec === 'number') return { ok: true, limit: { unit: 'characters', max: spec } };
  const units = LIMIT_UNITS.filter((unit) => spec[unit] !== undefined);
  if (units.length !== 1) return { ok: false, problem: 'oneUnit' };
  const unit = units[0]!;
  if (unit !== 'characters' && (spec.spaces !== undefined || spec.lineBreaks !== undefined)) return { ok: false, problem: 'countOptions' };
  return {
    ok: true,
    limit: { unit, max: spec[unit]!, ...(spec.spaces !== undefined ? { spaces: spec.spaces } : {}), ...(spec.lineBreaks !== undefined ? { lineBreaks: spec.lineBreaks } : {}) },
  };
}

/**
 * How long a text is in the limit's unit. Characters are Unicode code points, so "é" or an emoji
 * is one, as a reader counts them; the HTML page of `plan fields` counts the same way.
 */
export function measure(text: string, limit: Pick<FieldLimit, 'unit' | 'spaces' | 'lineBreaks'> = { unit: 'characters' }): number {
  switch (limit.unit) {
    case 'words':
      return text.split(/\s+/u).filter((word) => word !== '').length;
    case 'lines':
      return text === '' ? 0 : text.split('\n').length;
    case 'characters': {
      let count = 0;
      for (const char of text) {
        if (limit.spaces === false && /\s/u.test(char)) continue;
        if (limit.lineBreaks === false && char === '\n') continue;
        count++;
      }
      return count;
    }
  }
}

/** Whether a plan's limit is at least as strict as the kind's: the same unit and counting, and no higher. */
export function isStricter(plan: FieldLimit, kind: FieldLimit): boolean {
  return plan.unit === kind.unit && (plan.spaces ?? true) === (kind.spaces ?? true) && (plan.lineBreaks ?? true) === (kind.lineBreaks ?? true) && plan.max <= kind.max;
}

/** The share of a limit from which a text is near it, in per cent, when .planrc.yaml does not say (`limits: { warnFrom: … }`). */
export const DEFAULT_WARN_FROM = 95;

/** The length from which a text is near its limit: `warnFrom` per cent of it, rounded up; never above the limit. */
export function nearFrom(limit: FieldLimit, warnFrom: number = DEFAULT_WARN_FROM): number {
  return Math.min(limit.max, Math.ceil((limit.max * warnFrom) / 100));
}

/** The key under which a plan sets stricter limits than its kind's: `limits: { summary: 300 }`. */
export const PLAN_LIMITS_KEY = 'limits';

/** The limit that holds for a field in a plan: the plan's own under `limits:`, else the kind's. */
export function effectiveLimit(plan: unknown, path: FieldPath, kindLimit: FieldLimit | undefined): FieldLimit | undefined {
  const own = plan !== null && typeof plan === 'object' ? (plan as Record<string, unknown>)[PLAN_LIMITS_KEY] : undefined;
  if (!own || typeof own !== 'object') return kindLimit;
  const wanted = formatFieldPath(path);
  for (const [key, spec] of Object.entries(own as Record<string, unknown>)) {
    const keyPath = parseFieldPath(key);
    if (!keyPath || formatFieldPath(keyPath) !== wanted) continue;
    const read = readLimit(spec as never);
    if (read.ok) return read.limit;
  }
  return kindLimit;
}

