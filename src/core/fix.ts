import type { Fix, Span } from './diagnostic.js';

/** The offset in `text` of a 1-based line and column (UTF-16 units, as diagnostics count them); past the end is the end. */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  const lineEnd = text.indexOf('\n', offset);
  return Math.min(offset + column - 1, lineEnd < 0 ? text.length : lineEnd + 1);
}

/** The text a span covers. */
export function spanText(text: string, span: Span): string {
  return text.slice(offsetOf(text, span.line, span.column), offsetOf(text, span.endLine, span.endColumn));
}

/**
 * `text` with the fixes applied, all measured against the original text. Where two would change
 * the same stretch, the first listed is applied and the other left for another run: what one fix
 * replaced, the next cannot know. Returns the text and the fixes applied.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: Fix[] } {
  const placed = fixes.map((fix) => ({ fix, start: offsetOf(text, fix.line, fix.column), end: offsetOf(text, fix.endLine, fix.endColumn) }));
  const kept: typeof placed = [];
  for (const candidate of placed) {
    if (kept.some((other) => candidate.start < other.end && other.start < candidate.end)) continue;
    if (kept.some((other) => candidate.start === other.start && candidate.end === other.end)) continue;
    kept.push(candidate);
  }
  let out = text;
  for (const { fix, start, end } of [...kept].sort((a, b) => b.start - a.start)) out = out.slice(0, start) + fix.text + out.slice(end);
  return { text: out, applied: kept.map((k) => k.fix) };
}
