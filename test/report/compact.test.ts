import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/index.js';
import { awkward, broken, fileReport, reportOf, seed } from './report-fixtures.js';

describe('compact', () => {
  it('is one file:line:column line per problem, with severity, message, hint and rule, and the summary', () => {
    const report = fileReport(broken, 'plans/a.yaml');
    const lines = formatReport(reportOf(report, fileReport(seed, 'plans/ok.yaml')), 'compact').trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    const sum = report.diagnostics.find((d) => d.ruleId === 'budget/sum-mismatch')!;
    expect(lines).toContain(`plans/a.yaml:${sum.line}:${sum.column}: error: ${sum.message} ${sum.hint} (budget/sum-mismatch)`);
    expect(lines[2]).toMatch(/^plans\/a\.yaml:\d+:\d+: warning: .*\(contact\/reachable\)$/);
    expect(lines[3]).toBe('✖ 3 problems (2 errors, 1 warning) in 2 files');
  });

  it('keeps a message with line breaks on its one line', () => {
    const out = formatReport(reportOf({ file: 'a.yaml', diagnostics: [awkward('a.yaml')] }), 'compact');
    expect(out.split('\n')[0]).toMatch(/^a\.yaml:3:5: error: D\.7\.1: .*second line.*third: done Write 1 835 001, or correct the row\. \(budget\/sum-mismatch\)$/);
  });
});
