/**
 * Amounts are whole currency units (kronor, kroner, euro). A user writes them as YAML integers or as
 * the strings Scandinavian plans use ("1 835 000", "kr 200 000", "kr. 200.000,-"). Anything that
 * could be read two ways ("200.000" is two hundred thousand in Norway and two hundred in English)
 * is refused with a message that shows how to write it, never guessed.
 */

import { UNKNOWN_MARK } from './partial.js';

export type AmountProblem =
  | { code: 'notAnAmount'; input: string }
  | { code: 'empty'; input: string }
  | { code: 'ambiguous'; input: string; value: number; plain: string }
  | { code: 'fraction'; input: string }
  | { code: 'negative'; input: string }
  | { code: 'tooLarge'; input: string }
  | { code: 'badGrouping'; input: string; value: number; plain: string }
  | { code: 'leadingZero'; input: string; value: number; plain: string };

export type AmountResult = { ok: true; value: number } | { ok: false; problem: AmountProblem };

/** A trillion units: far above any project budget, and low enough that sums stay exact. */
export const MAX_AMOUNT = 999_999_999_999;

export interface AmountOptions {
  allowNegative?: boolean;
}

const SPACES = /[\u00a0\u202f\u2009\u2007]/g;
const CURRENCY_PREFIX = /^(kr\.?|sek|nok|eur|€)\s*/i;
const CURRENCY_SUFFIX = /\s*(kr\.?|kronor|kroner|sek|nok|eur|euro|€)$/i;
/** ",-" and ":-" say "no decimals", which makes a "." before them a thousands separator. */
const NO_DECIMALS_SUFFIX = /\s*[,:.]-$/;
/** Digits in groups of three after the first, one space between. */
const GROUPED = /^\d{1,3}( \d{3})+$/;

export function readAmount(input: unknown, options: AmountOptions = {}): AmountResult {
  if (typeof input === 'number') return checkInteger(input, String(input), options);
  if (typeof input === 'bigint') return checkInteger(Number(input), String(input), options);
  if (typeof input !== 'string') return fail({ code: 'notAnAmount', input: describeInput(input) });
  return readAmountString(input, options);
}

function readAmountString(raw: string, options: AmountOptions): AmountResult {
  const input = raw.trim();
  if (input === '') return fail({ code: 'empty', input });
  // Most amounts are written "1 835 000": nothing below changes such a text, and it is read as the
  // grouped digits below read it, without the searches for other spaces, signs and currencies.
  if (GROUPED.test(input)) return checkInteger(Number(input.replace(/ /g, '')), input, options);
  let text = input.replace(SPACES, ' ').replace(/\s+/g, ' ');
  let sign = 1;
  if (/^[-−–]/.test(text)) {
    sign = -1;
    text = text.slice(1).trimStart();
  }
  text = text.replace(CURRENCY_PREFIX, '');
  let noDecimals = false;
  for (;;) {
    const before = text;
    if (NO_DECIMALS_SUFFIX.test(text)) {
      noDecimals = true;
      text = text.replace(NO_DECIMALS_SUFFIX, '');
    }
    text = text.replace(CURRENCY_SUFFIX, '');
    if (text === before) break;
  }
  text = text.trim();
  if (text === '') return fail({ code: 'notAnAmount', input });

  const withSign = (value: number): AmountResult => checkInteger(sign * value, input, options);

  if (/^\d+$/.test(text)) {
    const value = Number(text);
    if (text.length > 1 && text.startsWith('0')) return fail({ code: 'leadingZero', input, value, plain: String(value) });
    return withSign(value);
  }
  if (GROUPED.test(text)) return withSign(Number(text.replace(/ /g, '')));
  if (/^\d+( \d+)+$/.test(text)) {
    const value = Number(text.replace(/ /g, ''));
    return fail({ code: 'badGrouping', input, value, plain: String(value) });
  }

  if (/^\d{1,3}(\.\d{3})+$/.test(text)) {
    const value = Number(text.replace(/\./g, ''));
    if (noDecimals) return withSign(value);
    return fail({ code: 'ambiguous', input, value, plain: String(value) });
  }
  if (/^\d{1,3}(,\d{3})+$/.test(text)) {
    const value = Number(text.replace(/,/g, ''));
    return fail({ code: 'ambiguous', input, value, plain: String(value) });
  }
  // A decimal part: allowed only when it is zero ("1 500,00"), since amounts are whole units.
  const decimal = /^(\d+|\d{1,3}(?: \d{3})+|\d{1,3}(?:\.\d{3})+)([,.])(\d{1,2})$/.exec(text);
  if (decimal) {
    const [, whole = '', separator, fraction = ''] = decimal;
    if (separator === '.' && whole.includes('.')) return fail({ code: 'notAnAmount', input });
    if (/^0+$/.test(fraction)) return withSign(Number(whole.replace(/[ .]/g, '')));
    return fail({ code: 'fraction', input });
  }
  return fail({ code: 'notAnAmount', input });
}

function checkInteger(value: number, input: string, options: AmountOptions): AmountResult {
  if (!Number.isFinite(value)) return fail({ code: 'notAnAmount', input });
  if (!Number.isInteger(value)) return fail({ code: 'fraction', input });
  if (Math.abs(value) > MAX_AMOUNT) return fail({ code: 'tooLarge', input });
  if (value < 0 && !options.allowNegative) return fail({ code: 'negative', input });
  return { ok: true, value: value === 0 ? 0 : value };
}

function fail(problem: AmountProblem): AmountResult {
  return { ok: false, problem };
}

function describeInput(input: unknown): string {
  if (input === null || input === undefined) return String(input);
  if (typeof input === 'object') return Array.isArray(input) ? '[…]' : '{…}';
  return String(input);
}

/**
 * "1 835 000": the form both Swedish and Norwegian plans print, with a plain space; "−27 650" with
 * the true minus sign, as the language's number format writes it, so that every figure in a
 * document has the same minus (the amount reader accepts it back, as it does a hyphen).
 */
export function formatAmount(value: number): string {
  // A figure that cannot be worked out (a sum over an invalid cell) is shown as such, never as a number.
  if (Number.isNaN(value)) return UNKNOWN_MARK;
  const digits = Math.abs(value).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return value < 0 ? MINUS_SIGN + grouped : grouped;
}

export const MINUS_SIGN = '\u2212';

/**
 * The sum of the given amounts, or null when none is given (the form prints an empty cell). Each
 * amount is below MAX_AMOUNT, so a sum is exact unless a table has thousands of maximal rows;
 * `isExactSum` lets a caller say so rather than compare inexact figures.
 */
export function sumAmounts(values: readonly (number | null | undefined)[]): number | null {
  let total: number | null = null;
  for (const value of values) {
    if (value === null || value === undefined) continue;
    total = (total ?? 0) + value;
  }
  return total;
}

export function isExactSum(total: number | null): boolean {
  return total === null || Number.isSafeInteger(total);
}
