import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/index.js';
import { awkward, broken, fileReport, reportOf, seed } from './report-fixtures.js';

/** The workflow-command syntax: `::command key=value,key=value::message`, on one line. */
const COMMAND = /^::(error|warning) ((?:[a-zA-Z]+=[^,:\r\n]*)(?:,[a-zA-Z]+=[^,:\r\n]*)*)::([^\r\n]*)$/;

function githubOf(...files: Parameters<typeof reportOf>): string {
  return formatReport(reportOf(...files), 'github', { color: false, root: '/repo' });
}

describe('github', () => {
  it('writes one workflow command per problem, with a repository-relative file and the span', () => {
    const output = githubOf(fileReport(broken, '/repo/plans/a.yaml'), fileReport(seed, '/repo/plans/ok.yaml'));
    const lines = output.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(COMMAND);
    expect(lines[1]).toMatch(/^::error file=plans\/a\.yaml,line=94,col=13,endLine=94,endColumn=22,title=budget\/sum-mismatch::D\.7\.1: .*1 835 001.*%0AWrite 1 835 001/);
    expect(lines[2]).toMatch(/^::warning file=plans\/a\.yaml,line=104,col=1,/);
  });

  it('escapes a message and its properties as the Actions toolkit does', () => {
    const line = githubOf({ file: '/repo/dir,with:odd%name.yaml', diagnostics: [awkward('x')] }).trimEnd();
    expect(line).toMatch(COMMAND);
    expect(line).toBe(
      '::error file=dir%2Cwith%3Aodd%25name.yaml,line=3,col=5,endLine=3,endColumn=14,title=budget/sum-mismatch' +
        '::D.7.1: 100%25 of "x, y" <b>&</b>%0Asecond line%0D%0Athird: done%0AWrite 1 835 001, or correct the row.',
    );
  });

  it('writes nothing for clean plans', () => {
    expect(githubOf(fileReport(seed, '/repo/ok.yaml'))).toBe('');
  });
});
