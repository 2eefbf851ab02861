import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Token, Tokens } from 'marked';
import { Memo } from '../core/memo.js';
import type { Lang } from '../i18n/index.js';

let lexer: typeof import('marked').Lexer | undefined;

/**
 * marked's lexer, loaded on first use: most plans have no field with a limit and no link, and
 * loading marked is several milliseconds of a one-plan run.
 */
export function markdownLexer(): typeof import('marked').Lexer {
  return (lexer ??= (createRequire(import.meta.url)(bundledMarked() ?? 'marked') as typeof import('marked')).Lexer);
}

/** In the program's bundle (dist/bin/), marked is a file of its own beside this code (scripts/bundle.mjs). */
function bundledMarked(): string | undefined {
  const here = fileURLToPath(import.meta.url);
  const beside = join(dirname(here), 'marked.cjs');
  return here.endsWith('.cjs') && existsSync(beside) ? beside : undefined;
}

/**
 * A Markdown field's text as a portal's text box shows it once pasted: no emphasis markers or
 * link syntax, bullets as "–" (sv, nb) or "•" (en), numbered items as "1.", headings and
 * paragraphs kept as lines with a blank line between blocks. Parsed with marked's lexer, the
 * parser the renderer uses, so that what is counted is what the document shows.
 */
export function plainText(markdown: string, lang: Lang): string {
  const text = markdown.replace(/\r\n?/g, '\n');
  const words = plainShortcut.on ? wordsOnly(text) : undefined;
  if (words !== undefined) return words;
  const tokens = new (markdownLexer())({ gfm: true }).lex(text);
  return blocks(tokens, bulletFor(lang)).trim();
}

/** For tests only: the plain text of prose worked out by marked as well, to compare. */
export const plainShortcut = { on: true };

