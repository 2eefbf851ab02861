import { Document, LineCounter, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';

/**
 * A single-pass reader for the plain subset of YAML that plans are written in, for speed: it gives
 * the same nodes (classes, values, ranges), the same data and the same line starts as `yaml` with
 * the options given, or undefined for anything it is not sure to read exactly as `yaml` does (any
 * mistake, anchors, tags, directives, multi-line flow or quoted texts, unusual comment places…),
 * and then `yaml` reads the file and says what is wrong. Equality is shown in test/core/fast-yaml.test.ts
 * over every plan and kind file and thousands of mutations of them.
 */
export interface FastParse {
  doc: Document.Parsed;
  data: unknown;
  lineCounter: LineCounter;
  /** Where each comment on a line of its own begins (its #), in order: such a line is the only place a directive can be. */
  commentLines: number[];
}

export type FastParseOptions = ParseOptions & DocumentOptions & SchemaOptions;

const NOT_MINE = Symbol('fallback');
type Node = Scalar | YAMLMap | YAMLSeq;

// Character codes.
const NL = 10;
const SP = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const DQ = 34;
const SQ = 39;
const COMMA = 44;
const LBRACKET = 91;
const RBRACKET = 93;
const LBRACE = 123;
const RBRACE = 125;
const PIPE = 124;
const GT = 62;
const BACKSLASH = 92;

/**
 * Far below yaml's and load.ts's limits (MAX_NESTING), so that a document read here needs no
 * depth check of its own; a plan nests a handful of levels.
 */
export const FAST_MAX_DEPTH = 48;
/** yaml refuses an implicit key longer than 1024 characters. */
const MAX_KEY = 1000;

/** Characters that may not begin a plain scalar (or that begin something this reader leaves to yaml). */
function isIndicator(c: number): boolean {
  switch (c) {
    case DASH: case 63 /* ? */: case COLON: case COMMA: case LBRACKET: case RBRACKET: case LBRACE: case RBRACE:
    case HASH: case 38 /* & */: case 42 /* * */: case 33 /* ! */: case PIPE: case GT: case SQ: case DQ:
    case 37 /* % */: case 64 /* @ */: case 96 /* ` */:
      return true;
  }
  return false;
}

function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE;
}

/** Every character below a space but the line feed, DEL, the C1 controls, the BOM and U+2028/2029. */
const NOT_PLAIN_TEXT = /[\x00-\x09\x0b-\x1f\x7f-\x9f\ufeff\u2028\u2029]/;

const ESCAPES: Record<number, string> = {
  48: '\0', 97: '\x07', 98: '\b', 101: '\x1b', 102: '\f', 110: '\n', 114: '\r', 116: '\t', 118: '\v',
  78: '\u0085', 95: '\u00a0', 76: '\u2028', 80: '\u2029', 32: ' ', 34: '"', 47: '/', 92: '\\',
};

const NODE_TYPE = Symbol.for('yaml.node.type');
const DOC = Symbol.for('yaml.document');

let template: { options: FastParseOptions; doc: Document.Parsed } | undefined;
// The document's type on a prototype of its own, as the nodes' (typedPrototype, below).
const DOCUMENT_PROTOTYPE: object = Object.create(Document.prototype, { [NODE_TYPE]: { value: DOC } });

/** A parsed document as yaml's composer makes it, sharing one schema: building a schema per file costs more than reading it. */
function makeDocument(options: FastParseOptions, contents: Node, range: [number, number, number]): Document.Parsed {
  if (template?.options !== options) template = { options, doc: parseDocument('', options) as Document.Parsed };
  const base = template.doc;
  // As yaml's own Document.clone() makes one, without its constructor's schema building.
  const doc = Object.create(DOCUMENT_PROTOTYPE) as Document.Parsed & Record<string, unknown>;
  doc.commentBefore = null;
  doc.comment = null;
  doc.errors = [];
  doc.warnings = [];
  doc.options = base.options;
  doc.directives = base.directives;
  doc.schema = base.schema;
  doc.contents = contents as Document.Parsed['contents'];
  doc.range = range;
  return doc;
}

