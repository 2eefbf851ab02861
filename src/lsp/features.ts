import type { z } from 'zod';
import { isScalar } from 'yaml';
import { knownKeysAt, metaAt, readingAt, schemasAt, unwrap } from '../check/schema-walk.js';
import { fromPointer, type Diagnostic as PlanDiagnostic, type Fix, type PathSegment } from '../core/diagnostic.js';
import { formatDate, type PlanDate } from '../core/dates.js';
import { formatAmount } from '../core/money.js';
import { createTranslator, type Lang, type Messages } from '../i18n/index.js';
import { ruleCatalog } from '../report/catalog.js';
import { ruleHelpUrl } from '../report/docs.js';
import { placeAt, valueAt, type Analysis } from './analyse.js';

import type { CodeAction, CompletionItem, Diagnostic, Hover, Position, Range, TextEdit } from 'vscode-languageserver';

export const lspMessages: Messages<'lsp.amount' | 'lsp.date' | 'lsp.replaceKey' | 'lsp.writeSum' | 'lsp.disableLine' | 'lsp.removeDisable' | 'lsp.fix' | 'lsp.insertField' | 'lsp.currency'> = {
  en: {
    'lsp.amount': 'plan reads: {amount}',
    'lsp.date': 'plan reads: {date} ({days})',
    'lsp.replaceKey': 'Replace "{key}" by "{suggestion}"',
    'lsp.writeSum': 'Write the computed sum {sum}',
    'lsp.disableLine': 'Disable {rule} for the next line',
    'lsp.removeDisable': 'Remove the unused disable comment for {rule}',
    'lsp.fix': 'Fix: {text}',
    'lsp.insertField': 'Add the missing field "{key}"',
    'lsp.currency': '',
  },
  sv: {
    'lsp.amount': 'plan läser: {amount}',
    'lsp.date': 'plan läser: {date} ({days})',
    'lsp.replaceKey': 'Ersätt "{key}" med "{suggestion}"',
    'lsp.writeSum': 'Skriv den uträknade summan {sum}',
    'lsp.disableLine': 'Stäng av {rule} för nästa rad',
    'lsp.removeDisable': 'Ta bort den oanvända avstängningen av {rule}',
    'lsp.fix': 'Rätta: {text}',
    'lsp.insertField': 'Lägg till det saknade fältet "{key}"',
    'lsp.currency': 'kr',
  },
  nb: {
    'lsp.amount': 'plan leser: {amount}',
    'lsp.date': 'plan leser: {date} ({days})',
    'lsp.replaceKey': 'Erstatt "{key}" med "{suggestion}"',
    'lsp.writeSum': 'Skriv den utregnede summen {sum}',
    'lsp.disableLine': 'Slå av {rule} for neste linje',
    'lsp.removeDisable': 'Fjern den ubrukte avslåingen av {rule}',
    'lsp.fix': 'Rett: {text}',
    'lsp.insertField': 'Legg til det manglende feltet "{key}"',
    'lsp.currency': 'kr',
  },
};

const SEVERITY = { error: 1, warning: 2 } as const;

/** A plan span (1-based) as a protocol range; an empty one is widened to a character so that editors can mark it. */
export function toRange(span: { line: number; column: number; endLine: number; endColumn: number }): Range {
  const endLine = Math.max(span.endLine, span.line);
  const endColumn = endLine === span.line ? Math.max(span.endColumn, span.column + 1) : Math.max(span.endColumn, 1);
  return { start: { line: span.line - 1, character: span.column - 1 }, end: { line: endLine - 1, character: endColumn - 1 } };
}

/** An exact plan span as a range, for edits: an empty one stays empty (an insertion). */
function editRange(fix: Fix): Range {
  return { start: { line: fix.line - 1, character: fix.column - 1 }, end: { line: fix.endLine - 1, character: fix.endColumn - 1 } };
}

/** What `plan validate` says, as the editor shows it: the rule id as code linked to its documentation, the hint after the message. */
export function toLspDiagnostics(analysis: Analysis): Diagnostic[] {
  const catalog = new Map(analysis.diagnostics.length > 0 ? ruleCatalog(analysis.kinds).map((rule) => [rule.id, rule]) : []);
  return analysis.diagnostics.map((d) => ({
    range: toRange(d),
    severity: SEVERITY[d.severity] as Diagnostic['severity'],
    code: d.ruleId,
    codeDescription: { href: ruleHelpUrl(catalog.get(d.ruleId) ?? { id: d.ruleId }) },
    source: 'plan',
    message: d.hint ? `${d.message}\n${d.hint}` : d.message,
    data: { ruleId: d.ruleId, line: d.line, column: d.column, ...(d.fix ? { fix: d.fix } : {}) },
  }));
}

