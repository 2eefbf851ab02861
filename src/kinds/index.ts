import type { AnyKind } from './define.js';

/**
 * Kinds written in TypeScript, for the registry to offer beside the package's kinds as data
 * (kinds/<id>/kind.yaml). Every built-in kind is data now, so there are none; a kind's own rules
 * are a module listed in builtin-modules.ts.
 */
export const kinds: readonly AnyKind[] = [];

export function findKind(id: string): AnyKind | undefined {
  return kinds.find((kind) => kind.id === id);
}