export function fastParse(text: string, options: FastParseOptions): FastParse | undefined {
  // Tabs, CR, a BOM, other controls and Unicode's line separators are yaml's to read.
  if (NOT_PLAIN_TEXT.test(text)) return undefined;
  const lineCounter = new LineCounter();
  const starts = lineCounter.lineStarts;
  starts.push(0);
  const length = text.length;
  // Line by line with indexOf, which searches natively: most of a file's characters are prose.
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    starts.push(i + 1);
    // Document markers and directives are yaml's to read.
    const a = text.charCodeAt(i + 1);
    if ((a === DASH || a === 46 || a === 37) && (a === 37 || (text.charCodeAt(i + 2) === a && text.charCodeAt(i + 3) === a))) return undefined;
  }
  // yaml's document end leaves out spaces that end the text after some nodes; such files are rare.
  if (text.startsWith('---') || text.startsWith('...') || text.charCodeAt(0) === 37 || text.charCodeAt(length - 1) === SP) return undefined;
  const reader = new Reader(text);
  try {
    const result = reader.document();
    if (!result) return undefined;
    const [contents, data, end] = result;
    return { doc: makeDocument(options, contents, [contents.range![0], end, reader.endsEmpty ? end : length]), data, lineCounter, commentLines: reader.commentLines };
  } catch (error) {
    if (error === NOT_MINE) return undefined;
    throw error;
  }
}

function fail(): never {
  throw NOT_MINE;
}

/** The core schema's reading of a plain scalar, with plan's integers (see exactInteger in load.ts). */
function resolvePlain(s: string): string | number | boolean | null {
  const n = s.length;
  if (n === 0) return null;
  const c = s.charCodeAt(0);
  if (n === 1 && c === 126 /* ~ */) return null;
  if (n === 4 && (s === 'null' || s === 'Null' || s === 'NULL')) return null;
  if (n === 4 && (s === 'true' || s === 'True' || s === 'TRUE')) return true;
  if (n === 5 && (s === 'false' || s === 'False' || s === 'FALSE')) return false;
  let i = c === 43 /* + */ || c === DASH ? 1 : 0;
  if (i === n) return s;
  for (let j = i; j < n; j++) {
    const d = s.charCodeAt(j);
    if (d < 48 || d > 57) return s;
  }
  if (n - i > 1 && s.charCodeAt(i) === 48) return s;
  const value = Number(s);
  return Number.isSafeInteger(value) ? value : s;
}

/**
 * yaml's node constructors give each node its type with Object.defineProperty, which cost more than
 * the rest of reading the node (a run over many plans spent 4 % there). These nodes are of the same
 * classes and have the same own fields, and inherit their type, which yaml only ever reads
 * (`node[NODE_TYPE]`, in isScalar and the like), from a prototype of their own under the class's.
 */
function typedPrototype<T extends object>(made: T): T {
  return Object.create(Object.getPrototypeOf(made), { [NODE_TYPE]: { value: (made as Record<symbol, unknown>)[NODE_TYPE] } }) as T;
}
const SCALAR_PROTOTYPE = typedPrototype(new Scalar(null));
const MAP_PROTOTYPE = typedPrototype(new YAMLMap());
const SEQ_PROTOTYPE = typedPrototype(new YAMLSeq());
const PAIR_PROTOTYPE = typedPrototype(new Pair(null));

function newMap(): YAMLMap {
  const map = Object.create(MAP_PROTOTYPE) as YAMLMap;
  map.items = [];
  return map;
}

function newSeq(): YAMLSeq {
  const seq = Object.create(SEQ_PROTOTYPE) as YAMLSeq;
  seq.items = [];
  return seq;
}

function newPair(key: Scalar, value: Node): Pair<Scalar, Node> {
  const pair = Object.create(PAIR_PROTOTYPE) as Pair<Scalar, Node>;
  pair.key = key;
  pair.value = value;
  return pair;
}

function scalar(value: unknown, source: string, type: Scalar.Type, start: number, valueEnd: number, end: number): Scalar {
  const node = Object.create(SCALAR_PROTOTYPE) as Scalar;
  node.value = value;
  node.range = [start, valueEnd, end];
  node.source = source;
  node.type = type;
  return node;
}

