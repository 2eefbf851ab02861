/**
 * Contact details as plans print them: telephone numbers and web addresses. Each is kept as the
 * user wrote it (a form prints "08-508 25 410", not "+46850825410"); reading only decides whether
 * it is well formed, and if not, says why in a way the message can explain.
 */

/** The country whose national numbering a number without a country code is read in. */
export type PhoneCountry = 'SE' | 'NO';

export type PhoneProblem =
  | { code: 'notAPhone'; input: string }
  /** A Swedish number without its area code ("508 25 410"): it cannot be dialled from elsewhere. */
  | { code: 'noAreaCode'; input: string }
  /** `tooFew`: digits are missing (a number cut short) rather than one too many. */
  | { code: 'digitCount'; input: string; count: number; expected: string; tooFew: boolean };

export type PhoneResult = { ok: true; value: string } | { ok: false; problem: PhoneProblem };

/** Examples of well-formed numbers, for messages that show how to write one. */
export const PHONE_EXAMPLES: Record<PhoneCountry, readonly string[]> = {
  SE: ['08-123 456 78', '070-123 45 67', '+46 8 123 456 78'],
  NO: ['62 46 80 00', '+47 62 46 80 00'],
};

/** Digits in groups separated by a space or a hyphen, optionally "+" and a country code first. */
const SHAPE = /^\+?\d+(?:(?:\s*-\s*|\s+)\d+)*$/;

export function readPhone(input: unknown, country: PhoneCountry = 'SE'): PhoneResult {
  const text = typeof input === 'number' ? String(input) : typeof input === 'string' ? input.replace(/[\s\u00a0]+/g, ' ').trim() : '';
  // "+46 (0)8-508 25 410" and "(08) 508 25 410": the trunk 0 after a country code is not dialled,
  // and an area code in parentheses is part of the number.
  const plain = text.replace(/^(\+\d+)\s*\(0\)\s*-?\s*/, '$1 ').replace(/^\((0\d{1,3})\)\s*/, '$1 ');
  if (!SHAPE.test(plain)) return { ok: false, problem: { code: 'notAPhone', input: text } };
  const digits = plain.replace(/\D/g, '');
  const international = text.startsWith('+') ? digits : digits.startsWith('00') ? digits.slice(2) : undefined;

  if (international !== undefined) {
    if (international.startsWith('0')) return { ok: false, problem: { code: 'notAPhone', input: text } };
    // After the country code, a Swedish number is its national number without the leading 0.
    if (international.startsWith('46')) return expectDigits(text, international.slice(2), 7, 9, '7–9', true);
    if (international.startsWith('47')) return expectDigits(text, international.slice(2), 8, 8, '8', true);
    // E.164: at most 15 digits with the country code; anything much shorter is not a full number.
    return expectDigits(text, international, 7, 15, '7–15', false);
  }
  if (country === 'NO') return digits.startsWith('0') ? { ok: false, problem: { code: 'notAPhone', input: text } } : expectDigits(text, digits, 8, 8, '8', false);
  if (!digits.startsWith('0')) return { ok: false, problem: { code: 'noAreaCode', input: text } };
  return expectDigits(text, digits, 8, 10, '8–10', false);
}

function expectDigits(text: string, digits: string, min: number, max: number, expected: string, noLeadingZero: boolean): PhoneResult {
  if (noLeadingZero && digits.startsWith('0')) return { ok: false, problem: { code: 'notAPhone', input: text } };
  if (digits.length < min || digits.length > max) return { ok: false, problem: { code: 'digitCount', input: text, count: digits.length, expected, tooFew: digits.length < min } };
  return { ok: true, value: text };
}

/**
 * A number as older documents print it, read by readPhone after two things real forms do: a slash
 * after the area code ("018/727 00 00", read as the hyphen it stands for), and a number cut short
 * after it ("018/"). A number cut short reads as too few digits rather than as no number, so that a
 * rule can warn about it rather than refuse it. The number is kept as written.
 */
export function readContactPhone(input: string, country: PhoneCountry = 'SE'): PhoneResult {
  const text = input.trim();
  const read = readPhone(text.replace(/^(\+?\d+)\s*\/\s*/, '$1-').replace(/\s*[-/]\s*$/, ''), country);
  return read.ok ? { ok: true, value: text } : { ok: false, problem: { ...read.problem, input: text } };
}

export type WebAddressResult = { ok: true; value: string } | { ok: false; problem: { code: 'notAWebAddress'; input: string } };

const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?';
/**
 * A host with a top-level domain of letters, then an optional port, path, query and fragment without
 * spaces. The scheme is spelt in either case rather than with the i flag: with it V8 closes every
 * \p{L} under case, which adds only U+0345 (a combining mark no host holds) and took milliseconds
 * to compile and run cold.
 */
const WEB_ADDRESS = new RegExp(`^(?:[hH][tT][tT][pP][sS]?://)?(?:${LABEL}\\.)+\\p{L}{2,63}\\.?(?::\\d{1,5})?(?:[/?#][^\\s]*)?$`, 'u');

/**
 * A web address as leaflets print it: "www.projektcarpe.se", "projektcarpe.se/om" or with
 * "http://" or "https://". Other schemes (mailto:, javascript:) and e-mail addresses are refused.
 */
export function readWebAddress(input: unknown): WebAddressResult {
  const text = typeof input === 'string' ? input.trim() : '';
  const host = /^(?:https?:\/\/)?([^/?#:]*)/i.exec(text)![1]!;
  // "www.projektcarpe" is a well-formed host name, but a printed address starting with "www." always has a domain after it.
  if (!WEB_ADDRESS.test(text) || (/^www\./i.test(host) && host.split('.').filter(Boolean).length < 3)) return { ok: false, problem: { code: 'notAWebAddress', input: text } };
  return { ok: true, value: text };
}

