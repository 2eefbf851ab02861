import { once } from '../core/once.js';
import { manifest } from '../core/package.js';

/**
 * The project's public repository, from package.json's `repository` (else `homepage`): SARIF's
 * informationUri and every rule's helpUri point into it, so that a report read in a browser (code
 * scanning, GitLab) links to documentation that exists, whichever machine wrote the report.
 */
export const repositoryUrl = once((): string => {
  const { repository, homepage } = manifest();
  const url = ((typeof repository === 'string' ? repository : repository?.url) ?? homepage ?? '').replace(/^git\+/, '').replace(/\.git$/, '').replace(/#.*$/, '');
  return url.replace(/\/$/, '');
});

/** A file of the repository's documentation as an absolute URL ("docs/rules.md#rule-x"); the default branch's, which always exists. */
export function docsUrl(path: string): string {
  return `${repositoryUrl()}/blob/main/${path}`;
}

/** The anchor of a rule's section in docs/rules.md: "budget/sum-mismatch" → "rule-budget-sum-mismatch". */
export function ruleAnchor(id: string): string {
  return 'rule-' + id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Where a rule is documented: its own helpUri (a rule-library rule's section in docs/kinds.md), else its section of docs/rules.md. */
export function ruleHelpUrl(rule: { id: string; helpUri?: string }): string {
  if (rule.helpUri) return /^https?:\/\//.test(rule.helpUri) ? rule.helpUri : docsUrl(rule.helpUri);
  return docsUrl(`docs/rules.md#${ruleAnchor(rule.id)}`);
}

/**
 * A file of the repository as published at this version's release tag (raw.githubusercontent.com
 * for a GitHub repository): an address that stays right wherever a plan is moved and however plan
 * was installed. Undefined for a repository elsewhere, whose raw files have no address we know.
 */
export function releaseFileUrl(path: string): string | undefined {
  const github = /^https:\/\/github\.com\/([^/]+)\/([^/]+)$/.exec(repositoryUrl());
  return github ? `https://raw.githubusercontent.com/${github[1]}/${github[2]}/v${manifest().version}/${path}` : undefined;
}
