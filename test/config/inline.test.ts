import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/check.js';
import { settle } from '../../src/config/apply.js';
import { edited, example, lineOf } from '../helpers/fixtures.js';

const seed = example('kompetensstegen-d');
const sumMismatch = edited(seed, '[650 000, 650 000, 650 000]', '[650 001, 650 000, 650 000]');

function problems(text: string, rules = {}) {
  return settle(checkText(text, 'plan.yaml', { lang: 'en' }), rules).map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}`);
}

describe('plan-disable-next-line comments', () => {
  const line = lineOf(sumMismatch, 'total: [1 835 000');

  it('remove only the named rule, only on the next line', () => {
    expect(problems(sumMismatch)).toEqual([`${line}:13 error budget/sum-mismatch`]);
    const twoAbove = sumMismatch.split('\n').toSpliced(line - 1, 0, '    # plan-disable-next-line budget/sum-mismatch', '    # spacer').join('\n');
    expect(problems(twoAbove)).toEqual([`${line}:30 warning plan/unused-disable`, `${line + 2}:13 error budget/sum-mismatch`]);
  });

  it('are not directives inside a block text, where "#" is part of the text', () => {
    const text = edited(sumMismatch, /^targetGroups: .*$/m, 'targetGroups: |\n  Anställda.\n  # plan-disable-next-line budget/sum-mismatch\n  Fler.');
    expect(problems(text)).toEqual([`${lineOf(text, 'total: [1 835 000')}:13 error budget/sum-mismatch`]);
  });

  it('work in a plan whose YAML is broken', () => {
    const text = 'kind: kompetensstegen-d\n# plan-disable-next-line yaml/duplicate-key\nkind: kompetensstegen-d\n';
    expect(problems(text).filter((p) => p.includes('yaml/'))).toEqual([]);
    expect(problems(text.replace('# plan-disable-next-line yaml/duplicate-key\n', '')).filter((p) => p.includes('yaml/'))).toEqual(['2:1 error yaml/duplicate-key']);
  });

  it('are found on every line they are on, whatever the lines around them hold', () => {
    // A comment that only mentions the word is not a directive; two directives in one file, a CRLF line, and one on the last line are.
    const lines = sumMismatch.split('\n');
    const withWord = lines.toSpliced(1, 0, '# see plan-disable-next-line in the README');
    const total = lineOf(withWord.join('\n'), 'total: [1 835 000');
    const text = withWord
      .toSpliced(total - 1, 0, '    # plan-disable-next-line budget/sum-mismatch\r')
      .toSpliced(3, 0, '# plan-disable-next-line budget/sum-mismatch')
      .concat(['# plan-disable-next-line budget/sum-mismatch'])
      .join('\n');
    expect(problems(text)).toEqual(['4:26 warning plan/unused-disable', `${text.split('\n').length}:26 warning plan/unused-disable`]);
  });

  it('apply after the configuration: a rule it turned off leaves the comment unused', () => {
    const text = sumMismatch.split('\n').toSpliced(line - 1, 0, '    # plan-disable-next-line budget/sum-mismatch').join('\n');
    expect(problems(text, { 'budget/sum-mismatch': 'off' })).toEqual([`${line}:30 warning plan/unused-disable`]);
    expect(problems(text, { 'budget/sum-mismatch': 'off', 'plan/unused-disable': 'off' })).toEqual([]);
  });
});