class Reader {
  private pos = 0;
  /** The indentation of the line `pos` is on, after next(); -1 at the end of the text. */
  private indent = -1;
  /** Whether next() passed a comment line. */
  private sawComment = false;
  readonly commentLines: number[] = [];
  private depth = 0;
  /**
   * The plain data of the node the last reading method returned: handed back beside the node, not
   * in a pair with it, which was an array made for every value of a plan.
   */
  private data: unknown = undefined;
  endsEmpty = false;
  private readonly length: number;

  constructor(private readonly text: string) {
    this.length = text.length;
  }

  document(): [Node, unknown, number] | undefined {
    this.next();
    const first: number = this.indent;
    // Empty files and files that are not a mapping get yaml's messages.
    if (first !== 0 || !this.isKeyLine(this.pos)) return undefined;
    const node = this.blockMap(0);
    const data = this.data;
    if (this.indent !== -1) fail();
    return [node, data, node.range![2]];
  }

  /**
   * From the start of a line, past blank and comment lines, to the first character of the next
   * line with content; sets `indent`. A comment indented otherwise than that line is left to
   * yaml, which gives it to the node before or after by rules this reader does not copy.
   */
  private next(): void {
    const text = this.text;
    const length = this.length;
    let p = this.pos;
    const comments: number[] = [];
    this.sawComment = false;
    for (;;) {
      const lineStart = p;
      while (p < length && text.charCodeAt(p) === SP) p++;
      if (p >= length) {
        this.pos = length;
        this.indent = -1;
        break;
      }
      const c = text.charCodeAt(p);
      if (c === NL) {
        p++;
        continue;
      }
      if (c === HASH) {
        comments.push(p - lineStart);
        this.commentLines.push(p);
        const nl = text.indexOf('\n', p);
        p = nl < 0 ? length : nl + 1;
        continue;
      }
      this.pos = p;
      this.indent = p - lineStart;
      break;
    }
    if (comments.length > 0) {
      this.sawComment = true;
      const at = this.indent < 0 ? 0 : this.indent;
      for (const indent of comments) if (indent !== at) fail();
    }
  }

  /** After a value on its line: spaces and a comment to the end of the line; the node's end (range[2]). */
  private finishLine(): number {
    const text = this.text;
    let p = this.pos;
    const from = p;
    while (p < this.length && text.charCodeAt(p) === SP) p++;
    if (p < this.length) {
      let c = text.charCodeAt(p);
      if (c === HASH) {
        if (p === from) fail();
        const nl = text.indexOf('\n', p);
        p = nl < 0 ? this.length : nl;
        c = nl < 0 ? 0 : NL;
      }
      if (p < this.length) {
        if (c !== NL) fail();
        p++;
      }
    }
    this.pos = p;
    return p;
  }

  private enter(): void {
    if (++this.depth > FAST_MAX_DEPTH) fail();
  }

  /** Whether the content at `p` is an implicit key: a plain or quoted scalar on one line followed by `: `. */
  private isKeyLine(p: number): boolean {
    const text = this.text;
    const length = this.length;
    let c = text.charCodeAt(p);
    if (c === DQ || c === SQ) {
      const quote = c;
      for (p++; p < length; p++) {
        c = text.charCodeAt(p);
        if (c === NL) return false;
        if (c === BACKSLASH && quote === DQ) p++;
        else if (c === quote) {
          if (quote === SQ && text.charCodeAt(p + 1) === SQ) p++;
          else break;
        }
      }
      p++;
      while (p < length && text.charCodeAt(p) === SP) p++;
      if (text.charCodeAt(p) !== COLON) return false;
      c = text.charCodeAt(p + 1);
      return p + 1 >= length || c === SP || c === NL;
    }
    // A key's colon before any " #" on the line.
    if (c === HASH && text.charCodeAt(p - 1) === SP) return false;
    const line = this.restOfLine(p);
    const hash = line.indexOf(' #');
    return this.keyColonIn(p, line, hash < 0 ? line.length : hash);
  }

