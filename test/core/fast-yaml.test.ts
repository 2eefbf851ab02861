import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDocument, isMap, isPair, isScalar, isSeq, parseAllDocuments, visit, LineCounter, Pair, Scalar, YAMLMap, YAMLSeq, type Document } from 'yaml';
import { describe, expect, it } from 'vitest';
import { FAST_MAX_DEPTH, fastParse } from '../../src/core/fast-yaml.js';
import { MAX_NESTING, PLAN_YAML_OPTIONS } from '../../src/core/load.js';
import { ROOT, tempDir } from '../helpers/fixtures.js';
// @ts-expect-error: the bench's plan writer is a plain script.
import { writePlans } from '../../bench/plans.mjs';
import { seededRandom } from '../helpers/random.js';

/**
 * fastParse must give exactly what yaml gives (nodes, ranges, values, data, line starts) or leave
 * the file to yaml. Shown over every YAML file of the project, the bench's 1,000 plans, and a
 * seeded run of mutants of them; PLAN_FUZZ_SEED=<seed> reproduces a run, PLAN_FUZZ_COUNT makes it longer.
 */
const SEED = Number(process.env.PLAN_FUZZ_SEED ?? 20261219);
const MUTANTS = Number(process.env.PLAN_FUZZ_COUNT ?? 3000);

/** Node class, ranges, value and type of every node, in document order. */
function dump(node: unknown, out: string[] = []): string[] {
  if (node === null || node === undefined) out.push(String(node));
  else if (isPair(node)) {
    out.push('Pair');
    dump(node.key, out);
    dump(node.value, out);
  } else if (isMap(node) || isSeq(node)) {
    out.push(`${isMap(node) ? 'Map' : 'Seq'} ${JSON.stringify(node.range)} flow=${node.flow === true} ${node.items.length}`);
    for (const item of node.items) dump(item, out);
  } else if (isScalar(node)) {
    const value = Object.is(node.value, -0) ? '-0' : JSON.stringify(node.value);
    out.push(`Scalar ${JSON.stringify(node.range)} ${node.type} ${typeof node.value} ${value} ${JSON.stringify(node.source)}`);
  } else out.push(`other ${(node as object).constructor?.name}`);
  return out;
}

interface Judged {
  /** Whether fastParse read the file. */
  accepted: boolean;
  /** What differs from yaml, if anything. */
  problem?: string;
}

function judge(text: string): Judged {
  const fast = fastParse(text, PLAN_YAML_OPTIONS);
  if (!fast) return { accepted: false };
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { ...PLAN_YAML_OPTIONS, lineCounter });
  if (!Array.isArray(docs) || docs.length !== 1) return { accepted: true, problem: `yaml reads ${Array.isArray(docs) ? docs.length : 0} documents` };
  const doc = docs[0]!;
  const said = [...doc.errors, ...doc.warnings].map((e) => `${e.code} at ${e.pos[0]}`);
  if (said.length > 0) return { accepted: true, problem: `yaml says ${said.join(', ')}` };
  const expected = dump(doc.contents);
  const actual = dump(fast.doc.contents);
  for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
    if (expected[i] !== actual[i]) return { accepted: true, problem: `node ${i}: yaml ${expected[i]}, fast ${actual[i]}` };
  }
  if (JSON.stringify(doc.range) !== JSON.stringify(fast.doc.range)) return { accepted: true, problem: `document range: yaml ${JSON.stringify(doc.range)}, fast ${JSON.stringify(fast.doc.range)}` };
  if (JSON.stringify(lineCounter.lineStarts) !== JSON.stringify(fast.lineCounter.lineStarts)) return { accepted: true, problem: 'line starts differ' };
  const data = doc.toJS();
  // Key order, and a number against the string of its digits, count.
  if (!sameData(data, fast.data)) return { accepted: true, problem: `data: yaml ${JSON.stringify(data)}, fast ${JSON.stringify(fast.data)}` };
  const comments = commentLines(text, doc);
  if (JSON.stringify(comments) !== JSON.stringify(fast.commentLines)) return { accepted: true, problem: `comment lines: yaml ${JSON.stringify(comments)}, fast ${JSON.stringify(fast.commentLines)}` };
  return { accepted: true };
}

