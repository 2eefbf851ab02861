import { MINUS_SIGN } from './money.js';
import { z } from 'zod';
import type { FieldMeta } from './fields.js';

/**
 * Result figures: points on a scale, people, months, per cent. Unlike amounts they may have
 * decimals ("16,6 månader") and be negative (a change). Reports write decimals with a comma; a
 * string that could be read two ways ("1.442": a thousand and more, or one and a bit) is refused
 * with how to write it. Sums and differences are worked out in whole units of the finest
 * decimal given, so that 17,7 − 16,6 is 1,1 and not 1,0999999.
 */

export type FigureProblem = { code: 'notANumber'; input: string } | { code: 'ambiguous'; input: string; thousands: string; decimal: string };
export type FigureResult = { ok: true; value: number } | { ok: false; problem: FigureProblem };

const MINUS = /^[-−–]/;

export function readFigure(input: unknown): FigureResult {
  if (typeof input === 'number') return Number.isFinite(input) ? { ok: true, value: input } : { ok: false, problem: { code: 'notANumber', input: String(input) } };
  if (typeof input !== 'string') return { ok: false, problem: { code: 'notANumber', input: '' } };
  const raw = input.trim();
  let text = raw.replace(/[\u00a0\u202f\u2009]/g, ' ');
  let sign = 1;
  if (MINUS.test(text)) {
    sign = -1;
    text = text.slice(1).trimStart();
  } else if (text.startsWith('+')) text = text.slice(1).trimStart();
  const whole = /^(\d{1,3}(?: \d{3})+|\d+)(?:,(\d+))?$/.exec(text);
  if (whole) return { ok: true, value: sign * Number(`${whole[1]!.replace(/ /g, '')}.${whole[2] ?? '0'}`) };
  // "16.6" is a decimal point; "1.442" could be a thousands separator as well.
  const point = /^(\d+)\.(\d+)$/.exec(text);
  if (point) {
    if (point[2]!.length === 3) return { ok: false, problem: { code: 'ambiguous', input: raw, thousands: (sign < 0 ? '-' : '') + point[1] + point[2], decimal: (sign < 0 ? '-' : '') + point[1] + ',' + point[2] } };
    return { ok: true, value: sign * Number(text) };
  }
  return { ok: false, problem: { code: 'notANumber', input: raw } };
}

/** A result figure in a plan: a YAML number or a number as Swedish reports write it. */
export function figure(meta: FieldMeta) {
  return z
    .union([z.number(), z.string()], { error: 'figure.notANumber' })
    .transform((input, ctx) => {
      const result = readFigure(input);
      if (result.ok) return result.value;
      const { code, ...params } = result.problem;
      ctx.addIssue({ code: 'custom', message: `figure.${code}`, params, input });
      return z.NEVER;
    })
    .meta(meta);
}

function decimalsOf(value: number): number {
  const text = String(value);
  const point = text.indexOf('.');
  return point < 0 || /e/i.test(text) ? 0 : text.length - point - 1;
}

/** The sum of figures with each term's sign, exact to the finest decimal among them. */
export function combine(terms: readonly { value: number; sign: 1 | -1 }[]): number {
  const scale = 10 ** Math.max(0, ...terms.map((term) => decimalsOf(term.value)));
  return terms.reduce((sum, term) => sum + term.sign * Math.round(term.value * scale), 0) / scale;
}

export const sumFigures = (values: readonly number[]) => combine(values.map((value) => ({ value, sign: 1 as const })));
export const difference = (to: number, from: number) => combine([{ value: to, sign: 1 }, { value: from, sign: -1 }]);

/** "5 897", "16,6", "−1,6" (with the true minus, as amounts); with `signed`, "+1,1" for a rise. */
export function formatFigure(value: number, { signed = false }: { signed?: boolean } = {}): string {
  const [whole = '0', fraction] = Math.abs(value).toString().split('.');
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ') : whole;
  const body = fraction ? `${grouped},${fraction}` : grouped;
  if (value < 0) return MINUS_SIGN + body;
  return signed && value > 0 ? '+' + body : body;
}