  /**
   * The text from `p` to the end of its line, a slice of its own to be searched natively: a search
   * of the whole text for a " #" a line lacks would read on to the text's end, for every line.
   */
  private restOfLine(p: number): string {
    const nl = this.text.indexOf('\n', p);
    return this.text.slice(p, nl < 0 ? this.length : nl);
  }

  /** Whether `line`, the rest of a line from `p`, holds before `stop` a colon that a space or the line's end follows: a key's. */
  private keyColonIn(p: number, line: string, stop: number): boolean {
    for (let k = line.indexOf(':'); k !== -1 && k < stop; k = line.indexOf(':', k + 1)) {
      const d = this.text.charCodeAt(p + k + 1);
      if (p + k + 1 >= this.length || d === SP || d === NL) return true;
    }
    return false;
  }

  /** A block mapping whose first key is at `pos`, in column `n`. */
  private blockMap(n: number): YAMLMap {
    this.enter();
    const text = this.text;
    const map = newMap();
    const data: Record<string, unknown> = {};
    const start = this.pos;
    let end = start;
    for (;;) {
      const key = this.key();
      const name = key.value === null ? '' : String(key.value);
      if (name === '__proto__' || Object.prototype.hasOwnProperty.call(data, name)) fail();
      const value = this.value(n, false);
      map.items.push(newPair(key, value));
      data[name] = this.data;
      end = value.range![2];
      if (this.indent !== n) break;
      const c = text.charCodeAt(this.pos);
      if (c === DASH) fail();
    }
    if (this.indent > n) fail();
    map.range = [start, end, end];
    this.depth--;
    this.data = data;
    return map;
  }

  /** A key at `pos` and the `:` after it; leaves `pos` after the colon. */
  private key(): Scalar {
    const text = this.text;
    const start = this.pos;
    const c = text.charCodeAt(start);
    let key: Scalar;
    if (c === DQ || c === SQ) {
      key = this.quoted(c);
      key.range![2] = key.range![1];
      while (text.charCodeAt(this.pos) === SP) this.pos++;
    } else {
      if (isIndicator(c)) fail();
      let p = start;
      let last = start;
      for (;;) {
        const d = text.charCodeAt(p);
        if (d === COLON) {
          const e = text.charCodeAt(p + 1);
          if (p + 1 >= this.length || e === SP || e === NL) break;
        } else if (d === NL || p >= this.length) fail();
        else if (d === HASH && text.charCodeAt(p - 1) === SP) fail();
        if (d !== SP) last = p + 1;
        p++;
      }
      const source = text.slice(start, last);
      key = scalar(resolvePlain(source), source, 'PLAIN', start, last, last);
      this.pos = p;
    }
    if (text.charCodeAt(this.pos) !== COLON || this.pos - start > MAX_KEY) fail();
    this.pos++;
    return key;
  }

  /**
   * The value after a `:` of a mapping in column `n` or a `- ` of a sequence in column `n`, up to
   * the next line with content, where it leaves `pos` and `indent`.
   */
  private value(n: number, inSeq: boolean): Node {
    const text = this.text;
    const length = this.length;
    let p = this.pos;
    while (p < length && text.charCodeAt(p) === SP) p++;
    this.pos = p;
    const c = p < length ? text.charCodeAt(p) : NL;
    if (c === NL) {
      if (inSeq) fail();
      const at = p;
      if (p < length) this.pos = p + 1;
      this.next();
      const m = this.indent;
      const first = text.charCodeAt(this.pos);
      const dash = first === DASH && this.isSpaceOrEnd(this.pos + 1);
      if (m > n) {
        if (dash) return this.blockSeq(m);
        if (this.isKeyLine(this.pos)) return this.blockMap(m);
        if (this.sawComment) fail();
        return this.scalarValue(n);
      }
      if (m === n && dash) return this.blockSeq(m);
      if (this.sawComment) fail();
      // yaml ends the document where an empty value ends it, not at the end of the text.
      if (m < 0) this.endsEmpty = true;
      this.data = null;
      return scalar(null, '', 'PLAIN', at, at, at);
    }
    if (c === HASH || c === DASH && this.isSpaceOrEnd(p + 1)) fail();
    // `- key: value`: a mapping in the column of its first key.
    if (inSeq && c !== LBRACKET && c !== LBRACE && this.isKeyLine(p)) return this.blockMap(p - this.lineStart(p));
    return this.scalarValue(n);
  }

