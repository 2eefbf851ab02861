import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { parseFast } from '../../src/check/fast-schema.js';
import { parsePlanText } from '../../src/core/load.js';
import { SCHEMA_PARSE_WITH_INPUT } from '../../src/core/parse-options.js';
import { createTranslator } from '../../src/i18n/index.js';
import { compileKind } from '../../src/kinds/data/compile.js';
import { kindFileSchemas } from '../../src/kinds/data/format.js';
import { KindRegistry } from '../../src/kinds/registry.js';
import { ROOT } from '../helpers/fixtures.js';
import { seededRandom } from '../helpers/random.js';

/**
 * The short way through a kind's schema (src/check/fast-schema.ts) must answer as zod does: the
 * same data, key for key and in the same order, for every plan zod accepts, and no answer for
 * every plan it refuses, so that zod's own issues are the ones reported. Held to that over every
 * plan of the examples and fixtures, and over thousands of plans made from them by a seeded
 * generator that leaves out, adds and changes values of every type the kinds read.
 */

/** A kind with the field types and forms the package's kinds do not use. */
const SINK = `id: sink
lang: sv
title: Sink
description: Every kind of field the package's own kinds leave out.
fields:
  share: { type: percent, required: false }
  phone: { type: phone, lenient: true, required: false }
  org: { type: org-number, required: false }
  funded: { type: yes-no, required: false }
  count: { type: integer, min: 1, max: 9, required: false }
  weight: { type: number, min: 0, max: 10, required: false }
  site: { type: url, required: false }
  mode: { type: choice, required: false, default: a, options: [a, b] }
  either: { type: integer, required: false, or: { type: text } }
  owner: { type: person, required: false }
`;
const SINK_PLANS = [
  'kind: sink\n',
  'kind: sink\nshare: 15 %\nphone: 070-123 45 67\norg: 212000-0142\nfunded: ja\ncount: 3\nweight: "2,5"\nsite: https://example.org\nmode: b\neither: B\nowner: { name: Anna Berg }\n',
  'kind: sink\nshare: 40\nfunded: false\neither: 2\ncount: 9\nweight: 10\n',
];

function sinkKind() {
  const compiled = compileKind(kindFileSchemas().kindFileSchema.parse(parse(SINK)));
  expect(compiled.problems).toEqual([]);
  return compiled.kind;
}

const EXAMPLE_KINDS = join(ROOT, 'examples', 'kinds');
const registry = new KindRegistry([EXAMPLE_KINDS], 'en', [sinkKind()]);

function yamlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return yamlFiles(path);
    return entry.name.endsWith('.yaml') && entry.name !== 'kind.yaml' ? [path] : [];
  });
}

/** Every plan of the examples and fixtures, read as plan reads it, with its kind's schema. */
const corpus: { name: string; schema: z.ZodType; data: unknown }[] = [
  ...[join(ROOT, 'examples'), join(ROOT, 'test', 'fixtures')].filter(existsSync).flatMap((folder) => yamlFiles(folder).map((path) => ({ name: path.slice(ROOT.length + 1), text: readFileSync(path, 'utf8') }))),
  ...SINK_PLANS.map((text, i) => ({ name: `sink ${i}`, text })),
].flatMap(({ name, text }) => {
  const data = parsePlanText(text, name, createTranslator('en')).source?.data as Record<string, unknown> | undefined;
  const kind = typeof data?.kind === 'string' ? registry.get(data.kind) : undefined;
  return kind ? [{ name, schema: kind.schema as z.ZodType, data }] : [];
});

