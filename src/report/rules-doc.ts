import { ruleAnchor, ruleHelpUrl } from './docs.js';
import type { RuleInfo } from './catalog.js';

/**
 * docs/rules.md: a section per rule the package's kinds can report, under the anchor SARIF's
 * helpUri points at (ruleHelpUrl), made from the catalog so that a new rule has its section
 * without anyone writing one (test/report/rules-doc.test.ts keeps the file in step).
 */
export function rulesMarkdown(catalog: readonly RuleInfo[]): string {
  const lines = [
    '# Rules',
    '',
    '<!-- Written from the rule catalog (src/report/catalog.ts); UPDATE_GOLDEN=1 npx vitest run test/report/rules-doc.test.ts rewrites it. -->',
    '',
    'Every problem `plan validate` reports names its rule. `.planrc.yaml` sets how each is reported',
    '(`rules: { <id>: off | warning | error }`), and `# plan-disable-next-line <id>` turns one off for a line.',
    'Rules a kind takes from the rule library are documented with the library in [kinds.md](kinds.md#rules).',
    '',
  ];
  for (const rule of catalog) {
    lines.push(`<a id="${ruleAnchor(rule.id)}"></a>`, '', `## ${rule.id}`, '');
    lines.push(rule.short, '');
    lines.push(`**What to do:** ${rule.help}`, '');
    lines.push(`Reported as ${rule.severity === 'error' ? 'an error' : 'a warning'} unless the configuration says otherwise.${rule.kinds ? ` Checked in plans of kind ${rule.kinds.map((kind) => `\`${kind}\``).join(', ')}.` : ''}`);
    if (rule.helpUri) lines.push('', `From the rule library: [${rule.helpUri.replace(/^.*#rule-/, '')}](${ruleHelpUrl(rule).replace(/^.*\/docs\//, '')}).`);
    lines.push('');
  }
  return lines.join('\n');
}
