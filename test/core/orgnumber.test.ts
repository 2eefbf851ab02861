import { describe, expect, it } from 'vitest';
import { readOrgNumber } from '../../src/core/orgnumber.js';

describe('organisation numbers, by their check digit', () => {
  it('accepts Swedish numbers as the registers print them, kept as written', () => {
    for (const input of ['212000-0142', '2120000142', 'SE212000-0142']) expect(readOrgNumber(input, 'SE')).toEqual({ ok: true, value: input });
  });

  it('refuses a Swedish number with one digit mistyped, and one of the wrong shape', () => {
    expect(readOrgNumber('212000-0143', 'SE')).toEqual({ ok: false, problem: { code: 'checkDigit', input: '212000-0143' } });
    expect(readOrgNumber('21200-0142', 'SE')).toMatchObject({ ok: false, problem: { code: 'shape' } });
    expect(readOrgNumber('974 760 673', 'SE')).toMatchObject({ ok: false, problem: { code: 'shape' } });
  });

  it('accepts Norwegian numbers (mod 11), with or without spaces and MVA, and refuses a mistyped one', () => {
    for (const input of ['974760673', '974 760 673', 'NO 974 760 673 MVA']) expect(readOrgNumber(input, 'NO').ok, input).toBe(true);
    expect(readOrgNumber('974 760 672', 'NO')).toMatchObject({ ok: false, problem: { code: 'checkDigit' } });
    expect(readOrgNumber(974760673, 'NO').ok).toBe(true);
  });
});
