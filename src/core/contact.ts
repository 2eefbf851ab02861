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

/** What a host name's character is: a letter (\p{L}), a number (\p{N}), a hyphen, or none of those. */
const LETTER = 1;
const NUMBER = 2;
const HYPHEN = 3;
const OTHER = 0;
/** Outside ASCII, learnt from the regular expressions the first time a character is seen. */
const hostCharKinds = new Map<number, number>();

function hostCharKind(code: number): number {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? LETTER : code >= 48 && code <= 57 ? NUMBER : code === 45 ? HYPHEN : OTHER;
  let kind = hostCharKinds.get(code);
  if (kind === undefined) {
    const char = String.fromCodePoint(code);
    kind = /^\p{L}$/u.test(char) ? LETTER : /^\p{N}$/u.test(char) ? NUMBER : OTHER;
    hostCharKinds.set(code, kind);
  }
  return kind;
}

/**
 * Whether the text is a host with a top-level domain of letters, then an optional port, path, query
 * and fragment without spaces: what
 * /^(?:https?:\/\/)?(?:LABEL\.)+\p{L}{2,63}\.?(?::\d{1,5})?(?:[/?#][^\s]*)?$/iu with LABEL
 * [\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])? matches (but for U+0345, which the i flag makes
 * a letter), told a character at a time: compiling that expression took 5 ms of the first run
 * that read an address. test/core/contact.test.ts holds the two to the same answers.
 */
function isWebAddress(text: string): boolean {
  const length = text.length;
  let p = /^https?:\/\//i.exec(text)?.[0].length ?? 0;
  // The host's labels: runs of letters, numbers and hyphens between dots, counted in code points.
  let labels = 0;
  let topLevel = false;
  for (;;) {
    let count = 0;
    let first = OTHER;
    let last = OTHER;
    let lettersOnly = true;
    while (p < length) {
      const code = text.codePointAt(p)!;
      const kind = hostCharKind(code);
      if (kind === OTHER) break;
      if (count === 0) first = kind;
      last = kind;
      if (kind !== LETTER) lettersOnly = false;
      count++;
      p += code > 0xffff ? 2 : 1;
    }
    // A label is 1 to 63 long and begins and ends with a letter or a number.
    if (count === 0 || count > 63 || first === HYPHEN || last === HYPHEN) return false;
    labels++;
    // The last is the top-level domain: letters only, at least two.
    topLevel = lettersOnly && count >= 2;
    if (text.charCodeAt(p) !== 46 /* . */) break;
    p++;
    // A dot that no label follows ends the host ("www.exempel.se.").
    if (p >= length || hostCharKind(text.codePointAt(p)!) === OTHER) break;
  }
  if (labels < 2 || !topLevel) return false;
  if (text.charCodeAt(p) === 58 /* : */) {
    const digits = /^\d{1,5}/.exec(text.slice(p + 1))?.[0].length ?? 0;
    if (digits === 0) return false;
    p += 1 + digits;
  }
  if (p === length) return true;
  // A path, query or fragment: anything without white space.
  const c = text.charCodeAt(p);
  return (c === 47 || c === 63 || c === 35) && !/\s/.test(text.slice(p + 1));
}

/**
 * A web address as leaflets print it: "www.projektcarpe.se", "projektcarpe.se/om" or with
 * "http://" or "https://". Other schemes (mailto:, javascript:) and e-mail addresses are refused.
 */
export function readWebAddress(input: unknown): WebAddressResult {
  const text = typeof input === 'string' ? input.trim() : '';
  const host = /^(?:https?:\/\/)?([^/?#:]*)/i.exec(text)![1]!;
  // "www.projektcarpe" is a well-formed host name, but a printed address starting with "www." always has a domain after it.
  if (!isWebAddress(text) || (/^www\./i.test(host) && host.split('.').filter(Boolean).length < 3)) return { ok: false, problem: { code: 'notAWebAddress', input: text } };
  return { ok: true, value: text };
}

