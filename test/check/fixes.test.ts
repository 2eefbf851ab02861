import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/check.js';
import { settle } from '../../src/config/apply.js';
import { applyFixes, spanText } from '../../src/core/fix.js';
import { edited, example } from '../helpers/fixtures.js';

const seed = example('kompetensstegen-d');
const problems = (text: string) => {
  const result = checkText(text, 'plan.yaml');
  return settle(result);
};

describe('the fixes diagnostics carry', () => {
  it('a wrong sum offers the computed figure, written as the plan writes its figures, and never as safe', () => {
    const grouped = edited(seed, '[650 000, 650 000, 650 000]', '[650 001, 650 000, 650 000]');
    const sum = problems(grouped).find((d) => d.ruleId === 'budget/sum-mismatch')!;
    expect(spanText(grouped, sum.fix!)).toBe('1 835 000');
    expect(sum.fix).toMatchObject({ text: '1 835 001', safe: false });
    const esf = example('esf-ansokan');
    const digits = edited(esf, 'total: [1947500,', 'total: [1947501,');
    const bare = problems(digits).find((d) => d.ruleId === 'budget/sum-mismatch')!;
    expect(spanText(digits, bare.fix!)).toBe('1947501');
    expect(bare.fix!.text).toBe('1947500');
    // Applied, the plan is right again.
    expect(problems(applyFixes(digits, [bare.fix!]).text)).toEqual([]);
  });

  it('an unused rule in a comment that names two is taken out with its comma; the comment stays for the other', () => {
    const text = edited(seed, '    total: [1 835 000', '    # plan-disable-next-line budget/balance, budget/sum-mismatch\n    total: [1 835 000');
    const wrong = edited(text, '[650 000, 650 000, 650 000]', '[650 001, 650 000, 650 000]');
    const unused = problems(wrong).filter((d) => d.ruleId === 'plan/unused-disable');
    expect(unused.map((d) => d.message)).toEqual([expect.stringContaining('budget/balance')]);
    const fixed = applyFixes(wrong, [unused[0]!.fix!]).text;
    expect(fixed).toContain('\n    # plan-disable-next-line budget/sum-mismatch\n    total:');
    expect(problems(fixed)).toEqual([]);
  });

  it('a comment whose every rule is unused goes as a whole, whichever of its fixes is applied', () => {
    const text = edited(seed, '    total: [1 835 000', '    # plan-disable-next-line budget/balance, budget/sum-mismatch\n    total: [1 835 000');
    const unused = problems(text).filter((d) => d.ruleId === 'plan/unused-disable');
    expect(unused).toHaveLength(2);
    const both = applyFixes(text, unused.map((d) => d.fix!));
    expect(both.text).toBe(seed);
    expect(applyFixes(text, [unused[1]!.fix!]).text).toBe(seed);
  });
});
