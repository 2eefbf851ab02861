import { markdownLexer } from '../fields/plain.js';

/**
 * The links and pictures a Markdown field holds, as the renderer will read them (marked's lexer),
 * each with what is wrong with it, if anything: a scheme that would run or embed something when the
 * document is opened (`javascript:`, `data:`, `file:`), or an address that cannot be decoded
 * (`bad%zz.png`), which would stop the rendering.
 */
export type LinkProblem = { kind: 'link' | 'image'; href: string; problem: 'scheme' | 'malformed'; scheme?: string; raw: string; text: string };

const ALLOWED = new Set(['http', 'https', 'mailto']);

type Token = { type: string; href?: string; raw?: string; text?: string; tokens?: Token[]; items?: Token[]; rows?: Token[][]; header?: Token[] };

export function linkProblems(markdown: string): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const link of linksOf(markdown)) {
    const problem = problemOf(link.href);
    if (problem) problems.push({ ...link, ...problem });
  }
  return problems;
}

/** The addresses of the pictures a Markdown field shows, as written. */
export function pictureHrefs(markdown: string): string[] {
  return linksOf(markdown)
    .filter((link) => link.kind === 'image')
    .map((link) => link.href);
}

type Link = Pick<LinkProblem, 'kind' | 'href' | 'raw' | 'text'>;

function linksOf(markdown: string): Link[] {
  // Most answers hold no link at all: the lexer (and marked) are not loaded for them. The search for
  // `]` or `<` comes first because the expression, with no fixed first character, is tried at every position.
  if ((!markdown.includes(']') && !markdown.includes('<')) || !/\]\s*[(:]|<[a-z][a-z0-9+.-]*:/i.test(markdown)) return [];
  const Lexer = markdownLexer();
  const links: Link[] = [];
  const visit = (tokens: readonly Token[] | undefined) => {
    for (const token of tokens ?? []) {
      if ((token.type === 'link' || token.type === 'image') && typeof token.href === 'string') {
        links.push({ kind: token.type, href: token.href, raw: token.raw ?? '', text: token.text ?? '' });
      }
      visit(token.tokens);
      visit(token.items);
      for (const row of token.rows ?? []) for (const cell of row) visit(cell.tokens);
      for (const cell of token.header ?? []) visit(cell.tokens);
    }
  };
  visit(new Lexer().lex(markdown) as unknown as Token[]);
  return links;
}

function problemOf(href: string): Pick<LinkProblem, 'problem' | 'scheme'> | undefined {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  if (scheme && !ALLOWED.has(scheme)) return { problem: 'scheme', scheme };
  try {
    decodeURI(href);
  } catch {
    return { problem: 'malformed' };
  }
  return undefined;
}

/**
 * Markdown with its unsafe links and pictures turned into their text: what `render --force` prints
 * for a field validate refused, so that no document carries a live javascript: link or fails on a
 * malformed address.
 */
export function withoutUnsafeLinks(markdown: string): string {
  let out = markdown;
  for (const link of linkProblems(markdown)) if (link.raw) out = out.split(link.raw).join(link.text.replace(/[[\]()]/g, '\\$&'));
  return out;
}
