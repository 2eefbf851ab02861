import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/fixtures.js';

/**
 * The structure the next developer relies on: no import cycles in src/, and src/core importing
 * nothing from the layers above it (kinds, rules, check, render, report, config, cli).
 */
const SRC = join(ROOT, 'src');

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every module a file imports from src, type-only imports included (they tie the layers as much). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/(?:import|export)\s[^'";]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g)) {
    const specifier = match[1] ?? match[2]!;
    found.push(resolve(dirname(file), specifier).replace(/\.js$/, '.ts'));
  }
  return found;
}

const graph = new Map(sources(SRC).map((file) => [file, importsOf(file)]));
const name = (file: string) => relative(SRC, file);

describe('the structure of src/', () => {
  it('has no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...stack.slice(stack.indexOf(file)), file].map(name).join(' → '));
        return;
      }
      state.set(file, 'visiting');
      stack.push(file);
      for (const next of graph.get(file) ?? []) if (graph.has(next)) visit(next);
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file);
    expect(cycles).toEqual([]);
  });

  it('keeps src/core free of imports from the layers above it', () => {
    const upward = [...graph].flatMap(([file, imports]) =>
      name(file).startsWith('core/') ? imports.filter((target) => !name(target).startsWith('core/') && !name(target).startsWith('i18n/')).map((target) => `${name(file)} → ${name(target)}`) : [],
    );
    expect(upward).toEqual([]);
  });
});
