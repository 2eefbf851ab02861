import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/index.js';
import { awkward, broken, fileReport, reportOf, seed } from './report-fixtures.js';

interface Outcome { '@_type': string; '@_message': string; '#text': string }
interface Case { '@_name': string; '@_classname': string; failure?: Outcome; skipped?: Outcome; [key: string]: unknown }
interface Suite { '@_name': string; '@_tests': string; '@_failures': string; '@_skipped': string; '@_file': string; testcase: Case[]; [key: string]: unknown }

/**
 * What the strict schema of Jenkins' xUnit plugin (junit-10.xsd) allows, as its attribute and
 * element lists: a report with anything else is refused there.
 */
const XUNIT = {
  testsuites: ['name', 'time', 'tests', 'failures', 'errors'],
  testsuite: ['name', 'tests', 'failures', 'errors', 'group', 'time', 'skipped', 'timestamp', 'hostname', 'id', 'package', 'file', 'log', 'url'],
  testsuiteChildren: ['testsuite', 'properties', 'testcase', 'system-out', 'system-err'],
  testcase: ['name', 'time', 'classname', 'group'],
  testcaseChildren: ['skipped', 'error', 'failure', 'rerunFailure', 'rerunError', 'flakyFailure', 'flakyError', 'system-out', 'system-err'],
  outcome: ['type', 'message'],
};
const attributes = (node: object) => Object.keys(node).filter((key) => key.startsWith('@_')).map((key) => key.slice(2));
const children = (node: object) => Object.keys(node).filter((key) => !key.startsWith('@_') && key !== '#text');

function expectStrictXunit(suites: { testsuite: Suite[] } & object): void {
  expect(attributes(suites).filter((name) => !XUNIT.testsuites.includes(name))).toEqual([]);
  for (const suite of suites.testsuite) {
    expect(attributes(suite).filter((name) => !XUNIT.testsuite.includes(name))).toEqual([]);
    expect(['name', 'tests', 'failures', 'errors'].filter((name) => !attributes(suite).includes(name))).toEqual([]);
    expect(children(suite).filter((name) => !XUNIT.testsuiteChildren.includes(name))).toEqual([]);
    for (const testcase of suite.testcase) {
      expect(attributes(testcase).filter((name) => !XUNIT.testcase.includes(name))).toEqual([]);
      expect(children(testcase).filter((name) => !XUNIT.testcaseChildren.includes(name))).toEqual([]);
      for (const outcome of [testcase.failure, testcase.skipped]) if (outcome) expect(attributes(outcome).filter((name) => !XUNIT.outcome.includes(name))).toEqual([]);
    }
  }
}

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testsuite' || name === 'testcase', trimValues: false, processEntities: true, htmlEntities: true });

function junitOf(...files: Parameters<typeof reportOf>) {
  const xml = formatReport(reportOf(...files), 'junit', { color: false, root: '/repo' });
  expect(XMLValidator.validate(xml)).toBe(true);
  const suites = (parser.parse(xml) as { testsuites: { '@_tests': string; '@_failures': string; testsuite: Suite[] } }).testsuites;
  expectStrictXunit(suites);
  return { xml, suites };
}

describe('junit', () => {
  it('is a test suite per file, a test case per problem named from rule and pointer, and a passing case for a clean file', () => {
    const { suites } = junitOf(fileReport(broken, '/repo/plans/a.yaml'), fileReport(seed, '/repo/plans/ok.yaml'));
    expect(suites['@_tests']).toBe('4');
    expect(suites['@_failures']).toBe('2');
    const [bad, ok] = suites.testsuite;
    expect(bad!['@_name']).toBe('plans/a.yaml');
    expect(bad!['@_tests']).toBe('3');
    expect(bad!['@_failures']).toBe('2');
    expect(bad!.testcase.map((c) => [c['@_name'], c['@_classname']])).toEqual([
      ['schema/unknown-key at /remark (line 70)', 'plans/a'],
      ['budget/sum-mismatch at /budget/supportSought/total/0 (line 94)', 'plans/a'],
      ['contact/reachable at /contact (line 104)', 'plans/a'],
    ]);
    expect(bad!['@_file']).toBe('plans/a.yaml');
    const failure = bad!.testcase[1]!.failure!;
    expect(failure['@_type']).toBe('budget/sum-mismatch');
    expect(failure['@_message']).toMatch(/^plans\/a\.yaml:94:13: .*1 835 001/);
    expect(failure['#text']).toMatch(/^plans\/a\.yaml:94:13: /);
    // A warning does not fail the check; GitLab lists a skipped case with its reason, where a passing case's output is not shown.
    expect(bad!.testcase[2]!.failure).toBeUndefined();
    expect(bad!['@_skipped']).toBe('1');
    expect(bad!.testcase[2]!.skipped!['@_message']).toMatch(/^warning: plans\/a\.yaml:104:1: /);
    expect(bad!.testcase[2]!.skipped!['#text']).toMatch(/^warning: plans\/a\.yaml:104:1: /);

    expect(ok!['@_name']).toBe('plans/ok.yaml');
    expect(ok!.testcase).toHaveLength(1);
    expect(ok!.testcase[0]!.failure).toBeUndefined();
  });

  it('escapes markup, quotes and line breaks, and drops characters XML cannot hold', () => {
    const message = 'a <b> & "c" \'d\'\nline two \u0007 ]]> end';
    const { xml, suites } = junitOf({ file: '/repo/x & <y>.yaml', diagnostics: [awkward('/repo/x.yaml', { message })] });
    expect(xml).not.toContain('\u0007');
    const testcase = suites.testsuite[0]!.testcase[0]!;
    expect(suites.testsuite[0]!['@_name']).toBe('x & <y>.yaml');
    expect(testcase.failure!['@_message']).toBe('x & <y>.yaml:3:5: ' + message.replace('\u0007', '\uFFFD'));
    expect(testcase.failure!['#text']).toContain('line two \uFFFD ]]> end');
  });

  it('is refused by the strict xUnit check when a test case carries a file, as the old report did', () => {
    const xml = formatReport(reportOf(fileReport(broken, '/repo/plans/a.yaml')), 'junit', { color: false, root: '/repo' }).replace('<testcase ', '<testcase file="plans/a.yaml" ');
    const suites = (parser.parse(xml) as { testsuites: { testsuite: Suite[] } }).testsuites;
    expect(() => expectStrictXunit(suites)).toThrow();
  });
});
