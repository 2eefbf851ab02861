import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  stringify,
  visit,
  type Alias,
  type Document,
  type Node as YamlNode,
  type Pair,
  type ScalarTag,
  type Tags,
  type YAMLError,
} from 'yaml';
import { fromPointer, WHOLE_FILE, type Diagnostic, type Severity, type Span } from './diagnostic.js';
import { bytePosition, decodeSource, type DecodeProblem } from './source.js';
import { excerpt, type Translate } from '../i18n/index.js';
import { fastParse, type FastParseOptions } from './fast-yaml.js';

export interface PlanSource {
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The document as plain data; every number in it is an integer the user wrote in decimal. */
  data: unknown;
  /**
   * Where each comment on a line of its own begins, when the fast reader read the file (undefined when
   * yaml did): what `# plan-disable-next-line` comments there are is then told without searching the text.
   */
  commentLines?: readonly number[];
}

export interface LoadResult {
  /** The file as text, once it has been decoded, for code frames even when the YAML is broken. */
  text?: string;
  source?: PlanSource;
  diagnostics: Diagnostic[];
}

/** Far above any real plan's use of anchors, far below what an alias bomb needs to hurt. */
const MAX_ALIAS_COUNT = 1000;

/** Real plans nest a handful of levels; this is far above that and far below a stack overflow in the checks. */
export const MAX_NESTING = 64;

/**
 * YAML's core schema reads `200.000` as 200, `0x10` as 16, `070515` as 70515 and
 * 12345678901234567890 as an inexact float. None of those may happen silently in a budget, so only
 * plain decimal integers that fit exactly become numbers; every other number-like scalar stays the
 * string the user wrote, for the amount and date readers to accept or refuse with a reason.
 */
const exactInteger: ScalarTag = {
  identify: (value) => typeof value === 'number' && Number.isSafeInteger(value),
  default: true,
  tag: 'tag:yaml.org,2002:int',
  test: /^[-+]?[0-9]+$/,
  resolve(source) {
    const digits = source.replace(/^[-+]/, '');
    if (digits.length > 1 && digits.startsWith('0')) return source;
    const value = Number(source);
    return Number.isSafeInteger(value) ? value : source;
  },
};

function planTags(defaults: Tags): Tags {
  const isNumberTag = (tag: Tags[number]) => typeof tag === 'object' && (tag.tag === 'tag:yaml.org,2002:int' || tag.tag === 'tag:yaml.org,2002:float');
  const kept = defaults.filter((tag) => !isNumberTag(tag));
  return [...kept, exactInteger];
}

/**
 * How plans are read as YAML, by yaml and by fastParse alike. What yaml would warn of on standard
 * error itself (logLevel: a key that is a list or a mapping) is a problem of the plan's, reported
 * with the others. YAML 1.1's tags (!!timestamp, !!binary, !!set, !!omap, !!pairs) are not
 * resolved (resolveKnownTags): a plan's dates are read by plan's own date reader, never as a
 * JavaScript Date in the machine's time zone, and the tag is warned of.
 */
export const PLAN_YAML_OPTIONS: FastParseOptions = { prettyErrors: false, uniqueKeys: true, schema: 'core', customTags: planTags, merge: false, logLevel: 'error', resolveKnownTags: false };

/**
 * How a plan is read. `comments: true` is for a caller that edits the document and writes it back
 * (`doc.toString()`): the fast reader's document has the plan's nodes and positions but not its
 * comments, so then yaml reads every file. Checking needs only nodes and positions.
 */
export interface ReadOptions {
  comments?: boolean;
}

export function readPlanBytes(bytes: Uint8Array, file: string, t: Translate, options: ReadOptions = {}): LoadResult {
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return { diagnostics: [decodeDiagnostic(decoded.problem, bytes, file, t)] };
  return parsePlanText(decoded.text, file, t, options);
}

export function parsePlanText(text: string, file: string, t: Translate, options: ReadOptions = {}): LoadResult {
  return { text, ...parseDecoded(text, file, t, options) };
}

/** The library's reading (src/index.ts): its callers may edit the document and write it back, so it keeps the comments. */
export function loadPlan(text: string, file: string, t: Translate): LoadResult {
  return parsePlanText(text, file, t, { comments: true });
}

