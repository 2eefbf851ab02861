import { nodeCrypto } from '../core/hash.js';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Span } from '../core/diagnostic.js';
import { ruleCatalog, type RuleInfo } from './catalog.js';
import { manifest } from '../core/package.js';
import { repositoryUrl, ruleHelpUrl } from './docs.js';
import { fileUri, folderUri, relativeToRoot, relativeUri } from './paths.js';
import type { Formatter } from './types.js';


const SRCROOT = '%SRCROOT%';
/** Our own fingerprint, from what stays put when lines move: the rule, the file and the JSON pointer. */
const FINGERPRINT = 'planProblem/v1';

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: the tool with every rule it can report, and a
 * result per problem at a repository-relative location.
 */
export const sarif: Formatter = (report, { root = process.cwd(), cwd, catalog: rulesOf }) => {
  const catalog = rulesOf?.() ?? ruleCatalog();
  const rules: ReportingDescriptor[] = catalog.map(descriptor);
  const ruleIndex = new Map(catalog.map((rule, index) => [rule.id, index]));
  const indexOf = (ruleId: string): number => {
    let index = ruleIndex.get(ruleId);
    if (index === undefined) {
      // Reported but not in the catalog (a kind's dynamic message id): still a rule, so the result can name it.
      index = rules.push({ id: ruleId, shortDescription: { text: ruleId }, helpUri: ruleHelpUrl({ id: ruleId }) }) - 1;
      ruleIndex.set(ruleId, index);
    }
    return index;
  };

  const results: Result[] = [];
  for (const file of report.files) {
    const relative = relativeToRoot(file.file, root, cwd);
    const artifactLocation = relative !== undefined ? { uri: relativeUri(relative), uriBaseId: SRCROOT } : { uri: fileUri(file.file, cwd) };
    const seen = new Map<string, number>();
    for (const d of file.diagnostics) {
      const key = `${d.ruleId}\u0000${relative ?? file.file}\u0000${d.pointer}`;
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      results.push({
        ruleId: d.ruleId,
        ruleIndex: indexOf(d.ruleId),
        level: d.severity,
        message: { text: d.hint ? `${d.message}\n${d.hint}` : d.message },
        locations: [{ physicalLocation: { artifactLocation, region: region(d) }, ...(d.pointer ? { logicalLocations: [{ fullyQualifiedName: d.pointer, kind: 'member' }] } : {}) }],
        partialFingerprints: { [FINGERPRINT]: `${hash(key)}:${occurrence}` },
      });
    }
  }

  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'plan', informationUri: repositoryUrl(), semanticVersion: manifest().version, version: manifest().version, rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: folderUri(root) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

function descriptor(rule: RuleInfo): ReportingDescriptor {
  const helpUri = ruleHelpUrl(rule);
  const configure = `To change how this rule is reported, set "rules: { ${rule.id}: off | warning | error }" in .planrc.yaml.`;
  return {
    id: rule.id,
    shortDescription: { text: rule.short },
    fullDescription: { text: rule.full },
    helpUri,
    help: { text: `${rule.help} ${configure}`, markdown: `${rule.help} ${configure} [More about ${rule.id}](${helpUri}).` },
    defaultConfiguration: { level: rule.severity },
    properties: { tags: [rule.id.split('/')[0]!] },
  };
}

/** SARIF's end column is exclusive, as ours is; an empty span is widened to one character so that viewers can mark it. */
function region(span: Span): { startLine: number; startColumn: number; endLine: number; endColumn: number } {
  const endLine = Math.max(span.endLine, span.line);
  const endColumn = endLine === span.line ? Math.max(span.endColumn, span.column + 1) : Math.max(span.endColumn, 1);
  return { startLine: span.line, startColumn: span.column, endLine, endColumn };
}

function hash(text: string): string {
  return nodeCrypto().createHash('sha256').update(text).digest('hex').slice(0, 32);
}