  private isSpaceOrEnd(p: number): boolean {
    if (p >= this.length) return true;
    const c = this.text.charCodeAt(p);
    return c === SP || c === NL;
  }

  private lineStart(p: number): number {
    return this.text.lastIndexOf('\n', p - 1) + 1;
  }

  /** A scalar or flow collection at `pos` in a block whose parent is in column `n`; then on to the next content. */
  private scalarValue(n: number): Node {
    const c = this.text.charCodeAt(this.pos);
    let node: Node;
    let data: unknown;
    if (c === PIPE || c === GT) {
      node = this.blockScalar(n);
      data = node.value;
      this.next();
      if (this.indent > n) fail();
      this.data = data;
      return node;
    }
    if (c === DQ || c === SQ) {
      node = this.quoted(c);
      data = node.value;
    } else if (c === LBRACKET || c === LBRACE) {
      node = this.flow();
      data = this.data;
    } else {
      if (isIndicator(c) && !(c === DASH && this.plainSafeAfterDash(this.pos + 1, false))) fail();
      node = this.plain(n);
      data = node.value;
    }
    node.range![2] = this.finishLine();
    this.next();
    if (this.indent > n) fail();
    this.data = data;
    return node;
  }

  private plainSafeAfterDash(p: number, flow: boolean): boolean {
    if (p >= this.length) return false;
    const c = this.text.charCodeAt(p);
    return c !== SP && c !== NL && !(flow && isFlowIndicator(c)) && !isIndicator(c);
  }

  /** A plain scalar in a block, over as many lines as are indented more than `n`; folded as YAML folds them. */
  private plain(n: number): Scalar {
    const text = this.text;
    const length = this.length;
    const start = this.pos;
    let value = '';
    let p = start;
    let lineFrom = start;
    let valueEnd = start;
    let breaks = -1; // line breaks since the last text, -1 before the first line
    for (;;) {
      // One line of text from p, which is no "#": it ends at a " #", and a key's colon before that is a mistake.
      const lineText = this.restOfLine(p);
      const hash = lineText.indexOf(' #');
      const ended = hash >= 0;
      const stop = ended ? hash + 1 : lineText.length;
      if (this.keyColonIn(p, lineText, stop)) fail();
      let last = p + stop;
      while (last > p && text.charCodeAt(last - 1) === SP) last--;
      p += stop;
      const line = text.slice(lineFrom, last);
      value = breaks < 0 ? line : breaks === 0 ? value + ' ' + line : value + '\n'.repeat(breaks) + line;
      valueEnd = last;
      if (ended || p >= length) {
        this.pos = last;
        break;
      }
      // Is the next line with content a continuation?
      let q = p + 1;
      breaks = 0;
      let indent = 0;
      for (;;) {
        const lineStart = q;
        while (q < length && text.charCodeAt(q) === SP) q++;
        indent = q - lineStart;
        if (q < length && text.charCodeAt(q) === NL) {
          q++;
          breaks++;
          continue;
        }
        break;
      }
      if (q >= length || indent <= n) {
        this.pos = last;
        break;
      }
      const c = text.charCodeAt(q);
      if (c === HASH) {
        this.pos = last;
        break;
      }
      if (isIndicator(c)) fail();
      p = q;
      lineFrom = q;
    }
    return scalar(resolvePlain(value), value, 'PLAIN', start, valueEnd, valueEnd);
  }