/** Characters that may begin Markdown's inline syntax, an entity or an autolink (`www.`, `://`, `@`), and white space other than spaces and line breaks (a tab stop, a no-break space), which marked keeps where a trim would not. */
const MARKUP_CHARACTER = /[\\`*_[\]<>&|~#!@]|[^\S \n]|:\/\/|www\./i;
/** A line that may begin a block (a list item, heading, quote, table or its ":-" delimiter row, rule, setext underline), or one indented, which marked may keep so. */
const BLOCK_LINE_START = /^(?: |[-+*=>#|:]|\d+[.)])/m;
/** A line ending in spaces, which may be a hard line break. */
const TRAILING_SPACE = / \n|[ ]$/;

/**
 * The plain text of Markdown that has no markup but the plainest bold, without marked: paragraphs
 * separated by blank lines, each paragraph's lines joined by a space, as marked's reading gives it.
 * Anything with a character or a line start that other markup could begin with is left to marked
 * (undefined).
 * Most answers in a plan are prose, and marked's first use costs a one-plan run 25 ms of compiling
 * its patterns; test/fields/plain.test.ts compares this with marked's reading over many texts.
 */
export function wordsOnly(text: string): string | undefined {
  if (BLOCK_LINE_START.test(text) || TRAILING_SPACE.test(text)) return undefined;
  const words = withoutStrong(text);
  if (words === undefined || MARKUP_CHARACTER.test(words)) return undefined;
  return words
    .split(/\n[ ]*\n/)
    .map((paragraph) => paragraph.trim().replace(/[ ]*\n[ ]*/g, ' '))
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** What may stand after a closing `**`: the text's end, a space, a line break or a sentence's punctuation. */
const AFTER_STRONG = /^(?:$|[ \n.,;:?)])/;

/**
 * The text with its bold runs' markers taken out, when every `*` in it is one of the plainest kind
 * of bold, `**words**`: pairs of exactly two, opened after a space or a line's start before a letter
 * or digit, closed after a letter or digit before a space, a line's end or punctuation, within one
 * paragraph. Anything else (one `*`, three, `a**b`, an unclosed pair) is left to marked (undefined).
 */
function withoutStrong(text: string): string | undefined {
  if (!text.includes('*')) return text;
  let out = '';
  let last = 0;
  let openedAt = -1;
  for (const run of text.matchAll(/\*+/g)) {
    const at = run.index;
    if (run[0].length !== 2) return undefined;
    const before = text[at - 1];
    const after = text[at + 2];
    if (openedAt < 0) {
      if (!(before === undefined || before === ' ' || before === '\n') || after === undefined || !LETTER_OR_DIGIT.test(after)) return undefined;
      openedAt = at;
    } else {
      if (before === undefined || !LETTER_OR_DIGIT.test(before) || !AFTER_STRONG.test(text.slice(at + 2, at + 3))) return undefined;
      if (/\n[ ]*\n/.test(text.slice(openedAt, at))) return undefined;
      openedAt = -1;
    }
    out += text.slice(last, at);
    last = at + 2;
  }
  return openedAt < 0 ? out + text.slice(last) : undefined;
}

/** The text of a plain-text field as pasted: as written, line breaks normalised and the ends trimmed. */
export function pastedText(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

function bulletFor(lang: Lang): string {
  return lang === 'en' ? '•' : '–';
}

function blocks(tokens: readonly Token[], bullet: string, separator = '\n\n'): string {
  const out: string[] = [];
  for (const token of tokens) {
    const text = block(token, bullet);
    if (text !== undefined && text !== '') out.push(text);
  }
  return out.join(separator);
}

function block(token: Token, bullet: string): string | undefined {
  switch (token.type) {
    case 'space':
    case 'hr':
    case 'def':
      return undefined;
    case 'paragraph':
    case 'heading':
      return inline((token as Tokens.Paragraph | Tokens.Heading).tokens);
    case 'text': {
      const t = token as Tokens.Text;
      return t.tokens ? inline(t.tokens) : decode(t.text);
    }
    case 'code':
      return (token as Tokens.Code).text;
    case 'blockquote':
      return blocks((token as Tokens.Blockquote).tokens, bullet);
    case 'list':
      return list(token as Tokens.List, bullet);
    case 'table': {
      const table = token as Tokens.Table;
      const row = (cells: Tokens.TableCell[]) => cells.map((cell) => inline(cell.tokens)).join('\t');
      return [row(table.header), ...table.rows.map(row)].join('\n');
    }
    case 'html':
      return stripTags((token as Tokens.HTML).text).trim();
    default:
      return 'tokens' in token && Array.isArray(token.tokens) ? inline(token.tokens) : 'text' in token ? decode(String(token.text)) : undefined;
  }
}

function list(token: Tokens.List, bullet: string): string {
  const start = typeof token.start === 'number' ? token.start : 1;
  return token.items
    .map((item, index) => {
      const marker = token.ordered ? `${start + index}.` : bullet;
      // In a tight list an item's text and its nested list are on adjacent lines, as the reader sees them.
      const body = blocks(item.tokens, bullet, token.loose ? '\n\n' : '\n');
      // A nested list or a second paragraph stays under its item, indented as far as the item's text.
      const indent = ' '.repeat(marker.length + 1);
      const lines = body.split('\n').map((line, i) => (i === 0 || line === '' ? line : indent + line));
      return `${marker} ${item.task ? (item.checked ? '[x] ' : '[ ] ') : ''}${lines.join('\n')}`;
    })
    .join(token.loose ? '\n\n' : '\n');
}

function inline(tokens: readonly Token[] | undefined): string {
  let out = '';
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'br':
        out += '\n';
        break;
      case 'codespan':
        out += decode((token as Tokens.Codespan).text);
        break;
      case 'escape':
        out += (token as Tokens.Escape).text;
        break;
      case 'html':
        out += stripTags((token as Tokens.Tag).text);
        break;
      case 'image':
        out += decode((token as Tokens.Image).text);
        break;
      case 'link': {
        const link = token as Tokens.Link;
        const text = inline(link.tokens);
        // A pasted link loses its address unless it is written out: keep it beside the words.
        const href = link.href.replace(/^mailto:/, '');
        out += text === href || text === link.href ? text : `${text} (${href})`;
        break;
      }
      case 'text': {
        const text = token as Tokens.Text;
        // A line break inside a paragraph is a space in Markdown, so it is one in the portal's box too.
        out += text.tokens && text.tokens.length > 0 ? inline(text.tokens) : decode(text.text.replace(/[ \t]*\n[ \t]*/g, ' '));
        break;
      }
      default:
        out += 'tokens' in token && Array.isArray(token.tokens) && token.tokens.length > 0 ? inline(token.tokens) : 'text' in token ? decode(String(token.text)) : '';
    }
  }
  return out;
}

function stripTags(html: string): string {
  return decode(html.replace(/<[^>]*>/g, ''));
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—' };

/** Character references as the browser shows them: "&amp;" is one "&" in the portal. */
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The plain texts of the Markdown values last counted: a field's too-long and near-limit rules count the same text. */
const counted = new Memo<string>(64);

/** What a limit counts in a field's value: the text as pasted, Markdown turned into plain text. */
export function pastedValue(value: string, markdown: boolean, lang: Lang): string {
  return markdown ? counted.get(lang + '\0' + value, () => plainText(value, lang)) : pastedText(value);
}