/** The offset of a protocol position in `text`. */
export function offsetAt(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + position.character, text.length);
}

/**
 * Hover: on a key, the form's label for the field and its help; on an amount or a date, how plan
 * reads it, so that the user sees "1 835 000 kr" or the days a fuzzy date stands for.
 */
export function hover(analysis: Analysis, offset: number): Hover | null {
  const { result } = analysis;
  if (!analysis.plan || !result.kind || !result.source) return null;
  const place = placeAt(result, offset);
  if (!place) return null;
  const lang = result.lang;
  const t = createTranslator(lang, lspMessages);
  const range = place.node?.range ? spanRange(result, place.node.range[0], place.node.range[1]) : undefined;
  if (place.on === 'key') {
    const meta = metaAt(result.kind.schema, place.path);
    if (!meta.title && !meta.description) return null;
    const parts = [meta.title ? `**${meta.title}**` : `**${String(place.path[place.path.length - 1])}**`, meta.description].filter(Boolean);
    return { contents: { kind: 'markdown', value: parts.join('\n\n') }, ...(range ? { range } : {}) };
  }
  if (!isScalar(place.node)) return null;
  const reading = readingAt(result.kind.schema, place.path);
  const value = valueAt(result.plan, place.path);
  if (reading === 'amount' && typeof value === 'number') {
    const currency = t('lsp.currency');
    return { contents: { kind: 'markdown', value: t('lsp.amount', { amount: formatAmount(value) + (currency ? ` ${currency}` : '') }) }, ...(range ? { range } : {}) };
  }
  if (reading === 'date' && value && typeof value === 'object' && 'span' in value) {
    const date = value as PlanDate;
    if (!date.span) return null;
    return { contents: { kind: 'markdown', value: t('lsp.date', { date: formatDate(date.span, lang as Lang), days: date.span.from === date.span.to ? date.span.from : `${date.span.from} – ${date.span.to}` }) }, ...(range ? { range } : {}) };
  }
  return null;
}

function spanRange(result: Analysis['result'], start: number, end: number): Range {
  const counter = result.source!.lineCounter;
  const a = counter.linePos(start);
  const b = counter.linePos(end);
  return { start: { line: a.line - 1, character: a.col - 1 }, end: { line: b.line - 1, character: b.col - 1 } };
}

/**
 * The quick fixes for the problems at a range: each problem's own fix (a key's suggestion, the
 * computed sum), a disable comment for its rule on the line above, and a missing field added.
 * A sum is only offered: writing it is the user's choice, as the row may be what is wrong.
 */
export function codeActions(analysis: Analysis, uri: string, range: Range): CodeAction[] {
  const { result } = analysis;
  if (!analysis.plan || result.text === undefined) return [];
  const t = createTranslator(result.lang, lspMessages);
  const lines = result.text.split('\n');
  const actions: CodeAction[] = [];
  const lsp = toLspDiagnostics(analysis);
  analysis.diagnostics.forEach((d, index) => {
    const at = toRange(d);
    if (at.end.line < range.start.line || at.start.line > range.end.line) return;
    const diagnostic = lsp[index];
    const edit = (title: string, edits: TextEdit[], preferred = false): CodeAction => ({ title, kind: 'quickfix', diagnostics: diagnostic ? [diagnostic] : [], ...(preferred ? { isPreferred: true } : {}), edit: { changes: { [uri]: edits } } });
    if (d.fix) {
      const written = lines[d.line - 1]?.slice(d.column - 1, d.endLine === d.line ? d.endColumn - 1 : undefined) ?? '';
      const title = d.ruleId === 'schema/unknown-key'
        ? t('lsp.replaceKey', { key: written, suggestion: d.fix.text })
        : d.ruleId === 'budget/sum-mismatch'
          ? t('lsp.writeSum', { sum: d.fix.text })
          : d.ruleId === 'plan/unused-disable'
            ? t('lsp.removeDisable', { rule: written })
            : t('lsp.fix', { text: d.fix.text });
      actions.push(edit(title, [{ range: editRange(d.fix), newText: d.fix.text }], d.fix.safe));
    }
    const missing = d.ruleId === 'schema/required' ? insertField(analysis, d) : undefined;
    if (missing) actions.push(edit(t('lsp.insertField', { key: missing.key }), [missing.edit]));
    // A file's own troubles (no kind, unreadable) and the disable comments' warnings are not disabled by a comment.
    if (/^(plan|file|internal)\//.test(d.ruleId)) return;
    const line = lines[d.line - 1] ?? '';
    actions.push(edit(t('lsp.disableLine', { rule: d.ruleId }), [{ range: { start: { line: d.line - 1, character: 0 }, end: { line: d.line - 1, character: 0 } }, newText: `${/^[ \t]*/.exec(line)![0]}# plan-disable-next-line ${d.ruleId}\n` }]));
  });
  return actions;
}

/** A required field that is missing, written under its mapping with its help as the comment above it, as `plan init` writes it. */
function insertField(analysis: Analysis, d: PlanDiagnostic): { key: string; edit: TextEdit } | undefined {
  const { result } = analysis;
  if (!result.kind || !result.source) return undefined;
  const segments = fromPointer(d.pointer);
  const key = segments.pop();
  if (key === undefined) return undefined;
  const parent = segments.length === 0 ? result.source.doc.contents : result.source.doc.getIn(segments, true);
  if (!parent || typeof parent !== 'object' || !('items' in parent) || !('range' in parent)) return undefined;
  const items = (parent as { items: { key?: { range?: number[] } }[] }).items;
  const first = items[0]?.key?.range;
  const end = (parent as { range?: number[] }).range?.[1];
  if (!first || end === undefined) return undefined;
  const counter = result.source.lineCounter;
  const column = counter.linePos(first[0]!).col - 1;
  const text = result.source.text;
  // After the mapping's last line: at the start of the line that follows it.
  const lineEnd = text.lastIndexOf('\n', end - 1) >= 0 && text[end - 1] === '\n' ? end : text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end) + 1;
  const at = counter.linePos(lineEnd);
  const pad = ' '.repeat(column);
  const help = metaAt(result.kind.schema, [...segments, key]).description;
  const prefix = lineEnd === text.length && !text.endsWith('\n') ? '\n' : '';
  const newText = `${prefix}${help ? `${pad}# ${help.replace(/\n/g, ' ')}\n` : ''}${pad}${key}: \n`;
  return { key, edit: { range: { start: { line: at.line - 1, character: at.col - 1 }, end: { line: at.line - 1, character: at.col - 1 } }, newText } };
}

