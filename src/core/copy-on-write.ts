import type { PathSegment } from './diagnostic.js';

/**
 * A view of plain data that is written to without changing the data: each mapping or list on the
 * way to a place written is copied once, and the rest is shared. Rules see every plan with its
 * worked-out figures set; copying the whole plan for that took a run over many plans 4 %.
 * A value shared by two paths in the data (a YAML alias) stays shared: both paths get the same copy.
 */
export class CopyOnWrite {
  readonly root: unknown;
  private readonly copyOf = new Map<object, object>();
  private readonly copies = new Set<object>();

  constructor(data: unknown) {
    this.root = data !== null && typeof data === 'object' ? this.copy(data) : data;
  }

  /** The mapping or list at `path`, made writable with everything above it; undefined where there is none. */
  writableAt(path: readonly PathSegment[]): Record<string, unknown> | undefined {
    let here = this.root;
    if (here === null || typeof here !== 'object') return undefined;
    for (const segment of path) {
      const holder = here as Record<string | number, unknown>;
      if (!Object.prototype.hasOwnProperty.call(holder, segment)) return undefined;
      const child = holder[segment];
      if (child === null || typeof child !== 'object') return undefined;
      const writable = this.copies.has(child) ? child : this.copy(child);
      if (writable !== child) setOwn(holder, segment, writable);
      here = writable;
    }
    return here as Record<string, unknown>;
  }

  private copy(value: object): object {
    if (this.copies.has(value)) return value;
    let made = this.copyOf.get(value);
    if (made === undefined) {
      made = Array.isArray(value) ? value.slice() : copyMapping(value as Record<string, unknown>);
      this.copyOf.set(value, made);
      this.copies.add(made);
    }
    return made;
  }
}

/** A shallow copy that keeps a key named `__proto__` a key, as the loader made it. */
function copyMapping(value: Record<string, unknown>): Record<string, unknown> {
  const made: Record<string, unknown> = {};
  for (const key of Object.keys(value)) setOwn(made, key, value[key]);
  return made;
}

function setOwn(holder: Record<string | number, unknown>, key: string | number, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(holder, key, { value, enumerable: true, writable: true, configurable: true });
  else holder[key] = value;
}