export function loadPlanBytes(bytes: Uint8Array, file: string, t: Translate): LoadResult {
  return readPlanBytes(bytes, file, t, { comments: true });
}

function parseDecoded(text: string, file: string, t: Translate, options: ReadOptions): Omit<LoadResult, 'text'> {
  const diagnostic = (ruleId: string, message: string, span: Span = WHOLE_FILE, severity: Severity = 'error', hint?: string): Diagnostic => ({
    ruleId,
    severity,
    message,
    file,
    pointer: '',
    ...span,
    ...(hint ? { hint } : {}),
  });

  if (text.trim() === '') return { diagnostics: [diagnostic('file/empty', t('load.empty'), WHOLE_FILE, 'error', t('load.startWithKind'))] };

  // Most plans are plain YAML that fastParse reads as yaml would, several times faster; it leaves
  // anything else, and every mistake, to yaml.
  const fast = options.comments ? undefined : fastParse(text, PLAN_YAML_OPTIONS);
  // It refuses anything nested deeper than FAST_MAX_DEPTH, below MAX_NESTING, so only yaml's
  // documents are measured for too deep a nesting (below).
  if (fast) return checkRead(fast.doc, fast.lineCounter, fast.data, [], fast.commentLines);

  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { ...PLAN_YAML_OPTIONS, lineCounter });
  const documents = Array.isArray(docs) ? docs : [];
  const spanOf = (start: number, end: number) => offsetSpan(lineCounter, start, end);

  if (documents.length === 0) return { diagnostics: [diagnostic('file/empty', t('load.onlyComments'), WHOLE_FILE, 'error', t('load.startWithKind'))] };
  const doc = documents[0]!;
  const diagnostics: Diagnostic[] = [];
  // Overflowing nesting is reported once per level as the parser unwinds; the outermost says it all.
  const exhausted = doc.errors.filter((error) => error.code === 'RESOURCE_EXHAUSTION').sort((a, b) => a.pos[0] - b.pos[0]);
  // One mistake can trip several of the parser's checks at the same place; one message says it.
  const reportedAt = new Set<number>();
  for (const error of doc.errors) {
    if (error.code === 'RESOURCE_EXHAUSTION' && error !== exhausted[0]) continue;
    if (reportedAt.has(error.pos[0])) continue;
    reportedAt.add(error.pos[0]);
    diagnostics.push(yamlDiagnostic(error, 'error'));
  }
  for (const warning of doc.warnings) diagnostics.push(yamlDiagnostic(warning, 'warning'));
  if (documents.length > 1) {
    const second = documents[1]!;
    const start = second.range[0];
    diagnostics.push(diagnostic('yaml/multiple-documents', t('load.multipleDocuments', { count: documents.length }), spanOf(start, start + 3), 'error', t('load.multipleDocumentsHint')));
  }
  // A key written twice is a mistake at one place, not a file that cannot be read: the rest of the
  // plan is still checked (the later value is the one read), so it does not hide the plan's other mistakes.
  const fatal = diagnostics.some((d) => d.severity === 'error' && d.ruleId !== 'yaml/duplicate-key');
  if (fatal) {
    // A plan pasted with its first line indented trips the parser on every line below; that one line is the mistake.
    const indented = indentedFirstLine(text);
    if (!indented) return { diagnostics };
    const { line, indent, shift } = indented;
    const rest = parseDecoded(indented.text, file, t, options).diagnostics.map((d) =>
      d.line === line ? { ...d, column: d.column + shift, endColumn: d.endLine === line ? d.endColumn + shift : d.endColumn } : d,
    );
    const at = { line, column: indent + 1, endLine: line, endColumn: indent + 2 };
    return { diagnostics: [diagnostic('yaml/bad-indent', t('load.indentedStart'), at, 'error', t('load.indentedStartHint', { line })), ...rest] };
  }

  // yaml only throws on an alias without its anchor once it expands the aliases, without saying where.
  const unresolved = unresolvedAliases(doc);
  if (unresolved.length > 0) {
    return {
      diagnostics: unresolved.map((alias) => {
        const name = excerpt(alias.source);
        return diagnostic('yaml/bad-alias', t('load.undefinedAlias', { name }), spanOf(alias.range[0], alias.range[1]), 'error', t('load.undefinedAliasHint', { name }));
      }),
    };
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // yaml throws a ReferenceError when aliases expand past maxAliasCount (a "billion laughs" file).
    const message = error instanceof ReferenceError ? t('load.aliasLimit', { limit: MAX_ALIAS_COUNT }) : t('load.unreadableYaml', { reason: String((error as Error).message ?? error) });
    return { diagnostics: [diagnostic('yaml/alias-limit', message)] };
  }
  const tooDeep = deepestNode(doc.contents);
  if (tooDeep) {
    const range = tooDeep.range ?? [0, 1];
    return { diagnostics: [diagnostic('yaml/too-deep', t('load.tooDeep', { limit: MAX_NESTING }), spanOf(range[0], range[0] + 1))] };
  }
  return checkRead(doc, lineCounter, data, diagnostics);

  /** What is said of a document that could be read, whichever parser read it. */
  function checkRead(doc: Document.Parsed, lineCounter: LineCounter, data: unknown, diagnostics: Diagnostic[], commentLines?: readonly number[]): Omit<LoadResult, 'text'> {
    const spanOf = (start: number, end: number) => offsetSpan(lineCounter, start, end);

    if (data === null || data === undefined) return { diagnostics: [diagnostic('file/empty', t('load.onlyComments'), WHOLE_FILE, 'error', t('load.startWithKind'))] };
    if (typeof data !== 'object' || Array.isArray(data)) {
      const range = doc.contents?.range;
      const found = Array.isArray(data) ? t('type.array') : t('type.' + typeof data);
      return { diagnostics: [diagnostic('plan/not-a-mapping', t('load.notMapping', { found }), range ? spanOf(range[0], range[1]) : WHOLE_FILE, 'error', t('load.startWithKind'))] };
    }
    return { source: { file, text, doc, lineCounter, data, ...(commentLines ? { commentLines } : {}) }, diagnostics };
  }

  function yamlDiagnostic(error: YAMLError, severity: Severity): Diagnostic {
    const ruleId = 'yaml/' + error.code.toLowerCase().replace(/_/g, '-');
    const [start, end] = error.pos;
    // The parser notices an unclosed quote or bracket where the file ends or the next key begins;
    // the user needs to see where it was opened.
    const opener = unclosedOpener(text, error);
    if (opener) {
      const at = spanOf(opener.offset, opener.offset + 1);
      const noticed = lineCounter.linePos(start);
      const id = opener.char === '"' || opener.char === "'" ? 'load.unclosedQuote' : 'load.unclosedBracket';
      return diagnostic(ruleId, t(id, { char: opener.char, closing: CLOSING[opener.char]!, line: noticed.line }), at, severity);
    }
    if (error.code === 'DUPLICATE_KEY') {
      const first = firstOfKey(doc, start);
      if (first) {
        const message = t('load.duplicateKey', { key: excerpt(first.key), line: lineCounter.linePos(first.offset).line });
        return diagnostic(ruleId, message, spanOf(start, Math.max(end, start + 1)), severity, t('load.duplicateKeyHint'));
      }
    }
    const id = 'yaml.' + error.code;
    const detail = firstLine(error.message);
    const translated = t(id, { detail });
    const message = translated === id ? t('load.yamlSyntax', { detail }) : translated;
    return diagnostic(ruleId, message, spanOf(start, Math.max(end, start + 1)), severity);
  }
}

