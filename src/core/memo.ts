/**
 * Values worked out from a text key and kept for the next ask, at most `limit` of them (all are let
 * go when it is reached, so memory stays bounded however many keys a run sees). A value may be
 * undefined: "nothing there" is remembered too.
 */
export class Memo<V> {
  private readonly values = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string, make: () => V): V {
    // One lookup where the value is known; `has` only tells a remembered undefined from none.
    const known = this.values.get(key);
    if (known !== undefined || this.values.has(key)) return known as V;
    if (this.values.size >= this.limit) this.values.clear();
    const value = make();
    this.values.set(key, value);
    return value;
  }

  clear(): void {
    this.values.clear();
  }
}
