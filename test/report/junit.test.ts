import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/index.js';
import { awkward, broken, fileReport, reportOf, seed } from './report-fixtures.js';

interface Case { '@_name': string; '@_classname': string; failure?: { '@_type': string; '@_message': string; '#text': string }; 'system-out'?: string }
interface Suite { '@_name': string; '@_tests': string; '@_failures': string; testcase: Case[] }

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testsuite' || name === 'testcase', trimValues: false, processEntities: true, htmlEntities: true });

function junitOf(...files: Parameters<typeof reportOf>) {
  const xml = formatReport(reportOf(...files), 'junit', { color: false, root: '/repo' });
  expect(XMLValidator.validate(xml)).toBe(true);
  return { xml, suites: (parser.parse(xml) as { testsuites: { '@_tests': string; '@_failures': string; testsuite: Suite[] } }).testsuites };
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
      ['schema/unknown-key at /remark', 'plans/a'],
      ['budget/sum-mismatch at /budget/supportSought/total/0', 'plans/a'],
      ['contact/reachable at /contact', 'plans/a'],
    ]);
    const failure = bad!.testcase[1]!.failure!;
    expect(failure['@_type']).toBe('budget/sum-mismatch');
    expect(failure['@_message']).toMatch(/1 835 001/);
    expect(failure['#text']).toMatch(/^plans\/a\.yaml:94:13: /);
    // A warning does not fail the check, so it does not fail the test case; its text is in the output.
    expect(bad!.testcase[2]!.failure).toBeUndefined();
    expect(bad!.testcase[2]!['system-out']).toMatch(/^warning: plans\/a\.yaml:104:1: /);

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
    expect(testcase.failure!['@_message']).toBe(message.replace('\u0007', '\uFFFD'));
    expect(testcase.failure!['#text']).toContain('line two \uFFFD ]]> end');
  });
});