/** The key written again at `offset`, and where it was first written in its mapping. */
function firstOfKey(doc: Document.Parsed, offset: number): { key: string; offset: number } | undefined {
  let found: { key: string; offset: number } | undefined;
  visit(doc, {
    Map(_key, map) {
      const again = map.items.find((pair) => isScalar(pair.key) && pair.key.range?.[0] === offset);
      if (!again || !isScalar(again.key)) return undefined;
      const name = String(again.key.value);
      const first = map.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === name);
      if (first && isScalar(first.key) && first.key.range) found = { key: name, offset: first.key.range[0] };
      return visit.BREAK;
    },
  });
  return found;
}

/** Each alias is reported once by its name, and a file full of them does not make a thousand messages. */
const MAX_ALIAS_REPORTS = 20;

/**
 * Aliases with no anchor of their name before them, in the order yaml itself resolves them: an
 * alias repeats the last node above it that carries its anchor.
 */
function unresolvedAliases(doc: Document.Parsed): (Alias & { range: [number, number, number] })[] {
  const anchors = new Set<string>();
  const names = new Set<string>();
  const found: (Alias & { range: [number, number, number] })[] = [];
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        if (!anchors.has(node.source) && !names.has(node.source) && node.range) {
          names.add(node.source);
          found.push(node as Alias & { range: [number, number, number] });
          if (found.length >= MAX_ALIAS_REPORTS) return visit.BREAK;
        }
      } else if (typeof node.anchor === 'string') anchors.add(node.anchor);
      return undefined;
    },
  });
  return found;
}