const ITEM_PROPERTY = 10 as const;
const ITEM_VALUE = 12 as const;

/**
 * Completion at a line: after `key: `, the values the field allows (a choice's words, the kinds
 * for `kind:`); at the start of a key, the keys the mapping there allows with their labels.
 * The mapping is found by indentation, so that a line being typed (not yet YAML) still has a place.
 */
export function completions(analysis: Analysis, text: string, position: Position): CompletionItem[] {
  const { result } = analysis;
  const lines = text.split('\n');
  const line = lines[position.line] ?? '';
  const before = line.slice(0, position.character);
  // After "key: ", or inside a flow list there ("responsible: [PL, ").
  const valueMatch = /^([ \t]*)(?:- )?([\w-]+):[ \t]*(?:\[(?:[^\]]*,)?[ \t]*)?[^\s,[\]]*$/.exec(before);
  const keyMatch = /^([ \t]*)(- )?[\w-]*$/.exec(before);
  if (valueMatch && valueMatch[2] === 'kind' && valueMatch[1] === '') {
    return analysis.kinds.ids().map((id) => ({ label: id, kind: ITEM_VALUE, detail: analysis.kinds.get(id)?.title }));
  }
  if (!result.kind) {
    return keyMatch && before.trim() === '' && position.line === 0 ? [{ label: 'kind', kind: ITEM_PROPERTY, insertText: 'kind: ' }] : [];
  }
  const schema = result.kind.schema;
  if (valueMatch) {
    const indent = valueMatch[1]!.length + (before.trimStart().startsWith('- ') ? 2 : 0);
    const path = [...mappingPath(lines, position.line, indent, before.trimStart().startsWith('- ')), valueMatch[2]!];
    return [...choicesAt(schema, path), ...declaredAt(analysis, path)].map((value) => ({ label: value, kind: ITEM_VALUE }));
  }
  if (!keyMatch) return [];
  const dash = keyMatch[2] !== undefined;
  const indent = keyMatch[1]!.length + (dash ? 2 : 0);
  const path = mappingPath(lines, position.line, indent, dash);
  // "- " in a list of names (a row's responsible roles): the entries the plan declares.
  const declared = dash && path[path.length - 1] === 0 ? declaredAt(analysis, path.slice(0, -1)) : [];
  if (declared.length > 0) return declared.map((value) => ({ label: value, kind: ITEM_VALUE }));
  const present = new Set(siblingKeys(lines, position.line, indent));
  return knownKeysAt(schema, path)
    .filter((key) => !present.has(key))
    .map((key) => {
      const meta = metaAt(schema, [...path, key]);
      return { label: key, kind: ITEM_PROPERTY, ...(meta.title ? { detail: meta.title } : {}), ...(meta.description ? { documentation: meta.description } : {}), insertText: `${key}: ` };
    });
}

