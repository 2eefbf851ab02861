import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, readDate, readDateCell, MAX_DATE_LENGTH } from '../../src/core/dates.js';
import { parsePlanText } from '../../src/core/load.js';
import { formatAmount, MAX_AMOUNT, readAmount } from '../../src/core/money.js';
import { createTranslator, LANGS } from '../../src/i18n/index.js';

// fast-check 4 has no fullUnicodeString: strings of any code point are string({ unit: 'binary' }).
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));
/** Text made of the pieces dates are made of, so that the readers' deeper branches are reached. */
const datePieces = fc
  .array(
    fc.oneof(
      fc.constantFrom('1', '15', '28.', '31', '070515', '2007', '2008/09', '05/06/07', '1/10', '-', '–', ',', '.', ' ', '/'),
      fc.constantFrom('maj', 'mai', 'sept.', 'februari', 'hösten', 'vinteren', 'årsskiftet', 'Q3', 'kvartal', 'tredje', 'halvår', 'medio', 'ultimo', 'i slutet av'),
      fc.constantFrom('Klart', 'Pågår', 'påbörjas', 'Planlagt', 'innen', 'senast', 'på två enheter'),
      fc.integer({ min: 0, max: 99999999 }).map(String),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(' '));
const lang = fc.constantFrom(...LANGS);

function isResult(result: unknown): boolean {
  if (typeof result !== 'object' || result === null) return false;
  const r = result as { ok?: unknown; value?: unknown; problem?: { code?: unknown; input?: unknown } };
  if (r.ok === true) return typeof r.value === 'object' && r.value !== null;
  return r.ok === false && typeof r.problem?.code === 'string' && typeof r.problem.input === 'string';
}

describe('the date readers never throw', () => {
  for (const [name, read] of [['readDate', readDate], ['readDateCell', readDateCell]] as const) {
    it(`${name} returns a date or a problem for any value`, () => {
      fc.assert(fc.property(fc.anything(), lang, (input, l) => isResult(read(input, l))));
    });

    it(`${name} returns a date or a problem for any text`, () => {
      fc.assert(fc.property(fc.oneof(anyText, datePieces), lang, (input, l) => isResult(read(input, l))), { numRuns: 500 });
    });
  }

  it('every span it reads starts no later than it ends', () => {
    fc.assert(
      fc.property(datePieces, lang, (input, l) => {
        const result = readDateCell(input, l);
        return !result.ok || !result.value.span || result.value.span.from <= result.value.span.to;
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses text longer than the limit without reading it', () => {
    fc.assert(
      fc.property(fc.string({ minLength: MAX_DATE_LENGTH + 1, maxLength: 2000 }).filter((s) => s.trim().length > MAX_DATE_LENGTH), (input) => {
        const result = readDate(input, 'sv');
        return !result.ok && result.problem.code === 'tooLong';
      }),
    );
  });
});

describe('a written day reads back as the same day', () => {
  const day = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

  it('in every language, from ISO and from the written form', () => {
    fc.assert(
      fc.property(day, lang, (iso, l) => {
        const written = formatDate(iso, l);
        const read = readDate(written, l);
        expect(read).toMatchObject({ ok: true, value: { span: { from: iso, to: iso }, exact: true } });
        expect(readDate(iso, l)).toMatchObject({ ok: true, value: { span: { from: iso, to: iso } } });
        expect(readDate(iso.replace(/-/g, ''), l)).toMatchObject({ ok: true, value: { span: { from: iso, to: iso } } });
      }),
    );
  });
});

describe('readAmount never throws, and reads what formatAmount writes', () => {
  it('returns an amount or a problem for any value', () => {
    const isAmountResult = (result: ReturnType<typeof readAmount>) =>
      result.ok ? Number.isSafeInteger(result.value) && Math.abs(result.value) <= MAX_AMOUNT : typeof result.problem.code === 'string' && typeof result.problem.input === 'string';
    fc.assert(fc.property(fc.anything(), (input) => isAmountResult(readAmount(input))));
    fc.assert(fc.property(fc.oneof(anyText, fc.double(), fc.bigInt()), fc.boolean(), (input, allowNegative) => isAmountResult(readAmount(input, { allowNegative }))));
  });

  it('reads every formatted amount back exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_AMOUNT }), (value) => {
        expect(readAmount(formatAmount(value))).toEqual({ ok: true, value });
        expect(readAmount(String(value))).toEqual({ ok: true, value });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the loader never throws', () => {
  const t = createTranslator('en');
  const yamlish = fc
    .array(fc.oneof(anyText, fc.constantFrom('kind: x', 'a:', '  - ', '"', "'", '---', '&a', '*a', '\t', '{', '[', '#', ': ', '\n', '\r\n', '\u0000', '\ufeff')), { maxLength: 20 })
    .map((parts) => parts.join(''));

  it('returns a source or diagnostics with positions for any text', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, yamlish), (text) => {
        const result = parsePlanText(text, 'plan.yaml', t);
        expect(result.source !== undefined || result.diagnostics.length > 0).toBe(true);
        for (const d of result.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
          expect(typeof d.message).toBe('string');
        }
      }),
      { numRuns: 500 },
    );
  });
});
