import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  type Document,
  type Node as YamlNode,
  type Pair,
  type ScalarTag,
  type Tags,
  type YAMLError,
} from 'yaml';
import { fromPointer, WHOLE_FILE, type Diagnostic, type Severity, type Span } from './diagnostic.js';
import { bytePosition, decodeSource, type DecodeProblem } from './source.js';
import type { Translate } from '../i18n/index.js';

export interface PlanSource {
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The document as plain data; every number in it is an integer the user wrote in decimal. */
  data: unknown;
}

export interface LoadResult {
  /** The file as text, once it has been decoded, for code frames even when the YAML is broken. */
  text?: string;
  source?: PlanSource;
  diagnostics: Diagnostic[];
}

/** Far above any real plan's use of anchors, far below what an alias bomb needs to hurt. */
const MAX_ALIAS_COUNT = 1000;

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

export function readPlanBytes(bytes: Uint8Array, file: string, t: Translate): LoadResult {
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return { diagnostics: [decodeDiagnostic(decoded.problem, bytes, file, t)] };
  return parsePlanText(decoded.text, file, t);
}

export function parsePlanText(text: string, file: string, t: Translate): LoadResult {
  return { text, ...parseDecoded(text, file, t) };
}

function parseDecoded(text: string, file: string, t: Translate): Omit<LoadResult, 'text'> {
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

  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    schema: 'core',
    customTags: planTags,
    merge: false,
  });
  const documents = Array.isArray(docs) ? docs : [];
  const spanOf = (start: number, end: number) => offsetSpan(lineCounter, start, end);

  if (documents.length === 0) return { diagnostics: [diagnostic('file/empty', t('load.onlyComments'), WHOLE_FILE, 'error', t('load.startWithKind'))] };
  const doc = documents[0]!;
  const diagnostics: Diagnostic[] = [];
  for (const error of doc.errors) diagnostics.push(yamlDiagnostic(error, 'error'));
  for (const warning of doc.warnings) diagnostics.push(yamlDiagnostic(warning, 'warning'));
  if (documents.length > 1) {
    const second = documents[1]!;
    const start = second.range[0];
    diagnostics.push(diagnostic('yaml/multiple-documents', t('load.multipleDocuments', { count: documents.length }), spanOf(start, start + 3), 'error', t('load.multipleDocumentsHint')));
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // yaml throws a ReferenceError when aliases expand past maxAliasCount (a "billion laughs" file).
    const message = error instanceof ReferenceError ? t('load.aliasLimit', { limit: MAX_ALIAS_COUNT }) : t('load.unreadableYaml', { reason: String((error as Error).message ?? error) });
    return { diagnostics: [diagnostic('yaml/alias-limit', message)] };
  }

  if (data === null || data === undefined) return { diagnostics: [diagnostic('file/empty', t('load.onlyComments'), WHOLE_FILE, 'error', t('load.startWithKind'))] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    const range = doc.contents?.range;
    const found = Array.isArray(data) ? t('type.array') : t('type.' + typeof data);
    return { diagnostics: [diagnostic('plan/not-a-mapping', t('load.notMapping', { found }), range ? spanOf(range[0], range[1]) : WHOLE_FILE, 'error', t('load.startWithKind'))] };
  }
  return { source: { file, text, doc, lineCounter, data }, diagnostics };

  function yamlDiagnostic(error: YAMLError, severity: Severity): Diagnostic {
    const [start, end] = error.pos;
    const id = 'yaml.' + error.code;
    const detail = firstLine(error.message);
    const translated = t(id, { detail });
    const message = translated === id ? t('load.yamlSyntax', { detail }) : translated;
    return diagnostic('yaml/' + error.code.toLowerCase().replace(/_/g, '-'), message, spanOf(start, Math.max(end, start + 1)), severity);
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
}

function decodeDiagnostic(problem: DecodeProblem, bytes: Uint8Array, file: string, t: Translate): Diagnostic {
  let span: Span = WHOLE_FILE;
  let ruleId = 'file/encoding';
  let message: string;
  let hint: string | undefined;
  switch (problem.code) {
    case 'tooLarge':
      ruleId = 'file/too-large';
      message = t('load.tooLarge', { size: formatBytes(problem.size), limit: formatBytes(problem.limit) });
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

function formatBytes(bytes: number): string {
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

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function hasRange(node: unknown): node is YamlNode & { range: [number, number, number] } {
  return typeof node === 'object' && node !== null && Array.isArray((node as { range?: unknown }).range);
}

/** A block value spans to its last line; a diagnostic points at where it starts and ends on its first. */
function rangeSpan(source: PlanSource, node: { range: [number, number, number] }): Span {
  const [start, valueEnd] = node.range;
  return offsetSpan(source.lineCounter, start, valueEnd);
}