  /** A quoted scalar on one line at `pos`; leaves `pos` after the closing quote. */
  private quoted(quote: number): Scalar {
    const text = this.text;
    const length = this.length;
    const start = this.pos;
    let value = '';
    let from = start + 1;
    let p = from;
    for (;;) {
      if (p >= length) fail();
      const c = text.charCodeAt(p);
      if (c === NL) fail();
      if (c === quote) {
        if (quote === SQ && text.charCodeAt(p + 1) === SQ) {
          value += text.slice(from, p + 1);
          p += 2;
          from = p;
          continue;
        }
        break;
      }
      if (c === BACKSLASH && quote === DQ) {
        value += text.slice(from, p);
        const e = text.charCodeAt(p + 1);
        const simple = ESCAPES[e];
        if (simple !== undefined) p += 2;
        else if (e === 120 || e === 117 || e === 85) {
          const digits = e === 120 ? 2 : e === 117 ? 4 : 8;
          const hex = text.slice(p + 2, p + 2 + digits);
          if (hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex)) fail();
          const code = parseInt(hex, 16);
          if (code > 0x10ffff) fail();
          value += String.fromCodePoint(code);
          p += 2 + digits;
          from = p;
          continue;
        } else fail();
        value += simple;
        from = p;
        continue;
      }
      p++;
    }
    value += text.slice(from, p);
    this.pos = p + 1;
    return scalar(value, value, quote === DQ ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', start, p + 1, p + 1);
  }

