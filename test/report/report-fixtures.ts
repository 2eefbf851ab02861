import { checkText } from '../../src/check/check.js';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import type { FileReport, ValidationReport } from '../../src/report/index.js';
import { edited, example } from '../helpers/fixtures.js';

export const seed = example('kompetensstegen-d');

/** The example with a wrong stated sum, a key the form does not have and no way to reach its contact: two errors and a warning. */
export const broken = [
  (text: string) => edited(text, '[650 000, 650 000, 650 000]', '[650 001, 650 000, 650 000]'),
  (text: string) => edited(text, /^targetGroups:/m, 'remark: utkast\ntargetGroups:'),
  (text: string) => edited(text, /^  phone: .*\n/m, ''),
  (text: string) => edited(text, /^  email: .*\n/m, ''),
].reduce((text, edit) => edit(text), seed);

export function fileReport(text: string, file: string): FileReport {
  const result = checkText(text, file, { lang: 'en' });
  return { file, ...(result.kind ? { kind: result.kind.id } : {}), diagnostics: result.diagnostics, text };
}

export function reportOf(...files: FileReport[]): ValidationReport {
  return { files, lang: 'en' };
}

/** A problem whose message holds every character the formats must escape. */
export function awkward(file: string, overrides: Partial<Diagnostic> = {}): Diagnostic {
  return {
    ruleId: 'budget/sum-mismatch',
    severity: 'error',
    message: 'D.7.1: 100% of "x, y" <b>&</b>\nsecond line\r\nthird: done',
    hint: 'Write 1 835 001, or correct the row.',
    file,
    pointer: '/budget/supportSought/total/0',
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 14,
    ...overrides,
  };
}
