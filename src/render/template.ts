import Handlebars from 'handlebars';
import type { HelperOptions } from 'handlebars';
import { escapeMarkdown, type EscapeContext } from './escape.js';
import { Placeholder } from './placeholder.js';

/**
 * Templates are Handlebars producing Markdown. In HTML, Handlebars escapes `{{value}}` for HTML; here
 * `{{value}}` is escaped for the Markdown around it instead: in a table row it cannot split the cell,
 * in a heading it cannot end the heading, in the front matter it is a YAML string. `{{{value}}}`
 * stays raw, for helpers that return Markdown and fields that are Markdown by design.
 */

type Node = hbs.AST.Node;
type Statement = hbs.AST.Statement;
type Expression = hbs.AST.Expression;

const ESCAPE_HELPER = '__escape';

export type TemplateHelpers = Record<string, Handlebars.HelperDelegate>;

export interface CompiledTemplate {
  (context: unknown): string;
}

/**
 * A budget table as every form prints it, for `{{#with (budgetTable "id")}}{{> budgetTable}}{{/with}}`:
 * the row labels' heading and the columns, a row per cost type (with its note), the sum row in bold.
 * One block for every kind, so that a fix to how tables print reaches them all.
 */
export const BUDGET_TABLE_PARTIAL = `| {{labelHeading}} | {{#each columns}}{{this}} | {{/each}}
|:--|{{#each columns}}--:|{{/each}}
{{#each rows}}
| {{label}}{{#if note}}: {{note}}{{/if}} |{{#each cells}} {{this}} |{{/each}}
{{/each}}
| **{{totalLabel}}** |{{#each totals}} {{#if this}}**{{this}}**{{/if}} |{{/each}}
`;

export function compileTemplate(source: string, helpers: TemplateHelpers): CompiledTemplate {
  const env = Handlebars.create();
  env.registerHelper(ESCAPE_HELPER, (context: EscapeContext, value: unknown) => {
    if (value instanceof env.SafeString) return value.toString();
    if (value instanceof Placeholder) return value.markdown(context);
    return escapeMarkdown(value, context);
  });
  env.registerHelper(helpers);
  const helperNames = new Set(Object.keys(helpers));
  const partial = env.parse(BUDGET_TABLE_PARTIAL);
  rewriteMustaches(partial, helperNames);
  env.registerPartial('budgetTable', env.compile(partial, { strict: false, noEscape: true, preventIndent: true }));
  const ast = env.parse(source);
  rewriteMustaches(ast, helperNames);
  const template = env.compile(ast, { strict: false, noEscape: true, preventIndent: true });
  return (context) => template(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
}

/** Walks the template in source order, knowing at each mustache what the current output line is. */
function rewriteMustaches(program: hbs.AST.Program, helperNames: ReadonlySet<string>): void {
  const state = { line: '', frontMatterMarkers: 0, startsWithFrontMatter: false, first: true };

  const visitProgram = (p: hbs.AST.Program | undefined) => {
    if (!p) return;
    p.body = p.body.map(visit);
  };

  const visit = (node: Statement): Statement => {
    switch (node.type) {
      case 'ContentStatement': {
        const value = (node as hbs.AST.ContentStatement).value;
        if (state.first) state.startsWithFrontMatter = value.startsWith('---\n') || value.startsWith('---\r\n');
        state.first = false;
        const lines = (state.line + value).split('\n');
        if (state.startsWithFrontMatter) state.frontMatterMarkers += lines.slice(0, -1).filter((l) => l.trim() === '---').length;
        state.line = lines[lines.length - 1]!;
        return node;
      }
      case 'MustacheStatement': {
        state.first = false;
        const mustache = node as hbs.AST.MustacheStatement;
        const rewritten = mustache.escaped ? escapeInContext(mustache, contextOf(state.line)) : mustache;
        state.line += 'x';
        return rewritten;
      }
      case 'BlockStatement': {
        state.first = false;
        const block = node as hbs.AST.BlockStatement;
        visitProgram(block.program);
        visitProgram(block.inverse);
        return node;
      }
      default:
        return node;
    }
  };

  const contextOf = (line: string): EscapeContext => {
    if (state.startsWithFrontMatter && state.frontMatterMarkers < 2) {
      const quotes = (line.replace(/\\./g, '').match(/"/g) ?? []).length;
      return quotes % 2 === 1 ? 'yaml-quoted' : 'yaml';
    }
    const start = line.trimStart();
    if (start.startsWith('|')) return 'cell';
    if (start.startsWith('#')) return 'heading';
    // After words on the line, a value cannot start a list or a heading; after list or quote
    // markers (or an earlier value that may be a number: "{{n}}. {{text}}") it can.
    return /^\s*(?:(?:[-+*]|\w+[.)])\s+|>\s?)*$/.test(line) ? 'text' : 'inline';
  };

  const escapeInContext = (mustache: hbs.AST.MustacheStatement, context: EscapeContext): hbs.AST.MustacheStatement => {
    const value: Expression =
      mustache.params.length > 0 || mustache.hash || (mustache.path.type === 'PathExpression' && helperNames.has((mustache.path as hbs.AST.PathExpression).original))
        ? ({ type: 'SubExpression', path: mustache.path, params: mustache.params, hash: mustache.hash, loc: mustache.loc } as hbs.AST.SubExpression)
        : mustache.path;
    const literal: hbs.AST.StringLiteral = { type: 'StringLiteral', value: context, original: context, loc: mustache.loc };
    const helper: hbs.AST.PathExpression = { type: 'PathExpression', data: false, depth: 0, parts: [ESCAPE_HELPER], original: ESCAPE_HELPER, loc: mustache.loc } as hbs.AST.PathExpression;
    return { ...mustache, path: helper, params: [literal, value], hash: undefined as unknown as hbs.AST.Hash, escaped: false };
  };

  visitProgram(program);
}

export interface SplitDocument {
  frontMatter: string | undefined;
  body: string;
}

/** A rendered template's YAML front matter (between "---" lines at the top) and its Markdown body. */
export function splitFrontMatter(rendered: string): SplitDocument {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(rendered);
  if (!match) return { frontMatter: undefined, body: rendered };
  return { frontMatter: match[1]!, body: rendered.slice(match[0].length) };
}

export type { HelperOptions, Node };