/**
 * The plan's first line (after comments and blank lines), when it is indented more than a line
 * below it that starts a key: the text with that line moved back to the others' margin, and by how much.
 */
function indentedFirstLine(text: string): { line: number; indent: number; shift: number; text: string } | undefined {
  const lines = text.split('\n');
  const content = (l: string) => l.trim() !== '' && !/^\s*#/.test(l) && !/^(---|\.\.\.|%)/.test(l);
  const first = lines.findIndex(content);
  if (first < 0) return undefined;
  const indent = /^ */.exec(lines[first]!)![0].length;
  if (indent === 0) return undefined;
  let margin = indent;
  for (const l of lines.slice(first + 1)) if (content(l)) margin = Math.min(margin, /^ */.exec(l)![0].length);
  if (margin >= indent) return undefined;
  const shift = indent - margin;
  const moved = [...lines.slice(0, first), lines[first]!.slice(shift), ...lines.slice(first + 1)].join('\n');
  return { line: first + 1, indent, shift, text: moved };
}

const CLOSING: Record<string, string> = { '"': '"', "'": "'", '[': ']', '{': '}' };

/** Where the quote or bracket that the parser found unclosed was opened, when that is the problem. */
function unclosedOpener(text: string, error: YAMLError): { char: string; offset: number } | undefined {
  const before = text.slice(0, error.pos[0]);
  if (error.code === 'MISSING_CHAR' && /closing "quote/.test(error.message)) {
    // A double-quoted text cannot hold an unescaped ", so the last one before the error opened it.
    for (let i = before.length - 1; i >= 0; i--) if (before[i] === '"' && !/(^|[^\\])(\\\\)*\\$/.test(before.slice(0, i))) return { char: '"', offset: i };
  }
  if (error.code === 'MISSING_CHAR' && /closing 'quote/.test(error.message)) {
    // In single quotes a ' is written '', so the opener is the last lone '.
    for (let i = before.length - 1; i >= 0; i--) if (before[i] === "'" && before[i - 1] !== "'" && before[i + 1] !== "'") return { char: "'", offset: i };
  }
  if (/^Flow (sequence|mapping)|end with a [\]}]/.test(error.message)) return lastOpenBracket(before);
  return undefined;
}

/** The innermost [ or { still open at the end of `text`, outside quotes and comments. */
function lastOpenBracket(text: string): { char: string; offset: number } | undefined {
  const open: { char: string; offset: number }[] = [];
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote) {
      if (char === '\\' && quote === '"') i++;
      else if (char === quote) quote = undefined;
    } else if (char === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if ((char === '"' || char === "'") && (open.length > 0 || /[:\-,\[{]\s*$/.test(text.slice(Math.max(0, i - 3), i)))) quote = char;
    else if (char === '[' || char === '{') open.push({ char, offset: i });
    else if ((char === ']' || char === '}') && open.length > 0) open.pop();
  }
  return open.at(-1);
}

/** The first node nested deeper than MAX_NESTING levels, looked for without recursion. */
function deepestNode(root: YamlNode | null | undefined): YamlNode | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > MAX_NESTING) return node as YamlNode;
    for (const item of node.items as unknown[]) stack.push({ node: isPair(item) ? item.value : item, depth: depth + 1 });
  }
  return undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
}

