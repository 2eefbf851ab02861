import type { Formatter } from './types.js';
import { summarise } from './types.js';

/** One object per file with its diagnostics, and a summary; the shape is documented in the README. */
export const json: Formatter = (report) => {
  const output = {
    files: report.files.map((file) => ({
      file: file.file,
      ...(file.kind ? { kind: file.kind } : {}),
      diagnostics: file.diagnostics.map((d) => ({
        ruleId: d.ruleId,
        severity: d.severity,
        message: d.message,
        ...(d.hint ? { hint: d.hint } : {}),
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        pointer: d.pointer,
      })),
    })),
    summary: summarise(report),
  };
  return JSON.stringify(output, null, 2) + '\n';
};
