export type Severity = 'error' | 'warning';

/** A position in a source file, 1-based, as editors show it. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Diagnostic extends Span {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  /** RFC 6901 JSON pointer into the plan, '' for the whole document. */
  pointer: string;
  hint?: string;
  /** A change that would mend the problem, for editors' quick fixes and `plan validate --fix`. */
  fix?: Fix;
}

/**
 * Replace the text of `span` (1-based, end exclusive) by `text`. Only a `safe` fix, one that needs no
 * person's judgement (a stale comment, a misspelt key with one close candidate), is applied by
 * `plan validate --fix`; the others are offered in the editor, never applied by themselves.
 */
export interface Fix extends Span {
  text: string;
  safe: boolean;
}

export type PathSegment = string | number;

export function toPointer(path: readonly PathSegment[]): string {
  return path.map((segment) => '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export const WHOLE_FILE: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column || compareRuleIds(a.ruleId, b.ruleId);
}

const PLAIN_ID = /^[a-z0-9/-]*$/;

/**
 * Rule ids in the order localeCompare gives them. Ids of lower-case letters, digits, "/" and "-"
 * (every rule of the package's kinds) sort the same by their characters' codes, which spares a
 * run the start of ICU's collator; only another id is compared by locale.
 */
export function compareRuleIds(a: string, b: string): number {
  if (PLAIN_ID.test(a) && PLAIN_ID.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b);
}
