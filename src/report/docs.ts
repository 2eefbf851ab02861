import { createRequire } from 'node:module';

const manifest = createRequire(import.meta.url)('../../package.json') as { version: string; homepage?: string; repository?: string | { url?: string } };

/**
 * The project's public repository, from package.json's `repository` (else `homepage`): SARIF's
 * informationUri and every rule's helpUri point into it, so that a report read in a browser (code
 * scanning, GitLab) links to documentation that exists, whichever machine wrote the report.
 */
export const REPOSITORY_URL: string = repositoryUrl();

/** The version that wrote the report (SARIF's tool version). */
export const VERSION: string = manifest.version;

function repositoryUrl(): string {
  const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  const url = (repository ?? manifest.homepage ?? '').replace(/^git\+/, '').replace(/\.git$/, '').replace(/#.*$/, '');
  return url.replace(/\/$/, '');
}

/** A file of the repository's documentation as an absolute URL ("docs/rules.md#rule-x"); the default branch's, which always exists. */
export function docsUrl(path: string): string {
  return `${REPOSITORY_URL}/blob/main/${path}`;
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
  const github = /^https:\/\/github\.com\/([^/]+)\/([^/]+)$/.exec(REPOSITORY_URL);
  return github ? `https://raw.githubusercontent.com/${github[1]}/${github[2]}/v${VERSION}/${path}` : undefined;
}
