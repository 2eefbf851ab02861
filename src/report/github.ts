import { relativeToRoot } from './paths.js';
import type { Formatter } from './types.js';

/**
 * GitHub Actions workflow commands, one line per problem, which the runner turns into annotations
 * on the pull request: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
 */
export const github: Formatter = (report, { root, cwd }) => {
  const lines: string[] = [];
  for (const file of report.files) {
    const path = relativeToRoot(file.file, root, cwd) ?? file.file;
    for (const d of file.diagnostics) {
      const properties = [
        ['file', path],
        ['line', d.line],
        ['col', d.column],
        ['endLine', Math.max(d.endLine, d.line)],
        ['endColumn', d.endColumn],
        ['title', d.ruleId],
      ] as const;
      const message = d.hint ? `${d.message}\n${d.hint}` : d.message;
      lines.push(`::${d.severity} ${properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')}::${escapeData(message)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};

/** As @actions/core's command.ts escapes a command's message. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** As @actions/core's command.ts escapes a property value. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