export function decodeDiagnostic(problem: DecodeProblem, bytes: Uint8Array, file: string, t: Translate): Diagnostic {
  let span: Span = WHOLE_FILE;
  let ruleId = 'file/encoding';
  let message: string;
  let hint: string | undefined;
  switch (problem.code) {
    case 'tooLarge':
      ruleId = 'file/too-large';
      // Standard input is read only to one byte past the limit (src/cli/io.ts), so its size is not known.
      message = problem.size === problem.limit + 1 ? t('load.tooLargeRead', { limit: formatBytes(problem.limit) }) : t('load.tooLarge', { size: formatBytes(problem.size), limit: formatBytes(problem.limit) });
      break;
    case 'binary': {
      const at = bytePosition(bytes, problem.offset);
      span = { line: at.line, column: at.column, endLine: at.line, endColumn: at.column + 1 };
      ruleId = 'file/binary';
      message = t('load.binary');
      break;
    }
    case 'utf16':
      message = t('load.utf16', { endian: problem.endian });
      hint = t('load.saveAsUtf8');
      break;
    case 'notUtf8': {
      const at = bytePosition(bytes, problem.offset);
      span = { line: at.line, column: at.column, endLine: at.line, endColumn: at.column + 1 };
      const byte = '0x' + problem.byte.toString(16).toUpperCase().padStart(2, '0');
      message = problem.guess === 'unknown' ? t('load.notUtf8', { byte }) : t('load.notUtf8Guess', { byte, encoding: problem.guess === 'windows-1252' ? 'Windows-1252' : 'ISO-8859-1 (Latin-1)' });
      hint = t('load.saveAsUtf8');
      break;
    }
  }
  return { ruleId, severity: 'error', message, file, pointer: '', ...span, ...(hint ? { hint } : {}) };
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} B`;
}

export function offsetSpan(lineCounter: LineCounter, start: number, end: number): Span {
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(end, start));
  return { line: Math.max(from.line, 1), column: from.col, endLine: Math.max(to.line, 1), endColumn: to.col };
}

export type LocateTarget = 'value' | 'key';

/**
 * Where a JSON pointer lands in the file. For a key that is not there (a missing required field)
 * it is the nearest enclosing key that is, so that the user is sent to the mapping to add it to.
 */
export function locate(source: PlanSource, pointer: string, target: LocateTarget = 'value'): Span {
  const segments = fromPointer(pointer);
  let node: unknown = source.doc.contents;
  let lastPair: Pair | undefined;
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyText(item.key) === segment);
      if (!pair) return spanOfMissing(source, lastPair, node);
      lastPair = pair;
      node = pair.value;
    } else if (isSeq(node)) {
      const index = Number(segment);
      const item = Number.isInteger(index) ? node.items[index] : undefined;
      if (item === undefined) return spanOfMissing(source, lastPair, node);
      node = item;
      lastPair = undefined;
    } else {
      return spanOfMissing(source, lastPair, node);
    }
  }
  if (target === 'key' && lastPair && hasRange(lastPair.key)) return rangeSpan(source, lastPair.key);
  if (hasRange(node)) return rangeSpan(source, node);
  if (lastPair && hasRange(lastPair.key)) return rangeSpan(source, lastPair.key);
  return WHOLE_FILE;
}

function spanOfMissing(source: PlanSource, lastPair: Pair | undefined, node: unknown): Span {
  if (lastPair && hasRange(lastPair.key)) return rangeSpan(source, lastPair.key);
  if (hasRange(node)) {
    const start = node.range[0];
    return offsetSpan(source.lineCounter, start, start);
  }
  return WHOLE_FILE;
}

/**
 * A key as the plan's data names it: a scalar's value, or a list or mapping written in flow style,
 * as yaml writes one when it makes it a key of the data (`? [a, b]` is "[ a, b ]"): without the
 * key's own comments, anchor and tag, and with an alias in it written as the alias. Undefined for a
 * key that cannot be written so: the problem is then placed at the mapping.
 */
function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  if (!isCollection(key)) return undefined;
  const bare = key.clone();
  bare.comment = bare.commentBefore = bare.anchor = bare.tag = undefined;
  bare.spaceBefore = false;
  try {
    return stringify(bare, { collectionStyle: 'flow', verifyAliasOrder: false }).trimEnd();
  } catch {
    return undefined;
  }
}

function hasRange(node: unknown): node is YamlNode & { range: [number, number, number] } {
  return typeof node === 'object' && node !== null && Array.isArray((node as { range?: unknown }).range);
}

/** A block value spans to its last line; a diagnostic points at where it starts and ends on its first. */
function rangeSpan(source: PlanSource, node: { range: [number, number, number] }): Span {
  const [start, valueEnd] = node.range;
  return offsetSpan(source.lineCounter, start, valueEnd);
}
