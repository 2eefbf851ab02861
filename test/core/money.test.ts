import { describe, expect, it } from 'vitest';
import { formatAmount, readAmount, sumAmounts } from '../../src/core/money.js';

describe('readAmount', () => {
  it.each([
    [650000, 650000],
    ['1 835 000', 1835000],
    ['1\u00a0835\u00a0000', 1835000],
    ['kr 200 000', 200000],
    ['200 000 kr', 200000],
    ['kr. 200.000,-', 200000],
    ['1 500,00', 1500],
    ['0', 0],
  ])('reads %j as %d', (input, value) => {
    expect(readAmount(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['200.000', 'ambiguous'],
    ['200,000', 'ambiguous'],
    ['1 500,50', 'fraction'],
    [12.5, 'fraction'],
    ['-100', 'negative'],
    ['1 0000', 'badGrouping'],
    ['0100', 'leadingZero'],
    ['tusen kronor', 'notAnAmount'],
    ['9 999 999 999 999', 'tooLarge'],
    [true, 'notAnAmount'],
  ])('refuses %j (%s)', (input, code) => {
    const result = readAmount(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.code).toBe(code);
  });

  it('says how to write an ambiguous amount', () => {
    const result = readAmount('200.000');
    expect(result).toMatchObject({ ok: false, problem: { value: 200000, plain: '200000' } });
  });

  it('accepts a negative amount only where the caller allows it', () => {
    expect(readAmount('-100', { allowNegative: true })).toEqual({ ok: true, value: -100 });
  });
});

describe('formatAmount and sums', () => {
  it('groups thousands with spaces as Swedish and Norwegian forms do', () => {
    expect(formatAmount(1835000)).toBe('1 835 000');
    expect(formatAmount(999)).toBe('999');
  });

  it('sums the rows that have an amount and leaves an all-empty column empty', () => {
    expect(sumAmounts([650000, null, 975000, 150000, 60000])).toBe(1835000);
    expect(sumAmounts([null, undefined])).toBeNull();
  });
});

describe('an empty amount', () => {
  it('is reported as empty, not as something that is not an amount', () => {
    expect(readAmount('  ')).toEqual({ ok: false, problem: { code: 'empty', input: '' } });
  });
});
