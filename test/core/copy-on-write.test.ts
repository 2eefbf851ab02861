import { describe, expect, it } from 'vitest';
import { CopyOnWrite } from '../../src/core/copy-on-write.js';

describe('CopyOnWrite', () => {
  it('writes through copies and leaves the data as it was', () => {
    const data = { budget: { rows: [{ amount: 1 }, { amount: 2 }] }, title: 'T', other: { deep: { x: 1 } } };
    const before = JSON.stringify(data);
    const view = new CopyOnWrite(data);
    view.writableAt(['budget'])!.total = 3;
    view.writableAt(['budget', 'rows', 1])!.note = 'n';
    expect(JSON.stringify(data)).toBe(before);
    const root = view.root as typeof data & { budget: { total: number; rows: { note?: string }[] } };
    expect(root.budget.total).toBe(3);
    expect(root.budget.rows[1]!.note).toBe('n');
    expect(root.budget.rows).toHaveLength(2);
    // What was not written to is the data's own.
    expect(root.other).toBe(data.other);
    expect(root.budget.rows[0]).toBe(data.budget.rows[0]);
    expect(root.budget).not.toBe(data.budget);
  });

  it('copies each container once, however often it is written to', () => {
    const data = { a: { b: { c: 1 } } };
    const view = new CopyOnWrite(data);
    const first = view.writableAt(['a', 'b'])!;
    first.d = 2;
    const second = view.writableAt(['a', 'b'])!;
    expect(second).toBe(first);
    expect(second).toEqual({ c: 1, d: 2 });
  });

  it('gives nothing where the path does not lead to a mapping or list', () => {
    const view = new CopyOnWrite({ a: { b: 'text' }, n: null });
    expect(view.writableAt(['a', 'b'])).toBeUndefined();
    expect(view.writableAt(['missing', 'x'])).toBeUndefined();
    expect(view.writableAt(['n'])).toBeUndefined();
    expect(new CopyOnWrite('plain').writableAt([])).toBeUndefined();
  });

  it('keeps a value that two paths share (an alias) shared, and follows a cycle', () => {
    const shared = { rows: [] as unknown[] };
    const data: Record<string, unknown> = { first: shared, second: shared };
    data.self = data;
    const view = new CopyOnWrite(data);
    view.writableAt(['first'])!.total = 5;
    const root = view.root as Record<string, Record<string, unknown>>;
    expect(view.writableAt(['second'])).toBe(root.first);
    expect(root.second!.total).toBe(5);
    expect(view.writableAt(['self', 'self'])).toBe(root);
    expect(shared).toEqual({ rows: [] });
  });

  it('keeps a key named __proto__ a key', () => {
    const data = JSON.parse('{"__proto__": {"x": 1}, "y": {"z": 1}}') as Record<string, unknown>;
    const view = new CopyOnWrite(data);
    view.writableAt(['__proto__'])!.w = 2;
    const root = view.root as Record<string, unknown>;
    expect(Object.keys(root)).toEqual(['__proto__', 'y']);
    expect(Object.getPrototypeOf(root)).toBe(Object.prototype);
    expect((data['__proto__'] as Record<string, unknown>).w).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(root, '__proto__')!.value).toEqual({ x: 1, w: 2 });
  });
});