/** The # of each line that holds only a comment, as the directive reader (config/inline.ts) sees lines: none inside a block or quoted text. */
function commentLines(text: string, doc: Document.Parsed): number[] {
  const texts: [number, number][] = [];
  visit(doc, { Scalar: (_, node) => void (node.range && node.type !== 'PLAIN' && texts.push([node.range[0], node.range[1]])) });
  const found: number[] = [];
  for (const line of text.matchAll(/^[ \t]*#/gm)) {
    if (!texts.some(([start, end]) => line.index >= start && line.index < end)) found.push(line.index + line[0].length - 1);
  }
  return found;
}

function sameData(a: unknown, b: unknown): boolean {
  if (typeof a !== typeof b) return false;
  if (a === null || typeof a !== 'object') return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b as object);
  if (ka.join('\u0000') !== kb.join('\u0000')) return false;
  return ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function yamlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const corpus = ['examples', 'kinds', 'test/fixtures'].flatMap((folder) => yamlFiles(join(ROOT, folder)));
const examples = yamlFiles(join(ROOT, 'examples'));

function benchPlans(): string[] {
  const folder = tempDir();
  writePlans(folder, 1000);
  return yamlFiles(folder);
}


const INSERTS = [': ', ':', '#', ' #', ' # c', '"', "'", '\t', '- ', '-', '&a ', '*a', '!tag ', '!!str ', '[', ']', '{', '}', ',', ' ', '  ', '|', '>', '|-', '>+', '? ', '~', '0', '007', '-0', '+1', '1.5', '0x1F', 'true', 'NULL', '\\', '\\n', "''", '""', '%', '@', '`', '*', '---', '...', '\u00a0', '\ufeff', 'é', '\r'];

/** One small edit of the kind a hurried editor or a strange file makes. */
function mutate(text: string, next: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const lines = text.split('\n');
  const at = Math.floor(next() * lines.length);
  const line = lines[at]!;
  const column = Math.floor(next() * (line.length + 1));
  switch (Math.floor(next() * 12)) {
    case 0:
      lines.splice(at, 1);
      break;
    case 1:
      lines.splice(at, 0, line);
      break;
    case 2:
      lines[at] = ' '.repeat(1 + Math.floor(next() * 3)) + line;
      break;
    case 3:
      lines[at] = line.replace(/^ {1,2}/, '');
      break;
    case 4:
    case 5:
    case 6:
      lines[at] = line.slice(0, column) + pick(INSERTS) + line.slice(column);
      break;
    case 7:
      lines[at] = line + pick([' ', '  ', ' # c', '#', ':', ' :']);
      break;
    case 8:
      lines.splice(at, 0, pick(['', ' ', '# c', '  # c', '    # c', '- x', '  - x', 'k: v', '  k: v', 'k:', '  k:']));
      break;
    case 9:
      lines[at] = line.slice(0, column);
      lines.splice(at + 1, 0, ' '.repeat(Math.floor(next() * 6)) + line.slice(column));
      break;
    case 10:
      return pick(['\ufeff', '---\n', '# c\n', '\n']) + text.replace(/\n/g, next() < 0.2 ? '\r\n' : '\n');
    default:
      return text.slice(0, Math.floor(next() * text.length));
  }
  return lines.join('\n');
}

describe('fastParse', () => {
  it('reads every YAML file of the project as yaml does, and every example', () => {
    const accepted: string[] = [];
    for (const file of corpus) {
      const judged = judge(readFileSync(file, 'utf8'));
      expect(judged.problem, relative(ROOT, file)).toBeUndefined();
      if (judged.accepted) accepted.push(relative(ROOT, file));
    }
    for (const file of examples) expect(accepted, 'fastParse leaves an example to yaml').toContain(relative(ROOT, file));
    console.log(`fastParse read ${accepted.length} of ${corpus.length} YAML files of the project; left to yaml: ${corpus.filter((f) => !accepted.includes(relative(ROOT, f))).map((f) => relative(ROOT, f)).join(', ') || 'none'}`);
  });

  it("reads every one of the bench's 1,000 plans as yaml does", () => {
    const plans = benchPlans();
    expect(plans).toHaveLength(1000);
    for (const file of plans) expect(judge(readFileSync(file, 'utf8')), file).toEqual({ accepted: true });
  }, 30_000);

  it(`gives yaml's result or leaves the file to yaml, for ${MUTANTS} mutants (seed ${SEED})`, () => {
    const next = seededRandom(SEED);
    const sources = corpus.map((file) => readFileSync(file, 'utf8'));
    let accepted = 0;
    for (let i = 0; i < MUTANTS; i++) {
      let text = sources[Math.floor(next() * sources.length)]!;
      const edits = 1 + Math.floor(next() * 2);
      for (let e = 0; e < edits; e++) text = mutate(text, next);
      const judged = judge(text);
      if (judged.problem) expect.fail(`mutant ${i} (PLAN_FUZZ_SEED=${SEED}): ${judged.problem}\n${text}`);
      if (judged.accepted) accepted++;
    }
    // The mutants must exercise the fast path, not only the fallback.
    expect(accepted).toBeGreaterThan(MUTANTS / 5);
  }, 20_000 + MUTANTS * 5);

  it('reads the small cases of YAML the plans use as yaml does', () => {
    const cases = [
      'a: 1\nb: -2\nc: +3\nd: 007\ne: 0\nf: -0\ng: 12345678901234567890\nh: 1.5\ni: 0x1F\nj: .inf\nk: 1e3\n',
      'a: ~\nb: null\nc: Null\nd: NULL\ne:\nf: nULL\ng: true\nh: True\ni: TRUE\nj: false\nk: tRUE\nl: yes\n',
      'a: "x \\"q\\" \\\\ \\n \\t \\u00e9 \\x41 \\U0001F600"\nb: \'it\'\'s\'\nc: "#no" # yes\n',
      'a: |\n  x\n\n  y\n\n\nb: >\n  p\n  q\n\n  r\nc: |-\n  s\nd: >+\n  t\n\n\ne: |+\n  u\nf: >-\n\n  v\n  w\n',
      'a:\n- x\n- y: 1\n  z: 2\n-   w\nb:\n  - [1, 2, []]\n  - {c: d, e: [f, "g"], h: {}}\n',
      'a: plain text\n  over two lines\n\n  and a paragraph\nb: x # comment\n# a comment\nc: y\n',
      '# head\n\nkind: x\n\n# between\nlist:\n  # before\n  - a\n\n  - b\n# tail\n',
      '1: one\ntrue: yes\n~: nothing\n"q": quoted\n\'s\': single\n',
      'a:\n  b:\n    c:\n      d: [x]\n  e: f\n',
      // Colons and hashes inside a line, which the reader looks for line by line.
      'a: x:y # c: d\nb: http://example.org/a#b\nc: one #two\nd: "x" # e: f\n',
      'a: ratio 1:2\n  and 3:4\nb: x#y\nc: long words with no comment at all and none below\n',
      'a:\n  - key: value # c: d\n  - x:y\n  - "q": 1\n',
    ];
    for (const text of cases) expect(judge(text), text).toEqual({ accepted: true });
  });

  it('leaves to yaml what it does not read exactly', () => {
    const cases = ['a: &x 1\nb: *x\n', 'a: !!str 1\n', '---\na: 1\n', 'a: 1\n---\nb: 2\n', 'a: 1\na: 2\n', '? a\n: b\n', 'a: [1,\n  2]\n', 'a:\n\tb: 1\n', 'a: 1\r\nb: 2\r\n', '\ufeffa: 1\n', 'a: "x\n  y"\n', '- a\n', 'just text\n', '', '# only\n', 'a: b: c\n', 'a: x # c\n  b: c\n', 'a: one\n  two: three\n', 'a: one:\n', 'a: one\n  two:\n', 'a: 1\n  b: 2\n', '__proto__: 1\n', 'a:\n  b: 1\n    # deeper\nc: 2\n'];
    for (const text of cases) expect(fastParse(text, PLAN_YAML_OPTIONS), JSON.stringify(text)).toBeUndefined();
  });

  // load.ts skips its walk for too deep a nesting on what fastParse reads, on the strength of this.
  it('leaves to yaml anything nested deeper than it reads, which is shallower than load.ts refuses', () => {
    const blocks = (levels: number) => Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' 1\n';
    const flows = (levels: number) => `a: ${'['.repeat(levels - 1)}1${']'.repeat(levels - 1)}\n`;
    expect(FAST_MAX_DEPTH).toBeLessThan(MAX_NESTING);
    for (const nest of [blocks, flows]) {
      expect(fastParse(nest(FAST_MAX_DEPTH), PLAN_YAML_OPTIONS)).toBeDefined();
      expect(fastParse(nest(FAST_MAX_DEPTH + 1), PLAN_YAML_OPTIONS)).toBeUndefined();
    }
  });

  it('gives a document that visit, getIn and the is* tests treat as yaml\'s own', () => {
    const fast = fastParse('a:\n  b: [1, x]\n  c: |\n    t\n', PLAN_YAML_OPTIONS)!;
    expect(isDocument(fast.doc)).toBe(true);
    expect(fast.doc.errors).toEqual([]);
    expect(fast.doc.warnings).toEqual([]);
    const b = fast.doc.getIn(['a', 'b'], true);
    expect(isSeq(b) && b.flow).toBe(true);
    expect(fast.doc.getIn(['a', 'b', 1])).toBe('x');
    const types: string[] = [];
    visit(fast.doc, { Scalar: (_, node) => void types.push(`${String(node.value)}:${node.type}`) });
    expect(types).toEqual(['a:PLAIN', 'b:PLAIN', '1:PLAIN', 'x:PLAIN', 'c:PLAIN', 't\n:BLOCK_LITERAL']);
    expect(fast.doc.toJS()).toEqual(fast.data);
    const c = fast.doc.getIn(['a', 'c'], true) as { range: number[] };
    expect(fast.lineCounter.linePos(c.range[0]!)).toEqual({ line: 3, col: 6 });
  });

  it('makes nodes of yaml\'s classes, which clone, change and print as yaml\'s do', () => {
    const text = 'a:\n  b: [1, x]\n  c: {d: e}\nf:\n  - g\n  - h: i\n';
    const fast = fastParse(text, PLAN_YAML_OPTIONS)!;
    const own = parseAllDocuments(text, PLAN_YAML_OPTIONS)[0]!;
    const a = fast.doc.get('a', true);
    expect(a).toBeInstanceOf(YAMLMap);
    expect(fast.doc.getIn(['a', 'b'], true)).toBeInstanceOf(YAMLSeq);
    expect((a as YAMLMap).items[0]).toBeInstanceOf(Pair);
    expect(fast.doc.getIn(['a', 'b', 0], true)).toBeInstanceOf(Scalar);
    expect(fast.doc.toString()).toBe(own.toString());
    const copy = fast.doc.clone();
    copy.setIn(['a', 'c', 'd'], 'changed');
    copy.addIn(['f'], 'j');
    expect(copy.toJS()).toEqual({ a: { b: [1, 'x'], c: { d: 'changed' } }, f: ['g', { h: 'i' }, 'j'] });
    expect(fast.doc.toJS()).toEqual(own.toJS());
    expect(isScalar(copy.getIn(['a', 'c', 'd'], true))).toBe(true);
  });
});

describe('the library\'s loadPlan', () => {
  it('keeps the plan\'s comments in its document, which the fast reader leaves out', async () => {
    const { loadPlan } = await import('../../src/index.js');
    const { createTranslator } = await import('../../src/i18n/index.js');
    const text = '# Handlingsplan för 2026\nkind: handlingsplan # the form\ntitle: Plan\n';
    const loaded = loadPlan(text, 'plan.yaml', createTranslator('en'));
    expect(loaded.source!.doc.toString()).toBe(text);
  });
});
