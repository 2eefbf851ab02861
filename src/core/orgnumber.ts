/**
 * Organisation numbers as the registers issue them, checked by their check digit so that a mistyped
 * digit is caught where the user types it rather than by the funder's case officer.
 * Swedish (Bolagsverket): ten digits, NNNNNN-NNNN, the last a Luhn (mod 10) check digit.
 * Norwegian (Brønnøysundregistrene): nine digits, the last a mod 11 check digit with weights 3 2 7 6 5 4 3 2.
 */
export type OrgCountry = 'SE' | 'NO';

export type OrgNumberProblem = { code: 'shape'; input: string; example: string } | { code: 'checkDigit'; input: string };
export type OrgNumberResult = { ok: true; value: string } | { ok: false; problem: OrgNumberProblem };

export const ORG_NUMBER_EXAMPLES: Record<OrgCountry, string> = { SE: '212000-0142', NO: '974 760 673' };

export function readOrgNumber(input: unknown, country: OrgCountry): OrgNumberResult {
  const text = typeof input === 'number' ? String(input) : typeof input === 'string' ? input.trim() : '';
  const example = ORG_NUMBER_EXAMPLES[country];
  // "SE556677-8899" and "NO 974 760 673 MVA" are how VAT registers print them; the number is the same.
  const bare = text.replace(/^(SE|NO)\s*/i, '').replace(/\s*(MVA|01)$/i, (suffix) => (country === 'NO' && /MVA/i.test(suffix) ? '' : suffix));
  const digits = bare.replace(/[\s-]/g, '');
  const shape = country === 'SE' ? /^\d{6}-?\d{4}$/.test(bare.replace(/\s/g, '')) : /^\d{3}\s?\d{3}\s?\d{3}$/.test(bare);
  if (!shape || !/^\d+$/.test(digits)) return { ok: false, problem: { code: 'shape', input: text, example } };
  const valid = country === 'SE' ? luhn(digits) : mod11(digits);
  return valid ? { ok: true, value: text } : { ok: false, problem: { code: 'checkDigit', input: text } };
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

function mod11(digits: string): boolean {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
  const rest = sum % 11;
  const check = rest === 0 ? 0 : 11 - rest;
  return check !== 10 && check === Number(digits[8]);
}
