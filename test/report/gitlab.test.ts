import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/index.js';
import { broken, fileReport, reportOf, seed } from './report-fixtures.js';

/**
 * GitLab's Code Quality report format, as its documentation gives it
 * (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format): a JSON array of
 * issues, each with these fields; GitLab tells issues apart by fingerprint.
 */
const SEVERITIES = ['info', 'minor', 'major', 'critical', 'blocker'];
function expectDocumentedIssue(issue: Record<string, unknown>): void {
  expect(typeof issue.description).toBe('string');
  expect(issue.description).not.toBe('');
  expect(typeof issue.check_name).toBe('string');
  expect(issue.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  expect(SEVERITIES).toContain(issue.severity);
  const location = issue.location as { path: unknown; lines: { begin: unknown } };
  expect(typeof location.path).toBe('string');
  expect(location.path).not.toMatch(/^\//);
  expect(Number.isInteger(location.lines.begin) && (location.lines.begin as number) >= 1).toBe(true);
}

const gitlabOf = (...files: Parameters<typeof reportOf>) => JSON.parse(formatReport(reportOf(...files), 'gitlab', { color: false, root: '/repo' })) as Record<string, unknown>[];

describe('gitlab (Code Quality)', () => {
  it('is an issue per problem with the documented fields, repository-relative path and line', () => {
    const issues = gitlabOf(fileReport(broken, '/repo/plans/a.yaml'), fileReport(seed, '/repo/plans/ok.yaml'));
    expect(issues).toHaveLength(3);
    for (const issue of issues) expectDocumentedIssue(issue);
    const sum = issues.find((issue) => issue.check_name === 'budget/sum-mismatch')!;
    expect(sum).toMatchObject({ severity: 'major', location: { path: 'plans/a.yaml', lines: { begin: 94 } } });
    expect(sum.description).toMatch(/1 835 001/);
    expect(issues.find((issue) => issue.check_name === 'contact/reachable')!.severity).toBe('minor');
  });

  it('is an empty array when there are no problems, which GitLab reads as "no issues"', () => {
    expect(gitlabOf(fileReport(seed, '/repo/plans/ok.yaml'))).toEqual([]);
  });

  it('keeps fingerprints when lines are added above, and gives two problems of one rule different ones', () => {
    const fingerprints = (text: string) => gitlabOf(fileReport(text, '/repo/a.yaml')).map((issue) => issue.fingerprint);
    const before = fingerprints(broken);
    expect(fingerprints('# Utkast.\n# Granskas i maj.\n' + broken)).toEqual(before);
    expect(new Set(before).size).toBe(before.length);
    const twice = gitlabOf({ file: '/repo/a.yaml', diagnostics: [0, 1].map(() => fileReport(broken, '/repo/a.yaml').diagnostics[1]!) });
    expect(new Set(twice.map((issue) => issue.fingerprint)).size).toBe(2);
    // Another file, the same problem: another issue.
    expect(gitlabOf(fileReport(broken, '/repo/b.yaml'))[0]!.fingerprint).not.toBe(before[0]);
  });
});
