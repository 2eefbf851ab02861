import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import { applyFixes, spanText } from '../core/fix.js';
import type { ValidationReport } from '../report/types.js';

/** A plan's text with its safe fixes applied, and the problems they mend. */
export interface FixedPlan {
  /** The path as the report names it. */
  file: string;
  absolute: string;
  text: string;
  /** The problems whose fixes were applied, each with what its fix replaced. */
  applied: { diagnostic: Diagnostic; before: string; after: string }[];
}

/**
 * What `plan validate --fix` would write: for each file of the report, its text with the fixes
 * that need no person's judgement applied (an unused disable comment removed, a misspelt key with
 * one close candidate renamed), never a sum. A file whose text changed since it was checked is left
 * alone: its fixes were worked out for other text.
 */
export async function safeFixes(report: ValidationReport, cwd: string, skip: (file: string) => boolean = () => false): Promise<FixedPlan[]> {
  const fixed: FixedPlan[] = [];
  for (const file of report.files) {
    const safe = file.diagnostics.filter((d) => d.fix?.safe);
    if (safe.length === 0 || skip(file.file)) continue;
    const absolute = resolve(cwd, file.file);
    const text = await readFile(absolute, 'utf8').catch(() => undefined);
    if (text === undefined || (file.text !== undefined && file.text !== text)) continue;
    const result = applyFixes(text, safe.map((d) => d.fix!));
    const applied = result.applied.map((fix) => ({ diagnostic: safe.find((d) => d.fix === fix)!, before: spanText(text, fix), after: fix.text }));
    if (result.text !== text) fixed.push({ file: file.file, absolute, text: result.text, applied });
  }
  return fixed;
}
