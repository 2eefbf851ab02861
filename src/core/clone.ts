/**
 * A deep copy of plain data as the YAML loader gives it (objects, arrays, strings, numbers,
 * booleans, null). Several times faster than structuredClone, which serialises, on the plans a
 * check copies once or twice each. A key named `__proto__` stays a key, as the loader made it.
 */
export function clonePlain<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(clonePlain) as T;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = clonePlain((value as Record<string, unknown>)[key]);
    if (key === '__proto__') Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
    else copy[key] = item;
  }
  return copy as T;
}
