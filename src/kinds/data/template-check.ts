import { createRequire } from 'node:module';
import { didYouMean } from '../../core/suggest.js';
import type { Lang } from '../../i18n/index.js';
import type { FieldSpec } from './format.js';
import { findSpec, subfields } from './compile.js';

/**
 * The fields a template names that the kind does not have: "{{titel}}" for "{{title}}" would print
 * nothing, silently, in every document. The template is walked with the field each block is in
 * ({{#each risks}} is inside one risk), and a name is checked where the context is known; inside
 * a helper's result ({{#with (budgetTable "D.7.1")}}) the shape is the helper's, and not checked.
 */
export interface TemplateFieldProblem {
  name: string;
  line: number;
  column: number;
  suggestion?: string;
}

type Context = FieldSpec | 'unknown';

const BLOCKS_KEEPING_CONTEXT = new Set(['if', 'unless']);

export function unknownTemplateFields(source: string, fields: Record<string, FieldSpec>, lang: Lang, helperNames: ReadonlySet<string>): TemplateFieldProblem[] {
  // Loaded here, not with the module: a plan validate that reads no template need not load Handlebars.
  const { parse } = createRequire(import.meta.url)('handlebars') as typeof import('handlebars');
  const ast = parse(source);
  const problems: TemplateFieldProblem[] = [];
  const root: FieldSpec = { type: 'group', fields: { ...fields, kind: { type: 'text' } } };

  const child = (context: Context, segment: string): Context => {
    if (context === 'unknown') return 'unknown';
    if (/^\d+$/.test(segment) && context.type === 'list') return context.items ?? 'unknown';
    if (context.type === 'list' && (segment === 'length')) return { type: 'integer' };
    const found = findSpec({ here: context }, ['here', segment], lang);
    if (found) return found;
    // A date, a period's end or an amount is a value of its own: what is inside it is the helpers' business.
    if (!subfields(context, lang) && context.type !== 'table' && context.type !== 'period') return 'unknown';
    return undefined as unknown as Context;
  };

  const check = (path: hbs.AST.PathExpression, stack: Context[]) => {
    if (path.data) return;
    const head = path.parts[0];
    if (path.parts.length === 0 || head === undefined) return;
    if (head === '$kind') return;
    if (path.depth === 0 && path.parts.length === 1 && helperNames.has(head)) return;
    let context = stack[Math.max(0, stack.length - 1 - path.depth)] ?? 'unknown';
    for (const segment of path.parts) {
      const next = child(context, segment);
      if (next === undefined) {
        const known = context !== 'unknown' ? Object.keys(subfieldsOf(context, lang)) : [];
        const suggestion = known.find((k) => k.toLowerCase() === segment.toLowerCase()) ?? didYouMean(segment, known);
        problems.push({ name: path.original, line: path.loc.start.line, column: path.loc.start.column + 1, ...(suggestion ? { suggestion } : {}) });
        return;
      }
      context = next;
      if (context === 'unknown') return;
    }
  };

  const contextOf = (expression: hbs.AST.Expression, stack: Context[]): Context => {
    if (expression.type !== 'PathExpression') return 'unknown';
    const path = expression as hbs.AST.PathExpression;
    if (path.data) return 'unknown';
    let context = stack[Math.max(0, stack.length - 1 - path.depth)] ?? 'unknown';
    for (const segment of path.parts) {
      context = child(context, segment) ?? 'unknown';
      if (context === 'unknown') break;
    }
    return context;
  };

  const expressions = (node: { params?: hbs.AST.Expression[]; hash?: hbs.AST.Hash }, stack: Context[]) => {
    for (const param of node.params ?? []) visitExpression(param, stack);
    for (const pair of node.hash?.pairs ?? []) visitExpression(pair.value, stack);
  };

  const visitExpression = (expression: hbs.AST.Expression, stack: Context[]) => {
    if (expression.type === 'PathExpression') check(expression as hbs.AST.PathExpression, stack);
    else if (expression.type === 'SubExpression') expressions(expression as hbs.AST.SubExpression, stack);
  };

  const visitProgram = (program: hbs.AST.Program | undefined, stack: Context[]) => {
    for (const statement of program?.body ?? []) {
      if (statement.type === 'MustacheStatement') {
        const mustache = statement as hbs.AST.MustacheStatement;
        const isHelperCall = mustache.params.length > 0 || (mustache.hash?.pairs.length ?? 0) > 0;
        if (!isHelperCall) visitExpression(mustache.path, stack);
        expressions(mustache, stack);
      } else if (statement.type === 'BlockStatement') {
        const block = statement as hbs.AST.BlockStatement;
        const name = block.path.type === 'PathExpression' ? (block.path as hbs.AST.PathExpression).original : '';
        expressions(block, stack);
        const subject = block.params[0];
        let inner: Context;
        if (BLOCKS_KEEPING_CONTEXT.has(name)) inner = stack[stack.length - 1] ?? 'unknown';
        else if (name === 'each' && subject) {
          const list = contextOf(subject, stack);
          inner = list === 'unknown' ? 'unknown' : list.type === 'list' ? (list.items ?? 'unknown') : 'unknown';
        } else if (name === 'with' && subject) inner = contextOf(subject, stack);
        else inner = 'unknown';
        visitProgram(block.program, [...stack, inner]);
        visitProgram(block.inverse, BLOCKS_KEEPING_CONTEXT.has(name) ? [...stack, inner] : stack);
      }
    }
  };

  visitProgram(ast, [root]);
  return problems;
}

function subfieldsOf(spec: FieldSpec, lang: Lang): Record<string, FieldSpec> {
  if (spec.type === 'table') return { rows: { type: 'list' }, total: { type: 'group' } };
  if (spec.type === 'period') return { start: { type: 'date' }, end: { type: 'date' } };
  return subfields(spec, lang) ?? {};
}
