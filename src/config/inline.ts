import { isScalar, visit, type Document } from 'yaml';
import type { Diagnostic, Fix } from '../core/diagnostic.js';
import { didYouMean } from '../core/suggest.js';
import type { Translate } from '../i18n/index.js';

const DIRECTIVE = /^([ \t]*#[ \t]*)plan-disable-next-line(?=$|[ \t])(.*)$/;

export interface DisableOptions {
  file: string;
  text: string;
  /**
   * The plan as read, when it could be: a "comment" inside a block text of its document is part of
   * the text, not a directive; and its comment lines, when the reader told them (load.ts PlanSource).
   */
  source?: { readonly doc: Document.Parsed; commentLines?: readonly number[] };
  /** Every rule id there is, to tell unknown ones and suggest from; asked only when a comment is found. */
  ruleIds: () => readonly string[];
  t: Translate;
}

/**
 * `# plan-disable-next-line <rule-id>[, <rule-id>…] [-- why]` on a line of its own removes those
 * rules' problems from the next line. A comment that names no rule, an unknown rule, or a rule with
 * nothing to remove is itself reported as a warning, so that stale comments do not pile up.
 */
export function applyDisableComments(diagnostics: readonly Diagnostic[], options: DisableOptions): Diagnostic[] {
  const { text, file, t } = options;
  // Where the reader told its comment lines, the starts of those a directive is on: no other line
  // can hold one, and the document need not be made to tell block texts. Searching the whole text
  // for one was 1 % of checking 1,000 plans.
  const commentLines = options.source?.commentLines;
  const directiveLines = commentLines ? new Set(commentLines.filter((at) => isDirectiveAt(text, at)).map((at) => text.lastIndexOf('\n', at) + 1)) : undefined;
  if (directiveLines ? directiveLines.size === 0 : !text.includes('plan-disable-next-line')) return [...diagnostics];
  let knownIds: Set<string> | undefined;
  // A rule the file reports is known without the catalogue, which compiles every kind: most comments name one.
  const reported = new Set(diagnostics.map((d) => d.ruleId));
  const isKnown = (id: string) => reported.has(id) || (knownIds ??= new Set(options.ruleIds())).has(id);
  const removed = new Set<Diagnostic>();
  const added: Diagnostic[] = [];

  // Without the comment lines, block texts are looked for only once a directive is found: most lines of a file have none.
  let insideText: [number, number][] | undefined;
  for (const { line, lineStart, index } of linesWith(text, 'plan-disable-next-line')) {
    const match = DIRECTIVE.exec(line.replace(/\r$/, ''));
    if (!match) continue;
    if (directiveLines) {
      if (!directiveLines.has(lineStart)) continue;
    } else {
      insideText ??= textRanges(options.source?.doc);
      if (insideText.some(([start, end]) => lineStart >= start && lineStart < end)) continue;
    }
    const lineNumber = index + 1;
    const idsStart = match[1]!.length + 'plan-disable-next-line'.length;
    const rest = match[2]!.split(/[ \t]--(?:[ \t]|$)/)[0]!;
    const ids = [...rest.matchAll(/[^\s,]+/g)].map((m) => ({ id: m[0], column: idsStart + m.index + 1 }));
    const at = (column: number, length: number) => ({ file, pointer: '', line: lineNumber, column, endLine: lineNumber, endColumn: column + length });

    if (ids.length === 0) {
      added.push({ ruleId: 'plan/disable-missing-rule', severity: 'warning', message: t('inline.missingRule'), hint: t('inline.missingRuleHint'), ...at(line.indexOf('#') + 1, line.trimEnd().length - line.indexOf('#')) });
      continue;
    }
    const hitsOf = (id: string) => diagnostics.filter((d) => d.line === lineNumber + 1 && d.ruleId === id);
    // When every rule a comment names is unused, each fix takes the whole line, and the fixes agree.
    const allUnused = ids.every(({ id }) => isKnown(id) && hitsOf(id).length === 0);
    for (const { id, column } of ids) {
      if (!isKnown(id)) {
        const suggestion = didYouMean(id, knownIds ?? new Set(options.ruleIds()));
        added.push({ ruleId: 'plan/unknown-rule', severity: 'warning', message: t('inline.unknownRule', { rule: id }), ...(suggestion ? { hint: t('schema.didYouMean', { suggestion }) } : {}), ...at(column, id.length) });
        continue;
      }
      const hits = hitsOf(id);
      if (hits.length === 0) {
        added.push({ ruleId: 'plan/unused-disable', severity: 'warning', message: t('inline.unused', { rule: id }), hint: t('inline.unusedHint', { rule: id }), ...at(column, id.length), fix: removal(line, lineNumber, allUnused ? [] : ids, id, column) });
      }
      for (const hit of hits) removed.add(hit);
    }
  }
  return [...diagnostics.filter((d) => !removed.has(d)), ...added];
}

/** Whether the comment whose # is at `at` is a directive's, as DIRECTIVE reads one. */
function isDirectiveAt(text: string, at: number): boolean {
  let p = at + 1;
  while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9) p++;
  return text.startsWith('plan-disable-next-line', p);
}

/**
 * Taking an unused rule out of its comment: the whole line when it names no other rule (or `ids` is
 * empty: every rule it names is unused), else the
 * id with the comma that joins it to the next (or the previous) one. Always safe: the comment
 * removes nothing, so the file's problems stay the same without it.
 */
function removal(line: string, lineNumber: number, ids: readonly { id: string; column: number }[], id: string, column: number): Fix {
  if (ids.length <= 1) return { line: lineNumber, column: 1, endLine: lineNumber + 1, endColumn: 1, text: '', safe: true };
  const start = column - 1;
  const after = /^[ \t]*,[ \t]*/.exec(line.slice(start + id.length));
  if (after && ids[ids.length - 1]!.id !== id) return { line: lineNumber, column, endLine: lineNumber, endColumn: column + id.length + after[0].length, text: '', safe: true };
  const before = /[ \t]*,[ \t]*$/.exec(line.slice(0, start));
  const from = before ? start - before[0].length : start;
  return { line: lineNumber, column: from + 1, endLine: lineNumber, endColumn: column + id.length, text: '', safe: true };
}

/** Each line that holds `word`: its text, where it starts, and its index (0 for the first line). */
function linesWith(text: string, word: string): { line: string; lineStart: number; index: number }[] {
  const found: { line: string; lineStart: number; index: number }[] = [];
  let index = 0;
  let counted = 0;
  for (let at = text.indexOf(word); at !== -1; ) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    for (let nl = text.indexOf('\n', counted); nl !== -1 && nl < lineStart; nl = text.indexOf('\n', nl + 1)) index++;
    counted = lineStart;
    const end = text.indexOf('\n', at);
    const lineEnd = end === -1 ? text.length : end;
    found.push({ line: text.slice(lineStart, lineEnd), lineStart, index });
    if (end === -1) break;
    at = text.indexOf(word, end);
  }
  return found;
}

/** Offsets covered by block texts (| and >) and multi-line quoted texts, where a "#" line is text. */
function textRanges(doc: Document.Parsed | undefined): [number, number][] {
  const ranges: [number, number][] = [];
  if (!doc) return ranges;
  visit(doc, {
    Scalar(_, node) {
      if (isScalar(node) && node.range && node.type !== 'PLAIN') ranges.push([node.range[0], node.range[1]]);
    },
  });
  return ranges;
}