/**
 * The entries the plan declares that the field at `path` must name (a kind's `reference` rule:
 * roles for a row's responsible), read from the plan as written, so that a plan with errors still has them.
 */
function declaredAt(analysis: Analysis, path: readonly PathSegment[]): string[] {
  const data = analysis.result.source?.data;
  const rules = analysis.result.kind?.rules ?? [];
  const found = new Set<string>();
  for (const rule of rules) {
    const references = rule.references;
    if (!references) continue;
    const values = references.values[references.values.length - 1] === '[]' ? references.values.slice(0, -1) : references.values;
    const matches = values.length === path.length && values.every((segment, i) => (segment === '[]' ? typeof path[i] === 'number' : segment === path[i]));
    if (!matches) continue;
    for (const list of references.in) for (const value of valuesAlong(data, list)) if (typeof value === 'string') found.add(value);
  }
  return [...found];
}

/** The values at a field path through a plain object tree, `[]` taking every entry of a list. */
function valuesAlong(value: unknown, path: readonly string[]): unknown[] {
  if (path.length === 0) return Array.isArray(value) ? value : [value];
  const [head, ...rest] = path;
  if (head === '[]') return Array.isArray(value) ? value.flatMap((item) => valuesAlong(item, rest)) : [];
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return valuesAlong((value as Record<string, unknown>)[head!], rest);
}

/** The words a choice field allows. */
function choicesAt(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  const values = new Set<string>();
  for (const option of schemasAt(schema, path).flatMap(unwrap)) {
    const def = (option as unknown as { _zod: { def: { type: string; entries?: Record<string, unknown>; values?: unknown[] } } })._zod.def;
    if (def.type === 'enum' && def.entries) for (const value of Object.values(def.entries)) if (typeof value === 'string') values.add(value);
    if (def.type === 'literal' && def.values) for (const value of def.values) if (typeof value === 'string') values.add(value);
  }
  return [...values];
}

const indentOf = (line: string) => /^[ \t]*/.exec(line)![0].length;
const meaningful = (line: string) => line.trim() !== '' && !line.trimStart().startsWith('#');

/**
 * The path of the mapping a key at `indent` on line `at` belongs to, read from the lines above:
 * each less indented `key:` is a parent, each `- ` an entry of a list (any entry: the schema is
 * the same for all).
 */
function mappingPath(lines: readonly string[], at: number, indent: number, dash: boolean): PathSegment[] {
  const path: PathSegment[] = [];
  let want = indent;
  // The column of the "- " of the list entry the cursor's mapping is, once known.
  let dashColumn = dash ? indent - 2 : -1;
  for (let index = at - 1; index >= 0 && (want > 0 || dashColumn >= 0); index--) {
    const line = lines[index]!;
    if (!meaningful(line)) continue;
    const own = indentOf(line);
    const isDash = line.trimStart().startsWith('- ');
    const content = own + (isDash ? 2 : 0);
    if (dashColumn < 0) {
      if (isDash && content === want) {
        dashColumn = own;
        continue;
      }
      if (content >= want) continue;
    } else if (own > dashColumn || (own === dashColumn && isDash)) continue;
    // A less indented "key:": the mapping's own key, or that of the list the entry is in.
    const key = /^[ \t]*(?:- )?([\w-]+):/.exec(line)?.[1];
    if (key === undefined) return path;
    if (dashColumn >= 0) path.unshift(0);
    path.unshift(key);
    dashColumn = isDash ? own : -1;
    want = isDash ? own + 2 : own;
  }
  if (dashColumn >= 0) path.unshift(0);
  return path;
}

/** The keys already written in the mapping the line at `at` is in, so that completion offers the others. */
function siblingKeys(lines: readonly string[], at: number, indent: number): string[] {
  const keys: string[] = [];
  const collect = (index: number) => {
    const line = lines[index]!;
    const own = indentOf(line) + (line.trimStart().startsWith('- ') ? 2 : 0);
    if (own !== indent) return;
    const key = /^[ \t]*(?:- )?([\w-]+):/.exec(line)?.[1];
    if (key) keys.push(key);
  };
  for (let index = at - 1; index >= 0; index--) {
    const line = lines[index]!;
    if (!meaningful(line)) continue;
    if (indentOf(line) + (line.trimStart().startsWith('- ') ? 2 : 0) < indent) break;
    collect(index);
    if (line.trimStart().startsWith('- ') && indentOf(line) + 2 === indent) break;
  }
  for (let index = at + 1; index < lines.length; index++) {
    const line = lines[index]!;
    if (!meaningful(line)) continue;
    if (indentOf(line) < indent || (line.trimStart().startsWith('- ') && indentOf(line) + 2 === indent)) break;
    collect(index);
  }
  return keys;
}