  /** `|` or `>` at `pos`, with an optional `-` or `+`, in a block whose parent is in column `n`; leaves `pos` at the start of the line after it. */
  private blockScalar(n: number): Scalar {
    const text = this.text;
    const length = this.length;
    const start = this.pos;
    const folded = text.charCodeAt(start) === GT;
    let p = start + 1;
    let chomp = text.charCodeAt(p);
    if (chomp === DASH || chomp === 43 /* + */) p++;
    else chomp = 0;
    while (p < length && text.charCodeAt(p) === SP) p++;
    if (p >= length || text.charCodeAt(p) !== NL) fail(); // a comment or indentation indicator on the header
    p++;
    let contentIndent = -1;
    const lines: string[] = [];
    let lastText = -1; // index in lines of the last line with text
    let textEnd = p; // after the newline of the last line with text
    let bodyEnd = p;
    for (;;) {
      const lineStart = p;
      while (p < length && text.charCodeAt(p) === SP) p++;
      const spaces = p - lineStart;
      if (p >= length || text.charCodeAt(p) === NL) {
        if (p >= length && spaces === 0) break;
        if (spaces > 0 && (contentIndent < 0 || spaces > contentIndent)) fail();
        if (p >= length) fail();
        lines.push('');
        p++;
        bodyEnd = p;
        continue;
      }
      if (contentIndent < 0) {
        if (spaces <= n) fail(); // an empty block scalar
        contentIndent = spaces;
      } else if (spaces < contentIndent) {
        if (spaces > n) fail();
        p = lineStart;
        break;
      } else if (spaces > contentIndent && folded) fail(); // more-indented lines fold otherwise
      const nl = text.indexOf('\n', p);
      if (nl < 0) fail();
      lines.push(text.slice(lineStart + contentIndent, nl));
      lastText = lines.length - 1;
      p = nl + 1;
      textEnd = p;
      bodyEnd = p;
    }
    if (lastText < 0) fail();
    let value = '';
    if (folded) {
      let empty = -1;
      for (let i = 0; i <= lastText; i++) {
        const line = lines[i]!;
        if (line === '') {
          if (empty >= 0) empty++;
          else value += '\n';
          continue;
        }
        value = empty < 0 ? value + line : empty === 0 ? value + ' ' + line : value + '\n'.repeat(empty) + line;
        empty = 0;
      }
    } else {
      // The line breaks kept at the end are joined with the text: a text joined and then added to
      // is copied whole again the first time it is searched.
      const kept = chomp === DASH ? 0 : chomp === 43 ? lines.length - lastText : 1;
      lines.length = lastText + 1;
      for (let k = 0; k < kept; k++) lines.push('');
      value = lines.join('\n');
    }
    let end = textEnd;
    if (chomp === 43) end = bodyEnd;
    if (folded) {
      if (chomp === 43) value += '\n'.repeat(lines.length - lastText);
      else if (chomp !== DASH) value += '\n';
    }
    this.pos = chomp === 43 ? bodyEnd : textEnd;
    return scalar(value, value, folded ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL', start, end, end);
  }

  /** A block sequence whose first `-` is at `pos`, in column `n`. */
  private blockSeq(n: number): YAMLSeq {
    this.enter();
    const text = this.text;
    const seq = newSeq();
    const data: unknown[] = [];
    const start = this.pos;
    let end = start;
    for (;;) {
      this.pos++;
      if (!this.isSpaceOrEnd(this.pos) || this.pos >= this.length || text.charCodeAt(this.pos) === NL) fail();
      const item = this.value(n, true);
      seq.items.push(item);
      data.push(this.data);
      end = item.range![2];
      if (this.indent !== n || text.charCodeAt(this.pos) !== DASH || !this.isSpaceOrEnd(this.pos + 1)) break;
    }
    if (this.indent > n) fail();
    seq.range = [start, end, end];
    this.depth--;
    this.data = data;
    return seq;
  }

  /** A flow collection on one line at `pos`; leaves `pos` after its closing bracket. */
  private flow(): YAMLMap | YAMLSeq {
    this.enter();
    const text = this.text;
    const start = this.pos;
    const isMap = text.charCodeAt(start) === LBRACE;
    const close = isMap ? RBRACE : RBRACKET;
    const node = isMap ? newMap() : newSeq();
    node.flow = true;
    const data: unknown = isMap ? {} : [];
    this.pos++;
    this.spaces();
    if (text.charCodeAt(this.pos) !== close) {
      for (;;) {
        if (isMap) {
          const c = text.charCodeAt(this.pos);
          const key = c === DQ || c === SQ ? this.quoted(c) : this.flowPlain(true);
          this.spaces();
          if (text.charCodeAt(this.pos) !== COLON || text.charCodeAt(this.pos + 1) !== SP) fail();
          this.pos++;
          this.spaces();
          const name = key.value === null ? '' : String(key.value);
          const record = data as Record<string, unknown>;
          if (name === '__proto__' || Object.prototype.hasOwnProperty.call(record, name)) fail();
          const value = this.flowItem();
          (node as YAMLMap).items.push(newPair(key, value));
          record[name] = this.data;
        } else {
          const item = this.flowItem();
          if (text.charCodeAt(this.pos) === COLON) fail(); // a pair in a sequence
          (node as YAMLSeq).items.push(item);
          (data as unknown[]).push(this.data);
        }
        this.spaces();
        // Inside brackets, the spaces after a value are its end.
        const items = node.items as unknown[];
        const last = items[items.length - 1]!;
        (isMap ? ((last as Pair).value as Node) : (last as Node)).range![2] = this.pos;
        const c = text.charCodeAt(this.pos);
        if (c === COMMA) {
          this.pos++;
          this.spaces();
          if (text.charCodeAt(this.pos) === close) fail(); // a trailing comma
          continue;
        }
        if (c === close) break;
        fail();
      }
    }
    this.pos++;
    node.range = [start, this.pos, this.pos];
    this.depth--;
    this.data = data;
    return node;
  }

  private spaces(): void {
    while (this.pos < this.length && this.text.charCodeAt(this.pos) === SP) this.pos++;
  }

  private flowItem(): Node {
    const c = this.text.charCodeAt(this.pos);
    if (c === LBRACKET || c === LBRACE) return this.flow();
    const node = c === DQ || c === SQ ? this.quoted(c) : this.flowPlain(false);
    this.data = node.value;
    return node;
  }

  /** A plain scalar inside a flow collection: up to `,`, a bracket or `:`. */
  private flowPlain(key: boolean): Scalar {
    const text = this.text;
    const start = this.pos;
    const first = text.charCodeAt(start);
    if (isIndicator(first) && !(first === DASH && this.plainSafeAfterDash(start + 1, true))) fail();
    let p = start;
    let last = start;
    for (; p < this.length; p++) {
      const c = text.charCodeAt(p);
      if (isFlowIndicator(c)) break;
      if (c === COLON) {
        if (!key || text.charCodeAt(p + 1) !== SP) fail();
        break;
      }
      if (c === NL || c === HASH) fail();
      if (c !== SP) last = p + 1;
    }
    if (last === start) fail();
    const source = text.slice(start, last);
    this.pos = last;
    return scalar(resolvePlain(source), source, 'PLAIN', start, last, last);
  }
}
