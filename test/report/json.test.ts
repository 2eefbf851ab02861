import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/index.js';
import { broken, fileReport, reportOf, seed } from './report-fixtures.js';

describe('json', () => {
  it('is one object per file with its diagnostics, and a summary', () => {
    const output = JSON.parse(formatReport(reportOf(fileReport(broken, 'plans/a.yaml'), fileReport(seed, 'plans/ok.yaml')), 'json'));
    expect(output.summary).toEqual({ files: 2, errors: 2, warnings: 1, filesWithErrors: 1 });
    expect(output.files.map((f: { file: string }) => f.file)).toEqual(['plans/a.yaml', 'plans/ok.yaml']);
    expect(output.files[1]).toEqual({ file: 'plans/ok.yaml', kind: 'kompetensstegen-d', diagnostics: [] });
    expect(output.files[0].diagnostics[1]).toEqual({
      ruleId: 'budget/sum-mismatch',
      severity: 'error',
      message: expect.stringContaining('1 835 001'),
      hint: 'Write 1 835 001, or correct the row that is wrong.',
      line: 94,
      column: 13,
      endLine: 94,
      endColumn: 22,
      pointer: '/budget/supportSought/total/0',
    });
  });
});
