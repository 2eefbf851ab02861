import AjvModule from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { formatReport, ruleCatalog } from '../../src/report/index.js';
import { ROOT } from '../helpers/fixtures.js';
import { awkward, broken, fileReport, reportOf, seed } from './report-fixtures.js';

// Both are CommonJS with a `default` export, which NodeNext types as the module object.
const Ajv = AjvModule.default;
const addFormats = addFormatsModule.default;

const schema = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8'));
// The schema's language-tag pattern is not valid as a Unicode regular expression; JSON Schema draft-04 does not ask for one.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

const root = '/repo';
function sarifOf(...files: Parameters<typeof reportOf>): Log {
  return JSON.parse(formatReport(reportOf(...files), 'sarif', { color: false, root })) as Log;
}

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema for a plan with errors and warnings', () => {
    const output = sarifOf(fileReport(broken, '/repo/plans/a.yaml'), fileReport(seed, '/repo/plans/ok.yaml'));
    const valid = validateSarif(output);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(output.version).toBe('2.1.0');
    expect(output.runs[0]!.results!.map((r) => [r.ruleId, r.level])).toEqual([
      ['schema/unknown-key', 'error'],
      ['budget/sum-mismatch', 'error'],
      ['contact/reachable', 'warning'],
    ]);
  });

  it('is checked by a schema that refuses what SARIF does not allow', () => {
    const output = sarifOf(fileReport(broken, '/repo/plans/a.yaml')) as unknown as { runs: { results: { level: string }[] }[] };
    output.runs[0]!.results[0]!.level = 'fatal';
    expect(validateSarif(output)).toBe(false);
  });

  it('still validates when a message holds characters JSON must escape and a file lies outside the root', () => {
    const output = sarifOf({ file: '/elsewhere/b.yaml', diagnostics: [awkward('/elsewhere/b.yaml')] });
    expect(validateSarif(output)).toBe(true);
    expect(output.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation).toEqual({ uri: 'file:///elsewhere/b.yaml' });
    expect(output.runs[0]!.results![0]!.message.text).toBe('D.7.1: 100% of "x, y" <b>&</b>\nsecond line\r\nthird: done\nWrite 1 835 001, or correct the row.');
  });

  it('lists every rule of the catalog with its descriptions, help and default level', () => {
    const rules = sarifOf(fileReport(seed, '/repo/ok.yaml')).runs[0]!.tool.driver.rules!;
    expect(rules.map((r) => r.id)).toEqual(ruleCatalog().map((r) => r.id));
    const sum = rules.find((r) => r.id === 'budget/sum-mismatch')!;
    expect(sum.shortDescription!.text).toMatch(/sum/);
    expect(sum.fullDescription!.text).toBeTruthy();
    expect(sum.help!.text).toMatch(/\.planrc\.yaml/);
    expect(rules.find((r) => r.id === 'contact/reachable')!.defaultConfiguration!.level).toBe('warning');
  });

  it('gives each result its rule index, a repository-relative location and the problem\'s span', () => {
    const report = fileReport(broken, '/repo/plans/a.yaml');
    const run = sarifOf(report).runs[0]!;
    const sum = run.results!.find((r) => r.ruleId === 'budget/sum-mismatch')!;
    expect(run.tool.driver.rules![sum.ruleIndex!]!.id).toBe('budget/sum-mismatch');
    const d = report.diagnostics.find((x) => x.ruleId === 'budget/sum-mismatch')!;
    expect(sum.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'plans/a.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
    });
    expect(run.originalUriBaseIds!['%SRCROOT%']!.uri).toBe('file:///repo/');
  });

  it('percent-encodes a path with spaces and non-ASCII letters in the URI', () => {
    const run = sarifOf({ file: '/repo/planer/ansökan 2007.yaml', diagnostics: [awkward('x')] }).runs[0]!;
    expect(run.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('planer/ans%C3%B6kan%202007.yaml');
  });

  it('keeps fingerprints when lines are added above a problem, so code scanning does not see a new alert', () => {
    const fingerprints = (text: string) => sarifOf(fileReport(text, '/repo/a.yaml')).runs[0]!.results!.map((r) => r.partialFingerprints);
    const before = fingerprints(broken);
    const after = fingerprints('# Utkast, granskas i maj.\n# Andra stycket.\n' + broken);
    expect(after).toEqual(before);
    expect(new Set(before.map((f) => JSON.stringify(f))).size).toBe(before.length);
  });

  it('names a rule it does not know as a rule of its own rather than dropping the result', () => {
    const output = sarifOf({ file: '/repo/a.yaml', diagnostics: [awkward('/repo/a.yaml', { ruleId: 'newkind/dynamic-check' })] });
    expect(validateSarif(output)).toBe(true);
    const run = output.runs[0]!;
    expect(run.tool.driver.rules![run.results![0]!.ruleIndex!]!.id).toBe('newkind/dynamic-check');
  });

  it('names where the tool and each rule are documented: absolute addresses in the repository package.json names', () => {
    const driver = sarifOf(fileReport(broken, '/repo/plans/a.yaml')).runs[0]!.tool.driver;
    const { repository } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { repository: { url: string } };
    const repo = repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    expect(driver.informationUri).toBe(repo);
    for (const rule of driver.rules!) expect(rule.helpUri, rule.id).toMatch(new RegExp(`^${repo.replace(/[.]/g, '\\.')}/blob/main/docs/(rules|kinds)\\.md#rule-[a-z0-9-]+$`));
    expect(driver.rules!.find((r) => r.id === 'budget/sum-mismatch')!.helpUri).toMatch(/docs\/rules\.md#rule-budget-sum-mismatch$/);
    // A rule the kind file took from the rule library: the library's section.
    const library = ruleCatalog().find((rule) => rule.helpUri)!;
    expect(driver.rules!.find((r) => r.id === library.id)!.helpUri).toMatch(/docs\/kinds\.md#rule-/);
  });

  it('gives each rule its own help text rather than one for all', () => {
    const rules = sarifOf(fileReport(seed, '/repo/ok.yaml')).runs[0]!.tool.driver.rules!;
    const texts = rules.map((rule) => rule.help!.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(rules.find((r) => r.id === 'budget/sum-mismatch')!.help!.text).toMatch(/plan budget/);
  });
});

