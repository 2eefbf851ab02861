import { fromPointer, toPointer, type PathSegment } from './diagnostic.js';

/**
 * A plan read as far as it goes: the checker keeps every value that passes its field's type and
 * leaves out the others (check/lenient.ts). The pointers of what it left out, or found missing,
 * are the plan's holes; they are kept beside the plan object, so that anything handed the plan
 * (rules, the budget view, summaries, a draft's renderer) can ask what it cannot rely on.
 */
/** How a figure that cannot be worked out (it needs a missing or invalid value) is shown, in every language. */
export const UNKNOWN_MARK = '?';

const holesByPlan = new WeakMap<object, ReadonlySet<string>>();
const NONE: ReadonlySet<string> = new Set();

/** Records `holes` as the missing or invalid values of `plan`; returns the plan. */
export function markPartial<T>(plan: T, holes: Iterable<string>): T {
  if (plan !== null && typeof plan === 'object') holesByPlan.set(untracked(plan) as object, new Set(holes));
  return plan;
}

/** The pointers of the plan's missing or invalid values; empty for a plan its schema accepted. */
export function holesOf(plan: unknown): ReadonlySet<string> {
  const raw = untracked(plan);
  return (raw !== null && typeof raw === 'object' && holesByPlan.get(raw)) || NONE;
}

/** True when the value at `at` (a pointer or a path) is missing or invalid, or lies inside a value that is. */
export function isHole(plan: unknown, at: string | readonly PathSegment[]): boolean {
  const holes = holesOf(plan);
  if (holes.size === 0) return false;
  const segments = typeof at === 'string' ? fromPointer(at) : at.map(String);
  for (let i = segments.length; i > 0; i--) if (holes.has(toPointer(segments.slice(0, i)))) return true;
  return false;
}

/** True when something at or under `at` is missing or invalid: a sum over it cannot be worked out. */
export function hasHoleWithin(plan: unknown, at: string | readonly PathSegment[]): boolean {
  const pointer = typeof at === 'string' ? at : toPointer(at);
  if (isHole(plan, pointer)) return true;
  for (const hole of holesOf(plan)) if (hole.startsWith(pointer + '/')) return true;
  return false;
}

const RAW = Symbol('plan.raw');
const TRACKER = Symbol('plan.tracker');

interface Tracker {
  holes: ReadonlySet<string>;
  /** Pointers whose direct children include a hole: a rule that lists such an object's keys may miss one. */
  parents: ReadonlySet<string>;
  touch(): void;
  proxies: WeakMap<object, object>;
}

/**
 * The plan as a rule sees it: every read is looked at, and `touch` is called when the rule reads a
 * value that is missing or invalid (or lists the keys of an object that lacks one). The checker
 * then drops what the rule said, since its inputs were not all there: the field's own error speaks.
 */
export function tracked<T>(plan: T, holes: ReadonlySet<string>, touch: () => void): T {
  const parents = new Set<string>();
  for (const hole of holes) parents.add(toPointer(fromPointer(hole).slice(0, -1)));
  return wrap(plan, '', { holes, parents, touch, proxies: new WeakMap() });
}

/** The same tracking, over a value worked out from a tracked plan (the plan with its sums filled in), at the same pointers. */
export function retracked<T>(like: unknown, value: T): T {
  const tracker = like !== null && typeof like === 'object' ? ((like as Record<symbol, unknown>)[TRACKER] as Tracker | undefined) : undefined;
  if (!tracker) return value;
  return tracked(value, holesOf(value).size > 0 ? holesOf(value) : tracker.holes, tracker.touch);
}

/** The plain object behind a tracked one. */
export function untracked<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  return ((value as Record<symbol, unknown>)[RAW] as T | undefined) ?? value;
}

function wrap<T>(value: T, pointer: string, tracker: Tracker): T {
  if (value === null || typeof value !== 'object') return value;
  const known = tracker.proxies.get(value);
  if (known) return known as T;
  const child = (key: PropertyKey) => `${pointer}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
  const proxy = new Proxy(value, {
    get(target, key, receiver) {
      if (key === RAW) return target;
      if (key === TRACKER) return tracker;
      if (typeof key === 'symbol') return Reflect.get(target, key, receiver);
      if (tracker.holes.has(child(key))) tracker.touch();
      const found = Reflect.get(target, key, receiver);
      return Object.prototype.hasOwnProperty.call(target, key) ? wrap(found, child(key), tracker) : found;
    },
    has(target, key) {
      if (typeof key !== 'symbol' && tracker.holes.has(child(key))) tracker.touch();
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      if (tracker.parents.has(pointer)) tracker.touch();
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(target, key) {
      if (typeof key !== 'symbol' && tracker.holes.has(child(key))) tracker.touch();
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
  tracker.proxies.set(value, proxy);
  return proxy;
}
