import { toPointer, type PathSegment } from '../../core/diagnostic.js';
import { Memo } from '../../core/memo.js';

/**
 * Field paths as kind files write them: `budget.total`, `risks[].owner`, `accounts.rows[].actual`.
 * `[]` stands for every entry of a list. Two paths in one rule that both pass through `[]` are
 * walked together, entry by entry (`risks[].response` of the same risk as `risks[].value`).
 */
export type FieldPath = readonly (string | '[]')[];

// Rules and limits name their paths as text and read them on every plan: each text is parsed once
// (a FieldPath is read-only, so the one parsed is shared).
const parsedPaths = new Memo<FieldPath | undefined>(4096);

export function parseFieldPath(text: string): FieldPath | undefined {
  return parsedPaths.get(text, () =>
    /^[A-Za-z_$][\w-]*(\[\])?(\.[A-Za-z_$][\w-]*(\[\])?)*$/.test(text)
      ? text.split('.').flatMap((part) => (part.endsWith('[]') ? [part.slice(0, -2), '[]' as const] : [part]))
      : undefined,
  );
}

export function formatFieldPath(path: FieldPath): string {
  let text = formatted.get(path);
  if (text === undefined) formatted.set(path, (text = path.map((segment, i) => (segment === '[]' ? '[]' : i === 0 ? segment : `.${segment}`)).join('')));
  return text;
}

/** Each path written once: a plan's own limits are matched to the kind's text fields by their paths' text, for every plan. A FieldPath is never changed. */
const formatted = new WeakMap<FieldPath, string>();

export interface Located {
  value: unknown;
  path: PathSegment[];
  /** The list indices the path went through, in order, for binding another path to the same entries. */
  indices: number[];
}

function own(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * A place resolvePath reaches. Its path and indices are put together when asked, from the entry of
 * the list it is in and the keys after that: most places are only looked at, and a path and an
 * index list made for every entry of every list were a tenth of all a run over 1,000 plans allocated.
 */
class Place implements Located {
  constructor(
    public value: unknown,
    /** The place of the list this is an entry of; undefined for the root. */
    private readonly list: Place | undefined,
    private readonly index: number,
    private readonly fieldPath: FieldPath,
    /** The segments of fieldPath from `from` up to here are keys, taken after the entry. */
    private readonly from: number,
    public upTo: number,
  ) {}

  get path(): PathSegment[] {
    const path: PathSegment[] = this.list ? this.list.path : [];
    if (this.list) path.push(this.index);
    for (let k = this.from; k < this.upTo; k++) path.push(this.fieldPath[k]!);
    return path;
  }

  get indices(): number[] {
    if (!this.list) return [];
    const indices = this.list.indices;
    indices.push(this.index);
    return indices;
  }
}

/** Every place the path reaches in `root`, including places where the value is absent (undefined). */
export function resolvePath(root: unknown, path: FieldPath, bound: readonly number[] = []): Located[] {
  let current: Place[] = [new Place(root, undefined, 0, path, 0, 0)];
  // How many lists the places in `current` are entries of.
  let depth = 0;
  for (let k = 0; k < path.length; k++) {
    const segment = path[k]!;
    if (segment !== '[]') {
      // Every place is made here, one each, so a key moves it on in place.
      for (const place of current) {
        place.value = own(place.value, segment);
        place.upTo = k + 1;
      }
      continue;
    }
    const next: Place[] = [];
    const fixed = bound[depth];
    for (const place of current) {
      const list = place.value;
      if (!Array.isArray(list)) continue;
      // As forEach reads a list (a plan's view may be a proxy that notes what is read): its length once, and no holes.
      const length = list.length;
      for (let index = 0; index < length; index++) {
        if (index in list && (fixed === undefined || fixed === index)) next.push(new Place(list[index], place, index, path, k + 1, k + 1));
      }
    }
    current = next;
    depth++;
  }
  return current;
}

/** The one value a path without `[]` names, or the value of the same entry as `bound`. */
export function resolveOne(root: unknown, path: FieldPath, bound: readonly number[] = []): Located | undefined {
  return resolvePath(root, path, bound)[0];
}

export const pointerOf = (place: Located) => toPointer(place.path);
