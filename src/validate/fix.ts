import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import { applyFixes, spanText } from '../core/fix.js';
import { decodeSource } from '../core/source.js';
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
    const bytes = await fs.readFile(absolute).catch(() => undefined);
    // Decoded as the checker decodes it, so that its lines and columns hold; a byte-order mark is written back.
    if (bytes === undefined) continue;
    const decoded = decodeSource(bytes);
    if (!decoded.ok || (file.text !== undefined && file.text !== decoded.text)) continue;
    const text = decoded.text;
    const result = applyFixes(text, safe.map((d) => d.fix!));
    const applied = result.applied.map((fix) => ({ diagnostic: safe.find((d) => d.fix === fix)!, before: spanText(text, fix), after: fix.text }));
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\uFEFF' : '';
    if (result.text !== text) fixed.push({ file: file.file, absolute, text: bom + result.text, applied });
  }
  return fixed;
}