/** The same value: the same prototypes, the same own keys in the same order, the same leaves. */
function same(a: unknown, b: unknown, path = ''): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return `${path}: ${String(a)} against ${String(b)}`;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${path}: different kinds of object`;
  const keysA = Reflect.ownKeys(a);
  const keysB = Reflect.ownKeys(b);
  if (keysA.join('\0') !== keysB.join('\0')) return `${path}: keys ${keysA.join(',')} against ${keysB.join(',')}`;
  for (const key of keysA) {
    const found = same((a as Record<PropertyKey, unknown>)[key], (b as Record<PropertyKey, unknown>)[key], `${path}/${String(key)}`);
    if (found) return found;
  }
  return undefined;
}

/** What the two said of a plan, when they disagree. */
function disagreement(schema: z.ZodType, data: unknown): string | undefined {
  const byZod = schema.safeParse(structuredClone(data), SCHEMA_PARSE_WITH_INPUT);
  const fast = parseFast(schema, structuredClone(data));
  if (!byZod.success) return fast === undefined ? undefined : 'zod refused it, the short way accepted it';
  if (fast === undefined) return 'zod accepted it, the short way refused it';
  return same(fast.data, byZod.data);
}

const ODD_VALUES: unknown[] = [null, '', '  ', 'x', 'ja', 'nej', '15 %', '1 000 kr', '2024-01-15', 'hösten 2010', 0, -5, 2.5, 1e21, Number.NaN, true, false, [], ['x'], {}, { x: 1 }];

type Place = { holder: Record<string, unknown> | unknown[]; key: string | number };

/** Every value's place in a plan, and every mapping in it. */
function placesIn(data: unknown): { places: Place[]; holders: Record<string, unknown>[] } {
  const places: Place[] = [];
  const holders: Record<string, unknown>[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach((item, index) => (places.push({ holder: value, key: index }), walk(item)));
    else if (value !== null && typeof value === 'object') {
      holders.push(value as Record<string, unknown>);
      for (const [key, item] of Object.entries(value)) places.push({ holder: value as Record<string, unknown>, key }), walk(item);
    }
  };
  walk(data);
  return { places, holders };
}

/** Plans made from one by leaving out a key, adding an unknown one, or changing a value to one of another type. */
function variants(data: unknown, random: () => number, count: number): unknown[] {
  const out: unknown[] = [];
  for (let n = 0; n < count; n++) {
    const copy = structuredClone(data);
    const { places: copied, holders: copiedHolders } = placesIn(copy);
    const choice = random();
    if (choice < 0.15 && copiedHolders.length > 0) copiedHolders[Math.floor(random() * copiedHolders.length)]!.unknownKey = 'x';
    else if (choice < 0.4 && copied.length > 0) {
      const { holder, key } = copied[Math.floor(random() * copied.length)]!;
      if (Array.isArray(holder)) holder.splice(key as number, 1);
      else delete holder[key as string];
    } else if (copied.length > 0) {
      const { holder, key } = copied[Math.floor(random() * copied.length)]!;
      (holder as Record<string | number, unknown>)[key] = ODD_VALUES[Math.floor(random() * ODD_VALUES.length)];
    }
    out.push(copy);
  }
  return out;
}

describe('the short way through a kind schema', () => {
  it('reads the plans of the examples and fixtures', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(12);
    expect(new Set(corpus.map((plan) => plan.data && (plan.data as { kind: string }).kind)).size).toBeGreaterThanOrEqual(9);
  });

  it.each(corpus.map((plan) => [plan.name, plan] as const))('answers as zod does for %s', (_name, { schema, data }) => {
    expect(disagreement(schema, data)).toBeUndefined();
  });

  it('answers as zod does for thousands of plans made from them, accepted and refused', () => {
    const random = seededRandom(19);
    let accepted = 0;
    let refused = 0;
    const wrong: string[] = [];
    for (const { name, schema, data } of corpus) {
      for (const variant of variants(data, random, 250)) {
        const found = disagreement(schema, variant);
        if (found) wrong.push(`${name}: ${found}`);
        if (schema.safeParse(variant, SCHEMA_PARSE_WITH_INPUT).success) accepted++;
        else refused++;
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    // Both answers must be well represented, or the comparison says little.
    expect(accepted).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(500);
  });
});

/**
 * What check/check.ts does with a schema: the short way, and zod where it gives no answer. That
 * must be zod's answer in every respect a caller sees: the data (and which of its values are the
 * same object), a refusal, or the error zod throws.
 */
function checked(schema: z.ZodType, data: unknown): unknown {
  const fast = parseFast(schema, data);
  return fast ?? schema.safeParse(data, SCHEMA_PARSE_WITH_INPUT);
}

function outcome(run: () => unknown): unknown {
  try {
    const result = run() as { success: boolean; data?: unknown };
    return result.success ? { data: result.data } : 'refused';
  } catch (error) {
    return `throws ${(error as Error).constructor.name}`;
  }
}

describe('schemas the short way must leave to zod', () => {
  const Node: z.ZodType = z.object({
    name: z.string(),
    get children() {
      return z.array(Node);
    },
  });
  const cases: [string, z.ZodType, () => unknown][] = [
    ['an exact optional given undefined', z.object({ a: z.string().exactOptional() }), () => ({ a: undefined })],
    ['a codec, which transforms between its ends', z.codec(z.string(), z.string(), { decode: (text) => text.trim(), encode: (text) => text }), () => '  x  '],
    ['an exclusive union that two options fit', z.xor([z.string(), z.string().min(1)]), () => 'a'],
    ['a discriminated union without its tag', z.discriminatedUnion('t', [z.object({ t: z.literal('a').optional(), x: z.string() }), z.object({ t: z.literal('b').optional(), y: z.number() })]), () => ({ x: 's' })],
    ['a catch that reads the issue it caught', z.string().catch(({ error }) => ('input' in error.issues[0]! ? 'with input' : 'without input')), () => 5],
    ['an asynchronous refinement in a union', z.union([z.string().refine(async () => false), z.string().transform((text) => text + '!')]), () => 'a'],
    ['a refinement of a left-out optional field that throws', z.object({ a: z.string().optional().refine((value) => value!.length > 0) }), () => ({})],
    ['a list over its size whose items throw', z.array(z.unknown().refine((value) => (value as { a: { b: unknown } }).a.b)).max(1), () => [{}, {}]],
    ['a schema that contains itself, given a value that contains itself', Node, () => {
      const node = { name: 'a', children: [] as unknown[] };
      node.children.push(node);
      return node;
    }],
  ];

  it.each(cases)('answers as zod does for %s', (_name, schema, make) => {
    // toEqual follows a value that contains itself.
    expect(outcome(() => checked(schema, make()))).toEqual(outcome(() => schema.safeParse(make(), SCHEMA_PARSE_WITH_INPUT)));
  });

  it('keeps a value shared where zod keeps it shared', () => {
    const leaf = { name: 'leaf', children: [] };
    const byZod = Node.safeParse({ name: 'root', children: [leaf, leaf] }, SCHEMA_PARSE_WITH_INPUT).data as { children: unknown[] };
    const both = (checked(Node, { name: 'root', children: [leaf, leaf] }) as { data: { children: unknown[] } }).data;
    expect(both.children[0] === both.children[1]).toBe(byZod.children[0] === byZod.children[1]);
  });
});
