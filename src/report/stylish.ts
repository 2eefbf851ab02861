import { Chalk, type ChalkInstance } from 'chalk';
import { createTranslator } from '../i18n/index.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { countNoun, reportMessages } from './messages.js';
import { escapeControl, escapeControls, isControl } from './terminal.js';
import { summarise, type FileReport, type Formatter, type ValidationReport } from './types.js';

/** ESLint's stylish layout: a block per file, `line:column  severity  message  rule`, then a code frame. */
export const stylish: Formatter = (report, { color }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const reportT = createTranslator(report.lang, reportMessages);
  const out: string[] = [];
  for (const file of report.files) {
    if (file.diagnostics.length === 0) continue;
    // A file's lines say "error" in the language of its messages: one language per line.
    const t = file.lang && file.lang !== report.lang ? createTranslator(file.lang, reportMessages) : reportT;
    out.push(c.underline(escapeControls(file.file)));
    const width = Math.max(...file.diagnostics.map((d) => `${d.line}:${d.column}`.length));
    const severityWidth = Math.max(t('error').length, t('warning').length);
    for (const d of file.diagnostics) {
      const where = `${d.line}:${d.column}`.padEnd(width);
      const severity = d.severity === 'error' ? c.red(t('error').padEnd(severityWidth)) : c.yellow(t('warning').padEnd(severityWidth));
      out.push(`  ${c.dim(where)}  ${severity}  ${escapeControls(d.message)}  ${c.dim(escapeControls(d.ruleId))}`);
      const indent = ' '.repeat(4 + width + severityWidth);
      if (d.hint) out.push(`${indent}${c.cyan(escapeControls(d.hint))}`);
      if (d.severity === 'error' && file.text !== undefined) out.push(...codeFrame(file, d, c).map((line) => indent + line));
    }
    out.push('');
  }
  out.push(summaryLine(report, c));
  return out.join('\n') + '\n';
};

/** The last line of a report for people: how many problems in how many files, or that there are none. */
export function summaryLine(report: ValidationReport, c: ChalkInstance): string {
  const t = createTranslator(report.lang, reportMessages);
  const { files, errors, warnings } = summarise(report);
  const lang = report.lang;
  const skipped = report.skipped ? '; ' + (report.skipped === 1 ? t('summary.skippedOne') : t('summary.skippedMany', { count: report.skipped })) : '';
  if (errors + warnings === 0) return c.green('✔ ' + t('summary.clean', { files: countNoun(lang, 'file', files) }) + skipped);
  const line = t('summary.problems', {
    problems: countNoun(lang, 'problem', errors + warnings),
    errors: countNoun(lang, 'error', errors),
    warnings: countNoun(lang, 'warning', warnings),
    files: countNoun(lang, 'file', files),
  });
  return (errors > 0 ? c.red.bold : c.yellow.bold)('✖ ' + line + skipped);
}

const MAX_FRAME_WIDTH = 100;

/** The offending line with one line of context above it and carets under the span. */
function codeFrame(file: FileReport, d: Diagnostic, c: ChalkInstance): string[] {
  const lines = file.text!.split(/\r?\n/);
  const target = lines[d.line - 1];
  if (target === undefined) return [];
  const first = Math.max(1, d.line - 1);
  const gutter = String(d.line).length;
  const frame: string[] = [];
  for (let n = first; n <= d.line; n++) {
    const { text } = visibleLine(lines[n - 1] ?? '');
    const marker = n === d.line ? c.red('>') : ' ';
    frame.push(`${marker} ${c.dim(String(n).padStart(gutter) + ' |')} ${text}`);
  }
  // The carets go under the characters as shown, which an escaped control character makes wider.
  const { column } = visibleLine(target);
  const from = column(d.column);
  const to = d.endLine === d.line ? column(Math.max(d.endColumn, d.column + 1)) : column(target.length + 1);
  const start = Math.min(from, MAX_FRAME_WIDTH);
  const end = Math.min(Math.max(to, from + 1), MAX_FRAME_WIDTH + 1);
  const underline = ' '.repeat(Math.max(0, start - 1)) + '^'.repeat(Math.max(1, end - start));
  frame.push(`  ${c.dim(' '.repeat(gutter) + ' |')} ${c.red(underline)}`);
  return frame;
}

/**
 * A line of the file as the frame shows it: a tab as one space (so that columns hold), control
 * characters escaped, clipped to MAX_FRAME_WIDTH (never inside a character or an escape); and
 * where a column of the line is shown.
 */
function visibleLine(line: string): { text: string; column: (column: number) => number } {
  const shownAt: number[] = [];
  let shown = '';
  let clipAt: number | undefined;
  for (const char of line) {
    const piece = char === '\t' ? ' ' : isControl(char) ? escapeControl(char) : char;
    for (let unit = 0; unit < char.length; unit++) shownAt.push(shown.length + unit);
    if (clipAt === undefined && shown.length + piece.length > MAX_FRAME_WIDTH) clipAt = shown.length;
    shown += piece;
  }
  const column = (at: number) => (at - 1 < shownAt.length ? shownAt[at - 1]! : shown.length + (at - 1 - shownAt.length)) + 1;
  return { text: clipAt === undefined ? shown : shown.slice(0, clipAt) + '…', column };
}
