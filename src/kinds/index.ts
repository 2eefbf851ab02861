import type { AnyKind } from './define.js';
import prosjektplan from './prosjektplan/index.js';

/** Every document kind the tool knows. A new kind is a folder beside these and one line here. */
export const kinds: readonly AnyKind[] = [prosjektplan];

export function findKind(id: string): AnyKind | undefined {
  return kinds.find((kind) => kind.id === id);
}
