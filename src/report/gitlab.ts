import { nodeCrypto } from '../core/hash.js';
import { relativeToRoot } from './paths.js';
import type { Formatter } from './types.js';

/**
 * GitLab's Code Quality report (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format):
 * a JSON array of issues, each with description, check_name, fingerprint, severity and
 * location.path / location.lines.begin, which the merge request shows beside the changed lines.
 * GitLab tells issues apart, and one pipeline's from the next, by fingerprint alone: it is made from
 * what stays put when lines are added above a problem (rule, repository-relative path, JSON pointer,
 * and the how-manieth such problem it is), so an unchanged problem is not reported as new.
 */
export const gitlab: Formatter = (report, { root, cwd }) => {
  const issues: GitLabIssue[] = [];
  for (const file of report.files) {
    const path = relativeToRoot(file.file, root, cwd) ?? file.file;
    const seen = new Map<string, number>();
    for (const d of file.diagnostics) {
      const key = `${d.ruleId}\u0000${path}\u0000${d.pointer}`;
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      issues.push({
        description: d.hint ? `${d.message} ${d.hint}` : d.message,
        check_name: d.ruleId,
        fingerprint: nodeCrypto().createHash('md5').update(`${key}\u0000${occurrence}`).digest('hex'),
        // Errors fail the check, warnings do not: GitLab's scale has more steps, and these two are its middle ones.
        severity: d.severity === 'error' ? 'major' : 'minor',
        location: { path, lines: { begin: d.line } },
      });
    }
  }
  return JSON.stringify(issues, null, 2) + '\n';
};

export interface GitLabIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number } };
}
